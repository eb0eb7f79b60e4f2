// Links that let whoever holds them act on one record without signing in (a feedback form, a
// calendar feed, a saved search's unsubscribe): the record's id and an HMAC of it under the
// platform's secret and the link's purpose, so nothing is stored to look the link up, and a
// changed id, another purpose's link or a link past its expiry is refused by arithmetic alone.
//
// Tokens are `<id>.<mac>` — the format of every link already mailed, which must keep working —
// or `<id>.<expiry in epoch seconds>.<mac>` for a link that expires. The two sign different
// messages, so dropping or changing the expiry of a link breaks its signature.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config/config';
import { isUuid } from '../input/uuid';

/** The platform's secret, which boot always sets (ensureAuthSecret). */
export function linkSecret(config: Pick<Config, 'AUTH_SECRET'>): string {
  if (!config.AUTH_SECRET) throw new Error('AUTH_SECRET is not set (boot sets it)');
  return config.AUTH_SECRET;
}

const EXPIRY = /^[1-9]\d{0,11}$/;

/** `purpose` is `<module>/<what>` (events/feedback); `expires` the epoch seconds, if any. */
const macOf = (secret: string, purpose: string, id: string, expires?: string) =>
  createHmac('sha256', secret)
    .update(`innohub/${purpose}/v1:${id}${expires === undefined ? '' : `:until:${expires}`}`)
    .digest('base64url')
    .slice(0, 32);

/** A token for the record `id` (a UUID) and this purpose, valid until `expiresAt` if given. */
export function signLink(secret: string, purpose: string, id: string, expiresAt?: Date): string {
  if (!expiresAt) return `${id}.${macOf(secret, purpose, id)}`;
  const expires = String(Math.ceil(expiresAt.getTime() / 1000));
  return `${id}.${expires}.${macOf(secret, purpose, id, expires)}`;
}

/**
 * The id a genuine token of this purpose stands for, or undefined. A token that carries an expiry
 * is read only with `now`, before that expiry.
 */
export function readSignedLink(
  secret: string,
  purpose: string,
  token: string,
  now?: Date,
): string | undefined {
  const parts = token.split('.');
  const [id = '', expires, mac = ''] = parts.length === 2 ? [parts[0], undefined, parts[1]] : parts;
  if (parts.length > 3 || !isUuid(id)) return undefined;
  if (expires !== undefined) {
    if (!now || !EXPIRY.test(expires) || Number(expires) * 1000 <= now.getTime()) return undefined;
  }
  const expected = Buffer.from(macOf(secret, purpose, id, expires));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}
