import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const modulesDir = path.join(root, 'src/modules');

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

describe('module boundaries', () => {
  it('a module imports another module only through its index.ts', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const from = moduleOf(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = path.resolve(path.dirname(file), spec!);
        const to = moduleOf(target);
        if (!to || to === from) continue;
        const entry = path.relative(path.join(modulesDir, to), target);
        // Registries that list every module's tables or catalogs are the wiring's exception.
        const isRegistry = /platform[/\\](db[/\\]schema|i18n[/\\]catalog)\.ts$/.test(file);
        const isModuleTablesOrCatalog = /^(db[/\\]tables|i18n[/\\]index)$/.test(entry);
        if (entry === 'index' || entry === '' || (isRegistry && isModuleTablesOrCatalog)) continue;
        violations.push(`${path.relative(root, file)} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
