import type { Child } from 'hono/jsx';
import type { SortDirection } from '../input/paging';

export interface Column<T> {
  /** The column's name in `?sort=`, for a sortable column. */
  key: string;
  label: Child;
  cell: (row: T) => Child;
  isSortable?: boolean;
  /** The first sort of this column when chosen (ascending unless said). */
  firstDirection?: SortDirection;
  /** A cell of this column heads its row (th scope="row"). */
  isRowHeader?: boolean;
  class?: string;
}

export interface TableSort {
  by: string;
  direction: SortDirection;
  /** The address of the same list sorted another way, keeping its filters. */
  href: (by: string, direction: SortDirection) => string;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

function Header<T>({ column, sort }: { column: Column<T>; sort?: TableSort }) {
  if (!column.isSortable || !sort) {
    return (
      <th scope="col" class={column.class}>
        {column.label}
      </th>
    );
  }
  const isSorted = sort.by === column.key;
  // A sorted column's header turns its order round; another's sorts by it.
  const next = isSorted
    ? sort.direction === 'asc'
      ? 'desc'
      : 'asc'
    : (column.firstDirection ?? 'asc');
  return (
    <th
      scope="col"
      class={column.class}
      aria-sort={isSorted ? ARIA_SORT[sort.direction] : undefined}
    >
      <a href={sort.href(column.key, next)}>
        {column.label}
        {isSorted && <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span>}
      </a>
    </th>
  );
}

/**
 * A table of rows, wrapped so it scrolls sideways on a narrow screen. Sortable columns head with
 * links (no script needed) and the sorted one carries aria-sort.
 */
export function DataTable<T>(props: {
  columns: Column<T>[];
  rows: T[];
  sort?: TableSort;
  caption?: Child;
  /** The wrapper's name when it can be focused to scroll (a wide table). */
  label?: string;
}) {
  const { columns, rows, sort } = props;
  // A wide table scrolls inside its wrapper: named and focusable, a keyboard can scroll it too.
  const scrollable = props.label ? { tabindex: 0, role: 'region', 'aria-label': props.label } : {};
  return (
    <div class="table-wrap" {...scrollable}>
      <table>
        {props.caption && <caption>{props.caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <Header column={column} sort={sort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              {columns.map((column) =>
                column.isRowHeader ? (
                  <th scope="row" class={column.class}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td class={column.class}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
