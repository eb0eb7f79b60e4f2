import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const modulesDir = path.join(root, 'src/modules');
const platformDir = path.join(root, 'src/platform');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const moduleOf = (file: string) => {
  const rel = path.relative(modulesDir, file);
  return rel.startsWith('..') ? undefined : rel.split(path.sep)[0];
};

/** Each relative import of a file, resolved to the path it names. */
function importsOf(file: string): { spec: string; target: string }[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import) '(\.[^']+)'/g)].map(
    ([, spec]) => ({
      spec: spec!,
      target: path.resolve(path.dirname(file), spec!),
    }),
  );
}

describe('module boundaries', () => {
  it('a module imports another module only through its index.ts', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const from = moduleOf(file);
      for (const { spec, target } of importsOf(file)) {
        const to = moduleOf(target);
        if (!to || to === from) continue;
        const entry = path.relative(path.join(modulesDir, to), target);
        if (entry === 'index' || entry === '') continue;
        violations.push(`${path.relative(root, file)} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('nothing under src/platform imports a module: the platform reads their manifests', () => {
    const violations = sourceFiles(platformDir).flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => moduleOf(target) !== undefined)
        .map(({ spec }) => `${path.relative(root, file)} → ${spec}`),
    );
    expect(violations).toEqual([]);
  });
});
