// Review and decision pages: staff set up rounds, assign, rank and decide under STAFF_PATH;
// reviewers score under /programs/reviews through their own assignments (anything else is 404);
// everyone may read a programme's published winners.
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { Router } from '../../platform/http/router';
import type { FieldErrors } from '../../platform/errors';
import type { MessageKey } from '../../platform/i18n';
import { getCall } from './services/calls/calls.queries';
import { createReviewRound } from './services/rounds/create-review-round';
import { addRoundReviewer } from './services/rounds/add-round-reviewer';
import { assignRoundReviewers } from './services/rounds/assign-round-reviewers';
import { addReviewAssignment } from './services/reviews/add-review-assignment';
import { removeReviewAssignment } from './services/reviews/remove-review-assignment';
import { declareReviewConflict } from './services/reviews/declare-review-conflict';
import { saveScoreSheet, type TSheetInput } from './services/reviews/save-score-sheet';
import { acceptApplication } from './services/decisions/decide-accept';
import { rejectApplication } from './services/decisions/decide-reject';
import { waitlistApplication } from './services/decisions/decide-waitlist';
import { awardPrize } from './services/decisions/decide-award';
import { publishWinners } from './services/decisions/decide-publish-winners';
import { scoreSheetsXlsx } from './services/reviews/export-score-sheets';
import { textValues, formVersion, type FormValues } from '../../platform/input/form-values';
import { routeParam, readBody } from '../../platform/http/form-reader';
import { getProgrammeBySlug } from './services/programmes/programmes.queries';
import {
  getScoreSheetView,
  myReviews,
  publishedWinners,
  resultsPublication,
  roundOverview,
  roundRanking,
  roundsOfCall,
} from './services/reviews/review.queries';
import { DECISIONS_PATH, RankingPage, WinnersPage } from './ui/decision-pages';
import {
  callReviewsPath,
  ROUNDS_PATH,
  roundPath,
  RoundPage,
  RoundsPage,
} from './ui/review-staff-pages';
import { MyReviewsPage, REVIEWS_PATH, ScoreSheetPage } from './ui/review-sheet-page';
import { registerCouncilRoutes } from './councils.routes';
import { registerRoundEditRoutes } from './round-edit.routes';
import { roundErrors, roundInputOf } from './services/rounds/review-round-form';
import { registerVotingRoutes } from './voting.routes';

const form = async (c: AppContext) => textValues(await readBody(c));
const say = (c: AppContext, key: MessageKey, kind: 'success' | 'error' = 'success') =>
  ({ kind, text: c.get('ctx').t(key) }) as const;

const NOTICES: Record<string, MessageKey> = {
  created: 'programs.review.done.created',
  added: 'programs.review.done.added',
  assigned: 'programs.review.done.assigned',
  removed: 'programs.review.done.removed',
  saved: 'programs.review.done.saved',
  submitted: 'programs.review.done.submitted',
  declared: 'programs.review.done.declared',
  decided: 'programs.decision.done',
  published: 'programs.decision.done',
};
const doneNotice = (c: AppContext) => {
  const key = NOTICES[c.req.query('done') ?? ''];
  return key ? say(c, key) : undefined;
};

