// What the sign-in route files share: better-auth's cookies on our responses, and where to go next.
import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { safeNext } from '../../platform/http/safe-next';

type C = Context<AppEnv>;

/** Copies the cookies better-auth set onto our response. */
export function forwardCookies(c: C, headers: Headers) {
  for (const cookie of headers.getSetCookie()) c.header('Set-Cookie', cookie, { append: true });
}

/** The same-site page to return to after signing in (`?next=`), else the home page. */
export const nextOf = (c: C) => safeNext(c.req.query('next'));
