// The centre announces a challenge's results from its page (services/announce-results.ts). A form
// sent twice, or by two staff at once, announces once: the later one is told it was already done.
// The problem owner (and the centre) read the solutions' evaluation; for anyone else it is a 404.
import { policies } from '../../platform/authz';
import { routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { CHALLENGES_PATH } from './permissions';
import { showChallenge } from './public.routes';
import { announceResults } from './services/announce-results';
import { getChallengeEvaluation } from './services/evaluation.queries';
import { EvaluationPage } from './ui/evaluation-page';

const REFUSAL = {
  NO_CALL: 'challenges.error.noCall',
  STILL_OPEN: 'challenges.error.stillOpen',
  UNDECIDED: 'challenges.error.undecided',
  ALREADY_ANNOUNCED: 'challenges.error.alreadyAnnounced',
} as const;

export function registerResultsRoutes(router: Router) {
  router.page(
    'POST',
    `${CHALLENGES_PATH}/:slug/results`,
    policies.backOffice('challenges.challenge:publish'),
    async (c) => {
      const ctx = c.get('ctx');
      const slug = routeParam(c, 'slug');
      const result = await announceResults(ctx.deps, ctx, { slug });
      if (result.ok)
        return c.redirect(`${CHALLENGES_PATH}/${slug}?done=announced#results-title`, 303);
      const text = ctx.t(REFUSAL[result.reason]);
      return showChallenge(c, { notice: { kind: 'error', text } }, 409);
    },
  );
  router.page('GET', `${CHALLENGES_PATH}/:slug/evaluation`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const data = await getChallengeEvaluation(ctx.deps, ctx, { slug: routeParam(c, 'slug') });
    return c.html(<EvaluationPage ctx={ctx} data={data} />);
  });
}
