// What the marketplace holds about an account: the non-disclosure agreements it accepted, the
// listings it viewed, the access it asked to needs' details, the introductions it requested and
// the messages it wrote in their threads — and their erasure: the view log goes; the agreements,
// access decisions, introductions and messages stay (the parties' and the broker's records),
// referring to the account under its pseudonym.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  marketplaceIntroductionMessages as messages,
  marketplaceIntroductions as introductions,
  marketplaceListingViews as views,
  marketplaceNdaAcceptances as ndas,
  marketplaceNeedAccess as access,
} from './tables';

export async function personalRecordsOf(db: Db, accountId: string) {
  const [agreements, viewed, asked, requested, written] = await Promise.all([
    db
      .select({
        listingKind: ndas.listingKind,
        listingId: ndas.listingId,
        ndaVersion: ndas.ndaVersion,
        acceptedAt: ndas.acceptedAt,
      })
      .from(ndas)
      .where(eq(ndas.userId, accountId)),
    db
      .select({
        listingKind: views.listingKind,
        listingId: views.listingId,
        what: views.what,
        viewedAt: views.viewedAt,
      })
      .from(views)
      .where(eq(views.userId, accountId)),
    db
      .select({
        needId: access.needId,
        message: access.message,
        status: access.status,
        requestedAt: access.requestedAt,
      })
      .from(access)
      .where(eq(access.userId, accountId)),
    db
      .select({
        offerId: introductions.offerId,
        needId: introductions.needId,
        message: introductions.message,
        stage: introductions.stage,
        requestedAt: introductions.requestedAt,
      })
      .from(introductions)
      .where(eq(introductions.requesterUserId, accountId)),
    db
      .select({
        introductionId: messages.introductionId,
        body: messages.body,
        fileName: messages.fileName,
        createdAt: messages.createdAt,
      })
      .from(messages)
      .where(eq(messages.authorUserId, accountId)),
  ]);
  return { agreements, viewed, asked, requested, written };
}

export async function eraseViewLog(db: Db, accountId: string) {
  await db.delete(views).where(eq(views.userId, accountId));
}
