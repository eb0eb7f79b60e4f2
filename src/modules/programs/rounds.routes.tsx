// Review rounds for staff: a call's rounds and a new one, then a round's page with its reviewer
// pool and its assignments. A refusal comes back on the round's page (409, or 422 with the
// field's message).
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { Router } from '../../platform/http/router';
import type { FieldErrors } from '../../platform/errors';
import type { FormValues } from '../../platform/input/form-values';
import { routeParam } from '../../platform/http/form-reader';
import type { PageNotice } from '../../platform/ui/notice';
import { createReviewRound } from './services/rounds/create-review-round';
import { addRoundReviewer } from './services/rounds/add-round-reviewer';
import { assignRoundReviewers } from './services/rounds/assign-round-reviewers';
import { roundErrors, roundInputOf } from './services/rounds/review-round-form';
import { addReviewAssignment } from './services/reviews/add-review-assignment';
import { removeReviewAssignment } from './services/reviews/remove-review-assignment';
import { roundOverview, roundsOfCall } from './services/reviews/review.queries';
import { ROUNDS_PATH, roundPath, RoundPage, RoundsPage } from './ui/review-staff-pages';
import { doneNotice, notice, postedValues, routeCall } from './route-kit';
import { REVIEW_DONE } from './review-notices';

const canManage = policies.capability('programs.review:manage');
const ROUND = `${ROUNDS_PATH}/:round`;

/** A call's rounds, and the form of a new one. */
function registerCallRoundRoutes(router: Router) {
  const CALL = '/admin/programs/:slug/calls/:call/reviews';
  const roundsPage = async (c: AppContext, values?: FormValues, errors?: FieldErrors) => {
    const ctx = c.get('ctx');
    const { programme, call } = await routeCall(c);
    const rounds = await roundsOfCall(ctx.deps, ctx, { call });
    return (
      <RoundsPage
        ctx={ctx}
        programme={programme}
        call={call}
        rounds={rounds}
        values={values}
        errors={errors}
      />
    );
  };
  router.page('GET', CALL, canManage, async (c) => c.html(await roundsPage(c)));
  router.page('POST', CALL, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const { call } = await routeCall(c);
    const result = await createReviewRound(ctx.deps, ctx, {
      callId: call.id,
      ...roundInputOf(values),
    });
    if (result.ok) return c.redirect(`${roundPath(result.round.id)}?done=created`, 303);
    return c.html(await roundsPage(c, values, roundErrors(result.fields)), 422);
  });
}

/** The round's page, with a notice, field messages or what was typed when a form comes back. */
async function roundPage(
  c: AppContext,
  given?: { notice?: PageNotice; errors?: FieldErrors; values?: FormValues },
) {
  const ctx = c.get('ctx');
  const overview = await roundOverview(ctx.deps, ctx, { roundId: routeParam(c, 'round') });
  return (
    <RoundPage
      ctx={ctx}
      overview={overview}
      notice={given?.notice ?? doneNotice(c, REVIEW_DONE)}
      errors={given?.errors}
      values={given?.values}
    />
  );
}
/** Back to the round's page at the section that changed. */
const back = (c: AppContext, done: string, anchor: string) =>
  c.redirect(`${roundPath(routeParam(c, 'round'))}?done=${done}#${anchor}`, 303);

/** The round's page and its pool: a reviewer added by profile, then automatic assignment. */
function registerPoolRoutes(router: Router) {
  router.page('GET', ROUND, canManage, async (c) => c.html(await roundPage(c)));

  router.page('POST', `${ROUND}/reviewers`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const result = await addRoundReviewer(ctx.deps, ctx, {
      roundId: routeParam(c, 'round'),
      profile: values.reviewer ?? '',
    });
    if (result.ok) return back(c, 'added', 'h-progress');
    if (result.reason === 'ALREADY_EXISTS') {
      const inPool = notice(c, 'programs.review.error.inPool', 'error');
      return c.html(await roundPage(c, { notice: inPool }), 409);
    }
    return c.html(await roundPage(c, { errors: result.fields, values }), 422);
  });

  router.page('POST', `${ROUND}/assign`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const result = await assignRoundReviewers(ctx.deps, ctx, { roundId: routeParam(c, 'round') });
    if (!result.ok) {
      const key =
        result.reason === 'EMPTY_POOL'
          ? 'programs.review.emptyPool'
          : 'programs.review.error.closed';
      return c.html(await roundPage(c, { notice: notice(c, key, 'error') }), 409);
    }
    if (result.shortfalls.length > 0) {
      const text = ctx.t('programs.review.shortfalls', { count: result.shortfalls.length });
      return c.html(await roundPage(c, { notice: { kind: 'error', text } }));
    }
    return back(c, 'assigned', 'h-assignments');
  });
}

/** One assignment at a time: added by hand from the pool, or removed while it has no sheet. */
function registerAssignmentRoutes(router: Router) {
  router.page('POST', `${ROUND}/assignments`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const result = await addReviewAssignment(ctx.deps, ctx, {
      roundId: routeParam(c, 'round'),
      applicationId: values.applicationId ?? '',
      reviewerId: values.reviewerId ?? '',
    });
    if (result.ok) return back(c, 'assigned', 'h-assignments');
    const key =
      result.reason === 'ROUND_CLOSED'
        ? 'programs.review.error.closed'
        : result.reason === 'NOT_IN_POOL'
          ? 'programs.review.error.notInPool'
          : 'programs.review.error.assigned';
    return c.html(await roundPage(c, { notice: notice(c, key, 'error') }), 409);
  });

  router.page('POST', `${ROUND}/assignments/:assignment/remove`, canManage, async (c) => {
    const ctx = c.get('ctx');
    await roundOverview(ctx.deps, ctx, { roundId: routeParam(c, 'round') });
    const result = await removeReviewAssignment(ctx.deps, ctx, {
      assignmentId: routeParam(c, 'assignment'),
    });
    if (result.ok) return back(c, 'removed', 'h-assignments');
    const hasSheet = notice(c, 'programs.review.error.hasSheet', 'error');
    return c.html(await roundPage(c, { notice: hasSheet }), 409);
  });
}

export function registerRoundRoutes(router: Router) {
  registerCallRoundRoutes(router);
  registerPoolRoutes(router);
  registerAssignmentRoutes(router);
}
