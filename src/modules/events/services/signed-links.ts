// Links that stand for one record without an account: the record's id and an HMAC of it under a
// key of their own purpose (the platform's secret), so nothing is stored to look the link up and
// a changed id or a link of another purpose is refused by arithmetic alone.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../../../platform/input/uuid';

export type LinkPurpose = 'feedback' | 'calendar-feed';

const macOf = (secret: string, purpose: LinkPurpose, id: string) =>
  createHmac('sha256', secret)
    .update(`innohub/events/${purpose}/v1:${id}`)
    .digest('base64url')
    .slice(0, 32);

export const signedToken = (secret: string, purpose: LinkPurpose, id: string) =>
  `${id}.${macOf(secret, purpose, id)}`;

/** The id a genuine token stands for, or undefined. */
export function readSignedToken(
  secret: string,
  purpose: LinkPurpose,
  token: string,
): string | undefined {
  const [id = '', mac = '', ...rest] = token.split('.');
  if (rest.length || !isUuid(id)) return undefined;
  const expected = Buffer.from(macOf(secret, purpose, id));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}
