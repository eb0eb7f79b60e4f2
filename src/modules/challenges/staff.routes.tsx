// The centre's back-office of challenges: the queue of problems to scope.
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { Router } from '../../platform/http/router';
import { ZPage } from '../../platform/input/paging';
import { PROBLEM_STATUSES } from './domain/problem';
import { STAFF_PATH } from './permissions';
import { findProblemsForCentre } from './services/problems.queries';
import { CentreQueuePage } from './ui/centre-pages';

export const SCOPE = policies.backOffice('challenges.problem:scope');

const ZQueueQuery = z.object({
  status: z.enum(PROBLEM_STATUSES).optional().catch(undefined),
  page: ZPage.catch(1),
});

export function registerStaffRoutes(router: Router) {
  router.page('GET', STAFF_PATH, SCOPE, async (c) => {
    const ctx = c.get('ctx');
    const query = ZQueueQuery.parse(c.req.query());
    const result = await findProblemsForCentre(ctx.deps, ctx, query);
    return c.html(<CentreQueuePage ctx={ctx} result={result} status={query.status} />);
  });
}
