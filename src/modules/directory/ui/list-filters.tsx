// What the organisation and people lists share: a filter that shows how many results each
// choice gives, and links to the same search with some values changed.
import type { Child } from 'hono/jsx';
import type { RequestContext } from '../../../platform/http/context';
import { queryHref } from '../../../platform/http/page-links';
import { formatNumber } from '../../../platform/i18n';
import { SelectField } from '../../../platform/ui/choice-controls';
import { FilterForm } from '../../../platform/ui/filter-form';
import { TextField } from '../../../platform/ui/text-controls';
import { sortKey } from '../../../platform/text/vietnamese';

export interface Facet<N extends string = string> {
  /** The query-string name of the filter. */
  name: N;
  label: string;
  options: { value: string; label: string }[];
  counts: Map<string, number>;
}

/** The search box of a list, with its filters folded under it (open once filtered). */
export function DirectorySearch(props: {
  ctx: RequestContext;
  action: string;
  label: string;
  placeholder: string;
  q?: string;
  isFiltered: boolean;
  children?: Child;
}) {
  const { t } = props.ctx;
  return (
    <FilterForm
      t={t}
      action={props.action}
      class="directory-search"
      isFiltered={props.isFiltered}
      submitLabel={t('common.search')}
    >
      <TextField
        t={t}
        name="q"
        type="search"
        label={props.label}
        value={props.q}
        placeholder={props.placeholder}
      />
      <details class="filters" open={props.isFiltered}>
        <summary>{t('common.filter')}</summary>
        <div class="filter-grid">{props.children}</div>
      </details>
    </FilterForm>
  );
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
  return (
    <SelectField
      t={ctx.t}
      id={`f-${facet.name}`}
      name={facet.name}
      label={facet.label}
      value={value}
      empty={ctx.t('directory.filter.any')}
      options={facet.options.map((o) => {
        const n = facet.counts.get(o.value) ?? 0;
        return {
          value: o.value,
          label: `${o.label} (${formatNumber(n, ctx.locale)})`,
          isDisabled: n === 0 && o.value !== value,
        };
      })}
    />
  );
}

/** The sort of a list, among the orders it offers. */
export function SortSelect<S extends 'relevance' | 'name' | 'newest'>(props: {
  ctx: RequestContext;
  sorts: readonly S[];
  value: S;
}) {
  const { t } = props.ctx;
  return (
    <SelectField
      t={t}
      id="f-sort"
      name="sort"
      label={t('directory.sort')}
      value={props.value}
      options={props.sorts.map((s) => ({ value: s, label: t(`directory.sort.${s}`) }))}
    />
  );
}

/** `path` with the query string of the same search, some values changed (page 1 left out). */
export function listHref<Q extends object>(
  path: string,
  query: Q,
  change: Partial<Record<keyof Q, string | number | undefined>>,
): string {
  const params: Record<string, string | number | undefined> = { ...query, ...change };
  return queryHref(path, { ...params, page: params.page === 1 ? undefined : params.page });
}

/** Options in the order of the Vietnamese alphabet, each label's sort key computed once. */
export function inLabelOrder<T extends { label: string }>(options: readonly T[]): T[] {
  return options
    .map((option) => ({ option, key: sortKey(option.label) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ option }) => option);
}
