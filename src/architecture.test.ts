import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** The source file a relative import names (`./x` → `./x.ts`, `./x.tsx` or `./x/index.ts`). */
function resolveSource(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base].find(
    (f) => existsSync(f) && statSync(f).isFile(),
  );
}

/** Groups of files that import each other in a circle (Tarjan's strongly connected components). */
function importCycles(files: string[]): string[][] {
  const graph = new Map(
    files.map((f) => [
      f,
      // Type-only imports vanish at run time: they cannot make a cycle of module evaluation.
      [...readFileSync(f, 'utf8').matchAll(/^(?:import|export)(?! type)[^;]*?from '(\.[^']+)'/gm)]
        .map(([, spec]) => resolveSource(f, spec!))
        .filter((t): t is string => t !== undefined),
    ]),
  );
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do group.push((w = stack.pop()!));
    while (w !== v);
    if (group.length > 1) cycles.push(group.map((f) => path.relative(root, f)).sort());
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return cycles;
}

describe('imports', () => {
  it('make no cycle between source files', () => {
    const files = sourceFiles(path.join(root, 'src')).filter((f) => !/\.test\.tsx?$/.test(f));
    expect(importCycles(files)).toEqual([]);
  });
});
