import { can, isSignedIn } from '../../../platform/authz';
import {
  DirectorySearch,
  FacetSelect,
  SortSelect,
  listHref,
  type Facet as ListFacet,
} from './list-filters';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, type MessageKey, type Translate } from '../../../platform/i18n';
import { sortKey } from '../../../platform/text/vietnamese';
import { DidYouMean } from '../../../platform/ui/did-you-mean';
import { Layout } from '../../../platform/ui/layout';
import { Pager } from '../../../platform/ui/pager';
import { PROVINCES } from '../domain/provinces';
import { PERSON_ROLES } from '../domain/taxonomy';
import type { PersonRow } from '../db/people.repository';
import {
  findOrganizationPeople,
  type PeoplePage,
  type TPeopleQuery,
} from '../services/people.queries';
import { provinceLabel } from './labels';

type Facet = ListFacet<'role' | 'province' | 'expertise'>;

export const roleLabel = (t: Translate, role: string) => t(`directory.role.${role}` as MessageKey);
export const affiliationLabel = (t: Translate, role: string) =>
  t(`directory.affiliation.${role}` as MessageKey);

/** Organisations | People: the two halves of the directory. */
export function DirectoryTabs({
  ctx,
  current,
}: {
  ctx: RequestContext;
  current: 'organizations' | 'people';
}) {
  const tabs = [
    { id: 'organizations', href: '/directory', label: ctx.t('directory.tabs.organizations') },
    { id: 'people', href: '/directory/people', label: ctx.t('directory.tabs.people') },
  ] as const;
  return (
    // A row of links, as the back office's sub-navigation (no un-bulleted list style exists).
    <nav aria-label={ctx.t('directory.tabs.label')}>
      <p class="row">
        {tabs.map((tab) =>
          tab.id === current ? (
            <strong>
              <a href={tab.href} aria-current="page">
                {tab.label}
              </a>
            </strong>
          ) : (
            <a href={tab.href}>{tab.label}</a>
          ),
        )}
      </p>
    </nav>
  );
}

/** The query string for a page of the same people search, with some values changed. */
export const peopleHref = (
  query: TPeopleQuery,
  change: Partial<Record<keyof TPeopleQuery, string | number | undefined>>,
) => listHref('/directory/people', query, change);

function PersonCard({ ctx, person }: { ctx: RequestContext; person: PersonRow }) {
  const { t } = ctx;
  return (
    <li class="card">
      <h2>
        <a href={`/directory/people/${person.slug}`}>{person.fullName}</a>{' '}
        {person.verifiedAt && <span class="badge ok">{t('directory.verified')}</span>}
      </h2>
      <p class="muted">
        {[person.roles.map((r) => roleLabel(t, r)).join(', '), provinceLabel(person.provinceCode)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {person.headline && <p>{person.headline}</p>}
      {person.expertise.length > 0 && (
        <p class="tags">
          {person.expertise.slice(0, 6).map((tag) => (
            <span class="badge">{tag}</span>
          ))}
        </p>
      )}
    </li>
  );
}

export function PeoplePageView({
  ctx,
  query,
  result,
}: {
  ctx: RequestContext;
  query: TPeopleQuery;
  result: PeoplePage;
}) {
  const { t, locale } = ctx;
  const byLabel = (x: { label: string }, y: { label: string }) =>
    sortKey(x.label) < sortKey(y.label) ? -1 : 1;
  const expertise = [...result.facets.expertise.keys()];
  // A chosen tag stays offered even when it is not among the most common ones.
  if (query.expertise && !expertise.includes(query.expertise)) expertise.push(query.expertise);
  const facets: Facet[] = [
    {
      name: 'role',
      label: t('directory.people.filter.role'),
      counts: result.facets.role,
      options: PERSON_ROLES.map((r) => ({ value: r, label: roleLabel(t, r) })),
    },
    {
      name: 'province',
      label: t('directory.filter.province'),
      counts: result.facets.provinceCode,
      options: PROVINCES.map((p) => ({ value: p.code, label: p.shortName })).sort(byLabel),
    },
    {
      name: 'expertise',
      label: t('directory.people.filter.expertise'),
      counts: result.facets.expertise,
      options: expertise.map((tag) => ({ value: tag, label: tag })).sort(byLabel),
    },
  ];
  const hasFilters = Boolean(query.q || query.role || query.province || query.expertise);
  const count = formatNumber(result.total, locale);
  return (
    <Layout ctx={ctx} title={t('directory.people.title')} path={peopleHref(query, {})}>
      <DirectoryTabs ctx={ctx} current="people" />
      <h1>{t('directory.people.title')}</h1>
      <p class="lead">{t('directory.people.lead')}</p>
      {isSignedIn(ctx.actor) && (
        <p>
          <a href="/directory/people/new">
            {t(
              can(ctx.actor, 'directory.person:curate')
                ? 'directory.people.add'
                : 'directory.people.createOwn',
            )}
          </a>
        </p>
      )}
      <DirectorySearch
        ctx={ctx}
        action="/directory/people"
        label={t('directory.people.search.label')}
        placeholder={t('directory.people.search.placeholder')}
        q={query.q}
        isFiltered={hasFilters}
      >
        {facets.map((f) => (
          <FacetSelect ctx={ctx} facet={f} value={query[f.name]} />
        ))}
        <SortSelect ctx={ctx} sorts={['relevance', 'name'] as const} value={result.sort} />
      </DirectorySearch>
      <p role="status">
        {query.q
          ? t('directory.people.resultsFor', { count, q: query.q })
          : t('directory.peopleResults', { count })}
      </p>
      {result.suggestion && (
        <DidYouMean
          t={t}
          typed={query.q ?? ''}
          suggestion={result.suggestion}
          href={peopleHref(query, { q: result.suggestion, page: 1 })}
        />
      )}
      {result.rows.length === 0 ? (
        <p class="alert">{t('directory.peopleEmpty')}</p>
      ) : (
        <ul class="cards">
          {result.rows.map((person) => (
            <PersonCard ctx={ctx} person={person} />
          ))}
        </ul>
      )}
      <Pager
        t={t}
        locale={ctx.locale}
        page={result.page}
        pages={result.pages}
        href={(page) => peopleHref(query, { page })}
      />
    </Layout>
  );
}

/**
 * The people of an organisation, for its page. It reads them itself (an async component) so
 * that the organisation route stays as it is.
 */
export async function OrganizationPeopleSection({
  ctx,
  organizationId,
}: {
  ctx: RequestContext;
  organizationId: string;
}) {
  const { t } = ctx;
  const people = await findOrganizationPeople(ctx.deps, { organizationId });
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="people">
      <h2 id="people">{t('directory.org.people')}</h2>
      <ul>
        {people.map((m) => (
          <li>
            <a href={`/directory/people/${m.person.slug}`}>{m.person.fullName}</a>
            {` — ${[affiliationLabel(t, m.role), m.title].filter(Boolean).join(', ')}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
