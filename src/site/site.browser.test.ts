import axe from 'axe-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempRegistry } from '../../test/support/registry.js';
import { siteGroupYaml } from '../../test/support/site.js';
import { runCli } from '../cli/run.js';

/**
 * The built site in a real headless Chromium: Debian's /usr/bin/chromium, or CHROMIUM_PATH.
 * Screenshots for docs/directory.md are written to .github/screenshots/ when SCREENSHOTS=1, and
 * to a throwaway folder otherwise.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS =
  process.env.SCREENSHOTS === '1' ? path.join(REPO_ROOT, '.github/screenshots') : undefined;

const HOSTILE_NAME = '<img src=x onerror="window.pwned=1"> Evil \u202Egnp.exe Group';
const HOSTILE_TITLE = '<script>window.pwned=2</script>';

let browser: Browser;
let site: string;
let clean: string;
let scratch: string;
let registry: ReturnType<typeof tempRegistry>;

/** `tgr site --out DIR` run in process, from the registry at `cwd`. */
async function buildInto(cwd: string, out: string): Promise<void> {
  const code = await runCli(['site', '--out', out, '--today', '2026-11-22'], {
    stdout: () => undefined,
    stderr: (text) => {
      throw new Error(text);
    },
    cwd,
    now: () => new Date('2026-11-22T12:00:00Z'),
    env: {},
  });
  expect(code).toBe(0);
}

