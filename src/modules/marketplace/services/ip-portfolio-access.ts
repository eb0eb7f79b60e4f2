// Whose IP portfolio an account keeps: a university's or institute's own technology-transfer
// office (the owners and admins of the account managing its directory profile) keeps that
// organisation's portfolio only; the centre's staff keep every one. Anyone else is told the
// portfolio does not exist (404).
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { findIpAsset, ipPortfolioOwners } from '../db/ip-portfolio.repository';
import { ACADEMIC_KINDS } from '../domain/offer';
import { canManageAnyPortfolio } from '../permissions';
import { managedOwnersOf, managesFor, ownerById, ownerBySlug, type Owner } from './owners';

export const holdsPortfolio = (owner: { kind: string }) => ACADEMIC_KINDS.includes(owner.kind);

export async function mayKeepPortfolio(db: Db, actor: Actor, owner: Owner): Promise<boolean> {
  if (!holdsPortfolio(owner)) return false;
  return canManageAnyPortfolio(actor) || managesFor(db, actor, owner);
}

/** The portfolio's organisation by its profile's slug, if the actor keeps it; else NOT_FOUND. */
export async function keptPortfolio(db: Db, actor: Actor, slug: string): Promise<Owner> {
  const owner = await ownerBySlug(db, slug);
  if (!owner || !(await mayKeepPortfolio(db, actor, owner))) throw new AppError('NOT_FOUND');
  return owner;
}

/** An asset with its organisation, if the actor keeps that portfolio; else NOT_FOUND. */
export async function keptAsset(db: Db, actor: Actor, id: string) {
  const asset = isUuid(id) ? await findIpAsset(db, id) : undefined;
  const owner = asset && (await ownerById(db, asset.ownerOrgId));
  if (!asset || !owner || !(await mayKeepPortfolio(db, actor, owner)))
    throw new AppError('NOT_FOUND');
  return { asset, owner };
}

/** The portfolios the actor keeps: its own organisations', and for staff every one with assets. */
export async function portfoliosOf(db: Db, actor: Actor): Promise<(Owner & { assets: number })[]> {
  const counts = new Map((await ipPortfolioOwners(db)).map((o) => [o.ownerOrgId, o.n]));
  const own = (await managedOwnersOf(db, actor)).filter(holdsPortfolio);
  const all = canManageAnyPortfolio(actor)
    ? await Promise.all([...counts.keys()].map((id) => ownerById(db, id)))
    : [];
  const seen = new Set<string>();
  const owners: Owner[] = [];
  for (const o of [...own, ...all])
    if (o && !seen.has(o.id)) {
      seen.add(o.id);
      owners.push(o);
    }
  return owners.map((o) => ({ ...o, assets: counts.get(o.id) ?? 0 }));
}
