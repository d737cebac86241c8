import type { Area, Catalogue } from './catalogue.js';

/**
 * What maintainers read about a pull-request check (src/pr/decide.ts, src/pr/comment.ts,
 * src/action/run.ts): the check run's title and notes, the job summary's table, the log's
 * request count. Written in English; translated like every other message, so that one rule (every
 * id in every language) holds for the whole catalogue.
 */
const en = {
  'check.title.too-large':
    '{approved, select, yes {Too large to check file by file: a maintainer approved this commit} other {Too large to check file by file: a maintainer must review}}',
  'check.title.fail':
    '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
  'check.title.waiting': 'Waiting for consent or a maintainer',
  'check.title.pass':
    '{warnings, plural, =0 {Passing} one {Passing, # warning} other {Passing, # warnings}}',
  'check.note.not-annotated':
    '_{count} more findings are not annotated here: every finding is in the job summary._',
  'check.note.twin':
    '**Pull request #{number} has this same head commit and a more permissive verdict ({verdict}): it merges the same change, so this check shows its verdict.**',
  'check.summary.cut':
    '_…cut to fit GitHub’s limit on a check run summary: every finding is in the job summary._',
  'check.job.all-findings': 'All findings',
  'check.job.columns': '| Where | Severity | Rule | Message |',
  'check.job.cut': '_…cut to fit the job summary._',
  'check.skipped': 'Nothing to check{which}: {reason}.',
  'run.api': 'GitHub API: {requests} requests, {writes} writes.',
} as const satisfies Catalogue;

export const check = {
  en,
  nl: {
    'check.title.too-large':
      '{approved, select, yes {Te groot om bestand voor bestand te controleren: een beheerder heeft deze commit goedgekeurd} other {Te groot om bestand voor bestand te controleren: een beheerder moet hem beoordelen}}',
    'check.title.fail':
      '{errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}',
    'check.title.waiting': 'Wacht op instemming of op een beheerder',
    'check.title.pass':
      '{warnings, plural, =0 {In orde} one {In orde, # waarschuwing} other {In orde, # waarschuwingen}}',
    'check.note.not-annotated':
      '_Nog {count} bevindingen staan hier niet bij de regels: alle bevindingen staan in de samenvatting van de run._',
    'check.note.twin':
      '**Pull request #{number} heeft dezelfde laatste commit en een gunstiger oordeel ({verdict}): hij voegt dezelfde wijziging samen, dus deze controle toont zijn oordeel.**',
    'check.summary.cut':
      '_…ingekort tot wat GitHub in de samenvatting van een controle toestaat: alle bevindingen staan in de samenvatting van de run._',
    'check.job.all-findings': 'Alle bevindingen',
    'check.job.columns': '| Waar | Ernst | Programmaregel | Melding |',
    'check.job.cut': '_…ingekort tot wat in de samenvatting van de run past._',
    'check.skipped': 'Niets te controleren{which}: {reason}.',
    'run.api': 'GitHub API: {requests} verzoeken, {writes} schrijfacties.',
  },
  sv: {
    'check.title.too-large':
      '{approved, select, yes {För stor för att kontrolleras fil för fil: en förvaltare har godkänt denna commit} other {För stor för att kontrolleras fil för fil: en förvaltare måste granska den}}',
    'check.title.fail':
      '{errors, plural, one {# fel} other {# fel}}, {warnings, plural, one {# varning} other {# varningar}}',
    'check.title.waiting': 'Väntar på samtycke eller på en förvaltare',
    'check.title.pass':
      '{warnings, plural, =0 {Godkänd} one {Godkänd, # varning} other {Godkänd, # varningar}}',
    'check.note.not-annotated':
      '_{count} anmärkningar till visas inte vid raderna här: alla anmärkningar finns i körningens sammanfattning._',
    'check.note.twin':
      '**Pull request #{number} har samma senaste commit och ett mildare utfall ({verdict}): den slår ihop samma ändring, så den här kontrollen visar dess utfall.**',
    'check.summary.cut':
      '_…förkortad för att rymmas i GitHubs gräns för en kontrolls sammanfattning: alla anmärkningar finns i körningens sammanfattning._',
    'check.job.all-findings': 'Alla anmärkningar',
    'check.job.columns': '| Var | Allvarlighet | Krav | Meddelande |',
    'check.job.cut': '_…förkortad för att rymmas i körningens sammanfattning._',
    'check.skipped': 'Inget att kontrollera{which}: {reason}.',
    'run.api': 'GitHub API: {requests} anrop, {writes} skrivningar.',
  },
} satisfies Area<typeof en>;
