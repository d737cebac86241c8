import { SLUG } from '../../core/names.js';
import { quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
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
          message: say('registry/file-name.missing', {
            slug: fileSlug !== undefined && SLUG.test(fileSlug) ? fileSlug : 'your-group-name',
          }),
        },
      ];
    }
    if (typeof slug === 'number' && SLUG.test(String(slug))) {
      return [
        {
          pointer: '/slug',
          message: say('registry/file-name.number', { slug: String(slug) }),
        },
      ];
    }
    if (validSlug === undefined) {
      return [
        {
          pointer: '/slug',
          message: say('registry/file-name.form', { slug: quote(slug) }),
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
            ? say('registry/file-name.extension', { expected })
            : say('registry/file-name.folder', { expected }),
        },
      ];
    }
    if (fileSlug !== validSlug) {
      return [
        {
          pointer: '/slug',
          message: say('registry/file-name.differs', {
            slug: quote(validSlug),
            file: quote(`${fileSlug}.yaml`),
            expected,
          }),
        },
      ];
    }
    return [];
  },
};
