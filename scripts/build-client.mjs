// Bundles the browser's scripts that need packages (the content editor's TipTap, the door's QR
// decoder jsQR) into public/build/, served under /assets/build/ like the hand-written scripts in
// public/, with gzip and Brotli copies beside them for browsers that take those. Run by
// scripts/build.mjs (npm start, npm run build) and before the tests (test/support/client-bundles.ts).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const { outputFiles } = await build({
  entryPoints: {
    'content-editor': 'src/modules/content/web/content-editor.ts',
    'check-in-scanner': 'src/modules/events/web/check-in-scanner.ts',
  },
  outdir: 'public/build',
  bundle: true,
  // A classic script (loaded with defer): no module loader needed.
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
  write: false,
});

/** Written aside then renamed: a server reading the file meanwhile never sees half of it. */
function writeWhole(file, bytes) {
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, bytes);
  renameSync(aside, file);
}

mkdirSync('public/build', { recursive: true });
for (const { path, contents } of outputFiles) {
  writeWhole(path, contents);
  writeWhole(`${path}.gz`, gzipSync(contents, { level: 9 }));
  const brotli = { [constants.BROTLI_PARAM_QUALITY]: 11 };
  writeWhole(`${path}.br`, brotliCompressSync(contents, { params: brotli }));
}
