// Addresses that keep a list's filters and order when its page changes.

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
