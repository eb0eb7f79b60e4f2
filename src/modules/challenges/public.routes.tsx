// The public side of challenges: the list and its archive, a challenge's page, and what signed-in
// accounts do there — ask a question, accept the agreement, go on to propose a solution; the
// owner answers questions for all. After a change the page is loaded again (303) with `?done=`.
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formVersion, type FormValues } from '../../platform/input/form-values';
import { ZPage } from '../../platform/input/paging';
import type { PageNotice } from '../../platform/ui/notice';
import { SECTORS } from '../directory';
import { CHALLENGES_PATH } from './permissions';
import { acceptAgreement } from './services/accept-agreement';
import { findPublicChallenges, getChallengePage } from './services/challenges.queries';
import { answerQuestion, askQuestion } from './services/questions';
import { openSolutionsCall } from './services/open-solutions-call';
import { startSolution } from './services/start-solution';
import { ChallengeListPage } from './ui/challenge-list';
import { ChallengePage } from './ui/challenge-page';

const ONE = `${CHALLENGES_PATH}/:slug`;
const DONE = [
  'published',
  'asked',
  'answered',
  'dismissed',
  'accepted',
  'callOpened',
  'announced',
  'fileAdded',
  'fileRemoved',
  'edited',
  'unchanged',
] as const;

const ZListQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  owner: z.uuid().optional().catch(undefined),
  sector: z.enum(SECTORS).optional().catch(undefined),
  archive: z.literal('1').optional().catch(undefined),
  page: ZPage.catch(1),
});

export async function showChallenge(
  c: Context<AppEnv>,
  extra: { notice?: PageNotice; errors?: FieldErrors; values?: FormValues } = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const data = await getChallengePage(ctx.deps, ctx, { slug: routeParam(c, 'slug') });
  const done = c.req.query('done') as (typeof DONE)[number] | undefined;
  const notice =
    extra.notice ??
    (done && DONE.includes(done)
      ? { kind: 'success' as const, text: ctx.t(`challenges.done.${done}`) }
      : undefined);
  return c.html(
    <ChallengePage
      ctx={ctx}
      data={data}
      notice={notice}
      errors={extra.errors}
      values={extra.values}
      origin={ctx.deps.config.publicUrl}
    />,
    status,
  );
}

type RefusalKey =
  | 'challenges.error.closed'
  | 'challenges.error.conflict'
  | 'challenges.error.agreementChanged'
  | 'challenges.error.agreementNeeded'
  | 'challenges.error.noCall';

const refusal = (c: Context<AppEnv>, key: RefusalKey) =>
  showChallenge(c, { notice: { kind: 'error', text: c.get('ctx').t(key) } }, 409);

function registerQuestions(router: Router) {
  router.page('POST', `${ONE}/questions`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const body = await readBody(c);
    const result = await askQuestion(ctx.deps, ctx, {
      slug,
      question: formString(body, 'question'),
      isAskedPublicly: formString(body, 'isAskedPublicly') === 'on',
      requestToken: formString(body, 'requestToken'),
    });
    if (result.ok) return c.redirect(`${CHALLENGES_PATH}/${slug}?done=asked#qa-title`, 303);
    if (result.reason === 'CLOSED') return refusal(c, 'challenges.error.closed');
    return showChallenge(c, { errors: result.fields }, 422);
  });
  router.page('POST', `${ONE}/questions/:question/answer`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const body = await readBody(c);
    const dismiss = formString(body, 'dismiss') === '1';
    const result = await answerQuestion(ctx.deps, ctx, {
      slug,
      questionId: routeParam(c, 'question'),
      version: formVersion(body),
      answer: formString(body, 'answer'),
      dismiss,
    });
    if (result.ok)
      return c.redirect(
        `${CHALLENGES_PATH}/${slug}?done=${dismiss ? 'dismissed' : 'answered'}#qa-title`,
        303,
      );
    if (result.reason === 'CONFLICT') return refusal(c, 'challenges.error.conflict');
    return showChallenge(c, { errors: result.fields }, 422);
  });
}

function registerAgreement(router: Router) {
  router.page('POST', `${ONE}/agreement`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const body = await readBody(c);
    const version = formString(body, 'agreementVersion');
    const result = await acceptAgreement(ctx.deps, ctx, {
      slug,
      organizationId: formString(body, 'organizationId'),
      agreementVersion: /^\d{1,9}$/.test(version) ? Number(version) : -1,
    });
    if (result.ok)
      return c.redirect(`${CHALLENGES_PATH}/${slug}?done=accepted#agreement-title`, 303);
    return refusal(
      c,
      result.reason === 'CLOSED' ? 'challenges.error.closed' : 'challenges.error.agreementChanged',
    );
  });
  router.page(
    'POST',
    `${ONE}/call`,
    policies.backOffice('challenges.challenge:publish'),
    async (c) => {
      const ctx = c.get('ctx');
      const slug = routeParam(c, 'slug');
      const result = await openSolutionsCall(ctx.deps, ctx, { slug });
      if (result.ok) return c.redirect(`${CHALLENGES_PATH}/${slug}?done=callOpened`, 303);
      if (result.reason === 'ALREADY_LINKED') return refusal(c, 'challenges.error.conflict');
      return showChallenge(c, { errors: result.fields }, 422);
    },
  );
  // Solutions go to the programmes call linked to the challenge, once the agreement is accepted.
  router.page('GET', `${ONE}/solve`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const result = await startSolution(ctx.deps, ctx, {
      slug: routeParam(c, 'slug'),
      organizationId: c.req.query('organization') ?? '',
    });
    if (result.ok) return c.redirect(result.applyPath, 303);
    const key: Record<typeof result.reason, RefusalKey> = {
      CLOSED: 'challenges.error.closed',
      AGREEMENT_NEEDED: 'challenges.error.agreementNeeded',
      NO_CALL: 'challenges.error.noCall',
    };
    return refusal(c, key[result.reason]);
  });
}

export function registerPublicRoutes(router: Router) {
  router.page('GET', CHALLENGES_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const q = ZListQuery.parse(c.req.query());
    const query = {
      q: q.q,
      owner: q.owner,
      sector: q.sector,
      isArchive: q.archive === '1',
      page: q.page,
    };
    const result = await findPublicChallenges(ctx.deps, ctx, query);
    return c.html(
      <ChallengeListPage
        ctx={ctx}
        result={result}
        query={query}
        origin={ctx.deps.config.publicUrl}
      />,
    );
  });
  router.page('GET', ONE, policies.public, (c) => showChallenge(c));
  registerQuestions(router);
  registerAgreement(router);
}
