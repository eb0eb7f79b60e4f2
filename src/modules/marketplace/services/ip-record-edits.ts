// Correcting what an office wrote about an asset: a fee, a licence or a revenue entry is edited
// or removed from its own page, each change naming the version its form was shown at.
// Outcomes: saved / removed (audited) | INVALID (field messages) | CONFLICT (someone changed it
// since: the current row comes back, nothing is written) | HAS_REVENUE (a licence that revenue
// names stays) | NOT_FOUND (thrown: not the actor's portfolio, not this asset's record, or an
// edit of a record removed meanwhile). Removing a record already removed is done (a second click).
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
  deleteIpRecordAtVersion,
  findIpRecord,
  revenueCountOfLicence,
  updateIpFeeAtVersion,
  updateIpLicenceAtVersion,
  updateIpRevenueAtVersion,
  type IpRecordKind,
} from '../db/ip-records.repository';
import { keptAsset } from './ip-portfolio-access';
import { FEE_REMINDER_JOB, feeReminderAt, feeReminderKey } from './ip-records';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type EditResult<R> = { ok: true } | Invalid | { ok: false; reason: 'CONFLICT'; current: R };
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

/** Audit rows are JSON: amounts are written as text. */
const auditable = (row: object) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? String(v) : v]),
  );

const stampOf = (deps: Deps, acting: AuditContext): ChangeStamp => ({
  by: isSignedIn(acting.actor) ? acting.actor.user.id : null,
  now: deps.clock(),
});

async function saveAtVersion<K extends IpRecordKind, R extends { id: string; assetId: string }>(
  deps: Deps,
  acting: AuditContext,
  kind: K,
  before: R,
  write: (tx: Db) => Promise<R | undefined>,
  follow?: (tx: Db, saved: R) => Promise<void>,
): Promise<EditResult<R>> {
  return deps.database.db.transaction(async (tx) => {
    const saved = await write(tx);
    if (!saved) {
      const current = (await findIpRecord(tx, kind, before.assetId, before.id)) as R | undefined;
      if (!current) throw new AppError('NOT_FOUND');
      return { ok: false, reason: 'CONFLICT', current } as const;
    }
    await follow?.(tx, saved);
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
  const { record } = await keptIpRecord(db, acting.actor, 'fee', input.assetId, input.recordId);
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
    (tx, fee) => followFeeReminder(tx, record, fee, now),
  );
}

export async function editIpLicence(
  deps: Deps,
  acting: AuditContext,
  input: RecordRef & { fields: z.input<typeof ZIpLicenceFields> },
) {
  const db = deps.database.db;
  const { record } = await keptIpRecord(db, acting.actor, 'licence', input.assetId, input.recordId);
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
  const { record } = await keptIpRecord(db, acting.actor, 'revenue', input.assetId, input.recordId);
  const parsed = ZIpRevenueFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { licenceId, amountVnd, ...rest } = parsed.data;
  if (licenceId && !(await ipLicencesOf(db, record.assetId)).some((l) => l.id === licenceId))
    return invalid({ licenceId: { key: 'validation.choice' } });
  const patch = { ...rest, licenceId: licenceId ?? null, amountVnd: amountVnd as bigint };
  return saveAtVersion(deps, acting, 'revenue', record, (tx) =>
    updateIpRevenueAtVersion(tx, record.id, input.version, patch, stampOf(deps, acting)),
  );
}

export async function removeIpRecord(
  deps: Deps,
  acting: AuditContext,
  input: RecordRef & { kind: IpRecordKind },
): Promise<RemoveResult<object>> {
  const db = deps.database.db;
  const { asset } = await keptAsset(db, acting.actor, input.assetId);
  const record = isUuid(input.recordId)
    ? await findIpRecord(db, input.kind, asset.id, input.recordId)
    : undefined;
  if (!record) return { ok: true };
  if (input.kind === 'licence' && (await revenueCountOfLicence(db, record.id)) > 0)
    return { ok: false, reason: 'HAS_REVENUE' };
  return db.transaction(async (tx) => {
    if (!(await deleteIpRecordAtVersion(tx, input.kind, record.id, input.version))) {
      const current = await findIpRecord(tx, input.kind, asset.id, record.id);
      return current ? ({ ok: false, reason: 'CONFLICT', current } as const) : { ok: true };
    }
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
