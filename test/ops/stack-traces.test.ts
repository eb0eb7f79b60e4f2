import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../bench/server';
import { SourceMapLines } from '../../src/source-map-lines';

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

  it("finds in the server bundle's map the same source positions as Node's own reader", async () => {
    const server = path.join(dir, 'server');
    await build({
      entryPoints: [path.join(repoRoot, 'src/main.ts')],
      outdir: server,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      jsx: 'automatic',
      jsxImportSource: 'hono/jsx',
      sourcemap: true,
      sourcesContent: false,
      logLevel: 'silent',
    });
    const payload = JSON.parse(readFileSync(path.join(server, 'main.js.map'), 'utf8'));
    const lines = new SourceMapLines(payload);
    const node = new SourceMap(payload);
    const generated = readFileSync(path.join(server, 'main.js'), 'utf8').split('\n');
    let compared = 0;
    for (let line = 0; line < generated.length; line += 11) {
      for (let column = 0; column < generated[line]!.length; column += 7) {
        const ours = lines.find(line + 1, column + 1);
        // Before a line's first segment Node answers the previous line's last; stacks never ask.
        if (!ours) continue;
        const entry = node.findEntry(line, column);
        expect('originalSource' in entry && entry.originalSource).toMatch(ours.source.slice(2));
        expect(ours).toEqual({
          source: ours.source,
          line: 'originalLine' in entry ? entry.originalLine + 1 : -1,
          column: 'originalColumn' in entry ? entry.originalColumn + 1 : -1,
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
