// A link from a programme's page to its winners once staff published a call's results.
import type { RequestContext } from '../../../platform/http/context';
import type { ProgrammeRow } from '../db/programmes.repository';
import { publishedWinners } from '../services/reviews/review.queries';

export async function WinnersLink(props: { ctx: RequestContext; programme: ProgrammeRow }) {
  const { ctx, programme } = props;
  const winners = await publishedWinners(ctx.deps, ctx, { programme });
  if (winners.length === 0) return null;
  return (
    <p>
      <a href={`/programs/${programme.slug}/winners`}>{ctx.t('programs.decision.winnersLink')}</a>
    </p>
  );
}
