// What the route files share about the browser's session: what better-auth reads of the request,
// the cookies it answers with, and where to go after signing in.
import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { safeNext } from '../../platform/http/safe-next';
import type { CallerSession, SessionActing, SessionCookies } from './services/caller-session';

type C = Context<AppEnv>;

/** The browser's session cookie and user agent, as better-auth reads them. */
export const callerSession = (c: C): CallerSession => ({
  cookie: c.req.header('cookie') ?? '',
  userAgent: c.req.header('user-agent'),
});

/** The signed-in caller with their browser session, for commands better-auth carries out. */
export function sessionActing(c: C): SessionActing {
  const { actor, ip, requestId } = c.get('ctx');
  return { actor, ip, requestId, session: callerSession(c) };
}

/** Copies the cookies better-auth set onto our response. */
export function forwardCookies(c: C, cookies: SessionCookies) {
  for (const cookie of cookies) c.header('Set-Cookie', cookie, { append: true });
}

/** The same-site page to return to after signing in (`?next=`), else the home page. */
export const nextOf = (c: C) => safeNext(c.req.query('next'));
