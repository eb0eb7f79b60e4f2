// The deals behind the marketplace's deal figures, one row each: the rows dealsBetween
// (introductions.repository.ts) counts and sums — the same period, province and deals, so the two
// must change together (plans' evidence-pack test compares them).
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { vnDay } from '../../../platform/i18n/vn-time';
import {
  marketplaceDeals as deals,
  marketplaceIntroductions as intros,
  marketplaceNeeds as needs,
  marketplaceOffers as offers,
} from './tables';

/** The province of the deal's listing owner, as the funnel's counts read it. */
const ownerProvinceOf = (province: string) =>
  sql`coalesce((select ${offers.ownerProvince} from ${offers} where ${offers.id} = ${intros.offerId}),
    (select ${needs.ownerProvince} from ${needs} where ${needs.id} = ${intros.needId})) = ${province}`;

export function dealRowsBetween(db: Db, q: { from: Date; to: Date; province?: string }) {
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
        q.province ? ownerProvinceOf(q.province) : undefined,
      ),
    )
    .orderBy(asc(deals.signedOn), asc(deals.createdAt));
}
