// Editing a review round: its titles, reviewers per application, blind, rubric and state, and
// taking a reviewer out of its pool.
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { FieldErrors } from '../../platform/errors';
import type { MessageKey } from '../../platform/i18n';
import type { Router } from '../../platform/http/router';
import type { PageNotice } from '../../platform/ui/notice';
import { formVersion, type FormValues } from '../../platform/input/form-values';
import { routeParam } from '../../platform/http/form-reader';
import { removeRoundReviewer } from './services/rounds/remove-round-reviewer';
import { roundOverview } from './services/reviews/review.queries';
import { updateReviewRound } from './services/rounds/update-review-round';
import { RoundEditPage } from './ui/review-round-edit';
import { ROUNDS_PATH, roundPath } from './ui/review-staff-pages';
import { roundErrors, roundInputOf } from './services/rounds/review-round-form';
import { notice, postedValues } from './route-kit';

export function registerRoundEditRoutes(router: Router) {
  const canManage = policies.capability('programs.review:manage');
  const ROUND = `${ROUNDS_PATH}/:round`;
  const editPage = async (
    c: AppContext,
    given?: { values?: FormValues; errors?: FieldErrors; notice?: PageNotice },
    status: 200 | 409 | 422 = 200,
  ) => {
    const ctx = c.get('ctx');
    const overview = await roundOverview(ctx.deps, ctx, { roundId: routeParam(c, 'round') });
    return c.html(<RoundEditPage ctx={ctx} overview={overview} {...given} />, status);
  };
  router.page('GET', `${ROUND}/edit`, canManage, (c) => editPage(c));
  router.page('POST', `${ROUND}/edit`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const result = await updateReviewRound(ctx.deps, ctx, {
      roundId: routeParam(c, 'round'),
      expectedVersion: formVersion(values),
      ...roundInputOf(values),
      status: values.status === 'closed' ? 'closed' : 'open',
    });
    if (result.ok) return c.redirect(`${roundPath(routeParam(c, 'round'))}?done=saved`, 303);
    if (result.reason === 'INVALID')
      return editPage(c, { values, errors: roundErrors(result.fields) }, 422);
    const key: MessageKey =
      result.reason === 'RUBRIC_LOCKED'
        ? 'programs.roundEdit.rubricLocked'
        : 'programs.roundEdit.stale';
    return editPage(c, { values, notice: notice(c, key, 'error') }, 409);
  });
  router.page('POST', `${ROUND}/reviewers/:user/remove`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const result = await removeRoundReviewer(ctx.deps, ctx, {
      roundId: routeParam(c, 'round'),
      userId: routeParam(c, 'user'),
    });
    if (result.ok) return c.redirect(`${roundPath(routeParam(c, 'round'))}/edit#h-pool`, 303);
    return editPage(c, { notice: notice(c, 'programs.roundEdit.hasSheets', 'error') }, 409);
  });
}