function registerStaffReviewPages(router: Router) {
  const canManage = policies.capability('programs.review:manage');
  const CALL = '/admin/programs/:slug/calls/:call/reviews';

  const roundsPage = async (c: AppContext, values?: FormValues, errors?: FieldErrors) => {
    const ctx = c.get('ctx');
    const { programme, call } = await getCall(ctx.deps, ctx, {
      programmeSlug: routeParam(c, 'slug'),
      callSlug: routeParam(c, 'call'),
    });
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
    const values = await form(c);
    const { call } = await getCall(ctx.deps, ctx, {
      programmeSlug: routeParam(c, 'slug'),
      callSlug: routeParam(c, 'call'),
    });
    const result = await createReviewRound(ctx.deps, ctx, {
      callId: call.id,
      ...roundInputOf(values),
    });
    if (result.ok) return c.redirect(`${roundPath(result.round.id)}?done=created`, 303);
    return c.html(await roundsPage(c, values, roundErrors(result.fields)), 422);
  });

  const roundPage = async (
    c: AppContext,
    given?: { notice?: ReturnType<typeof say>; errors?: FieldErrors; values?: FormValues },
  ) => {
    const ctx = c.get('ctx');
    const overview = await roundOverview(ctx.deps, ctx, { roundId: routeParam(c, 'round') });
    return (
      <RoundPage
        ctx={ctx}
        overview={overview}
        notice={given?.notice ?? doneNotice(c)}
        errors={given?.errors}
        values={given?.values}
      />
    );
  };
  const ROUND = `${ROUNDS_PATH}/:round`;
  router.page('GET', ROUND, canManage, async (c) => c.html(await roundPage(c)));

  router.page('POST', `${ROUND}/reviewers`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await form(c);
    const result = await addRoundReviewer(ctx.deps, ctx, {
      roundId: routeParam(c, 'round'),
      profile: values.reviewer ?? '',
    });
    if (result.ok)
      return c.redirect(`${roundPath(routeParam(c, 'round'))}?done=added#h-progress`, 303);
    if (result.reason === 'ALREADY_EXISTS')
      return c.html(
        await roundPage(c, { notice: say(c, 'programs.review.error.inPool', 'error') }),
        409,
      );
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
      return c.html(await roundPage(c, { notice: say(c, key, 'error') }), 409);
    }
    if (result.shortfalls.length > 0) {
      const text = ctx.t('programs.review.shortfalls', { count: result.shortfalls.length });
      return c.html(await roundPage(c, { notice: { kind: 'error', text } }));
    }
    return c.redirect(`${roundPath(routeParam(c, 'round'))}?done=assigned#h-assignments`, 303);
  });

  router.page('POST', `${ROUND}/assignments`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const values = await form(c);
    const result = await addReviewAssignment(ctx.deps, ctx, {
      roundId: routeParam(c, 'round'),
      applicationId: values.applicationId ?? '',
      reviewerId: values.reviewerId ?? '',
    });
    if (result.ok)
      return c.redirect(`${roundPath(routeParam(c, 'round'))}?done=assigned#h-assignments`, 303);
    const key =
      result.reason === 'ROUND_CLOSED'
        ? 'programs.review.error.closed'
        : result.reason === 'NOT_IN_POOL'
          ? 'programs.review.error.notInPool'
          : 'programs.review.error.assigned';
    return c.html(await roundPage(c, { notice: say(c, key, 'error') }), 409);
  });

  router.page('POST', `${ROUND}/assignments/:assignment/remove`, canManage, async (c) => {
    const ctx = c.get('ctx');
    await roundOverview(ctx.deps, ctx, { roundId: routeParam(c, 'round') });
    const result = await removeReviewAssignment(ctx.deps, ctx, {
      assignmentId: routeParam(c, 'assignment'),
    });
    if (result.ok)
      return c.redirect(`${roundPath(routeParam(c, 'round'))}?done=removed#h-assignments`, 303);
    return c.html(
      await roundPage(c, { notice: say(c, 'programs.review.error.hasSheet', 'error') }),
      409,
    );
  });

  router.page('GET', `${ROUND}/ranking`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const data = await roundRanking(ctx.deps, ctx, { roundId: routeParam(c, 'round') });
    const isPublished = Boolean(await resultsPublication(ctx.deps, ctx, { callId: data.call.id }));
    return c.html(
      <RankingPage ctx={ctx} data={data} isPublished={isPublished} notice={doneNotice(c)} />,
    );
  });

  router.page('GET', `${ROUND}/sheets.xlsx`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const { bytes, filename } = await scoreSheetsXlsx(ctx.deps, ctx, {
      roundId: routeParam(c, 'round'),
      env: ctx,
    });
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    });
  });
}

/** Only links back into this module's staff pages are followed after a decision. */
const backTo = (values: FormValues) =>
  /^\/admin\/programs\/reviews\/[0-9a-f-]{36}\/ranking$/.test(values.back ?? '')
    ? values.back!
    : ROUNDS_PATH;

function registerDecisionPages(router: Router) {
  const canDecide = policies.capability('programs.decision:make');
  router.page('POST', `${DECISIONS_PATH}/:application`, canDecide, async (c) => {
    const ctx = c.get('ctx');
    const values = await form(c);
    const id = routeParam(c, 'application');
    const version = formVersion(values);
    const note = values.note;
    const deps = ctx.deps;
    const result =
      values.op === 'accept'
        ? await acceptApplication(deps, ctx, { applicationId: id, expectedVersion: version, note })
        : values.op === 'reject'
          ? await rejectApplication(deps, ctx, {
              applicationId: id,
              expectedVersion: version,
              note,
            })
          : values.op === 'waitlist'
            ? await waitlistApplication(deps, ctx, {
                applicationId: id,
                expectedVersion: version,
                note,
              })
            : await awardPrize(deps, ctx, {
                applicationId: id,
                expectedVersion: version,
                prizeIndex: Number(values.prize ?? -1),
                note,
              });
    const back = backTo(values);
    if (result.ok) return c.redirect(`${back}?done=decided`, 303);
    const key: MessageKey =
      result.reason === 'CONFLICT'
        ? 'programs.decision.error.conflict'
        : result.reason === 'NOT_SUBMITTED'
          ? 'programs.decision.error.notSubmitted'
          : 'programs.decision.error.prize';
    return c.html(
      <p role="alert">
        {ctx.t(key)} <a href={back}>{ctx.t('programs.review.backToRanking')}</a>
      </p>,
      result.reason === 'INVALID' ? 422 : 409,
    );
  });

  router.page('POST', `${DECISIONS_PATH}/calls/:callId/results`, canDecide, async (c) => {
    const ctx = c.get('ctx');
    const values = await form(c);
    const id = routeParam(c, 'callId');
    if (!/^[0-9a-f-]{36}$/.test(id)) return c.notFound();
    await publishWinners(ctx.deps, ctx, { callId: id, isPublished: values.publish === 'yes' });
    return c.redirect(`${backTo(values)}?done=published`, 303);
  });
}

