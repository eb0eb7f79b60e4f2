// Reading portfolios: the office's full view of its own, and the public page's, which carries
// only the public fields of filed and granted assets (domain/ip-asset.ts).
import type { Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import {
  ipAssetsInStages,
  ipAssetsOfOwner,
  ipFeesOf,
  ipLicencesOf,
  ipRevenuesOf,
  type IpAssetRow,
} from '../db/ip-portfolio.repository';
import { findOffersByIds, offersOfOwners } from '../db/offers.repository';
import { PUBLIC_ASSET_FIELDS, PUBLIC_STAGES, type PublicAssetField } from '../domain/ip-asset';
import { isListed } from '../domain/offer';
import { holdsPortfolio, keptAsset, keptPortfolio } from './ip-portfolio-access';
import { ownerBySlug } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export async function getOfficePortfolio(deps: Deps, actor: Actor, slug: string) {
  const db = deps.database.db;
  const owner = await keptPortfolio(db, actor, slug);
  return { owner, assets: await ipAssetsOfOwner(db, owner.id) };
}

export async function getIpAssetPage(deps: Deps, actor: Actor, id: string) {
  const db = deps.database.db;
  const { asset, owner } = await keptAsset(db, actor, id);
  const [fees, licences, revenues, offers] = await Promise.all([
    ipFeesOf(db, asset.id),
    ipLicencesOf(db, asset.id),
    ipRevenuesOf(db, asset.id),
    offersOfOwners(db, [owner.id]),
  ]);
  return { asset, owner, fees, licences, revenues, offers };
}
/** The organisation's offers an asset may be linked to. */
export const offersOfPortfolio = (deps: Deps, ownerOrgId: string) =>
  offersOfOwners(deps.database.db, [ownerOrgId]);

export type IpAssetPageView = Awaited<ReturnType<typeof getIpAssetPage>>;

export type PublicIpAsset = Pick<IpAssetRow, 'id' | PublicAssetField> & {
  /** The asset's listing, only while it is listed. */
  offerId: string | null;
};

/** Nothing but the public fields leaves: the projection is the one list of them. */
export function toPublicAsset(row: IpAssetRow, listed: ReadonlySet<string>): PublicIpAsset {
  const out = { id: row.id } as PublicIpAsset;
  for (const field of PUBLIC_ASSET_FIELDS) Object.assign(out, { [field]: row[field] });
  out.offerId = row.offerId && listed.has(row.offerId) ? row.offerId : null;
  return out;
}

/** The public assets of an organisation, with the links to those listed on the exchange. */
export async function publicAssetsOf(deps: Deps, ownerOrgId: string): Promise<PublicIpAsset[]> {
  const db = deps.database.db;
  const rows = await ipAssetsInStages(db, ownerOrgId, PUBLIC_STAGES);
  const offerIds = rows.flatMap((r) => (r.offerId ? [r.offerId] : []));
  const now = deps.clock();
  const listed = new Set(
    (await findOffersByIds(db, offerIds)).filter((o) => isListed(o, now)).map((o) => o.id),
  );
  return rows.map((r) => toPublicAsset(r, listed));
}

export async function getPublicPortfolio(deps: Deps, slug: string) {
  const owner = await ownerBySlug(deps.database.db, slug);
  if (!owner || !holdsPortfolio(owner)) throw new AppError('NOT_FOUND');
  return { owner, assets: await publicAssetsOf(deps, owner.id) };
}
