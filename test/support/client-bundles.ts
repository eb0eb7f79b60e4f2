// vitest globalSetup: the browser's bundled scripts (public/build/) as `npm start` builds them,
// so a browser test runs the content editor's current code, never a stale or missing bundle.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup() {
  execFileSync(process.execPath, ['scripts/build-client.mjs'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    stdio: 'inherit',
  });
}
