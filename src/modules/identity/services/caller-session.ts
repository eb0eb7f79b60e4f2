// better-auth's account endpoints act as the session that calls them, read from its signed cookie,
// and may answer with new cookies (a session signed again when a second factor is turned on or
// off, a new one at sign-in). The HTTP side hands over what the browser sent and passes on the
// cookies better-auth set; services only carry them between the two.
import type { AuditContext } from '../../../platform/audit';

/** What better-auth reads of the caller's browser. */
export interface CallerSession {
  /** The Cookie header as the browser sent it ('' when none). */
  cookie: string;
  userAgent?: string;
}

/** Who acts, with the browser session better-auth acts as. */
export type SessionActing = AuditContext & { session: CallerSession };

/** Set-Cookie values better-auth answered with, for the HTTP side to send. */
export type SessionCookies = string[];

/** The request better-auth expects: the caller's cookie, browser and address (for its sessions list). */
export function authHeaders(session: CallerSession, ip?: string): Headers {
  const headers = new Headers({ cookie: session.cookie });
  if (session.userAgent) headers.set('user-agent', session.userAgent);
  if (ip) headers.set('x-forwarded-for', ip);
  return headers;
}

/** The cookies of better-auth's answer. */
export const cookiesOf = (headers: Headers): SessionCookies => headers.getSetCookie();
