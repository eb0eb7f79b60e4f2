// Correcting what an office wrote about an asset: a fee, a licence or a revenue entry is edited
// or removed from its own page, each change naming the version its form was shown at.
// Outcomes: saved / removed (audited) | INVALID (field messages; a revenue naming a licence removed
// meanwhile) | CONFLICT (someone changed it since: the current row comes back, nothing is written)
// | GONE (an edit of a record someone removed meanwhile: nothing is written, the page offers what
// was typed as a new entry) | HAS_REVENUE (a licence that revenue names stays) | NOT_FOUND
// (thrown: not the actor's portfolio, or not this asset's record). Removing a record already
// removed is done (a second click, or two people at once). A removal holds the row while it
// decides, so an edit or removal sent at the same moment waits and then sees what it did.
// A fee's reminder follows the fee: moved with its due day, cancelled once it is paid or removed,
// scheduled again when its payment is undone.
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { ChangeStamp } from '../../../platform/db/versioned';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { vnDay } from '../../../platform/i18n';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { cancelJob, scheduleJob } from '../../../platform/jobs';
import { ZIpFeeEditFields, ZIpLicenceFields, ZIpRevenueFields } from '../contracts';
import { ipLicencesOf, type IpFeeRow } from '../db/ip-portfolio.repository';
import {
  deleteIpRecord,
  findIpRecord,
  ipRecordExists,
  lockIpRecord,
  revenueCountOfLicence,
  updateIpFeeAtVersion,
  updateIpLicenceAtVersion,
  updateIpRevenueAtVersion,
  type IpRecordKind,
} from '../db/ip-records.repository';
import { keptAsset } from './ip-portfolio-access';
import { FEE_REMINDER_JOB, feeReminderAt, feeReminderKey, licenceStillThere } from './ip-records';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type EditResult<R> =
  | { ok: true }
  | Invalid
  | { ok: false; reason: 'CONFLICT'; current: R }
  | { ok: false; reason: 'GONE' };
export type RemoveResult<R> =
  | { ok: true }
  | { ok: false; reason: 'CONFLICT'; current: R }
  | { ok: false; reason: 'HAS_REVENUE' };

interface RecordRef {
  assetId: string;
  recordId: string;
  version: number;
}

/** The record of a kept asset; NOT_FOUND for anyone else's or one that is not there. */
export async function keptIpRecord<K extends IpRecordKind>(
  db: Db,
  actor: Actor,
  kind: K,
  assetId: string,
  recordId: string,
) {
  const { asset, owner } = await keptAsset(db, actor, assetId);
  const record = isUuid(recordId) ? await findIpRecord(db, kind, asset.id, recordId) : undefined;
  if (!record) throw new AppError('NOT_FOUND');
  return { asset, owner, record };
}

/**
 * The record an edit is about; undefined when it is no longer there (removed while the form was
 * open). NOT_FOUND for anyone else's asset, or a record of another asset.
 */
async function recordToEdit<K extends IpRecordKind>(db: Db, actor: Actor, kind: K, ref: RecordRef) {
  const { asset } = await keptAsset(db, actor, ref.assetId);
  if (!isUuid(ref.recordId)) throw new AppError('NOT_FOUND');
  const record = await findIpRecord(db, kind, asset.id, ref.recordId);
  if (!record && (await ipRecordExists(db, kind, ref.recordId))) throw new AppError('NOT_FOUND');
  return record;
}

const GONE = { ok: false, reason: 'GONE' } as const;

/** Audit rows are JSON: amounts are written as text. */
const auditable = (row: object) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? String(v) : v]),
  );

const stampOf = (deps: Deps, acting: AuditContext): ChangeStamp => ({
  by: isSignedIn(acting.actor) ? acting.actor.user.id : null,
  now: deps.clock(),
});

/**
 * Writes the record at the version its form was shown at. `guard` runs first in the transaction
 * and refuses with field messages (a licence the revenue names, removed meanwhile).
 */
async function saveAtVersion<K extends IpRecordKind, R extends { id: string; assetId: string }>(
  deps: Deps,
  acting: AuditContext,
  kind: K,
  before: R,
  write: (tx: Db) => Promise<R | undefined>,
  options: {
    follow?: (tx: Db, saved: R) => Promise<void>;
    guard?: (tx: Db) => Promise<Invalid | undefined>;
  } = {},
): Promise<EditResult<R>> {
  return deps.database.db.transaction(async (tx) => {
    const refused = await options.guard?.(tx);
    if (refused) return refused;
    const saved = await write(tx);
    if (!saved) {
      const current = (await findIpRecord(tx, kind, before.assetId, before.id)) as R | undefined;
      if (!current) return GONE;
      return { ok: false, reason: 'CONFLICT', current } as const;
    }
    await options.follow?.(tx, saved);
    await recordAudit(tx, acting, {
      action: `marketplace.ip-asset:${kind}-edit`,
      entityType: 'marketplace_ip_asset',
      entityId: before.assetId,
      before: auditable(before),
      after: auditable(saved),
    });
    return { ok: true } as const;
  });
}

