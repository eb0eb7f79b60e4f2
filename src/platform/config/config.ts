import { z } from 'zod';

const ZConfig = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Public origin used in links sent by e-mail, e.g. https://innohub.example.gov.vn */
  PUBLIC_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  /** Buffer pool of the embedded database; larger helps big directories, costs memory. */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/)
    .default('16MB'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('InnoHub <no-reply@innohub.local>'),
  /** Secret for signing auth tokens; generated and kept in DATA_DIR when absent outside production. */
  AUTH_SECRET: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /**
   * Requests worked on at once; the rest wait their turn in arrival order (decision 028).
   * 0 admits every request at once.
   */
  REQUEST_SLOTS: z.coerce.number().int().min(0).max(10_000).default(12),
  /** Seed Vietnamese demo data into an empty database (never in production). */
  DEMO_DATA: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * A browser session of staff or an administrator ends after this many minutes without a request
   * (the state's level-3 controls ask 15); 0 turns it off, as the test apps do, whose clocks jump.
   */
  STAFF_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(15),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Config = z.infer<typeof ZConfig> & { publicUrl: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const host = c.HOST === '0.0.0.0' ? 'localhost' : c.HOST;
  return { ...c, publicUrl: (c.PUBLIC_URL ?? `http://${host}:${c.PORT}`).replace(/\/$/, '') };
}
