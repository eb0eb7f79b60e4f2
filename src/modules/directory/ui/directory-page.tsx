import type { RequestContext } from '../../../platform/http/context';
import { formatNumber } from '../../../platform/i18n';
import { DidYouMean } from '../../../platform/ui/did-you-mean';
import { Layout } from '../../../platform/ui/layout';
import { Pager } from '../../../platform/ui/pager';
import { PROVINCES } from '../domain/provinces';
import { CERTIFICATIONS, ORGANIZATION_KINDS, SECTORS, STAGES } from '../domain/taxonomy';
import { isInnovativeStartup } from '../domain/innovative-startup';
import type { DirectoryPage, TDirectoryQuery } from '../services/organizations.queries';
import type { OrganizationRow } from '../db/organizations.repository';
import { certificationLabel, kindLabel, provinceLabel, sectorLabel, stageLabel } from './labels';
import {
  DirectorySearch,
  FacetSelect,
  SortSelect,
  inLabelOrder,
  listHref,
  type Facet as ListFacet,
} from './list-filters';
import { DirectoryTabs } from './people-page';

type Facet = ListFacet<keyof TDirectoryQuery>;

/** The query string for a page of the same search, with some values changed. */
export const directoryHref = (
  query: TDirectoryQuery,
  change: Partial<Record<keyof TDirectoryQuery, string | number | undefined>>,
) => listHref('/directory', query, change);

function OrganizationCard({
  ctx,
  org,
  today,
}: {
  ctx: RequestContext;
  org: OrganizationRow;
  today: Date;
}) {
  const { t } = ctx;
  const description =
    ctx.locale === 'en' && org.descriptionEn ? org.descriptionEn : org.descriptionVi;
  return (
    <li class="card">
      <h2>
        <a href={`/directory/organizations/${org.slug}`}>{org.shortName || org.legalName}</a>{' '}
        {org.verifiedAt && <span class="badge ok">{t('directory.verified')}</span>}
      </h2>
      <p class="muted">
        {[
          kindLabel(t, org.kind),
          provinceLabel(org.provinceCode),
          org.stage && stageLabel(t, org.stage),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {description && (
        <p>{description.length > 220 ? `${description.slice(0, 217)}…` : description}</p>
      )}
      <p class="tags">
        {isInnovativeStartup(org as never, today) && (
          <span class="badge">{certificationLabel(t, 'innovative_startup')}</span>
        )}
        {org.sectors.map((s) => (
          <span class="badge">{sectorLabel(t, s)}</span>
        ))}
      </p>
    </li>
  );
}

export function DirectoryPageView({
  ctx,
  query,
  result,
  today,
}: {
  ctx: RequestContext;
  query: TDirectoryQuery;
  result: DirectoryPage;
  today: Date;
}) {
  const { t } = ctx;
  const facets: Facet[] = [
    {
      name: 'kind',
      label: t('directory.filter.kind'),
      counts: result.facets.kind,
      options: ORGANIZATION_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) })),
    },
    {
      name: 'province',
      label: t('directory.filter.province'),
      counts: result.facets.provinceCode,
      options: inLabelOrder(PROVINCES.map((p) => ({ value: p.code, label: p.shortName }))),
    },
    {
      name: 'sector',
      label: t('directory.filter.sector'),
      counts: result.facets.sector,
      options: inLabelOrder(SECTORS.map((s) => ({ value: s, label: sectorLabel(t, s) }))),
    },
    {
      name: 'stage',
      label: t('directory.filter.stage'),
      counts: result.facets.stage,
      options: STAGES.map((s) => ({ value: s, label: stageLabel(t, s) })),
    },
    {
      name: 'certification',
      label: t('directory.filter.certification'),
      counts: result.facets.certification,
      options: CERTIFICATIONS.map((c) => ({ value: c, label: certificationLabel(t, c) })),
    },
  ];
  const innovative = {
    value: 'innovative_startup',
    label: certificationLabel(t, 'innovative_startup'),
  };
  facets[4]!.options.unshift(innovative);
  facets[4]!.counts = new Map([
    ...facets[4]!.counts,
    ['innovative_startup', result.innovativeCount],
  ]);
  const hasFilters = Boolean(
    query.q || query.kind || query.province || query.sector || query.stage || query.certification,
  );
  const path = directoryHref(query, {});
  return (
    <Layout ctx={ctx} title={t('directory.title')} path={path}>
      <DirectoryTabs ctx={ctx} current="organizations" />
      <h1>{t('directory.title')}</h1>
      <p class="lead">{t('directory.lead')}</p>
      <DirectorySearch
        ctx={ctx}
        action="/directory"
        label={t('directory.search.label')}
        placeholder={t('directory.search.placeholder')}
        q={query.q}
        isFiltered={hasFilters}
      >
        {facets.map((f) => (
          <FacetSelect ctx={ctx} facet={f} value={query[f.name] as string | undefined} />
        ))}
        <SortSelect
          ctx={ctx}
          sorts={['relevance', 'name', 'newest'] as const}
          value={result.sort}
        />
      </DirectorySearch>
      <p role="status">
        {query.q
          ? t('directory.resultsFor', { count: formatNumber(result.total, ctx.locale), q: query.q })
          : t('directory.results', { count: formatNumber(result.total, ctx.locale) })}
      </p>
      {result.suggestion && (
        <DidYouMean
          t={t}
          typed={query.q ?? ''}
          suggestion={result.suggestion}
          href={directoryHref(query, { q: result.suggestion, page: 1 })}
        />
      )}
      {result.rows.length === 0 ? (
        <p class="alert">{t('directory.empty')}</p>
      ) : (
        <ul class="cards">
          {result.rows.map((org) => (
            <OrganizationCard ctx={ctx} org={org} today={today} />
          ))}
        </ul>
      )}
      <Pager
        t={t}
        locale={ctx.locale}
        page={result.page}
        pages={result.pages}
        href={(page) => directoryHref(query, { page })}
      />
    </Layout>
  );
}
