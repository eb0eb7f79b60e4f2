// Reads of introductions: one record for its parties and the brokers, the broker's queue and
// the funnel's figures (listings → introductions → deals).
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { accountContact } from '../../identity';
import { OPEN_STAGES, type IntroductionRole } from '../domain/introduction';
import {
  dealsBetween,
  findDealOf,
  findIntroductionById,
  introductionsInStages,
  countIntroducedBetween,
  countRequestedBetween,
  type DealRow,
  type IntroductionRow,
  type Period,
} from '../db/introductions.repository';
import { countListedBetween } from '../db/offers.repository';
import { messagesOf, type MessageRow } from '../db/thread.repository';
import { introductionRoles, listingOf, type Listing } from './introduction-parties';
import { ownerById } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface ThreadMessage {
  message: MessageRow;
  authorName: string;
}

export interface IntroductionView {
  introduction: IntroductionRow;
  listing: Listing;
  requesterName: string;
  requesterOrgName?: string;
  deal?: DealRow;
  /** What the viewer is on it: broker, owner's side, requester's side. */
  roles: IntroductionRole[];
  mayBroker: boolean;
  thread: ThreadMessage[];
}

async function threadOf(db: Db, introductionId: string): Promise<ThreadMessage[]> {
  const rows = await messagesOf(db, introductionId);
  const names = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.authorUserId)))
    names.set(id, (await accountContact(db, id))?.name ?? '');
  return rows.map((message) => ({ message, authorName: names.get(message.authorUserId) ?? '' }));
}

export async function getIntroduction(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<IntroductionView> {
  const db = deps.database.db;
  const introduction = isUuid(id) ? await findIntroductionById(db, id) : undefined;
  if (!introduction) throw new AppError('NOT_FOUND');
  const listing = await listingOf(db, introduction, deps.clock());
  const roles = await introductionRoles(db, actor, introduction, listing);
  if (roles.length === 0) throw new AppError('NOT_FOUND');
  const requester = await accountContact(db, introduction.requesterUserId);
  const org = introduction.requesterOrgId
    ? await ownerById(db, introduction.requesterOrgId)
    : undefined;
  return {
    introduction,
    listing,
    requesterName: requester?.name ?? '',
    requesterOrgName: org?.name,
    deal: await findDealOf(db, introduction.id),
    roles,
    mayBroker: roles.includes('broker'),
    thread: await threadOf(db, introduction.id),
  };
}

/** Open introductions with the listing each is about, for the brokers. */
export async function brokerQueue(deps: Deps) {
  const db = deps.database.db;
  const rows = await introductionsInStages(db, OPEN_STAGES);
  return Promise.all(
    rows.map(async (introduction) => ({
      introduction,
      listing: await listingOf(db, introduction, deps.clock()),
    })),
  );
}

export interface FunnelFigures {
  listed: number;
  requested: number;
  introduced: number;
  deals: number;
  dealsValue: bigint;
}

/** The funnel of a period: offers listed, introductions asked for and made, deals and value. */
export async function funnelFigures(deps: Deps, period: Period): Promise<FunnelFigures> {
  const db = deps.database.db;
  const [listed, requested, introduced, deals] = await Promise.all([
    countListedBetween(db, period),
    countRequestedBetween(db, period),
    countIntroducedBetween(db, period),
    dealsBetween(db, period),
  ]);
  return { listed, requested, introduced, deals: deals.count, dealsValue: deals.value };
}
