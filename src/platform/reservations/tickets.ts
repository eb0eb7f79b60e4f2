// Ticket codes and claim tokens. A ticket code is the reservation's random reference (60 bits)
// followed by an HMAC of it under a key derived from the platform's secret (40 bits), in Crockford
// base32 so it can be typed from a phone ("7KQ2M-XW4AB-0D9FE-R3T6V"): a forged or altered code is
// refused by arithmetic alone, before any database lookup, and a guessed one needs both halves.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const REF_CHARS = 12;
const MAC_CHARS = 8;

/** Crockford base32 of the bytes' first `chars` × 5 bits. */
function base32(bytes: Buffer, chars: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length === chars) break;
  }
  return out;
}

/** A new reservation's reference: random, 12 characters. */
export const newTicketRef = () => base32(randomBytes(8), REF_CHARS);

const keys = new Map<string, Buffer>();
/** A key of its own for tickets, so a ticket's MAC is never a session's or another use's. */
function ticketKey(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = createHmac('sha256', secret).update('innohub/reservations/ticket/v1').digest();
    keys.set(secret, key);
  }
  return key;
}

const macOf = (secret: string, ref: string) =>
  base32(createHmac('sha256', ticketKey(secret)).update(ref).digest(), MAC_CHARS);

/** The code printed as the ticket's QR code and under it, in groups of five. */
export function ticketCodeOf(secret: string, ticketRef: string): string {
  const raw = ticketRef + macOf(secret, ticketRef);
  return raw.match(/.{1,5}/g)!.join('-');
}

/**
 * The reference of a genuine code, or undefined. Typing slips are forgiven as Crockford's base32
 * does (lower case, O for 0, I and L for 1, spaces and dashes); a URL around the code is not.
 */
export function readTicketCode(secret: string, code: string): string | undefined {
  const raw = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (raw.length !== REF_CHARS + MAC_CHARS || [...raw].some((c) => !ALPHABET.includes(c))) {
    return undefined;
  }
  const ref = raw.slice(0, REF_CHARS);
  const given = Buffer.from(raw.slice(REF_CHARS));
  const expected = Buffer.from(macOf(secret, ref));
  return timingSafeEqual(given, expected) ? ref : undefined;
}

/** A claim link's secret (192 bits) and the hash kept in the database. */
export function newClaimToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: claimTokenHash(token) };
}

export const claimTokenHash = (token: string) =>
  createHash('sha256').update(token, 'utf8').digest('hex');
