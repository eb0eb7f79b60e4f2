// Stack traces of the bundled server name the TypeScript sources, and the bundle's source map is
// read only when a stack through the bundle is first formatted (decision 020): Node's
// --enable-source-maps parses every map at start-up and keeps it, 20–30 MiB of an idle server,
// and decodes all of it on the first stack (source-map-lines.ts decodes a line when asked).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapLines } from './source-map-lines';

/** Source maps of the generated files, read on first use; null when a file has none. */
const maps = new Map<string, SourceMapLines | null>();

function sourceMapOf(file: string): SourceMapLines | null {
  let map = maps.get(file);
  if (map === undefined) {
    try {
      map = new SourceMapLines(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(file, map);
  }
  return map;
}

function originOf(file: string, line: number, column: number): string | null {
  const origin = sourceMapOf(file)?.find(line, column);
  if (!origin) return null;
  return `${path.resolve(path.dirname(file), origin.source)}:${origin.line}:${origin.column}`;
}

/** One frame as V8 prints it, with a position in the bundle replaced by the source's. */
function formatFrame(site: NodeJS.CallSite, bundleDir: string): string {
  const frame = String(site);
  const url = site.getFileName();
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  if (!url?.startsWith('file:') || line === null || column === null) return frame;
  const file = fileURLToPath(url);
  if (path.dirname(file) !== bundleDir) return frame;
  const origin = originOf(file, line, column);
  return origin ? frame.replace(`${url}:${line}:${column}`, origin) : frame;
}

function headline(error: unknown): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return '<error>';
  }
}

/**
 * Formats stacks through the source maps beside the bundle `entryUrl` lives in. Left to Node when
 * it was started with --enable-source-maps (it then maps node_modules' frames too).
 */
export function mapStackTracesLazily(entryUrl: string): void {
  // Run from the sources (tsx, vitest) there is no bundle to map.
  if (process.sourceMapsEnabled || !entryUrl.endsWith('.js')) return;
  const bundleDir = path.dirname(fileURLToPath(entryUrl));
  Error.prepareStackTrace = (error, sites) =>
    [headline(error), ...sites.map((site) => `    at ${formatFrame(site, bundleDir)}`)].join('\n');
}
