// Stack traces of the bundled server name the TypeScript sources, and the bundle's source map is
// read only when a stack through the bundle is first formatted (decision 020): Node's
// --enable-source-maps parses every map at start-up and keeps it, 20–30 MiB of an idle server.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Source maps of the generated files, read on first use; null when a file has none. */
const maps = new Map<string, SourceMap | null>();

function sourceMapOf(file: string): SourceMap | null {
  let map = maps.get(file);
  if (map === undefined) {
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(file, map);
  }
  return map;
}

function originOf(file: string, line: number, column: number): string | null {
  const entry = sourceMapOf(file)?.findEntry(line - 1, column - 1);
  if (!entry || !('originalSource' in entry)) return null;
  const { originalSource, originalLine, originalColumn } = entry;
  const source = path.resolve(path.dirname(file), originalSource);
  return `${source}:${originalLine + 1}:${originalColumn + 1}`;
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
