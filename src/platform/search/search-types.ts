// What an index is given (documents), asked (requests) and answers (results).

export interface SearchDocument {
  id: string;
  /** searchKey() of every name the record goes by: its words are matched as typed prefixes. */
  names: string;
  /** searchKey() of the name shown: "starts with", exact and misspelt matches. */
  title: string;
  /** searchKey() of the other texts. */
  body: string;
  /** Byte-ordered name key (the order of the alphabet). */
  sortKey: string;
  createdAt: number;
  updatedAt: number;
  /** The record's version: what a copy of the record kept elsewhere is checked against. */
  revision?: number;
  /** Filterable values per field, e.g. { kind: ['startup'], sector: ['agritech', 'iot'] }. */
  facets: Record<string, readonly string[]>;
  /** Numbers for range conditions; null when unknown (never matches a range). */
  numbers?: Record<string, number | null>;
}

/**
 * One condition of a search. `key` names the filter it belongs to: facet counts for a field
 * leave out the conditions of the filter of the same name, so that each count says how many
 * results choosing that value would give.
 */
export type Condition =
  | { key: string; field: string; anyOf: readonly string[] }
  | { key: string; number: string; min?: number; max?: number };

export interface SearchRequest {
  /** searchKey() of what was typed; each word matches as a prefix. */
  text?: string;
  where?: readonly Condition[];
  sort: 'relevance' | 'name' | 'newest';
  offset?: number;
  limit: number;
  /** Name order only: continue after this record. */
  after?: { sortKey: string; id: string };
  /**
   * Fields whose values to count under the search and the other conditions; `where` adds
   * conditions for one count only (e.g. count only the provinces a viewer may see).
   */
  facets?: readonly (string | { field: string; where: readonly Condition[] })[];
  /** Also find when the most recently changed match changed. */
  lastUpdated?: boolean;
}

export interface SearchResult {
  ids: string[];
  total: number;
  facets: Record<string, Map<string, number>>;
  /** When the most recently changed match changed (ms; 0 when nothing matches or not asked). */
  lastUpdated: number;
  /**
   * Set when no record holds the typed words as typed but close spellings matched: the search
   * key of the words as the best match spells them ("Did you mean …").
   */
  suggestion?: string;
}
