import type { Indicator } from '../../../platform/modules/manifest';
import { countOpenAt, countPublishedBetween } from '../db/challenges.repository';
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
    // Open at the end of the period: published, not closed, within their window.
    id: 'challenges.challenges_open',
    label: 'challenges.indicator.challengesOpen',
    unit: 'count',
    compute: (db, q) => countOpenAt(db, new Date(q.to.getTime() - 1)),
  },
  {
    id: 'challenges.challenges_published',
    label: 'challenges.indicator.challengesPublished',
    unit: 'count',
    compute: (db, q) => countPublishedBetween(db, q.from, q.to),
  },
];
