// What an operator reads about a failure: the error's message and those of its causes, outermost
// first. The reason is often only in a cause — Drizzle's "Failed query: …" wraps the database's
// refusal, fetch's "fetch failed" wraps ECONNREFUSED — so the message alone says what failed but
// not why. Each message is cut so the deepest causes still fit a stored column.

const MOST_CAUSES = 4;
const MESSAGE_CHARS = 380;
export const CAUSED_BY = '\ncaused by: ';

function describe(err: unknown): string {
  if (!(err instanceof Error)) return typeof err === 'string' ? err : safeJson(err);
  const name = err.name && err.name !== 'Error' ? `${err.name}: ` : '';
  const code = (err as { code?: unknown }).code;
  const coded =
    (typeof code === 'string' || typeof code === 'number') && !err.message.includes(String(code))
      ? ` [${code}]`
      : '';
  return `${name}${err.message}${coded}`;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const cut = (text: string) =>
  text.length > MESSAGE_CHARS ? `${text.slice(0, MESSAGE_CHARS - 1)}…` : text;

/** `message`, then `caused by: …` for each cause (at most four, a cycle stops it). */
export function errorChain(err: unknown): string {
  const seen = new Set<unknown>();
  const links: string[] = [];
  let current: unknown = err;
  while (current !== undefined && !seen.has(current) && links.length <= MOST_CAUSES) {
    seen.add(current);
    links.push(cut(describe(current)));
    current = current instanceof Error ? current.cause : undefined;
  }
  if (current !== undefined && !seen.has(current)) links.push('…');
  return links.join(CAUSED_BY);
}
