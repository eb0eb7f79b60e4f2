// Potential adopters of an offer (issue 14, item 4): enterprises, startups and cooperatives of the
// directory working in the offer's sectors, those sharing more of its sectors first, then those of
// the owner's province — each with why. Read through the directory's own search, so a profile's
// hidden fields stay hidden and archived or merged profiles never appear.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { findOrganizations, type Sector } from '../../directory';
import type { OfferRow } from '../db/offers.repository';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

const ADOPTER_KINDS = new Set(['sme', 'enterprise', 'startup', 'cooperative']);
/** The directory is asked about this many of the offer's sectors, the first ones its owner chose. */
const SECTORS_ASKED = 3;
export const ADOPTERS_SHOWN = 10;

export interface PotentialAdopter {
  slug: string;
  name: string;
  kind: string;
  sectors: string[];
  isSameProvince: boolean;
}

export async function potentialAdopters(
  deps: Deps,
  acting: AuditContext,
  offer: Pick<OfferRow, 'sectors' | 'ownerOrgId' | 'ownerProvince'>,
): Promise<PotentialAdopter[]> {
  const found = new Map<string, PotentialAdopter>();
  for (const sector of offer.sectors.slice(0, SECTORS_ASKED)) {
    const page = await findOrganizations(deps, acting, { sector: sector as Sector, page: 1 });
    for (const row of page.rows) {
      if (row.id === offer.ownerOrgId || !ADOPTER_KINDS.has(row.kind)) continue;
      const seen = found.get(row.id);
      if (seen) seen.sectors.push(sector);
      else
        found.set(row.id, {
          slug: row.slug,
          name: row.shortName || row.legalName,
          kind: row.kind,
          sectors: [sector],
          isSameProvince: Boolean(offer.ownerProvince) && row.provinceCode === offer.ownerProvince,
        });
    }
  }
  return [...found.values()]
    .sort(
      (a, b) =>
        b.sectors.length - a.sectors.length ||
        Number(b.isSameProvince) - Number(a.isSameProvince) ||
        a.name.localeCompare(b.name, 'vi'),
    )
    .slice(0, ADOPTERS_SHOWN);
}
