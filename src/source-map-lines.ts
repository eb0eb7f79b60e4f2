// A source map decoded one generated line at a time. Node's `SourceMap` decodes every segment of
// the bundle's map into an object up front: 37 MiB of heap and ~300 ms for the server's, paid on
// the first stack formatted (better-auth formats one for every refused sign-in). This keeps the
// `mappings` text and, per line, where it starts and the running values it starts from (~3 MiB).

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) DIGIT[BASE64.charCodeAt(i)] = i;
const COMMA = 44;

/** Running values of a segment: generated column, source, original line and column, name. */
type Running = Int32Array;

/**
 * Adds the Base64 VLQ fields of the segments in text[from, to) to `running`, calling `segment`
 * after each (with how many fields it had) until it returns true.
 */
function readSegments(
  text: string,
  from: number,
  to: number,
  running: Running,
  segment?: (fields: number) => boolean,
): void {
  let field = 0;
  let value = 0;
  let shift = 0;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : COMMA;
    if (code === COMMA) {
      if (field > 0 && segment?.(field)) return;
      field = 0;
      continue;
    }
    const digit = DIGIT[code] ?? -1;
    if (digit < 0) throw new Error(`not a source map character at ${i}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    running[field++]! += value % 2 ? -Math.floor(value / 2) : value / 2;
    value = 0;
    shift = 0;
  }
}

export interface SourcePosition {
  source: string;
  /** 1-based, as in stack traces. */
  line: number;
  column: number;
}

export class SourceMapLines {
  readonly #sources: string[];
  readonly #mappings: string;
  /** Offset in `mappings` where each generated line starts (and one past the end). */
  readonly #starts: Int32Array;
  /** Source, original line and original column carried into each generated line. */
  readonly #carried: Int32Array;

  constructor(payload: { sources: string[]; mappings: string }) {
    this.#sources = payload.sources;
    const text = (this.#mappings = payload.mappings);
    let lines = 1;
    for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) lines++;
    this.#starts = new Int32Array(lines + 1);
    this.#carried = new Int32Array(lines * 3);
    const running: Running = new Int32Array(5);
    let start = 0;
    for (let line = 0; line < lines; line++) {
      this.#starts[line] = start;
      this.#carried.set(running.subarray(1, 4), line * 3);
      let end = text.indexOf(';', start);
      if (end < 0) end = text.length;
      running[0] = 0;
      readSegments(text, start, end, running);
      start = end + 1;
    }
    this.#starts[lines] = text.length + 1;
  }

  /** The original position of a 1-based generated line and column, if the map has one. */
  find(line: number, column: number): SourcePosition | null {
    const index = line - 1;
    if (index < 0 || index >= this.#carried.length / 3) return null;
    const running: Running = new Int32Array(5);
    running.set(this.#carried.subarray(index * 3, index * 3 + 3), 1);
    let found: SourcePosition | null = null;
    const from = this.#starts[index]!;
    const to = this.#starts[index + 1]! - 1;
    readSegments(this.#mappings, from, to, running, (fields) => {
      if (running[0]! > column - 1) return true;
      if (fields >= 4) {
        const source = this.#sources[running[1]!] ?? '';
        found = { source, line: running[2]! + 1, column: running[3]! + 1 };
      }
      return false;
    });
    return found;
  }
}
