// What the portal-wide search finds in the directory: organisations and listed people, through
// the directory's own index (diacritics and typos forgiven), each linking to its profile; the
// rest of the matches are on the directory's lists with the same words.
import type { SearchContext, SearchSource } from '../../../platform/modules/manifest';
import { findOrganizationsByIds } from '../db/organizations.repository';
import { findPeopleByIds } from '../db/people-listing.repository';
import { searchOrganizationIds, searchPeopleIds } from './directory-search';
import { scopeOf } from './people.queries';
import { listedRowsInOrder } from './search-index';

async function findOrganizations(ctx: SearchContext, words: string, limit: number) {
  const db = ctx.deps.database.db;
  const found = await searchOrganizationIds(db, { q: words }, ctx.deps.clock(), {
    sort: 'relevance',
    limit,
  });
  const rows = await listedRowsInOrder(db, 'organization', found.ids, findOrganizationsByIds);
  return {
    total: found.total,
    hits: rows.map((org) => ({
      title: org.shortName ? `${org.shortName} (${org.legalName})` : org.legalName,
      href: `/directory/organizations/${org.slug}`,
      meta: ctx.t(`directory.kind.${org.kind}` as never),
    })),
    moreHref: `/directory?q=${encodeURIComponent(words)}`,
  };
}

async function findPeople(ctx: SearchContext, words: string, limit: number) {
  const db = ctx.deps.database.db;
  const found = await searchPeopleIds(db, { q: words }, scopeOf(ctx.actor).levels, {
    sort: 'relevance',
    limit,
  });
  const rows = await listedRowsInOrder(db, 'person', found.ids, findPeopleByIds);
  return {
    total: found.total,
    hits: rows.map((person) => ({
      title: person.fullName,
      href: `/directory/people/${person.slug}`,
      meta: person.headline ?? undefined,
    })),
    moreHref: `/directory/people?q=${encodeURIComponent(words)}`,
  };
}

export const directorySearchSources: SearchSource[] = [
  {
    id: 'directory.organizations',
    title: 'directory.search.organizations',
    order: 20,
    find: findOrganizations,
  },
  { id: 'directory.people', title: 'directory.search.people', order: 30, find: findPeople },
];