beforeAll(async () => {
  registry = tempRegistry(
    {
      'groups/evil-azure.yaml': siteGroupYaml({
        slug: 'evil-azure',
        name: HOSTILE_NAME,
        city: 'Amsterdam',
        website: 'javascript:window.pwned=3',
        extraMeetups: [
          '  - date: 2026-12-24',
          `    title: ${JSON.stringify(HOSTILE_TITLE)}`,
          '    azure: true',
          '    url: "javascript:window.pwned=4"',
        ].join('\n'),
      }),
    },
    { examples: true },
  );
  scratch = mkdtempSync(path.join(os.tmpdir(), 'tgr-site-browser-'));
  site = path.join(scratch, 'site');
  await buildInto(registry.root, site);
  // The directory page's screenshots show the example registry alone.
  clean = path.join(scratch, 'clean');
  await buildInto(REPO_ROOT, clean);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser.close();
  registry.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * A page whose every request outside the site's folder is refused and recorded, and whose
 * dialogs (an attacker's `alert`) are recorded too.
 */
async function open(
  file: string,
  options: { javaScript?: boolean; bypassCSP?: boolean; folder?: string } = {},
): Promise<{ page: Page; context: BrowserContext; outside: string[]; dialogs: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: 1100, height: 900 },
  });
  const folder = options.folder ?? site;
  const outside: string[] = [];
  const dialogs: string[] = [];
  await context.route('**/*', async (route) => {
    const requested = route.request().url();
    if (requested.startsWith(pathToFileURL(folder).href)) await route.continue();
    else {
      outside.push(requested);
      await route.abort();
    }
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(path.join(folder, file)).href);
  return { page, context, outside, dialogs };
}

const visibleGroups = (page: Page): Promise<string[]> =>
  page.locator('main li[data-l]:visible > a:first-child').allInnerTexts();

describe('the directory in Chromium', () => {
  it('lists every active group by country, and requests nothing from elsewhere', async () => {
    const { page, context, outside } = await open('index.html');
    expect(await page.locator('main section h3').allInnerTexts()).toEqual([
      'Netherlands',
      'Nigeria',
      'Sweden',
      'United States of America',
    ]);
    expect(await visibleGroups(page)).toEqual([
      HOSTILE_NAME.replace('\u202E', '\\u{202E}'),
      'Utrecht Azure User Group',
      'Lagos Azure Community',
      'Stockholm Azure Meetup',
      'Seattle Azure Builders',
    ]);
    expect(await page.locator('svg.map path[fill]').count()).toBeGreaterThanOrEqual(4);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('puts a dot on the map for each placeable group, a link to its page, by keyboard too', async () => {
    const { page, context, outside, dialogs } = await open('index.html');
    const dots = page.locator('svg.map a');
    // Every example group's city is in the place list: Amsterdam, Utrecht, Lagos, Stockholm, Seattle.
    expect(await dots.count()).toBe(5);
    const hrefs = (selector: string) =>
      page.evaluate<string[]>(
        `[...document.querySelectorAll('${selector}')].map((a) => a.getAttribute('href')).sort()`,
      );
    expect(await hrefs('svg.map a')).toEqual(await hrefs('main li[data-l] > a:first-child'));
    // The hostile name is the label's text, nothing more: no element, no script ran.
    const evil = dots.filter({ hasText: 'Evil' });
    // (The label is the list entry's own text for the name, which the page already made inert.)
    expect(await evil.locator('text').textContent()).toBe(
      HOSTILE_NAME.replace('\u202E', '\\u{202E}'),
    );
    expect(await page.locator('svg.map img, svg.map script, svg.map foreignObject').count()).toBe(
      0,
    );
    // Tab reaches a dot; its label shows while it has focus; Enter opens its group's page.
    const opacity = (slug: string) =>
      page.evaluate<string>(
        `getComputedStyle(document.querySelector('svg.map a[href="groups/${slug}.html"] text')).opacity`,
      );
    expect(await opacity('utrecht-azure')).toBe('0');
    let focused = '';
    for (let i = 0; i < 200 && focused !== 'groups/utrecht-azure.html'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<string>(
        "document.activeElement?.closest('svg.map') ? document.activeElement.getAttribute('href') : ''",
      );
    }
    expect(focused).toBe('groups/utrecht-azure.html');
    expect(await opacity('utrecht-azure')).toBe('1');
    // And on hover, for a mouse.
    await page.locator('svg.map a[href="groups/seattle-azure.html"] circle').hover();
    expect(await opacity('seattle-azure')).toBe('1');
    // A search that hides a group's entry hides its dot too.
    await page.locator('#q').fill('Utrecht');
    expect(await page.locator('svg.map a:visible').count()).toBe(1);
    await page.locator('#q').fill('');
    expect(await page.locator('svg.map a:visible').count()).toBe(5);
    await page.locator('svg.map a[href="groups/utrecht-azure.html"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/utrecht-azure\.html$/);
    expect(await page.locator('h1').innerText()).toBe('Utrecht Azure User Group');
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('filters as you type, from the keyboard, and by country and language', async () => {
    const { page, context } = await open('index.html');
    // Tab from the top of the page reaches the search box.
    let focused = '';
    for (let i = 0; i < 200 && focused !== 'q'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<string>("document.activeElement?.id ?? ''");
    }
    expect(focused).toBe('q');
    await page.keyboard.type('stock');
    expect(await visibleGroups(page)).toEqual(['Stockholm Azure Meetup']);
    expect(await page.locator('#n').innerText()).toBe('1 of 5 groups shown');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('nigeria');
    expect(await visibleGroups(page)).toEqual(['Lagos Azure Community']);
    await page.fill('#q', '');
    await page.selectOption('#c', 'NL');
    expect(await visibleGroups(page)).toHaveLength(2);
    await page.selectOption('#c', '');
    await page.selectOption('#l', 'sv');
    expect(await visibleGroups(page)).toEqual(['Stockholm Azure Meetup']);
    expect(await page.locator('main section:visible h3').allInnerTexts()).toEqual(['Sweden']);
    await context.close();
  });

  it('shows the whole list without JavaScript, and no controls that would not work', async () => {
    const { page, context } = await open('index.html', { javaScript: false });
    expect(await visibleGroups(page)).toHaveLength(5);
    expect(await page.locator('#f').isVisible()).toBe(false);
    await context.close();
  });

  it('shows a group page with its meetups and the month-by-month picture', async () => {
    const { page, context, outside } = await open('index.html');
    await page
      .locator('main ul.g')
      .getByRole('link', { name: 'Utrecht Azure User Group', exact: true })
      .click();
    await page.waitForURL(/utrecht-azure\.html$/);
    expect(await page.locator('h1').innerText()).toBe('Utrecht Azure User Group');
    expect(await page.locator('h2').allInnerTexts()).toEqual([
      'Upcoming meetups',
      'Azure meetups in the last 12 months',
      'Show this group on your site',
    ]);
    expect(await page.locator('main ul').first().innerText()).toContain('2026-12-10');
    const chart = page.locator('svg.chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('rect').count()).toBeGreaterThan(0);
    expect((await chart.boundingBox())?.height).toBeGreaterThan(50);
    expect(outside).toEqual([]);
    await context.close();
  });

  it.each(['index.html', 'groups/utrecht-azure.html'])(
    'has no serious or critical axe-core violation on %s',
    async (file) => {
      // axe is injected as a script, which the site's own policy would refuse.
      const { page, context } = await open(file, { bypassCSP: true });
      await page.addScriptTag({ content: axe.source });
      const results = await page.evaluate<axe.AxeResults>('axe.run()');
      const serious = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      expect(await page.locator('header').count()).toBe(1);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.locator('footer').count()).toBe(1);
      expect(await page.locator('h1').count()).toBe(1);
      await context.close();
    },
  );

  it.each(['countries/nl.html', 'stats.html', 'groups/utrecht-azure/card.html'])(
    'has no serious or critical axe-core violation on %s, and requests nothing from elsewhere',
    async (file) => {
      const { page, context, outside } = await open(file, { bypassCSP: true });
      await page.addScriptTag({ content: axe.source });
      const results = await page.evaluate<axe.AxeResults>('axe.run()');
      const serious = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.locator('h1').count()).toBe(1);
      expect(outside).toEqual([]);
      await context.close();
    },
  );

  it('shows the country page, the stats and the card with their own policies, loading nothing', async () => {
    for (const file of ['countries/nl.html', 'stats.html', 'groups/utrecht-azure/card.html']) {
      const { page, context, outside } = await open(file);
      expect(await page.locator('h1').innerText(), file).not.toBe('');
      expect(await page.locator('script').count(), file).toBe(0);
      expect(outside, file).toEqual([]);
      await context.close();
    }
    const { page, context } = await open('stats.html');
    expect(await page.locator('main').innerText()).toContain('count current groups only');
    expect(await page.locator('svg.chart').count()).toBe(3);
    expect(await page.locator('table').count()).toBe(3);
    for (const chart of await page.locator('svg.chart').all())
      expect((await chart.boundingBox())?.height).toBeGreaterThan(50);
    await context.close();
    const card = await open('groups/utrecht-azure/card.html');
    await card.page.setViewportSize({ width: 320, height: 220 });
    expect(await card.page.locator('main li').count()).toBeGreaterThan(0);
    const height = await card.page.evaluate<number>('document.documentElement.scrollHeight');
    expect(height).toBeLessThanOrEqual(220);
    await card.context.close();
  });

  it('takes the screenshots of the index and a group page', async () => {
    const directory = SCREENSHOTS ?? path.join(scratch, 'screenshots');
    mkdirSync(directory, { recursive: true });
    const { page, context, outside } = await open('index.html', { folder: clean });
    await page.screenshot({ path: path.join(directory, 'index.png'), fullPage: true });
    await page.goto(pathToFileURL(path.join(clean, 'groups/utrecht-azure.html')).href);
    await page.screenshot({ path: path.join(directory, 'group.png'), fullPage: true });
    expect(outside).toEqual([]);
    await context.close();
  });

  it.each([
    'index.html',
    'groups/evil-azure.html',
    'countries/nl.html',
    'groups/evil-azure/card.html',
  ])(
    'shows a hostile name and title as text on %s, and runs none of it, even without its CSP',
    async (file) => {
      const { page, context, dialogs, outside } = await open(file, { bypassCSP: true });
      if (file === 'index.html') await page.fill('#q', 'evil');
      for (const link of await page.locator('a').all()) {
        const href = (await link.getAttribute('href')) ?? '';
        expect(href).not.toMatch(/^\s*javascript:/i);
      }
      await page.locator('a').first().hover();
      expect(await page.evaluate<unknown>('window.pwned')).toBeUndefined();
      expect(await page.locator('main img, main script').count()).toBe(0);
      expect(await page.locator('main').innerText()).toContain('<img src=x onerror=');
      if (file !== 'index.html')
        expect(await page.locator('main').innerText()).toContain(HOSTILE_TITLE);
      if (file === 'groups/evil-azure.html')
        // The snippet to paste elsewhere keeps the name escaped inside its own attribute.
        expect(await page.locator('main pre').innerText()).toContain('title="&lt;img src=x');
      expect(dialogs).toEqual([]);
      expect(outside).toEqual([]);
      await context.close();
    },
  );
});
