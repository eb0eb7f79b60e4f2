/** The code better-auth put on a refusal (`INVALID_EMAIL_OR_PASSWORD`, …), if the error is one. */
export function authErrorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'body' in err && 'statusCode' in err) {
    const body = (err as { body?: { code?: unknown } }).body;
    return typeof body?.code === 'string' ? body.code : 'UNKNOWN';
  }
  return undefined;
}

/** Runs a better-auth call, turning its expected refusals into a code and rethrowing faults. */
export async function attempt<T>(
  call: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; code: string }> {
  try {
    return { ok: true, value: await call() };
  } catch (err) {
    const code = authErrorCode(err);
    if (code) return { ok: false, code };
    throw err;
  }
}
