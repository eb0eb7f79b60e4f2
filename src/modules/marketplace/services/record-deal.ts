// recordDeal outcomes (a broker or either side, on an introduction the parties are talking in):
// the deal recorded — who transferred what to whom, the form, the direction, the value in VND,
// the day, the contract's number, the signed contract's file (checked by content) or other
// evidence, and the registration deadline when the Law on Technology Transfer requires one — and
// the introduction closed as a deal, in one transaction, audited. The recording side's
// confirmation is given with it; the deal counts once the other side confirms too (confirmDeal).
// CONFLICT (the introduction changed meanwhile, or its deal is recorded already) | NOT_APPLICABLE
// (not at a stage where a deal is recorded) | INVALID (field messages) | NOT_FOUND (thrown: not
// a broker nor a side).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { checkDocument, DOCUMENT_TYPES, type DocumentKind } from '../../../platform/files';
import { vnDay } from '../../../platform/i18n/vn-time';
import type { PostedFile } from '../../../platform/input/form-values';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { ZDealFields, type TDealFieldsInput } from '../contracts';
import { ownerSideOf, registrationDueOn } from '../domain/deal';
import {
  canRecordDealAt,
  type IntroductionRole,
  type IntroductionStage,
} from '../domain/introduction';
import {
  findIntroductionById,
  insertDeal,
  updateIntroductionAtVersion,
  type DealRow,
  type IntroductionRow,
} from '../db/introductions.repository';
import { introductionRoles, listingOf, type Listing } from './introduction-parties';
import { DOCUMENT_MAX_BYTES } from './listing-documents';
import { ownerById, ownerBySlug } from './owners';
import { whenConfirmed } from './registration-reminder';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'files'>;

export type RecordDealResult =
  { ok: true; deal: DealRow } | { ok: false; reason: 'CONFLICT' | 'NOT_APPLICABLE' } | Invalid;

const SIGNED_KINDS: readonly DocumentKind[] = ['pdf', 'docx', 'png', 'jpeg'];
const REFUSALS = {
  EMPTY: 'marketplace.document.missing',
  TOO_LARGE: 'marketplace.document.tooLarge',
  WRONG_TYPE: 'marketplace.document.wrongType',
} as const;

export interface RecordDealInput {
  id: string;
  version: number;
  fields: TDealFieldsInput;
  /** The signed contract, scanned or as signed electronically. */
  file?: PostedFile;
}

const hasFile = (file?: PostedFile) => file !== undefined && (file.bytes.length > 0 || !!file.name);

/** The fields, checked: their own rules, a day not yet come, evidence or the file. */
function checkFields(input: RecordDealInput, today: string) {
  const parsed = ZDealFields.safeParse(input.fields);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
  const file = hasFile(input.file)
    ? checkDocument(input.file!.bytes, { kinds: SIGNED_KINDS, maxBytes: DOCUMENT_MAX_BYTES })
    : undefined;
  if (file && !file.ok) errors.signedFile = { key: REFUSALS[file.reason] };
  if (parsed.success && parsed.data.signedOn > today)
    errors.signedOn = { key: 'marketplace.error.signedInFuture' };
  if (parsed.success && !file && !parsed.data.evidence)
    errors.evidence = { key: 'marketplace.error.dealEvidence' };
  return { parsed, file: file?.ok ? file : undefined, errors };
}

/** The other side: named on the form, else the organisation the requester asked for. */
async function counterpartOf(db: Db, typed: string, intro: IntroductionRow) {
  if (typed) return ownerBySlug(db, typed);
  return intro.requesterOrgId ? ownerById(db, intro.requesterOrgId) : undefined;
}

/** The confirmations the recording side gives with it. */
function confirmationsOf(roles: IntroductionRole[], listing: Listing, by: string, now: Date) {
  const ownerSide = ownerSideOf(listing.kind);
  const sides = new Set<string>();
  if (roles.includes('owner')) sides.add(ownerSide);
  if (roles.includes('requester')) sides.add(ownerSide === 'supplier' ? 'recipient' : 'supplier');
  return {
    ...(sides.has('supplier') ? { supplierConfirmedAt: now, supplierConfirmedBy: by } : {}),
    ...(sides.has('recipient') ? { recipientConfirmedAt: now, recipientConfirmedBy: by } : {}),
  };
}

export async function recordDeal(
  deps: Deps,
  acting: AuditContext,
  input: RecordDealInput,
): Promise<RecordDealResult> {
  const db = deps.database.db;
  if (!isSignedIn(acting.actor)) throw new AppError('NOT_FOUND');
  const intro = isUuid(input.id) ? await findIntroductionById(db, input.id) : undefined;
  if (!intro) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const listing = await listingOf(db, intro, now);
  const roles = await introductionRoles(db, acting.actor, intro, listing);
  if (roles.length === 0) throw new AppError('NOT_FOUND');
  if (input.version !== intro.version) return { ok: false, reason: 'CONFLICT' };
  if (!canRecordDealAt(intro.stage as IntroductionStage))
    return { ok: false, reason: 'NOT_APPLICABLE' };
  const { parsed, file, errors } = checkFields(input, vnDay(now));
  const f = parsed.success ? parsed.data : undefined;
  const counterpart = f && (await counterpartOf(db, f.counterpart, intro));
  if (f && !counterpart) errors.counterpart = { key: 'marketplace.error.counterpart' };
  if (!f || !counterpart || Object.keys(errors).length > 0) return invalid(errors);
  const [supplier, recipient] =
    listing.kind === 'offer' ? [listing.owner, counterpart] : [counterpart, listing.owner];
  const by = acting.actor.user.id;
  const stored = file && { hash: (await deps.files.putPrivate(input.file!.bytes)).hash, file };
  const type = stored && DOCUMENT_TYPES[stored.file.kind];
  try {
    return await db.transaction(async (tx) => {
      const after = await updateIntroductionAtVersion(
        tx,
        intro.id,
        input.version,
        { stage: 'deal', closedAt: now, ...(roles.includes('broker') ? { brokerId: by } : {}) },
        { by, now },
      );
      if (!after) return { ok: false, reason: 'CONFLICT' } as const;
      const deal = await insertDeal(tx, {
        introductionId: intro.id,
        supplierOrgId: supplier.id,
        recipientOrgId: recipient.id,
        object: f.object || listing.title,
        transferForm: f.transferForm,
        direction: f.direction,
        usesStateCapital: f.usesStateCapital,
        valueVnd: f.valueVnd as bigint,
        signedOn: f.signedOn,
        contractNumber: f.contractNumber,
        evidence: f.evidence,
        ...(stored && type
          ? {
              signedFileHash: stored.hash,
              signedFileName:
                input.file!.name.replace(/[\\/]/g, '_').trim().slice(-200) ||
                `hop-dong.${type.extension}`,
              signedContentType: type.mime,
            }
          : {}),
        registrationDueOn: registrationDueOn(f),
        ...confirmationsOf(roles, listing, by, now),
        recordedBy: by,
        createdAt: now,
        updatedAt: now,
        updatedBy: by,
      });
      await whenConfirmed(tx, deal, now);
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
