// Issue 11 item 8: Lighthouse (mobile, its default emulation and simulated throttling) on the
// public pages people and search engines land on, with the demo data, through Debian's Chromium
// (/usr/bin/chromium, or CHROMIUM_PATH); nothing is downloaded. One row per page and category;
// targets ≥ 95, accessibility 100.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { startServer } from './server';
import type { Row } from './table';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** A page to audit: a fixed path, or the first record a list links to. */
const PAGES: { name: string; path: string; firstLink?: RegExp }[] = [
  { name: 'home', path: '/' },
  { name: 'directory', path: '/directory' },
  {
    name: 'organisation profile',
    path: '/directory',
    firstLink: /href="(\/directory\/organizations\/[a-z0-9-]+)"/,
  },
  { name: 'programmes', path: '/programs' },
  // A programme's page carries its calls (their deadlines, criteria and the way to apply).
  {
    name: 'programme and its calls',
    path: '/programs',
    firstLink: /href="(\/programs\/[a-z0-9-]+)"/,
  },
  { name: 'news article', path: '/news', firstLink: /href="(\/news\/[a-z0-9-]+)"/ },
  { name: 'legal library', path: '/legal' },
];

/** Chromium with a DevTools port for Lighthouse; the port it listens on. */
async function launchChromium(profile: string): Promise<{ chrome: ChildProcess; port: number }> {
  const chrome = spawn(CHROMIUM, [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
    chrome.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    chrome.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  return { chrome, port };
}

async function pageUrl(origin: string, page: (typeof PAGES)[number]): Promise<string> {
  if (!page.firstLink) return origin + page.path;
  const html = await (await fetch(origin + page.path)).text();
  const found = page.firstLink.exec(html);
  if (!found) throw new Error(`no ${page.name} linked from ${page.path}`);
  return origin + found[1];
}

export async function benchLighthouse(rows: Row[]): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'innohub-bench-lighthouse-'));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'innohub-bench-chromium-'));
  const server = await startServer(
    {
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      AUTH_SECRET: randomBytes(24).toString('hex'),
    },
    { readyTimeoutMs: 300_000 },
  );
  const { chrome, port } = await launchChromium(profile);
  try {
    for (const page of PAGES) {
      const url = await pageUrl(server.origin, page);
      console.error(`[lighthouse] ${page.name}: ${url}`);
      const result = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const categories = result?.lhr.categories ?? {};
      for (const category of CATEGORIES) {
        const score = categories[category]?.score;
        if (score === null || score === undefined) continue;
        rows.push({
          engine: 'pglite',
          metric: `Lighthouse mobile, ${page.name}: ${category}`,
          value: Math.round(score * 100),
          unit: '',
          target: { op: '>=', value: category === 'accessibility' ? 100 : 95 },
        });
      }
      for (const audit of Object.values(result?.lhr.audits ?? {})) {
        if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary') {
          console.error(`  failed: ${audit.id} — ${audit.title}`);
        }
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
