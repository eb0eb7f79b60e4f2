// What happens to a portfolio asset after it is written down: maintenance fees fall due (each
// with its reminder, a durable job scheduled in the fee's transaction and cancelled when it is
// paid), licences are granted and revenue comes in.
// Outcomes: added (audited; a form sent twice adds one row) | INVALID (field messages; revenue
// naming a licence that is not the asset's, or was removed while the form was sent) | NOT_FOUND
// (thrown: not the actor's portfolio).
// markIpFeePaid: paid | ALREADY_PAID (a second click: nothing changes).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { startOfVnDay, vnDay } from '../../../platform/i18n';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { cancelJob, scheduleJob } from '../../../platform/jobs';
import type { z } from 'zod';
import { ZIpFeeFields, ZIpLicenceFields, ZIpRevenueFields } from '../contracts';
import { holdIpLicence } from '../db/ip-records.repository';
import {
  findIpFee,
  insertIpFee,
  insertIpLicence,
  insertIpRevenue,
  markIpFeePaid as markPaid,
} from '../db/ip-portfolio.repository';
import { FEE_REMINDER_DAYS } from '../domain/ip-asset';
import { keptAsset } from './ip-portfolio-access';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export const FEE_REMINDER_JOB = 'marketplace.ip-fee-reminder';
export const feeReminderKey = (feeId: string) => `${FEE_REMINDER_JOB}:${feeId}`;

export type AddResult = { ok: true } | Invalid;

interface RecordInput<F> {
  assetId: string;
  fields: F;
  submissionKey: string;
}

const userOf = (acting: AuditContext) => (isSignedIn(acting.actor) ? acting.actor.user.id : null);
const keyOf = (typed: string) => typed.slice(0, 80) || null;

/** The reminder goes out FEE_REMINDER_DAYS before the fee's day begins in Vietnam, or now. */
export function feeReminderAt(dueOn: string, now: Date): Date {
  const at = new Date(startOfVnDay(dueOn)!.getTime() - FEE_REMINDER_DAYS * 86_400_000);
  return at > now ? at : now;
}

async function audit(tx: Db, acting: AuditContext, assetId: string, what: string, after: object) {
  await recordAudit(tx, acting, {
    action: `marketplace.ip-asset:${what}`,
    entityType: 'marketplace_ip_asset',
    entityId: assetId,
    after,
  });
}

/** A revenue may name only a licence still there, held until the revenue is stored. */
export const licenceStillThere =
  (assetId: string, licenceId: string | null | undefined) =>
  async (tx: Db): Promise<Invalid | undefined> =>
    licenceId && !(await holdIpLicence(tx, assetId, licenceId))
      ? invalid({ licenceId: { key: 'marketplace.ip.error.licenceGone' } })
      : undefined;

export async function addIpFee(
  deps: Deps,
  acting: AuditContext,
  input: RecordInput<z.input<typeof ZIpFeeFields>>,
): Promise<AddResult> {
  const db = deps.database.db;
  const { asset } = await keptAsset(db, acting.actor, input.assetId);
  const parsed = ZIpFeeFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { label, dueOn, amountVnd } = parsed.data;
  const now = deps.clock();
  await db.transaction(async (tx) => {
    const fee = await insertIpFee(tx, {
      assetId: asset.id,
      label,
      dueOn,
      amountVnd: amountVnd as bigint,
      submissionKey: keyOf(input.submissionKey),
      createdBy: userOf(acting),
      createdAt: now,
    });
    if (!fee) return;
    await scheduleJob(tx, {
      name: FEE_REMINDER_JOB,
      key: feeReminderKey(fee.id),
      runAt: feeReminderAt(dueOn, now),
      payload: { feeId: fee.id, dueOn },
    });
    await audit(tx, acting, asset.id, 'fee', { label, dueOn, amountVnd: String(amountVnd) });
  });
  return { ok: true };
}

export async function markIpFeePaid(
  deps: Deps,
  acting: AuditContext,
  input: { assetId: string; feeId: string },
): Promise<{ ok: true } | { ok: false; reason: 'ALREADY_PAID' }> {
  const db = deps.database.db;
  const { asset } = await keptAsset(db, acting.actor, input.assetId);
  const fee = isUuid(input.feeId) ? await findIpFee(db, input.feeId) : undefined;
  if (fee?.assetId !== asset.id) throw new AppError('NOT_FOUND');
  const paidOn = vnDay(deps.clock());
  return db.transaction(async (tx) => {
    if (!(await markPaid(tx, fee.id, paidOn)))
      return { ok: false, reason: 'ALREADY_PAID' } as const;
    await cancelJob(tx, feeReminderKey(fee.id));
    await audit(tx, acting, asset.id, 'fee-paid', { label: fee.label, paidOn });
    return { ok: true } as const;
  });
}

export async function addIpLicence(
  deps: Deps,
  acting: AuditContext,
  input: RecordInput<z.input<typeof ZIpLicenceFields>>,
): Promise<AddResult> {
  const db = deps.database.db;
  const { asset } = await keptAsset(db, acting.actor, input.assetId);
  const parsed = ZIpLicenceFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  await db.transaction(async (tx) => {
    const made = await insertIpLicence(tx, {
      ...parsed.data,
      assetId: asset.id,
      submissionKey: keyOf(input.submissionKey),
      createdBy: userOf(acting),
      createdAt: deps.clock(),
    });
    if (made) await audit(tx, acting, asset.id, 'licence', { licensee: made.licensee });
  });
  return { ok: true };
}

export async function addIpRevenue(
  deps: Deps,
  acting: AuditContext,
  input: RecordInput<z.input<typeof ZIpRevenueFields>>,
): Promise<AddResult> {
  const db = deps.database.db;
  const { asset } = await keptAsset(db, acting.actor, input.assetId);
  const parsed = ZIpRevenueFields.safeParse(input.fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { licenceId, amountVnd, ...rest } = parsed.data;
  return db.transaction(async (tx) => {
    const refused = await licenceStillThere(asset.id, licenceId)(tx);
    if (refused) return refused;
    const made = await insertIpRevenue(tx, {
      ...rest,
      amountVnd: amountVnd as bigint,
      licenceId: licenceId ?? null,
      assetId: asset.id,
      submissionKey: keyOf(input.submissionKey),
      createdBy: userOf(acting),
      createdAt: deps.clock(),
    });
    if (made) await audit(tx, acting, asset.id, 'revenue', { amountVnd: String(amountVnd) });
    return { ok: true } as const;
  });
}
