// Our listings as other exchanges read them (the national S&T exchange, Techport): listed offers
// and open needs with their public fields only — a field its owner restricted (after the NDA, or
// to the parties) is null, a need's contact and everything of an unlisted offer never leave —
// and the change feed of their public state. An offer's images are public, as its teaser: adding
// or removing one moves the offer to its next version, so the feed announces it again. The
// mapping to those exchanges' fields is docs/marketplace-exchange-mapping.md.
import type { AppDeps } from '../../../platform/deps';
import { fileUrl } from '../../../platform/files';
import { hiddenFields } from '../domain/confidentiality';
import { NEED_RESTRICTABLE, OFFER_RESTRICTABLE } from '../domain/confidentiality';
import { isListed } from '../domain/offer';
import type { NeedRow } from '../db/needs.repository';
import { imagesOfOffers, type OfferImageRow } from '../db/offer-images.repository';
import type { OfferRow } from '../db/offers.repository';
import {
  listedOffersPage,
  needsChangedBetween,
  offersChangedBetween,
  openNeedsPage,
  type FeedPoint,
} from '../db/open-listings.repository';
import { needTiers, offerTiers } from './confidential-access';
import { ownerById, type Owner } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

/** A write commits a moment after the clock it carries: the feed stays this far behind. */
export const FEED_SETTLE_MS = 10_000;

export interface PublicOwner {
  name: string;
  slug: string;
  kind: string;
  provinceCode: string | null;
}

const ownerJson = (o: Owner | undefined): PublicOwner | null =>
  o ? { name: o.name, slug: o.slug, kind: o.kind, provinceCode: o.provinceCode } : null;

/** An image as it leaves: its path in the public store, size, descriptions and WebP variants. */
const imageJson = (image: OfferImageRow) => ({
  path: fileUrl(image.fileKey),
  width: image.width,
  height: image.height,
  altVi: image.altVi,
  altEn: image.altEn || null,
  variants: image.variants.map((v) => ({ path: fileUrl(v.key), width: v.width, height: v.height })),
});

/** An offer's public view: a restricted field is null; its images are public, oldest first. */
export function publicOffer(
  offer: OfferRow,
  owner: Owner | undefined,
  images: readonly OfferImageRow[] | undefined,
) {
  const held = hiddenFields(OFFER_RESTRICTABLE, offerTiers(offer), 'public');
  const open = <T>(field: (typeof OFFER_RESTRICTABLE)[number], value: T): T | null =>
    held.has(field) ? null : value;
  return {
    id: offer.id,
    title: offer.title,
    summary: offer.summary,
    problem: open('problem', offer.problem),
    advantages: open('advantages', offer.advantages),
    applications: open('applications', offer.applications),
    sectors: offer.sectors,
    trl: offer.trl,
    ipKind: offer.ipKind,
    ipNumber: open('ipNumber', offer.ipNumber),
    ipJurisdiction: offer.ipJurisdiction,
    ipExpiresOn: offer.ipExpiresOn,
    coOwners: open('coOwners', offer.coOwners),
    isStateFunded: offer.isStateFunded,
    transferForms: offer.transferForms,
    priceVnd: open('priceVnd', offer.priceVnd === null ? null : offer.priceVnd.toString()),
    isNegotiable: offer.isNegotiable,
    inventors: open(
      'inventors',
      offer.inventors.map((i) => i.name),
    ),
    contactEmail: open('contactEmail', offer.contactEmail),
    owner: ownerJson(owner),
    images: (images ?? []).map(imageJson),
    publishedAt: offer.publishedAt,
    expiresAt: offer.expiresAt,
    updatedAt: offer.updatedAt,
  };
}
export type PublicOffer = ReturnType<typeof publicOffer>;

/** A need's public view: its teaser, and each detail only if its owner made it public. */
export function publicNeed(need: NeedRow, owner: Owner | undefined) {
  const held = hiddenFields(NEED_RESTRICTABLE, needTiers(need), 'public');
  const open = <T>(field: (typeof NEED_RESTRICTABLE)[number], value: T): T | null =>
    held.has(field) ? null : value;
  const budget = (v: bigint | null) => open('budget', v === null ? null : v.toString());
  return {
    id: need.id,
    title: need.title,
    teaser: need.teaser,
    problem: open('problem', need.problem),
    currentSolution: open('currentSolution', need.currentSolution),
    constraints: open('constraints', need.constraints),
    budgetMinVnd: budget(need.budgetMinVnd),
    budgetMaxVnd: budget(need.budgetMaxVnd),
    timeline: need.timeline,
    sectors: need.sectors,
    transferForms: need.transferForms,
    owner: ownerJson(owner),
    createdAt: need.createdAt,
    updatedAt: need.updatedAt,
  };
}
export type PublicNeed = ReturnType<typeof publicNeed>;

