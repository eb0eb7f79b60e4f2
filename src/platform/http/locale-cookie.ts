import { setCookie } from 'hono/cookie';
import type { Locale } from '../i18n';
import { LOCALE_COOKIE } from './app';
import type { AppContext } from './context';

/** The visitor's language choice for a year; Secure when the site is served over HTTPS. */
export function setLocaleCookie(c: AppContext, locale: Locale) {
  setCookie(c, LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: 365 * 24 * 3600,
    sameSite: 'Lax',
    httpOnly: true,
    secure: c.get('ctx').deps.config.publicUrl.startsWith('https:'),
  });
}
