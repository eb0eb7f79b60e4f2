import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../bench/server';

/**
 * A bundle built as scripts/build.mjs builds the server (linked map without the sources' text),
 * run by plain `node` as `npm start` runs it: its stack traces must name the TypeScript sources.
 */
describe('stack traces of the bundled server', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'innohub-stacks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const thrower = path.join(dir, 'thrower.ts');
  writeFileSync(
    thrower,
    [
      'export function submitApplication(): never {',
      "  throw new Error('deadline passed');",
      '}',
      '',
    ].join('\n'),
  );
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(
    entry,
    [
      `import { mapStackTracesLazily } from ${JSON.stringify(path.join(repoRoot, 'src/stack-traces.ts'))};`,
      "import { submitApplication } from './thrower';",
      'mapStackTracesLazily(import.meta.url);',
      "if (process.argv[2] === 'hide-map') (await import('node:fs')).renameSync(process.argv[3], process.argv[4]);",
      'try {',
      '  submitApplication();',
      '} catch (err) {',
      '  console.log((err as Error).stack);',
      '}',
      '',
    ].join('\n'),
  );
  const outdir = path.join(dir, 'dist');
  const bundled = build({
    entryPoints: [entry],
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'silent',
  });
  const run = (...args: string[]) =>
    execFileSync(process.execPath, [path.join(outdir, 'entry.js'), ...args], {
      encoding: 'utf8',
    });

  it('names the source file, line and column of each frame in the bundle', async () => {
    await bundled;
    const stack = run();
    expect(stack).toMatch(/^Error: deadline passed\n/);
    expect(stack).toContain(`at submitApplication (${thrower}:2:9)`);
    expect(stack).toContain(`at ${entry}:6:3`);
    expect(stack).not.toContain('entry.js');
  });

  it('reads the map only when a stack is formatted, and prints the bundle positions without one', async () => {
    await bundled;
    const map = path.join(outdir, 'entry.js.map');
    // The map is moved away after start-up: had it been read then, the frames would be mapped.
    const stack = run('hide-map', map, `${map}.hidden`);
    renameSync(`${map}.hidden`, map);
    expect(stack).toMatch(/^Error: deadline passed\n/);
    expect(stack).toMatch(/at submitApplication \(file:\/\/.*\/dist\/entry\.js:\d+:\d+\)/);
    expect(stack).not.toContain('thrower.ts');
  });
});
