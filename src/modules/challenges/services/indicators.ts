import type { Indicator } from '../../../platform/modules/manifest';
import { countPublishedBetween } from '../db/challenges.repository';
import { countSubmittedBetween } from '../db/problems.repository';

// Problems and challenges belong to the whole instance: they are not counted per province.
export const CHALLENGES_INDICATORS: Indicator[] = [
  {
    id: 'challenges.problems_posted',
    label: 'challenges.indicator.problemsPosted',
    unit: 'count',
    compute: (db, q) => countSubmittedBetween(db, q.from, q.to),
  },
  {
    id: 'challenges.challenges_published',
    label: 'challenges.indicator.challengesPublished',
    unit: 'count',
    compute: (db, q) => countPublishedBetween(db, q.from, q.to),
  },
];
