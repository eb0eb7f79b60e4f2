import { policies } from '../../platform/authz';
import { AppError } from '../../platform/http/errors';
import type { Router } from '../../platform/http/router';
import { findPeople, getPublicPerson, ZPeopleQuery } from './services/people.queries';
import { PeoplePageView } from './ui/people-page';
import { PersonPageView } from './ui/person-page';

export function registerPeopleRoutes(router: Router) {
  router.page('GET', '/directory/people', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZPeopleQuery.parse(c.req.query());
    const result = await findPeople(ctx.deps.database.db, ctx.actor, query);
    return c.html(<PeoplePageView ctx={ctx} query={query} result={result} />);
  });

  router.page('GET', '/directory/people/:slug', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const found = await getPublicPerson(ctx.deps.database.db, ctx.actor, c.req.param('slug') ?? '');
    if (!found) throw new AppError('NOT_FOUND');
    return c.html(
      <PersonPageView ctx={ctx} person={found.person} affiliations={found.affiliations} />,
    );
  });
}
