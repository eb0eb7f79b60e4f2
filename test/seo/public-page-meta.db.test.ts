// Issue 11, item 8: every public page tells search engines and phones what it is — one meta
// description, one canonical address on the site's origin — and its headings go down one level
// at a time from a single h1 (a card list under an h1 used to jump to h3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareData } from '../../src/boot';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../support/app';
import { BrowserSession } from '../support/browser-session';
import { testEngines } from '../support/db';

const LISTS = {
  organization: ['/directory', /href="(\/directory\/organizations\/[a-z0-9-]+)"/],
  person: ['/directory/people', /href="(\/directory\/people\/[a-z0-9-]+)"/],
  programme: ['/programs', /href="(\/programs\/[a-z0-9-]+)"/],
  article: ['/news', /href="(\/news\/[a-z0-9-]+)"/],
  legal: ['/legal', /href="(\/legal\/[a-z0-9-]+)"/],
} as const;

const FIXED = [
  '/',
  '/directory',
  '/directory?q=nong+nghiep',
  '/directory/people',
  '/directory/stats',
  '/directory/open-data',
  '/programs',
  '/news',
  '/legal',
  '/search?q=khoi+nghiep',
  '/login',
  '/register',
  '/forgot-password',
];

/** What is wrong with a page's head and headings (empty when nothing). */
function pageMetaProblems(html: string): string[] {
  const problems: string[] = [];
  const canonicals = [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]);
  if (canonicals.length !== 1) problems.push(`${canonicals.length} canonical links`);
  else if (!canonicals[0]!.startsWith(`${TEST_ORIGIN}/`)) {
    problems.push(`canonical ${canonicals[0]} is not on the site`);
  }
  const descriptions = [...html.matchAll(/<meta name="description" content="([^"]*)"/g)];
  if (descriptions.length !== 1) problems.push(`${descriptions.length} meta descriptions`);
  else if (descriptions[0]![1]!.trim().length < 20) problems.push('a description too short');
  const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  if (levels.filter((l) => l === 1).length !== 1) problems.push(`headings ${levels.join(' ')}`);
  levels.forEach((level, i) => {
    const before = i === 0 ? 0 : levels[i - 1]!;
    if (level > before + 1) problems.push(`h${before} then h${level}`);
  });
  return problems;
}

describe.each(testEngines)('public pages’ description, canonical and headings on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await prepareData(t.deps);
  }, 180_000);
  afterAll(() => t.close());

  it('the check itself finds a missing description and a skipped level', () => {
    expect(pageMetaProblems('<h1>a</h1><h3>b</h3>')).toEqual([
      '0 canonical links',
      '0 meta descriptions',
      'h1 then h3',
    ]);
  });

  it('holds on every public page, in both languages', async () => {
    const pages = [...FIXED];
    const visitor = new BrowserSession(t.app);
    for (const [list, pattern] of Object.values(LISTS)) {
      const found = pattern.exec(await (await visitor.get(list)).text());
      expect(found, `a record linked from ${list}`).not.toBeNull();
      pages.push(found![1]!);
    }
    const failures: string[] = [];
    for (const lang of ['vi', 'en']) {
      const browser = new BrowserSession(t.app);
      await browser.get(`/locale/${lang}?next=/`);
      for (const path of pages) {
        const res = await browser.get(path);
        expect(res.status, path).toBe(200);
        failures.push(...pageMetaProblems(await res.text()).map((p) => `${lang} ${path}: ${p}`));
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
