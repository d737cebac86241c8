import { SLUG } from '../../core/names.js';
import { quote } from '../../core/read.js';
import type { GroupRule } from '../rule.js';

const GROUP_PATH = /^groups\/([^/]+)\.yaml$/;

export const rule: GroupRule = {
  id: 'registry/file-name',
  scope: 'group',
  summary: 'The file is groups/<slug>.yaml and its slug matches the file name.',
  severity: 'error',
  waivable: false,
  owns: ['/slug'],
  check({ file, data }) {
    const slug = data.slug;
    const validSlug = typeof slug === 'string' && SLUG.test(slug) ? slug : undefined;
    const where = GROUP_PATH.exec(file.registryPath ?? '');
    const fileSlug = where?.[1];
    const expected = `groups/${validSlug ?? fileSlug ?? '<slug>'}.yaml`;

    if (slug === undefined || slug === null || (typeof slug === 'string' && slug.trim() === '')) {
      return [
        {
          pointer: '/slug',
          message: `The file has no slug. Add "slug: ${fileSlug !== undefined && SLUG.test(fileSlug) ? fileSlug : 'your-group-name'}" at the top: the group's id, equal to the file name without .yaml.`,
        },
      ];
    }
    if (typeof slug === 'number' && SLUG.test(String(slug))) {
      return [
        {
          pointer: '/slug',
          message: `The slug must be text, but YAML reads ${String(slug)} as a number. Put it in quotes: slug: "${String(slug)}"`,
        },
      ];
    }
    if (validSlug === undefined) {
      return [
        {
          pointer: '/slug',
          message: `The slug ${quote(slug)} may only hold lowercase letters, digits and single hyphens, such as "utrecht-azure". Change it, and name the file after it.`,
        },
      ];
    }
    if (fileSlug === undefined) {
      // Already in groups/ with the short extension: say that, not that it is in the wrong place.
      const shortExtension = /^groups\/[^/]+\.yml$/.test(file.registryPath ?? '');
      return [
        {
          pointer: '',
          message: shortExtension
            ? `Group files end in .yaml, not .yml. Rename this file to ${expected}.`
            : `Group files live in the registry's groups/ folder, named after their slug. Move this file to ${expected}.`,
        },
      ];
    }
    if (fileSlug !== validSlug) {
      return [
        {
          pointer: '/slug',
          message: `The slug ${quote(validSlug)} differs from the file name ${quote(`${fileSlug}.yaml`)}. Rename the file to ${expected}, or change the slug to match the file name.`,
        },
      ];
    }
    return [];
  },
};
