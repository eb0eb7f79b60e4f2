// What the organisation and people lists share: a filter that shows how many results each
// choice gives, and links to the same search with some values changed.
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber } from '../../../platform/i18n';
import { sortKey } from '../../../platform/text/vietnamese';

export interface Facet<N extends string = string> {
  /** The query-string name of the filter. */
  name: N;
  label: string;
  options: { value: string; label: string }[];
  counts: Map<string, number>;
}

/** A choice with its count per value; values that would give nothing are disabled. */
export function FacetSelect({
  ctx,
  facet,
  value,
}: {
  ctx: RequestContext;
  facet: Facet;
  value?: string;
}) {
  const id = `f-${facet.name}`;
  return (
    <div class="field">
      <label for={id}>{facet.label}</label>
      <select id={id} name={facet.name}>
        <option value="">{ctx.t('directory.filter.any')}</option>
        {facet.options.map((o) => {
          const n = facet.counts.get(o.value) ?? 0;
          return (
            <option
              value={o.value}
              selected={o.value === value}
              disabled={n === 0 && o.value !== value}
            >
              {`${o.label} (${formatNumber(n, ctx.locale)})`}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/** `path` with the query string of the same search, some values changed (page 1 left out). */
export function listHref<Q extends object>(
  path: string,
  query: Q,
  change: Partial<Record<keyof Q, string | number | undefined>>,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...change })) {
    if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** Options in the order of the Vietnamese alphabet, each label's sort key computed once. */
export function inLabelOrder<T extends { label: string }>(options: readonly T[]): T[] {
  return options
    .map((option) => ({ option, key: sortKey(option.label) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ option }) => option);
}
