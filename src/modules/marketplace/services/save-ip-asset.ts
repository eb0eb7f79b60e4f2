// createIpAsset outcomes: created (audited) | the asset the same form already made (a form sent
// twice is one asset) | INVALID (field messages; a reference the portfolio already uses; an
// offer that is not this organisation's) | NOT_FOUND (thrown: not the actor's portfolio).
// updateIpAsset outcomes: updated (audited) | CONFLICT (someone saved first: nothing
// overwritten) | INVALID | NOT_FOUND.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { lastSegment } from '../../../platform/input/form-values';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { ZIpAssetFields, type TIpAssetFields, type TIpAssetFieldsInput } from '../contracts';
import {
  findIpAsset,
  findIpAssetBySubmission,
  insertIpAsset,
  updateIpAssetAtVersion,
  type IpAssetRow,
} from '../db/ip-portfolio.repository';
import { findOfferById } from '../db/offers.repository';
import { keptAsset, keptPortfolio } from './ip-portfolio-access';
import type { Owner } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface IpAssetInput {
  fields: TIpAssetFieldsInput;
  /** The listing on the exchange: the offer's address or id, or '' for none. */
  offer: string;
}

export type SaveIpAssetResult =
  | { ok: true; asset: IpAssetRow }
  | { ok: false; reason: 'CONFLICT'; current: IpAssetRow }
  | Invalid;

const userOf = (acting: AuditContext) => (isSignedIn(acting.actor) ? acting.actor.user.id : null);
const audited = (a: IpAssetRow) => ({ stage: a.stage, title: a.title, version: a.version });

/** The offer the asset is listed as: one of the same organisation's offers. */
async function offerOf(db: Db, owner: Owner, typed: string) {
  const id = lastSegment(typed.trim());
  if (!id) return { offerId: null };
  const offer = isUuid(id) ? await findOfferById(db, id) : undefined;
  return offer?.ownerOrgId === owner.id ? { offerId: offer.id } : { error: true };
}

export async function checkIpAsset(
  db: Db,
  owner: Owner,
  input: IpAssetInput,
): Promise<{ ok: true; columns: TIpAssetFields & { offerId: string | null } } | Invalid> {
  const errors: FieldErrors = {};
  const parsed = ZIpAssetFields.safeParse(input.fields);
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error));
  const offer = await offerOf(db, owner, input.offer);
  if ('error' in offer) errors.offer = { key: 'marketplace.ip.error.offer' };
  if (!parsed.success || 'error' in offer) return invalid(errors);
  return { ok: true, columns: { ...parsed.data, offerId: offer.offerId } };
}

const referenceTaken = (): Invalid =>
  invalid({ reference: { key: 'marketplace.ip.error.referenceTaken' } });

export async function createIpAsset(
  deps: Deps,
  acting: AuditContext,
  input: IpAssetInput & { owner: string; submissionKey?: string },
): Promise<SaveIpAssetResult> {
  const db = deps.database.db;
  const owner = await keptPortfolio(db, acting.actor, input.owner);
  const key = input.submissionKey?.slice(0, 80) || undefined;
  const made = key && (await findIpAssetBySubmission(db, key));
  if (made) return { ok: true, asset: made };
  const checked = await checkIpAsset(db, owner, input);
  if (!checked.ok) return checked;
  const now = deps.clock();
  const by = userOf(acting);
  try {
    const asset = await db.transaction(async (tx) => {
      const created = await insertIpAsset(tx, {
        ...checked.columns,
        ownerOrgId: owner.id,
        submissionKey: key,
        createdAt: now,
        updatedAt: now,
        createdBy: by,
        updatedBy: by,
      });
      await recordAudit(tx, acting, {
        action: 'marketplace.ip-asset:create',
        entityType: 'marketplace_ip_asset',
        entityId: created.id,
        after: audited(created),
      });
      return created;
    });
    return { ok: true, asset };
  } catch (err) {
    if (!violatedUnique(err)) throw err;
    const existing = key && (await findIpAssetBySubmission(db, key));
    return existing ? { ok: true, asset: existing } : referenceTaken();
  }
}

export async function updateIpAsset(
  deps: Deps,
  acting: AuditContext,
  input: IpAssetInput & { id: string; version: number },
): Promise<SaveIpAssetResult> {
  const db = deps.database.db;
  const { asset: before, owner } = await keptAsset(db, acting.actor, input.id);
  const checked = await checkIpAsset(db, owner, input);
  if (!checked.ok) return checked;
  try {
    return await db.transaction(async (tx) => {
      const after = await updateIpAssetAtVersion(tx, before.id, input.version, checked.columns, {
        by: userOf(acting),
        now: deps.clock(),
      });
      if (!after) {
        const current = await findIpAsset(tx, before.id);
        if (!current) throw new AppError('NOT_FOUND');
        return { ok: false, reason: 'CONFLICT', current } as const;
      }
      await recordAudit(tx, acting, {
        action: 'marketplace.ip-asset:edit',
        entityType: 'marketplace_ip_asset',
        entityId: after.id,
        before: audited(before),
        after: audited(after),
      });
      return { ok: true, asset: after } as const;
    });
  } catch (err) {
    if (violatedUnique(err)) return referenceTaken();
    throw err;
  }
}
