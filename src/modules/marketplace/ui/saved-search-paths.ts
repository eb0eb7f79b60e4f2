import type { OfferSearchFilters } from '../domain/saved-search';
import { MARKETPLACE_PATH } from './paths';

/** A member's saved searches of the offers. */
export const SAVED_SEARCHES_PATH = `${MARKETPLACE_PATH}/searches`;

/** The search page showing these filters' results. */
export function searchHref(
  path: string,
  filters: OfferSearchFilters | Record<string, string | undefined>,
): string {
  const query = new URLSearchParams(
    Object.entries(filters).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
  return query ? `${path}?${query}` : path;
}
