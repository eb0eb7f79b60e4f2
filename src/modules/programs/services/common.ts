// What the programme and call commands share.
import { randomBytes } from 'node:crypto';
import type { AuditContext } from '../../../platform/audit';
import type { ChangeStamp } from '../../../platform/db/versioned';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import type { FieldErrors } from '../../../platform/errors';
import { slugify } from '../../../platform/text/vietnamese';

/** What most commands and queries use: the database, and the clock for those that date things. */
export type DbDeps = Pick<AppDeps, 'database'>;
export type ClockDeps = Pick<AppDeps, 'database' | 'clock'>;

/** Who is recorded as having made a change. */
export const actorIdOf = (audit: AuditContext): string =>
  audit.actor.kind === 'user' ? audit.actor.user.id : (audit.label ?? 'system');

/** Who makes a change and when (the command's clock): what a versioned update stamps the row with. */
export const changeStampOf = (
  deps: Pick<ClockDeps, 'clock'>,
  acting: AuditContext,
): ChangeStamp => ({
  by: actorIdOf(acting),
  now: deps.clock(),
});

/** The commands are staff tools: anyone else finds nothing to change. */
export function requireCapability(allowed: boolean): void {
  if (!allowed) throw new AppError('NOT_FOUND');
}

/** `base`, else `base-2`, `base-3`…, the first one `isTaken` says is free. */
export async function freeSlug(
  title: string,
  isTaken: (slug: string) => Promise<boolean>,
): Promise<string> {
  const base = slugify(title, 60) || 'chuong-trinh';
  if (!(await isTaken(base))) return base;
  for (let n = 2; n < 50; n++) if (!(await isTaken(`${base}-${n}`))) return `${base}-${n}`;
  return `${base}-${randomBytes(3).toString('hex')}`;
}

/** A row as the audit log stores it: jsonb has no bigint. */
export const auditable = (row: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? v.toString() : v]),
  );

export type Refusal<R extends string> = { ok: false; reason: R };
export type Invalid = { ok: false; reason: 'INVALID'; fields: FieldErrors };
export const invalid = (fields: FieldErrors): Invalid => ({ ok: false, reason: 'INVALID', fields });
