// Lists read a page at a time: `?page=` and the list's order checked, one page of rows from the
// repository. The addresses that keep a list's filters are platform/http/page-links.
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
