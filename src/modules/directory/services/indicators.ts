import type { Indicator } from '../../../platform/modules/manifest';
import { countInnovativeStartupsOn, countOrganizationsAdded } from '../db/indicators.repository';

/** The Vietnam calendar date (yyyy-mm-dd) of the last moment before `to`. */
function vietnamDayBefore(to: Date): string {
  return new Date(to.getTime() - 1 + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

export const DIRECTORY_INDICATORS: Indicator[] = [
  {
    id: 'directory.innovative_startups',
    label: 'directory.indicator.innovativeStartups',
    unit: 'count',
    // A stock, not a flow: the innovative startups listed on the period's last day.
    compute: (db, q) =>
      countInnovativeStartupsOn(db, {
        day: vietnamDayBefore(q.to),
        addedBefore: q.to,
        province: q.province,
      }),
  },
  {
    id: 'directory.organizations_added',
    label: 'directory.indicator.organizationsAdded',
    unit: 'count',
    compute: (db, q) => countOrganizationsAdded(db, q),
  },
];
