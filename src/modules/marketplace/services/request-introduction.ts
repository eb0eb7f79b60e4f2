// requestIntroduction outcomes: requested (audited; the brokers see it waiting, and when the
// listing allows direct introductions its owner's managers get a letter to accept or decline) | the request
// already open on this listing (a form sent twice, or asked again: one introduction) | INVALID (no
// message, or an organisation the requester does not act for) | NOT_FOUND (thrown: the listing is
// unknown, not listed, or the requester's own).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { ZIntroductionRequest } from '../contracts';
import {
  findOpenIntroduction,
  insertIntroduction,
  type IntroductionRow,
} from '../db/introductions.repository';
import { translator } from '../../../platform/i18n';
import type { Db } from '../../../platform/db/client';
import { introductionPath } from '../ui/paths';
import { sidesOf } from './introduction-nudges';
import { listingOf, type Listing } from './introduction-parties';
import { checkOwner } from './offer-input';
import { actsFor } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'mail' | 'config'>;

export interface IntroductionRequest {
  offerId?: string;
  needId?: string;
  message: string;
  /** The requester's own organisation (slug), when they act for one. */
  requesterOrg?: string;
}

/** The listing owner's managers, when they may accept the request themselves. */
async function writeToOwner(deps: Deps, tx: Db, intro: IntroductionRow, listing: Listing) {
  const contacts = (await sidesOf(tx, intro, listing)).filter(
    (c) => c.id !== intro.requesterUserId,
  );
  for (const contact of contacts) {
    const t = translator(contact.locale);
    const params = {
      name: contact.name,
      listing: listing.title,
      message: intro.message,
      url: `${deps.config.publicUrl}${introductionPath(intro.id)}`,
    };
    await deps.mail.queue(tx, {
      to: contact.email,
      subject: t('marketplace.requested.subject', params),
      text: t('marketplace.requested.body', params),
      template: 'marketplace.introduction-request',
    });
  }
}

export async function requestIntroduction(
  deps: Deps,
  acting: AuditContext,
  input: IntroductionRequest,
): Promise<{ ok: true; introduction: IntroductionRow } | Invalid> {
  const db = deps.database.db;
  const { actor } = acting;
  if (!isSignedIn(actor)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const listing = await listingOf(db, input, now);
  if (!listing.isOpen || (await actsFor(db, actor, listing.owner))) throw new AppError('NOT_FOUND');
  const target = listing.kind === 'offer' ? { offerId: listing.id } : { needId: listing.id };
  const open = await findOpenIntroduction(db, target, actor.user.id);
  if (open) return { ok: true, introduction: open };
  const parsed = ZIntroductionRequest.safeParse({ message: input.message });
  const org = input.requesterOrg ? await checkOwner(db, actor, input.requesterOrg) : undefined;
  if (!parsed.success || (org && !org.ok))
    return invalid({
      ...(parsed.success ? {} : fieldErrors(parsed.error)),
      ...(org && !org.ok ? { requesterOrg: org.fields.owner! } : {}),
    });
  try {
    const introduction = await db.transaction(async (tx) => {
      const created = await insertIntroduction(tx, {
        ...target,
        requesterUserId: actor.user.id,
        requesterOrgId: org?.ok ? org.owner.id : null,
        message: parsed.data.message,
        requestedAt: now,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.user.id,
        updatedBy: actor.user.id,
      });
      if (listing.allowsDirect) await writeToOwner(deps, tx, created, listing);
      await recordAudit(tx, acting, {
        action: 'marketplace.introduction:request',
        entityType: 'marketplace_introduction',
        entityId: created.id,
        after: { ...target, stage: created.stage },
      });
      return created;
    });
    return { ok: true, introduction };
  } catch (err) {
    // Two requests at once: the unique index of open requests keeps one.
    const existing = violatedUnique(err) && (await findOpenIntroduction(db, target, actor.user.id));
    if (existing) return { ok: true, introduction: existing };
    throw err;
  }
}
