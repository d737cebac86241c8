import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';

/**
 * The links of Markdown files as GitHub renders them, and whether each resolves. Links are read
 * as written: markdown-it's own URL normalising and its refusal of `javascript:` links are turned
 * off, so a link is judged on its text.
 */
const markdown = new MarkdownIt({ html: true });
markdown.normalizeLink = (url) => url;
markdown.normalizeLinkText = (text) => text;
markdown.validateLink = () => true;

type Token = ReturnType<typeof markdown.parse>[number];

/** The README and every Markdown file under docs/, relative to `root`, sorted. */
export function documentationFiles(root: string): string[] {
  const docs = path.join(root, 'docs');
  const pages = exists(docs)
    ? readdirSync(docs, { recursive: true, encoding: 'utf8' })
        .map((file) => `docs/${file.split(path.sep).join('/')}`)
        .filter((file) => file.endsWith('.md'))
    : [];
  return [...(exists(path.join(root, 'README.md')) ? ['README.md'] : []), ...pages.sort()];
}

/** The anchors GitHub gives a document's headings, in order (repeats numbered `-1`, `-2`…). */
export function headingAnchors(text: string): Set<string> {
  return new Set(headingSections(text).keys());
}

/**
 * Each heading's section by its anchor: the source from the heading to the next heading of the
 * same or a higher level (or the end), subsections included.
 */
export function headingSections(text: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const lines = text.split('\n');
  const tokens = markdown.parse(text, {});
  const headings = tokens.flatMap((token, index) => {
    const inline = tokens[index + 1];
    return token.type === 'heading_open' && inline !== undefined && token.map !== null
      ? [
          {
            anchor: slugger.slug(plainText(inline.children ?? [])),
            level: Number(token.tag.slice(1)),
            line: token.map[0],
          },
        ]
      : [];
  });
  return new Map(
    headings.map((heading, index) => {
      const end = headings.slice(index + 1).find((next) => next.level <= heading.level);
      return [heading.anchor, lines.slice(heading.line, end?.line ?? lines.length).join('\n')];
    }),
  );
}

/** The heading text GitHub slugs: the words and code, without the Markdown around them. */
function plainText(children: readonly Token[]): string {
  return children
    .filter((child) => child.type === 'text' || child.type === 'code_inline')
    .map((child) => child.content)
    .join('');
}

/** Every link and image target in a document, in order: Markdown and raw HTML alike. */
export function linkTargets(text: string): string[] {
  const targets: string[] = [];
  const visit = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'link_open') targets.push(String(token.attrGet('href') ?? ''));
      else if (token.type === 'image') targets.push(String(token.attrGet('src') ?? ''));
      else if (token.type === 'html_block' || token.type === 'html_inline')
        for (const match of token.content.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/g))
          targets.push(match[1] ?? '');
      visit(token.children ?? []);
    }
  };
  visit(markdown.parse(text, {}));
  return targets;
}

/**
 * What is wrong with each link of `files` (paths relative to `root`): `file: target: reason`,
 * in file order, then link order. Empty when every link resolves.
 */
export function brokenLinks(root: string, files: readonly string[]): string[] {
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (file: string): Set<string> => {
    let found = anchorsOf.get(file);
    if (found === undefined) {
      found = headingAnchors(readFileSync(path.join(root, file), 'utf8'));
      anchorsOf.set(file, found);
    }
    return found;
  };
  return files.flatMap((file) =>
    linkTargets(readFileSync(path.join(root, file), 'utf8')).flatMap((target) => {
      const problem = linkProblem(root, file, target, anchors);
      return problem === undefined ? [] : [`${file}: ${target}: ${problem}`];
    }),
  );
}

function linkProblem(
  root: string,
  from: string,
  target: string,
  anchors: (file: string) => Set<string>,
): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return externalProblem(target);
  if (scheme === 'mailto')
    return /^mailto:[^@\s]+@[^@\s]+$/i.test(target) ? undefined : 'not a valid mailto: address';
  if (scheme !== undefined || target.startsWith('//'))
    return 'not a relative link or an http(s) URL';

  const hash = target.indexOf('#');
  const pathPart = (hash === -1 ? target : target.slice(0, hash)).replace(/\?.*$/, '');
  const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
  const file =
    pathPart === ''
      ? from
      : path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURI(pathPart)));
  if (file === '..' || file.startsWith('../') || path.posix.isAbsolute(file))
    return 'outside the repository';
  if (!existsExactly(root, file)) return 'no such file';
  if (anchor === undefined) return undefined;
  if (!file.endsWith('.md') || statSync(path.join(root, file)).isDirectory())
    return 'an anchor on a file that is not Markdown';
  return anchors(file).has(anchor) ? undefined : `no heading with this anchor in ${file}`;
}

function externalProblem(target: string): string | undefined {
  try {
    const url = new URL(target);
    // The parser percent-encodes what it cannot take as written; a link that needed that is
    // a typo (a space in a host name, say), not a URL.
    if (url.hostname === '' || /\s/.test(target)) return 'not a valid http(s) URL';
    return undefined;
  } catch {
    return 'not a valid http(s) URL';
  }
}

/** Whether `file` exists with exactly this spelling, on case-insensitive disks too. */
function existsExactly(root: string, file: string): boolean {
  let folder = root;
  for (const segment of file.split('/').filter((part) => part !== '' && part !== '.')) {
    if (!exists(folder) || !statSync(folder).isDirectory()) return false;
    if (!readdirSync(folder).includes(segment)) return false;
    folder = path.join(folder, segment);
  }
  return true;
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