/** Moves or cancels the reminder when the fee's due day or payment changed. */
async function followFeeReminder(tx: Db, before: IpFeeRow, fee: IpFeeRow, now: Date) {
  if (before.dueOn === fee.dueOn && Boolean(before.paidOn) === Boolean(fee.paidOn)) return;
  const key = feeReminderKey(fee.id);
  if (fee.paidOn) await cancelJob(tx, key);
  else
    await scheduleJob(tx, {
      name: FEE_REMINDER_JOB,
      key,
      runAt: feeReminderAt(fee.dueOn, now),
      payload: { feeId: fee.id, dueOn: fee.dueOn },
      replace: true,
    });
}

export async function editIpFee(
  deps: Deps,
  acting: AuditContext,
  input: RecordRef & { fields: z.input<typeof ZIpFeeEditFields> },
): Promise<EditResult<IpFeeRow>> {
  const db = deps.database.db;
  const record = await recordToEdit(db, acting.actor, 'fee', input);
  if (!record) return GONE;
  const parsed = ZIpFeeEditFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { paidOn, amountVnd, ...rest } = parsed.data;
  const now = deps.clock();
  if (paidOn && paidOn > vnDay(now))
    return invalid({ paidOn: { key: 'marketplace.ip.error.paidLater' } });
  const patch = { ...rest, paidOn, amountVnd: amountVnd as bigint };
  return saveAtVersion(
    deps,
    acting,
    'fee',
    record,
    (tx) => updateIpFeeAtVersion(tx, record.id, input.version, patch, stampOf(deps, acting)),
    { follow: (tx, fee) => followFeeReminder(tx, record, fee, now) },
  );
}

export async function editIpLicence(
  deps: Deps,
  acting: AuditContext,
  input: RecordRef & { fields: z.input<typeof ZIpLicenceFields> },
) {
  const db = deps.database.db;
  const record = await recordToEdit(db, acting.actor, 'licence', input);
  if (!record) return GONE;
  const parsed = ZIpLicenceFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return saveAtVersion(deps, acting, 'licence', record, (tx) =>
    updateIpLicenceAtVersion(tx, record.id, input.version, parsed.data, stampOf(deps, acting)),
  );
}

export async function editIpRevenue(
  deps: Deps,
  acting: AuditContext,
  input: RecordRef & { fields: z.input<typeof ZIpRevenueFields> },
) {
  const db = deps.database.db;
  const record = await recordToEdit(db, acting.actor, 'revenue', input);
  if (!record) return GONE;
  const parsed = ZIpRevenueFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { licenceId, amountVnd, ...rest } = parsed.data;
  const patch = { ...rest, licenceId: licenceId ?? null, amountVnd: amountVnd as bigint };
  return saveAtVersion(
    deps,
    acting,
    'revenue',
    record,
    (tx) => updateIpRevenueAtVersion(tx, record.id, input.version, patch, stampOf(deps, acting)),
    { guard: licenceStillThere(record.assetId, patch.licenceId) },
  );
}

export async function removeIpRecord(
  deps: Deps,
  acting: AuditContext,
  input: RecordRef & { kind: IpRecordKind },
): Promise<RemoveResult<object>> {
  const db = deps.database.db;
  const { asset } = await keptAsset(db, acting.actor, input.assetId);
  if (!isUuid(input.recordId)) return { ok: true };
  return db.transaction(async (tx) => {
    const record = await lockIpRecord(tx, input.kind, asset.id, input.recordId);
    if (!record) return { ok: true } as const;
    if (record.version !== input.version)
      return { ok: false, reason: 'CONFLICT', current: record } as const;
    if (input.kind === 'licence' && (await revenueCountOfLicence(tx, record.id)) > 0)
      return { ok: false, reason: 'HAS_REVENUE' } as const;
    await deleteIpRecord(tx, input.kind, record.id);
    if (input.kind === 'fee') await cancelJob(tx, feeReminderKey(record.id));
    await recordAudit(tx, acting, {
      action: `marketplace.ip-asset:${input.kind}-remove`,
      entityType: 'marketplace_ip_asset',
      entityId: asset.id,
      before: auditable(record),
    });
    return { ok: true } as const;
  });
}

/** A record's own page: the record, its asset, and the asset's licences a revenue may name. */
export async function getIpRecordPage(
  deps: Deps,
  actor: Actor,
  input: { kind: IpRecordKind; assetId: string; recordId: string },
) {
  const db = deps.database.db;
  const kept = await keptIpRecord(db, actor, input.kind, input.assetId, input.recordId);
  return {
    ...kept,
    licences: input.kind === 'revenue' ? await ipLicencesOf(db, kept.asset.id) : [],
  };
}

/** The page of an entry removed while it was being edited: its asset, and the licences. */
export async function getRemovedIpRecordPage(
  deps: Deps,
  actor: Actor,
  input: { kind: IpRecordKind; assetId: string },
) {
  const db = deps.database.db;
  const { asset } = await keptAsset(db, actor, input.assetId);
  return { asset, licences: input.kind === 'revenue' ? await ipLicencesOf(db, asset.id) : [] };
}
