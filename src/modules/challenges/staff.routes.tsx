// The centre's back-office of challenges: the queue of problems to scope, and publishing a
// challenge (or one more track) from an approved problem.
import { z } from 'zod';
import { policies } from '../../platform/authz';
import { AppError, type FieldErrors } from '../../platform/errors';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { ZPage } from '../../platform/input/paging';
import { vnDay } from '../../platform/i18n/vn-time';
import { fieldErrors } from '../../platform/input/validation';
import { ZChallengeFields } from './contracts';
import { PROBLEM_STATUSES } from './domain/problem';
import { STAFF_PATH } from './permissions';
import {
  challengeFormErrors,
  readChallengeForm,
  type ChallengeFormState,
} from './services/challenge-form';
import { findProblemsForCentre, getProblemPage } from './services/problems.queries';
import { publishChallenge } from './services/publish-challenge';
import { conversionFigures } from './services/conversion-figures';
import { CentreQueuePage } from './ui/centre-pages';
import { FIGURES_PATH, FiguresPage } from './ui/figures-page';
import { challengePath } from './ui/paths';
import { PublishPage } from './ui/publish-page';

export const SCOPE = policies.backOffice('challenges.problem:scope');
const PUBLISH = policies.backOffice('challenges.challenge:publish');
const PUBLISH_PATH = `${STAFF_PATH}/problems/:id/publish`;

const ZQueueQuery = z.object({
  status: z.enum(PROBLEM_STATUSES).optional().catch(undefined),
  page: ZPage.catch(1),
});

const FIRST_YEAR = 2020;

export function registerStaffRoutes(router: Router) {
  router.page('GET', FIGURES_PATH, SCOPE, async (c) => {
    const ctx = c.get('ctx');
    const thisYear = Number(vnDay(ctx.deps.clock()).slice(0, 4));
    const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
    const asked = Number(c.req.query('year'));
    const year = years.includes(asked) ? asked : thisYear;
    const figures = await conversionFigures(ctx.deps, year);
    return c.html(<FiguresPage ctx={ctx} figures={figures} years={years} />);
  });
  router.page('GET', STAFF_PATH, SCOPE, async (c) => {
    const ctx = c.get('ctx');
    const query = ZQueueQuery.parse(c.req.query());
    const result = await findProblemsForCentre(ctx.deps, ctx, query);
    return c.html(<CentreQueuePage ctx={ctx} result={result} status={query.status} />);
  });
  router.page('GET', PUBLISH_PATH, PUBLISH, async (c) => {
    const ctx = c.get('ctx');
    const { problem } = await getProblemPage(ctx.deps, ctx, routeParam(c, 'id'));
    if (problem.status !== 'approved') throw new AppError('NOT_FOUND');
    const state: ChallengeFormState = {
      values: { title: problem.title, agreementText: ctx.t('challenges.publish.defaultAgreement') },
      rewards: [],
      documents: [],
    };
    return c.html(<PublishPage ctx={ctx} problem={problem} state={state} />);
  });
  router.page('POST', PUBLISH_PATH, PUBLISH, async (c) => {
    const ctx = c.get('ctx');
    const { problem } = await getProblemPage(ctx.deps, ctx, routeParam(c, 'id'));
    const { input, state, typedErrors } = readChallengeForm(await readBody(c));
    const refuse = (errors: FieldErrors) =>
      c.html(<PublishPage ctx={ctx} problem={problem} state={state} errors={errors} />, 422);
    if (Object.keys(typedErrors).length > 0) {
      const parsed = ZChallengeFields.safeParse(input);
      return refuse(
        challengeFormErrors(typedErrors, parsed.success ? {} : fieldErrors(parsed.error)),
      );
    }
    const result = await publishChallenge(ctx.deps, ctx, { ...input, problemId: problem.id });
    if (result.ok) return c.redirect(`${challengePath(result.challenge)}?done=published`, 303);
    if (result.reason === 'NOT_APPROVED') throw new AppError('NOT_FOUND');
    return refuse(challengeFormErrors({}, result.fields));
  });
}
