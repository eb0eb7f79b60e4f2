// A round's ranking and its score sheets for staff, the centre's decisions on applications and
// the publication of a call's results; everyone may read a programme's published winners.
import { policies } from '../../platform/authz';
import type { Router } from '../../platform/http/router';
import type { MessageKey } from '../../platform/i18n';
import { formVersion, type FormValues } from '../../platform/input/form-values';
import { routeParam } from '../../platform/http/form-reader';
import type { AuditContext } from '../../platform/audit';
import type { AppDeps } from '../../platform/deps';
import { acceptApplication } from './services/decisions/decide-accept';
import { rejectApplication } from './services/decisions/decide-reject';
import { waitlistApplication } from './services/decisions/decide-waitlist';
import { awardPrize } from './services/decisions/decide-award';
import { publishWinners } from './services/decisions/decide-publish-winners';
import { scoreSheetsXlsx } from './services/reviews/export-score-sheets';
import { getProgrammeBySlug } from './services/programmes/programmes.queries';
import {
  publishedWinners,
  resultsPublication,
  roundRanking,
} from './services/reviews/review.queries';
import { DECISIONS_PATH, RankingPage, WinnersPage } from './ui/decision-pages';
import { ROUNDS_PATH } from './ui/review-staff-pages';
import { doneNotice, postedValues } from './route-kit';
import { REVIEW_DONE } from './review-notices';

/** A round's ranking and the XLSX of its score sheets. */
function registerRankingRoutes(router: Router) {
  const canManage = policies.capability('programs.review:manage');
  const ROUND = `${ROUNDS_PATH}/:round`;

  router.page('GET', `${ROUND}/ranking`, canManage, async (c) => {
    const ctx = c.get('ctx');
    const data = await roundRanking(ctx.deps, ctx, { roundId: routeParam(c, 'round') });
    const isPublished = Boolean(await resultsPublication(ctx.deps, ctx, { callId: data.call.id }));
    const notice = doneNotice(c, REVIEW_DONE);
    return c.html(<RankingPage ctx={ctx} data={data} isPublished={isPublished} notice={notice} />);
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

/** The decision the posted form asks for: accept, reject, waitlist, else award its prize. */
function decide(deps: AppDeps, acting: AuditContext, id: string, values: FormValues) {
  const input = { applicationId: id, expectedVersion: formVersion(values), note: values.note };
  switch (values.op) {
    case 'accept':
      return acceptApplication(deps, acting, input);
    case 'reject':
      return rejectApplication(deps, acting, input);
    case 'waitlist':
      return waitlistApplication(deps, acting, input);
    default:
      return awardPrize(deps, acting, { ...input, prizeIndex: Number(values.prize ?? -1) });
  }
}

function registerDecisionForms(router: Router) {
  const canDecide = policies.capability('programs.decision:make');
  router.page('POST', `${DECISIONS_PATH}/:application`, canDecide, async (c) => {
    const ctx = c.get('ctx');
    const values = await postedValues(c);
    const result = await decide(ctx.deps, ctx, routeParam(c, 'application'), values);
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
    const values = await postedValues(c);
    const id = routeParam(c, 'callId');
    if (!/^[0-9a-f-]{36}$/.test(id)) return c.notFound();
    await publishWinners(ctx.deps, ctx, { callId: id, isPublished: values.publish === 'yes' });
    return c.redirect(`${backTo(values)}?done=published`, 303);
  });
}

export function registerWinnersPage(router: Router) {
  router.page('GET', '/programs/:slug/winners', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const programme = await getProgrammeBySlug(ctx.deps, ctx, { slug: routeParam(c, 'slug') });
    const winners = await publishedWinners(ctx.deps, ctx, { programme });
    return c.html(<WinnersPage ctx={ctx} programme={programme} winners={winners} />);
  });
}

export function registerDecisionRoutes(router: Router) {
  registerRankingRoutes(router);
  registerDecisionForms(router);
}
