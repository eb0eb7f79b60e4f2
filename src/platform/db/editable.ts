// Which columns a caller may write through a table's update path: never the row's identity, its
// version or its stamps (the update path sets those, see versioned.ts), nor the columns the table
// keeps for itself (its system-owned ones, e.g. a slug fixed at creation). Generated columns are
// never written either.
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/** Set at creation or by the update path itself, never by a caller's patch. */
export const STAMP_COLUMNS = [
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
] as const;
type Stamp = (typeof STAMP_COLUMNS)[number];

/** The name of a column of `T` a caller may write, `S` being the table's system-owned columns. */
export type EditableColumn<T extends PgTable, S extends string = never> = Exclude<
  keyof T['$inferInsert'] & string,
  Stamp | S
>;

/** A change a caller may ask of a row of `T`. */
export type EditablePatch<T extends PgTable, S extends string = never> = Partial<
  Pick<T['$inferInsert'], EditableColumn<T, S>>
>;

export interface EditableColumns<T extends PgTable, S extends string> {
  readonly names: readonly EditableColumn<T, S>[];
  /**
   * The patch with its writable columns only. The types already refuse the others; this also
   * drops them from a patch spread from a wider object at run time.
   */
  pick(patch: EditablePatch<T, S>): EditablePatch<T, S>;
}

/** The writable columns of a table, declared once next to its update path. */
export function editableColumns<T extends PgTable, S extends string = never>(
  table: T,
  systemOwned: readonly S[] = [],
): EditableColumns<T, S> {
  const closed = new Set<string>([...STAMP_COLUMNS, ...systemOwned]);
  const names = Object.entries(getTableColumns(table))
    .filter(([name, column]) => !closed.has(name) && !column.generated)
    .map(([name]) => name as EditableColumn<T, S>);
  const open = new Set<string>(names);
  return {
    names,
    pick: (patch) =>
      Object.fromEntries(Object.entries(patch).filter(([name]) => open.has(name))) as EditablePatch<
        T,
        S
      >,
  };
}
