import type { Indicator } from '../../../platform/modules/manifest';
import { countOpenAt, countPublishedBetween } from '../db/challenges.repository';
import { adoptionsBetween, countPilotsStarted } from '../db/pilots.repository';
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
  {
    id: 'challenges.pilots_started',
    label: 'challenges.indicator.pilotsStarted',
    unit: 'count',
    compute: (db, q) => countPilotsStarted(db, q.from, q.to),
  },
  {
    // Ended in the period adopted or procured under a contract.
    id: 'challenges.pilots_adopted',
    label: 'challenges.indicator.pilotsAdopted',
    unit: 'count',
    compute: async (db, q) => (await adoptionsBetween(db, q.from, q.to)).count,
  },
  {
    id: 'challenges.pilot_contracts_value',
    label: 'challenges.indicator.pilotContractsValue',
    unit: 'vnd',
    compute: async (db, q) => (await adoptionsBetween(db, q.from, q.to)).valueVnd,
  },
];
