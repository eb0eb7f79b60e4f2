import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'ihk_';

export const hashApiKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * A new key: `ihk_` + 8 hex characters shown in lists + `_` + 32 random bytes (base64url).
 * Only the SHA-256 of the whole string is stored; the secret is shown once.
 */
export function generateApiKey(): { secret: string; prefix: string; hash: string } {
  const prefix = randomBytes(4).toString('hex');
  const secret = `${API_KEY_PREFIX}${prefix}_${randomBytes(32).toString('base64url')}`;
  return { secret, prefix, hash: hashApiKey(secret) };
}
