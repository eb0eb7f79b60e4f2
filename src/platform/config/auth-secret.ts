import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';

/**
 * The secret that signs session cookies. Production must set AUTH_SECRET; elsewhere one is made
 * once and kept in DATA_DIR, so sessions survive restarts without any set-up.
 */
export function ensureAuthSecret(config: Config): Config {
  if (config.AUTH_SECRET) return config;
  if (config.NODE_ENV === 'production') {
    throw new Error(
      'AUTH_SECRET must be set in production (at least 32 characters; e.g. `openssl rand -base64 48`).',
    );
  }
  const file = path.join(config.DATA_DIR, '.auth-secret');
  if (!existsSync(file)) {
    mkdirSync(config.DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return { ...config, AUTH_SECRET: readFileSync(file, 'utf8').trim() };
}
