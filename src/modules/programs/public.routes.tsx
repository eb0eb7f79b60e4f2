import { policies } from '../../platform/authz';
import type { Router } from '../../platform/http/router';
import { callsOf } from './services/calls.queries';
import {
  findProgrammes,
  getProgrammeBySlug,
  postingOrganizationOf,
  ZProgrammeQuery,
} from './services/programmes.queries';
import { ProgrammePage } from './ui/programme-page';
import { ProgrammesPage, PUBLIC_PATH } from './ui/programmes-page';

export function registerPublicRoutes(router: Router) {
  router.page('GET', PUBLIC_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const query = ZProgrammeQuery.parse(c.req.query());
    // Staff see the same public list here; drafts are on their own list.
    const result = await findProgrammes(ctx.deps.database.db, ctx.actor, query, ['published']);
    return c.html(<ProgrammesPage ctx={ctx} result={result} />);
  });

  router.page('GET', `${PUBLIC_PATH}/:slug`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const db = ctx.deps.database.db;
    const programme = await getProgrammeBySlug(db, ctx.actor, c.req.param('slug') ?? '');
    const [calls, postingOrganization] = await Promise.all([
      callsOf(db, ctx.actor, programme),
      postingOrganizationOf(db, programme),
    ]);
    return c.html(
      <ProgrammePage
        ctx={ctx}
        programme={programme}
        calls={calls}
        postingOrganization={postingOrganization}
        now={ctx.deps.clock()}
      />,
    );
  });
}
