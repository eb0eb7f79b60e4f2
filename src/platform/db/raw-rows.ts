// Rows of a raw statement (db.execute with sql``), read as Drizzle reads the table's columns: for
// statements Drizzle's builders cannot express (data-modifying CTEs whose rows come back as JSON).
import type { Column } from 'drizzle-orm';

/** The rows of db.execute: both drivers (pg and PGlite) answer with `rows`. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** A raw row (or its row_to_json), keyed by column name, as the table's typed row. */
export function rowFromDriver<T>(columns: Record<string, Column>, raw: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T;
}