function registerReviewerPages(router: Router) {
  const session = policies.session;
  router.page('GET', REVIEWS_PATH, session, async (c) => {
    const ctx = c.get('ctx');
    return c.html(
      <MyReviewsPage ctx={ctx} rows={await myReviews(ctx.deps, ctx)} notice={doneNotice(c)} />,
    );
  });

  router.page('POST', `${REVIEWS_PATH}/conflicts`, session, async (c) => {
    const ctx = c.get('ctx');
    const values = await form(c);
    await declareReviewConflict(ctx.deps, ctx, {
      reason: values.reason ?? '',
      organization: values.organization ?? '',
    });
    return c.redirect(`${REVIEWS_PATH}?done=declared`, 303);
  });

  const sheetPage = async (
    c: AppContext,
    given?: Omit<Parameters<typeof ScoreSheetPage>[0], 'ctx' | 'view'>,
  ) => {
    const ctx = c.get('ctx');
    const view = await getScoreSheetView(ctx.deps, ctx, {
      assignmentId: routeParam(c, 'assignment'),
    });
    return <ScoreSheetPage ctx={ctx} view={view} notice={doneNotice(c)} {...given} />;
  };
  router.page('GET', `${REVIEWS_PATH}/:assignment`, session, async (c) =>
    c.html(await sheetPage(c)),
  );

  router.page('POST', `${REVIEWS_PATH}/:assignment`, session, async (c) => {
    const ctx = c.get('ctx');
    const values = await form(c);
    const pick = (prefix: string) =>
      Object.fromEntries(
        Object.entries(values)
          .filter(([k]) => k.startsWith(prefix))
          .map(([k, v]) => [k.slice(prefix.length), v]),
      );
    const typed: TSheetInput = {
      marks: pick('mark.'),
      comments: pick('comment.'),
      comment: values.comment ?? '',
    };
    const op = values.op === 'submit' ? 'submit' : 'save';
    const id = routeParam(c, 'assignment');
    const result = await saveScoreSheet(ctx.deps, ctx, {
      assignmentId: id,
      expectedVersion: formVersion(values),
      op,
      ...typed,
    });
    if (result.ok)
      return c.redirect(
        `${REVIEWS_PATH}/${id}?done=${result.submitted ? 'submitted' : 'saved'}`,
        303,
      );
    switch (result.reason) {
      case 'INVALID':
        return c.html(
          await sheetPage(c, { typed, errors: result.fields, version: formVersion(values) }),
          422,
        );
      case 'INCOMPLETE':
        return c.html(
          await sheetPage(c, {
            typed,
            notice: say(c, 'programs.review.error.incomplete', 'error'),
          }),
          422,
        );
      case 'CONFLICT':
        // What was typed stays on the page; saving again rests on the version now stored.
        return c.html(
          await sheetPage(c, {
            typed,
            version: result.current.version,
            notice: say(c, 'programs.review.error.stale', 'error'),
          }),
          409,
        );
      case 'ROUND_CLOSED':
        return c.html(
          await sheetPage(c, { notice: say(c, 'programs.review.error.closed', 'error') }),
          409,
        );
      case 'ALREADY_SUBMITTED':
        return c.html(
          await sheetPage(c, { notice: say(c, 'programs.review.error.alreadySubmitted', 'error') }),
          409,
        );
    }
  });

  router.page('POST', `${REVIEWS_PATH}/:assignment/conflict`, session, async (c) => {
    const ctx = c.get('ctx');
    const values = await form(c);
    await declareReviewConflict(ctx.deps, ctx, {
      reason: values.reason ?? '',
      assignmentId: routeParam(c, 'assignment'),
    });
    return c.redirect(`${REVIEWS_PATH}?done=declared`, 303);
  });
}

export function registerReviewRoutes(router: Router) {
  registerStaffReviewPages(router);
  registerVotingRoutes(router);
  registerCouncilRoutes(router);
  registerRoundEditRoutes(router);
  registerDecisionPages(router);
  registerReviewerPages(router);
  router.page('GET', '/programs/:slug/winners', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const programme = await getProgrammeBySlug(ctx.deps, ctx, { slug: routeParam(c, 'slug') });
    return c.html(
      <WinnersPage
        ctx={ctx}
        programme={programme}
        winners={await publishedWinners(ctx.deps, ctx, { programme })}
      />,
    );
  });
}
export { callReviewsPath };
