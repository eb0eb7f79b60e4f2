// Reviewers' pages under /programs/reviews: their assignments, a score sheet beside the frozen
// submission it scores with its files, and declared conflicts. Only the assigned reviewer
// reaches a sheet or a file: anything else is 404. The staff's review route files are registered
// from here.
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { Router } from '../../platform/http/router';
import { formVersion } from '../../platform/input/form-values';
import { routeParam } from '../../platform/http/form-reader';
import { declareReviewConflict } from './services/reviews/declare-review-conflict';
import { saveScoreSheet, type TSheetInput } from './services/reviews/save-score-sheet';
import {
  getReviewAttachment,
  getScoreSheetView,
  myReviews,
} from './services/reviews/review.queries';
import {
  attachmentName,
  MyReviewsPage,
  REVIEWS_PATH,
  ScoreSheetPage,
} from './ui/review-sheet-page';
import { privateDownload } from './ui/private-download';
import { registerCouncilRoutes } from './councils.routes';
import { registerDecisionRoutes, registerWinnersPage } from './decisions.routes';
import { registerRoundEditRoutes } from './round-edit.routes';
import { registerRoundRoutes } from './rounds.routes';
import { registerVotingRoutes } from './voting.routes';
import { doneNotice, notice, postedValues } from './route-kit';
import { REVIEW_DONE } from './review-notices';

function registerReviewerPages(router: Router) {
  const session = policies.session;
  router.page('GET', REVIEWS_PATH, session, async (c) => {
    const ctx = c.get('ctx');
    return c.html(
      <MyReviewsPage
        ctx={ctx}
        rows={await myReviews(ctx.deps, ctx)}
        notice={doneNotice(c, REVIEW_DONE)}
      />,
    );
  });

  router.page('POST', `${REVIEWS_PATH}/conflicts`, session, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
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
    return <ScoreSheetPage ctx={ctx} view={view} notice={doneNotice(c, REVIEW_DONE)} {...given} />;
  };
  router.page('GET', `${REVIEWS_PATH}/:assignment`, session, async (c) =>
    c.html(await sheetPage(c)),
  );

  router.page('POST', `${REVIEWS_PATH}/:assignment`, session, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
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
            notice: notice(c, 'programs.review.error.incomplete', 'error'),
          }),
          422,
        );
      case 'CONFLICT':
        // What was typed stays on the page; saving again rests on the version now stored.
        return c.html(
          await sheetPage(c, {
            typed,
            version: result.current.version,
            notice: notice(c, 'programs.review.error.stale', 'error'),
          }),
          409,
        );
      case 'ROUND_CLOSED':
        return c.html(
          await sheetPage(c, { notice: notice(c, 'programs.review.error.closed', 'error') }),
          409,
        );
      case 'ALREADY_SUBMITTED':
        return c.html(
          await sheetPage(c, {
            notice: notice(c, 'programs.review.error.alreadySubmitted', 'error'),
          }),
          409,
        );
    }
  });

  // Public, so that a visitor meets the same 404 as everyone but the assigned reviewer.
  const ATTACHMENT = `${REVIEWS_PATH}/:assignment/attachments/:number`;
  router.page('GET', ATTACHMENT, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const file = await getReviewAttachment(ctx.deps, ctx, {
      assignmentId: routeParam(c, 'assignment'),
      number: Number(routeParam(c, 'number')),
    });
    return privateDownload(c, { ...file, originalName: attachmentName(ctx.t, file) });
  });

  router.page('POST', `${REVIEWS_PATH}/:assignment/conflict`, session, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    await declareReviewConflict(ctx.deps, ctx, {
      reason: values.reason ?? '',
      assignmentId: routeParam(c, 'assignment'),
    });
    return c.redirect(`${REVIEWS_PATH}?done=declared`, 303);
  });
}

export function registerReviewRoutes(router: Router) {
  registerRoundRoutes(router);
  registerVotingRoutes(router);
  registerCouncilRoutes(router);
  registerRoundEditRoutes(router);
  registerDecisionRoutes(router);
  registerReviewerPages(router);
  registerWinnersPage(router);
}
