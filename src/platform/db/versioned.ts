// Optimistic concurrency, one way for every table with a `version` column: an edit names the
// version it started from, and lands only if nobody changed the row since.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from './client';

type VersionedTable = PgTable & { version: PgColumn; updatedAt?: PgColumn; updatedBy?: PgColumn };

/** Who changes a row and when: kept in `updated_by` and `updated_at` where the table has them. */
export interface ChangeStamp {
  /** The account (or operator label) making the change; absent leaves `updated_by` as it was. */
  by?: string | null;
  /** The command's clock (deps.clock()); the process clock when absent. */
  now?: Date;
}

/** The columns every change of a versioned row sets: the next version and, if kept, the stamps. */
export function nextVersion<T extends VersionedTable>(
  table: T,
  stamp: ChangeStamp = {},
): PgUpdateSetSource<T> {
  return {
    version: sql`${table.version} + 1`,
    ...('updatedAt' in table ? { updatedAt: stamp.now ?? new Date() } : {}),
    ...('updatedBy' in table && stamp.by !== undefined ? { updatedBy: stamp.by } : {}),
  } as PgUpdateSetSource<T>;
}

const atVersion = <T extends VersionedTable>(
  db: Db,
  table: T,
  key: SQL | undefined,
  expectedVersion: number,
  patch: PgUpdateSetSource<T>,
  stamp: ChangeStamp = {},
) =>
  db
    .update(table)
    .set({ ...patch, ...nextVersion(table, stamp) })
    .where(and(key, eq(table.version, expectedVersion)))
    .returning();

/**
 * Applies the patch to the row `key` selects only while its version is `expectedVersion`, and
 * moves it to the next version. Undefined: a stale edit (someone saved in between; the caller
 * answers 409 with both versions) or a row that is gone.
 */
export async function updateAtVersion<T extends VersionedTable>(
  ...args: Parameters<typeof atVersion<T>>
): Promise<T['$inferSelect'] | undefined> {
  const rows = (await atVersion(...args)) as T['$inferSelect'][];
  return rows[0];
}

/**
 * The same update as a statement returning the row (none when stale), for a data-modifying CTE
 * of a command's one statement.
 */
export const updateAtVersionStatement = <T extends VersionedTable>(
  ...args: Parameters<typeof atVersion<T>>
): SQL => atVersion(...args).getSQL();
