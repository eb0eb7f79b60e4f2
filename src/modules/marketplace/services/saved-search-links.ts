// The unsubscribe link of a saved search's mail works without signing in: it carries the search's
// id and an HMAC of it under the platform's secret, so nothing is stored to look it up and a
// changed id is refused by arithmetic alone.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../../platform/config/config';
import { isUuid } from '../../../platform/input/uuid';

/** The platform's secret, which boot always sets (ensureAuthSecret). */
export function linkSecret(config: Pick<Config, 'AUTH_SECRET'>): string {
  if (!config.AUTH_SECRET) throw new Error('AUTH_SECRET is not set (boot sets it)');
  return config.AUTH_SECRET;
}

const macOf = (secret: string, id: string) =>
  createHmac('sha256', secret)
    .update(`innohub/marketplace/saved-search-unsubscribe/v1:${id}`)
    .digest('base64url')
    .slice(0, 32);

export const unsubscribeToken = (secret: string, searchId: string) =>
  `${searchId}.${macOf(secret, searchId)}`;

/** The search a genuine token stands for, or undefined. */
export function searchOfToken(secret: string, token: string): string | undefined {
  const [id = '', mac = '', ...rest] = token.split('.');
  if (rest.length || !isUuid(id)) return undefined;
  const expected = Buffer.from(macOf(secret, id));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}
