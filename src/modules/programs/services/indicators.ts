import type { Db } from '../../../platform/db/client';
import type { Indicator, IndicatorQuery } from '../../../platform/modules/manifest';
import { organizationFactsByIds } from '../../directory';
import { applicantsSubmittedBetween, projectsCreatedBetween } from '../db/work.repository';

/** Rows whose organisation is in the province (read from the directory); all when none given. */
async function inProvince<T extends { organizationId: string }>(
  db: Db,
  rows: T[],
  province: string | undefined,
): Promise<T[]> {
  if (!province) return rows;
  const facts = await organizationFactsByIds(
    db,
    rows.map((r) => r.organizationId),
  );
  return rows.filter((r) => facts.get(r.organizationId)?.provinceCode === province);
}

const projects = async (db: Db, q: IndicatorQuery) =>
  inProvince(db, await projectsCreatedBetween(db, q.from, q.to), q.province);

/**
 * The projects programs.projects_funded counts and programs.funding_awarded sums, with the funded
 * organisation's name, in the order they were opened: the evidence behind the two figures.
 */
export async function fundedProjectsBetween(db: Db, q: IndicatorQuery) {
  const rows = await projects(db, q);
  const facts = await organizationFactsByIds(
    db,
    rows.map((r) => r.organizationId),
  );
  return rows
    .map((r) => ({ ...r, organizationName: facts.get(r.organizationId)?.name ?? '' }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export const PROGRAMS_INDICATORS: Indicator[] = [
  {
    id: 'programs.applications_submitted',
    label: 'programs.indicator.applicationsSubmitted',
    unit: 'count',
    compute: async (db, q) =>
      (await inProvince(db, await applicantsSubmittedBetween(db, q.from, q.to), q.province)).length,
  },
  {
    id: 'programs.projects_funded',
    label: 'programs.indicator.projectsFunded',
    unit: 'count',
    compute: async (db, q) => (await projects(db, q)).length,
  },
  {
    id: 'programs.funding_awarded',
    label: 'programs.indicator.fundingAwarded',
    unit: 'vnd',
    compute: async (db, q) =>
      Number((await projects(db, q)).reduce((sum, p) => sum + p.awardVnd, 0n)),
  },
];