async function ownersOf(deps: Deps, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const found = await Promise.all(unique.map((id) => ownerById(deps.database.db, id)));
  return new Map(unique.map((id, i) => [id, found[i]]));
}

export async function findListedOffers(deps: Deps, window: { page: number; limit: number }) {
  const { rows, total } = await listedOffersPage(deps.database.db, deps.clock(), {
    offset: (window.page - 1) * window.limit,
    limit: window.limit,
  });
  const [owners, images] = await Promise.all([
    ownersOf(
      deps,
      rows.map((r) => r.ownerOrgId),
    ),
    imagesOfOffers(
      deps.database.db,
      rows.map((r) => r.id),
    ),
  ]);
  return {
    items: rows.map((r) => publicOffer(r, owners.get(r.ownerOrgId), images.get(r.id))),
    total,
  };
}

export async function findOpenNeeds(deps: Deps, window: { page: number; limit: number }) {
  const { rows, total } = await openNeedsPage(deps.database.db, {
    offset: (window.page - 1) * window.limit,
    limit: window.limit,
  });
  const owners = await ownersOf(
    deps,
    rows.map((r) => r.ownerOrgId),
  );
  return { items: rows.map((r) => publicNeed(r, owners.get(r.ownerOrgId))), total };
}

export type FeedItem = { cursor: string; id: string; at: Date } & (
  | { type: 'offer'; op: 'upsert'; record: PublicOffer }
  | { type: 'need'; op: 'upsert'; record: PublicNeed }
  | { type: 'offer' | 'need'; op: 'delete'; record: null }
);

/** A cursor is the change's instant in milliseconds and the listing's id: "1767225600000_<id>". */
export const cursorOf = (p: FeedPoint) => `${p.at.getTime()}_${p.id}`;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';
export function pointOf(cursor: string): FeedPoint | undefined {
  if (cursor === '' || cursor === '0') return { at: new Date(0), id: FIRST_ID };
  const m = /^(\d{1,15})_([0-9a-f-]{36})$/.exec(cursor);
  return m ? { at: new Date(Number(m[1])), id: m[2]! } : undefined;
}

/**
 * The listings whose public state changed after the cursor, each at its latest change, oldest
 * first: an upsert with the public view, or a delete when it is no longer public (withdrawn,
 * expired, closed). Applying the items in order from the start reproduces the public state.
 */
export async function readListingFeed(deps: Deps, input: { from: FeedPoint; limit: number }) {
  const db = deps.database.db;
  const now = deps.clock();
  const until = new Date(now.getTime() - FEED_SETTLE_MS);
  const [offers, needs] = await Promise.all([
    offersChangedBetween(db, input.from, until, input.limit),
    needsChangedBetween(db, input.from, until, input.limit),
  ]);
  const [owners, images] = await Promise.all([
    ownersOf(
      deps,
      [...offers, ...needs].map((r) => r.ownerOrgId),
    ),
    imagesOfOffers(
      db,
      offers.filter((o) => isListed(o, until)).map((o) => o.id),
    ),
  ]);
  const items: FeedItem[] = [
    ...offers.map((o): FeedItem => {
      const base = { cursor: cursorOf({ at: o.changedAt, id: o.id }), id: o.id, at: o.changedAt };
      return isListed(o, until)
        ? {
            ...base,
            type: 'offer',
            op: 'upsert',
            record: publicOffer(o, owners.get(o.ownerOrgId), images.get(o.id)),
          }
        : { ...base, type: 'offer', op: 'delete', record: null };
    }),
    ...needs.map((n): FeedItem => {
      const base = { cursor: cursorOf({ at: n.changedAt, id: n.id }), id: n.id, at: n.changedAt };
      return n.status === 'open'
        ? { ...base, type: 'need', op: 'upsert', record: publicNeed(n, owners.get(n.ownerOrgId)) }
        : { ...base, type: 'need', op: 'delete', record: null };
    }),
  ]
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, input.limit);
  const last = items.at(-1);
  return {
    items,
    next: last ? last.cursor : cursorOf(input.from),
    hasMore: offers.length === input.limit || needs.length === input.limit,
  };
}
