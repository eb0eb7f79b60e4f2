// Lists read a page at a time: `?page=` in the query, one page of rows from the repository, and
// addresses that keep the list's filters and order when the page changes.
import { z } from 'zod';

/** A back-office list shows this many rows a page unless it says otherwise. */
export const PAGE_SIZE = 50;

/** `?page=` — absent means 1; anything but a positive integer is refused (not silently reset). */
export const ZPage = z
  .string()
  .regex(/^\d{1,6}$/, { message: 'ui.page.invalid' })
  .transform(Number)
  .pipe(z.number().int().min(1, { message: 'ui.page.invalid' }))
  .optional()
  .transform((n) => n ?? 1);

/** A page of a list whose total is counted. */
export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
}

/** The rows to skip and take for a page. */
export const pageWindow = (page: number, size = PAGE_SIZE) => ({
  limit: size,
  offset: (page - 1) * size,
});
export const offsetOf = (page: number, size = PAGE_SIZE) => pageWindow(page, size).offset;
export const pageCount = (total: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(total / size));

/** An address with the non-empty parameters, in the order given. */
export function queryHref(path: string, params: Record<string, string | number | undefined>) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== '') search.set(k, `${v}`);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The same list on another page, keeping the non-empty filters (page 1 is left out). */
export const pageHref = (
  path: string,
  filters: Record<string, string | number | undefined>,
  page: number,
) => queryHref(path, { ...filters, page: page > 1 ? page : undefined });

export type SortDirection = 'asc' | 'desc';

/**
 * `?sort=` and `?dir=` of a list whose table sorts by its column headers: a column it does not
 * know, or no choice, falls back to its usual order.
 */
export const sortQuery = <K extends string>(
  columns: readonly [K, ...K[]],
  by: K,
  direction: SortDirection = 'asc',
) => ({
  sort: z.enum(columns).catch(by),
  dir: z.enum(['asc', 'desc']).catch(direction),
});
