// How long a browser session lasts and how often its expiry moves on (better-auth's settings,
// shared with the fast lookup of a signed-in request).
export const SESSION_COOKIE = 'innohub.session_token';
export const SESSION_EXPIRES_IN_SECONDS = 60 * 60 * 24 * 30;
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60 * 24;

/** Whether better-auth would push the session's expiry on now (it does so once a day). */
export function sessionNeedsRefresh(expiresAt: Date, now: Date): boolean {
  const refreshedAt = expiresAt.getTime() - SESSION_EXPIRES_IN_SECONDS * 1000;
  return refreshedAt + SESSION_UPDATE_AGE_SECONDS * 1000 <= now.getTime();
}
