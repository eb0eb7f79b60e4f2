import { z } from 'zod';

/** Every back-office list shows this many rows a page. */
export const PAGE_SIZE = 50;

/** `?page=` — absent means 1; anything but a positive integer is refused (not silently reset). */
export const ZPage = z
  .string()
  .regex(/^\d{1,6}$/, { message: 'backoffice.page.invalid' })
  .transform(Number)
  .pipe(z.number().int().min(1, { message: 'backoffice.page.invalid' }))
  .optional()
  .transform((n) => n ?? 1);

export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
}

export const offsetOf = (page: number) => (page - 1) * PAGE_SIZE;
export const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

/** A query string for the same list with another page, keeping the non-empty filters. */
export function pageHref(
  path: string,
  filters: Record<string, string | undefined>,
  page: number,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (page > 1) params.set('page', String(page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
