// What challenges add to an organisation's directory profile: the challenges it solved.
import type { ProfileBlock } from '../../../platform/modules/manifest';
import { SolvedChallenges } from '../ui/showcase-page';
import { showcase } from './showcase';

export const challengesProfileBlocks: ProfileBlock[] = [
  {
    id: 'challenges.solved',
    order: 40,
    async render(ctx, organization) {
      const entries = await showcase(ctx.deps, organization.id);
      return entries.length > 0 ? <SolvedChallenges ctx={ctx} entries={entries} /> : null;
    },
  },
];
