import { SLUG } from '../core/names.js';
import { isGroupFilePath } from '../core/patch-check.js';

/** The forms `tgr from-issue` knows. */
export const FORMS = ['join', 'leave', 'update', 'leadership'] as const;
export type FormName = (typeof FORMS)[number];

/** What `tgr from-issue --format json` printed, as far as this feature reads it. */
export type FormReport =
  | {
      ok: true;
      form: FormName;
      group: string;
      path: string;
      action: 'create' | 'update';
      findings: ReportFinding[];
      /** The hex SHA-256 of the issue body the form was read from. */
      bodySha256: string | null;
    }
  | {
      ok: false;
      form: FormName | null;
      /** The group the form names, when it names one (its file gives the reply's language). */
      group: string | null;
      findings: ReportFinding[];
      bodySha256: string | null;
    };

export interface ReportFinding {
  severity: 'error' | 'warning' | 'notice';
  message: string;
}

/**
 * Reads the report job 1 handed over. It came from main's own `tgr`, but over an artifact: every
 * field is checked, and a report that names no form, a path outside groups/ or any error is not
 * a change (`ok: false`).
 */
export function readReport(raw: unknown): FormReport {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const form = FORMS.find((name) => name === record.form) ?? null;
  const findings: ReportFinding[] = Array.isArray(record.findings)
    ? record.findings.map((entry: unknown) => {
        const finding =
          typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
        const severity =
          finding.severity === 'warning' || finding.severity === 'notice'
            ? finding.severity
            : 'error';
        return { severity, message: typeof finding.message === 'string' ? finding.message : '' };
      })
    : [];
  const { group, path, action } = record;
  const bodySha256 =
    typeof record.bodySha256 === 'string' && /^[0-9a-f]{64}$/.test(record.bodySha256)
      ? record.bodySha256
      : null;
  if (
    form === null ||
    typeof group !== 'string' ||
    typeof path !== 'string' ||
    path !== `groups/${group}.yaml` ||
    !isGroupFilePath(path) ||
    (action !== 'create' && action !== 'update') ||
    findings.some((finding) => finding.severity === 'error')
  )
    return {
      ok: false,
      form,
      group: typeof group === 'string' && SLUG.test(group) ? group : null,
      findings,
      bodySha256,
    };
  return { ok: true, form, group, path, action, findings, bodySha256 };
}
