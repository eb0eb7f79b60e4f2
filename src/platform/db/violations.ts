// Constraint violations as a command's expected refusals (a slug taken, a duplicate row) rather
// than 500s. Drizzle wraps the driver's error; PGlite and node-postgres both carry code and
// constraint.
import { sql, type SQL } from 'drizzle-orm';

/** The constraint a unique violation (23505) names, or undefined for any other error. */
export function violatedUnique(err: unknown): string | undefined {
  const e = err as { code?: string; constraint?: string; cause?: unknown } | undefined;
  if (e?.code === '23505') return e.constraint ?? 'unknown';
  return e?.cause ? violatedUnique(e.cause) : undefined;
}

/**
 * A select-list guard for a statement of data-modifying CTEs: the statement fails (division by
 * zero, 22012), undoing every CTE's writes, when the CTE `name` returned no row — plain SQL's one
 * way to make the other writes depend on that one from within the statement.
 */
export const rowsRequired = (name: string): SQL =>
  sql`1 / (select count(*)::int from ${sql.identifier(name)})`;

/** Whether a statement failed by its rowsRequired guard. */
export function failedRowsRequired(err: unknown): boolean {
  const e = err as { code?: string; cause?: unknown } | undefined;
  return e?.code === '22012' || (e?.cause !== undefined && failedRowsRequired(e.cause));
}
