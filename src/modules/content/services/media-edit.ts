// describeMedia outcomes: saved (next version, audited) | CONFLICT (someone saved the file's
// descriptions since the form was loaded: nothing overwritten, the saved row returned to show
// beside what was typed) | INVALID (an image's Vietnamese description is required; at most 200
// characters each) | NOT_FOUND (thrown: no such file, or an account that may not edit content).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { ZMediaDescription } from '../contracts';
import { findMediaByKey, updateMediaAtVersion, type MediaRow } from '../db/media.repository';
import { canEditContent } from '../permissions';

export type DescribeMediaResult =
  { ok: true; media: MediaRow } | { ok: false; reason: 'CONFLICT'; current: MediaRow } | Invalid;

/** A library file as its page shows it, for those who edit content. */
export async function getMediaForStaff(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  key: string,
): Promise<MediaRow> {
  const row = canEditContent(acting.actor) && (await findMediaByKey(deps.database.db, key));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function describeMedia(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { key: string; version: number; altVi: string; altEn: string },
): Promise<DescribeMediaResult> {
  const before = await getMediaForStaff(deps, acting, input.key);
  const parsed = ZMediaDescription.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  if (before.kind === 'image' && !parsed.data.altVi)
    return invalid({ altVi: { key: 'content.media.error.alt' } });
  return deps.database.db.transaction(async (tx) => {
    const after = await updateMediaAtVersion(tx, input.key, input.version, parsed.data, {
      by: isSignedIn(acting.actor) ? acting.actor.user.id : null,
      now: deps.clock(),
    });
    if (!after) {
      const current = await findMediaByKey(tx, input.key);
      if (!current) throw new AppError('NOT_FOUND');
      return { ok: false, reason: 'CONFLICT', current } as const;
    }
    await recordAudit(tx, acting, {
      action: 'content.media:describe',
      entityType: 'content_media',
      entityId: input.key,
      before: { version: before.version, altVi: before.altVi, altEn: before.altEn },
      after: { version: after.version, altVi: after.altVi, altEn: after.altEn },
    });
    return { ok: true, media: after } as const;
  });
}
