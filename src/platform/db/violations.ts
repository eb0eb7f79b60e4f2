// Constraint violations as a command's expected refusals (a slug taken, a duplicate row) rather
// than 500s. Drizzle wraps the driver's error; PGlite and node-postgres both carry code and
// constraint.

/** The constraint a unique violation (23505) names, or undefined for any other error. */
export function violatedUnique(err: unknown): string | undefined {
  const e = err as { code?: string; constraint?: string; cause?: unknown } | undefined;
  if (e?.code === '23505') return e.constraint ?? 'unknown';
  return e?.cause ? violatedUnique(e.cause) : undefined;
}
