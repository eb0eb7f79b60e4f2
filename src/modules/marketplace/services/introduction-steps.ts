// takeIntroductionStep outcomes (the centre's brokers only): moved (introduce: both sides get one
// letter naming each other, with the broker's note; negotiate; close: no deal, with its reason;
// audited) | CONFLICT (changed meanwhile or a second click: nothing done) | NOT_APPLICABLE |
// INVALID (closing needs a reason; a note too long) | NOT_FOUND (thrown).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { translator } from '../../../platform/i18n';
import { ZText } from '../../../platform/input/text-fields';
import { isUuid } from '../../../platform/input/uuid';
import { accountContact, accountMembers, isAccountManagerRole } from '../../identity';
import { ZNoDealReason } from '../contracts';
import { stageAfter, type IntroductionStage, type IntroductionStep } from '../domain/introduction';
import {
  findIntroductionById,
  updateIntroductionAtVersion,
  type IntroductionRow,
} from '../db/introductions.repository';
import { canBroker } from '../permissions';
import { introductionPath } from '../ui/paths';
import { listingOf, type Listing } from './introduction-parties';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'mail' | 'config'>;

export type IntroductionStepResult =
  | { ok: true; introduction: IntroductionRow }
  | { ok: false; reason: 'CONFLICT' | 'NOT_APPLICABLE' }
  | Invalid;

export interface IntroductionStepInput {
  id: string;
  version: number;
  step: IntroductionStep;
  note?: string;
  reason?: string;
}

/** The requester and the managers of the listing owner's account. */
async function sidesOf(db: Db, intro: IntroductionRow, listing: Listing) {
  const owners = listing.owner.managedBy
    ? (await accountMembers(db, listing.owner.managedBy))
        .filter((m) => isAccountManagerRole(m.role))
        .map((m) => m.userId)
    : [];
  const ids = [...new Set([intro.requesterUserId, ...owners])];
  return (await Promise.all(ids.map((id) => accountContact(db, id)))).filter(
    (c) => c !== undefined,
  );
}

async function writeIntroduction(deps: Deps, tx: Db, intro: IntroductionRow, listing: Listing) {
  const contacts = await sidesOf(tx, intro, listing);
  const names = contacts.map((c) => `${c.name} <${c.email}>`).join(', ');
  for (const contact of contacts) {
    const t = translator(contact.locale);
    const params = {
      name: contact.name,
      listing: listing.title,
      owner: listing.owner.name,
      parties: names,
      note: intro.brokerNote,
      url: `${deps.config.publicUrl}${introductionPath(intro.id)}`,
    };
    await deps.mail.queue(tx, {
      to: contact.email,
      subject: t('marketplace.introduced.subject', params),
      text: t('marketplace.introduced.body', params),
      template: 'marketplace.introduced',
    });
  }
}

export async function takeIntroductionStep(
  deps: Deps,
  acting: AuditContext,
  input: IntroductionStepInput,
): Promise<IntroductionStepResult> {
  const db = deps.database.db;
  if (!canBroker(acting.actor) || !isSignedIn(acting.actor)) throw new AppError('NOT_FOUND');
  const intro = isUuid(input.id) ? await findIntroductionById(db, input.id) : undefined;
  if (!intro) throw new AppError('NOT_FOUND');
  if (input.version !== intro.version) return { ok: false, reason: 'CONFLICT' };
  const next = stageAfter(intro.stage as IntroductionStage, input.step);
  if (!next) return { ok: false, reason: 'NOT_APPLICABLE' };
  const note = ZText(2000).safeParse(input.note ?? '');
  if (!note.success) return invalid({ note: { key: 'validation.tooLong', params: { max: 2000 } } });
  const reason = ZNoDealReason.safeParse(input.reason);
  if (input.step === 'close' && !reason.success)
    return invalid({ reason: { key: 'marketplace.error.noDealReason' } });
  const now = deps.clock();
  const by = acting.actor.user.id;
  const listing = await listingOf(db, intro, now);
  const result = await db.transaction(async (tx) => {
    const after = await updateIntroductionAtVersion(
      tx,
      intro.id,
      input.version,
      {
        stage: next,
        brokerId: by,
        ...(note.data ? { brokerNote: note.data } : {}),
        ...(input.step === 'introduce' ? { introducedAt: now } : {}),
        ...(input.step === 'close' ? { closedAt: now, noDealReason: reason.data } : {}),
      },
      { by, now },
    );
    if (!after) return { ok: false, reason: 'CONFLICT' } as const;
    if (input.step === 'introduce') await writeIntroduction(deps, tx, after, listing);
    await recordAudit(tx, acting, {
      action: `marketplace.introduction:${input.step}`,
      entityType: 'marketplace_introduction',
      entityId: intro.id,
      before: { stage: intro.stage, version: intro.version },
      after: { stage: after.stage, version: after.version },
    });
    return { ok: true, introduction: after } as const;
  });
  return result;
}
