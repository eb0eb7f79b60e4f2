// The deals marketplace.deals counts and marketplace.deals_value sums, with the names of the
// organisations that signed and the form of transfer in words: the evidence behind the figures
// (plans' innovation-index pack). Deals are recorded facts the centre publishes in its reports.
import type { Db } from '../../../platform/db/client';
import type { MessageKey } from '../../../platform/i18n';
import type { IndicatorQuery } from '../../../platform/modules/manifest';
import { organizationFactsByIds } from '../../directory';
import { dealRowsBetween } from '../db/deal-list.repository';

export async function dealsSignedBetween(db: Db, q: IndicatorQuery) {
  const rows = await dealRowsBetween(db, q);
  const facts = await organizationFactsByIds(db, [
    ...new Set(rows.flatMap((r) => [r.supplierOrgId, r.recipientOrgId])),
  ]);
  return rows.map((r) => ({
    ...r,
    supplierName: facts.get(r.supplierOrgId)?.name ?? '',
    recipientName: facts.get(r.recipientOrgId)?.name ?? '',
    transferFormLabel: `marketplace.transfer.${r.transferForm}` as MessageKey,
  }));
}
