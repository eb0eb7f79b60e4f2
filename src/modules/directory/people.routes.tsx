import { isSignedIn, policies } from '../../platform/authz';
import { AppError } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { registerPersonFormRoutes } from './person-form.routes';
import { findPeople, getPublicPerson, ZPeopleQuery } from './services/people.queries';
import { canEditPerson, isPeopleCurator, ownProfileOf } from './services/person-form-submit';
import { PeoplePageView } from './ui/people-page';
import { PersonPageView, type PersonActions } from './ui/person-page';

export function registerPeopleRoutes(router: Router) {
  // Before /directory/people/:slug, which would otherwise take /directory/people/new.
  registerPersonFormRoutes(router);

  router.page('GET', '/directory/people', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZPeopleQuery.parse(c.req.query());
    const result = await findPeople(ctx.deps, ctx, query);
    return c.html(<PeoplePageView ctx={ctx} query={query} result={result} />);
  });

  router.page('GET', '/directory/people/:slug', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const found = await getPublicPerson(ctx.deps, ctx, { slug: c.req.param('slug') ?? '' });
    if (!found) throw new AppError('NOT_FOUND');
    const { actor } = ctx;
    const curator = isPeopleCurator(actor);
    const isYours = isSignedIn(actor) && found.person.userId === actor.user.id;
    // Members are offered their own profile while they have none; staff may add anyone.
    const canCreateOwn =
      isSignedIn(actor) && !curator && !isYours && !(await ownProfileOf(ctx.deps, ctx));
    const actions: PersonActions = {
      canEdit: canEditPerson(actor, found.person),
      isYours,
      add: curator ? 'person' : canCreateOwn ? 'own' : undefined,
    };
    return c.html(
      <PersonPageView
        ctx={ctx}
        person={found.person}
        affiliations={found.affiliations}
        actions={actions}
      />,
    );
  });
}
