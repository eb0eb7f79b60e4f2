// The browser's session cookie, read the way better-auth signs it ("<token>.<base64 HMAC-SHA256>",
// URL-encoded), so a signed-in request is checked with one synchronous HMAC instead of an
// asynchronous WebCrypto call per request.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { SESSION_COOKIE } from './session-policy';

/** The cookie's value: without the __Secure- prefix over http, with it over https. */
function sessionCookieValue(cookieHeader: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name !== SESSION_COOKIE && name !== `__Secure-${SESSION_COOKIE}`) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The session token a cookie header carries when its signature is ours; undefined otherwise. */
export function signedSessionToken(cookieHeader: string, secret: string): string | undefined {
  const value = sessionCookieValue(cookieHeader);
  const dot = value?.lastIndexOf('.') ?? -1;
  if (!value || dot < 1) return undefined;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : undefined;
}
