// recordDeal outcomes (the centre's brokers, on an introduction the parties are talking in): the
// deal recorded as a fact — who transferred to whom, the form, the value in VND, the day, the
// contract's number and the evidence — and the introduction closed as a deal, in one
// transaction, audited | CONFLICT (the introduction changed meanwhile, or its deal is recorded
// already) | NOT_APPLICABLE (not at a stage where a deal is recorded) | INVALID (field messages;
// the other side must be a directory organisation) | NOT_FOUND (thrown).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { ZDealFields, type TDealFieldsInput } from '../contracts';
import { canRecordDealAt, type IntroductionStage } from '../domain/introduction';
import {
  findIntroductionById,
  insertDeal,
  updateIntroductionAtVersion,
  type DealRow,
} from '../db/introductions.repository';
import { canBroker } from '../permissions';
import { listingOf } from './introduction-parties';
import { ownerById, ownerBySlug } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type RecordDealResult =
  { ok: true; deal: DealRow } | { ok: false; reason: 'CONFLICT' | 'NOT_APPLICABLE' } | Invalid;

export async function recordDeal(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; version: number; fields: TDealFieldsInput },
): Promise<RecordDealResult> {
  const db = deps.database.db;
  if (!canBroker(acting.actor) || !isSignedIn(acting.actor)) throw new AppError('NOT_FOUND');
  const intro = isUuid(input.id) ? await findIntroductionById(db, input.id) : undefined;
  if (!intro) throw new AppError('NOT_FOUND');
  if (input.version !== intro.version) return { ok: false, reason: 'CONFLICT' };
  if (!canRecordDealAt(intro.stage as IntroductionStage))
    return { ok: false, reason: 'NOT_APPLICABLE' };
  const parsed = ZDealFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const f = parsed.data;
  const counterpart = f.counterpart
    ? await ownerBySlug(db, f.counterpart)
    : intro.requesterOrgId
      ? await ownerById(db, intro.requesterOrgId)
      : undefined;
  if (!counterpart) return invalid({ counterpart: { key: 'marketplace.error.counterpart' } });
  const now = deps.clock();
  const listing = await listingOf(db, intro, now);
  const [supplier, recipient] =
    listing.kind === 'offer' ? [listing.owner, counterpart] : [counterpart, listing.owner];
  const by = acting.actor.user.id;
  try {
    return await db.transaction(async (tx) => {
      const after = await updateIntroductionAtVersion(
        tx,
        intro.id,
        input.version,
        { stage: 'deal', closedAt: now, brokerId: by },
        { by, now },
      );
      if (!after) return { ok: false, reason: 'CONFLICT' } as const;
      const deal = await insertDeal(tx, {
        introductionId: intro.id,
        supplierOrgId: supplier.id,
        recipientOrgId: recipient.id,
        transferForm: f.transferForm,
        valueVnd: f.valueVnd as bigint,
        signedOn: f.signedOn,
        contractNumber: f.contractNumber,
        evidence: f.evidence,
        recordedBy: by,
        createdAt: now,
      });
      await recordAudit(tx, acting, {
        action: 'marketplace.deal:record',
        entityType: 'marketplace_introduction',
        entityId: intro.id,
        after: { dealId: deal.id, valueVnd: deal.valueVnd.toString(), signedOn: deal.signedOn },
      });
      return { ok: true, deal } as const;
    });
  } catch (err) {
    if (violatedUnique(err)) return { ok: false, reason: 'CONFLICT' };
    throw err;
  }
}
