import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder (where package.json, drizzle/ and public/ are), found from this file's
 * location so it is the same whether the code runs from src/ (tsx) or from the dist/ bundle.
 */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'drizzle', 'meta', '_journal.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('Cannot find the project folder (drizzle/meta/_journal.json).');
    dir = parent;
  }
}

export const projectRoot = findProjectRoot();
export const projectPath = (...parts: string[]) => path.join(projectRoot, ...parts);
