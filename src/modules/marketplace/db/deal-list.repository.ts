// The deals behind the marketplace's deal figures, one row each: the rows dealsBetween
// (introductions.repository.ts) counts and sums — the same period, province and deals, so the two
// must change together (plans' evidence-pack test compares them).
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { vnDay } from '../../../platform/i18n/vn-time';
import { isConfirmedDeal, listingProvince, type Period } from './introductions.repository';
import { marketplaceDeals as deals, marketplaceIntroductions as intros } from './tables';

export function dealRowsBetween(db: Db, q: Period) {
  return db
    .select({
      id: deals.id,
      signedOn: deals.signedOn,
      supplierOrgId: deals.supplierOrgId,
      recipientOrgId: deals.recipientOrgId,
      transferForm: deals.transferForm,
      valueVnd: deals.valueVnd,
      contractNumber: deals.contractNumber,
      evidence: deals.evidence,
    })
    .from(deals)
    .innerJoin(intros, eq(intros.id, deals.introductionId))
    .where(
      and(
        gte(deals.signedOn, vnDay(q.from)),
        lt(deals.signedOn, vnDay(q.to)),
        isConfirmedDeal,
        q.province ? listingProvince(q.province) : undefined,
      ),
    )
    .orderBy(asc(deals.signedOn), asc(deals.createdAt));
}
