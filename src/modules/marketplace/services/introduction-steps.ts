// takeIntroductionStep outcomes: moved (introduce — by a broker, or by the listing owner's people
// when the listing allows direct introductions: both sides get one letter naming each other, with
// the note, and the nudges at 30, 90 and 180 days are scheduled; talk and negotiate — by a broker
// or either side, reporting the stage; close: no deal, with its reason; audited) | CONFLICT
// (changed meanwhile or a second click: nothing done) | NOT_APPLICABLE | INVALID (closing needs
// a reason; a note too long) | NOT_FOUND (thrown: not a broker nor a side who may take the step).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { translator } from '../../../platform/i18n';
import { ZText } from '../../../platform/input/text-fields';
import { isUuid } from '../../../platform/input/uuid';
import { ZNoDealReason } from '../contracts';
import {
  mayTakeStep,
  stageAfter,
  type IntroductionStage,
  type IntroductionStep,
} from '../domain/introduction';
import {
  findIntroductionById,
  updateIntroductionAtVersion,
  type IntroductionRow,
} from '../db/introductions.repository';
import { introductionPath } from '../ui/paths';
import { scheduleNudges, sidesOf } from './introduction-nudges';
import { introductionRoles, listingOf, type Listing } from './introduction-parties';

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
  if (!isSignedIn(acting.actor)) throw new AppError('NOT_FOUND');
  const intro = isUuid(input.id) ? await findIntroductionById(db, input.id) : undefined;
  if (!intro) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const listing = await listingOf(db, intro, now);
  const roles = await introductionRoles(db, acting.actor, intro, listing);
  if (roles.length === 0) throw new AppError('NOT_FOUND');
  if (input.version !== intro.version) return { ok: false, reason: 'CONFLICT' };
  const stage = intro.stage as IntroductionStage;
  const next = stageAfter(stage, input.step);
  if (!next || !mayTakeStep(roles, input.step, stage, listing.allowsDirect))
    return { ok: false, reason: 'NOT_APPLICABLE' };
  const note = ZText(2000).safeParse(input.note ?? '');
  if (!note.success) return invalid({ note: { key: 'validation.tooLong', params: { max: 2000 } } });
  const reason = ZNoDealReason.safeParse(input.reason);
  if (input.step === 'close' && !reason.success)
    return invalid({ reason: { key: 'marketplace.error.noDealReason' } });
  const by = acting.actor.user.id;
  const isBroker = roles.includes('broker');
  return db.transaction(async (tx) => {
    const after = await updateIntroductionAtVersion(
      tx,
      intro.id,
      input.version,
      {
        stage: next,
        ...(isBroker ? { brokerId: by } : {}),
        ...(note.data ? { brokerNote: note.data } : {}),
        ...(input.step === 'introduce' ? { introducedAt: now, introducedBy: by } : {}),
        ...(input.step === 'close' ? { closedAt: now, noDealReason: reason.data } : {}),
      },
      { by, now },
    );
    if (!after) return { ok: false, reason: 'CONFLICT' } as const;
    if (input.step === 'introduce') {
      await writeIntroduction(deps, tx, after, listing);
      await scheduleNudges(tx, after.id, now);
    }
    await recordAudit(tx, acting, {
      action: `marketplace.introduction:${input.step}`,
      entityType: 'marketplace_introduction',
      entityId: intro.id,
      before: { stage: intro.stage, version: intro.version },
      after: { stage: after.stage, version: after.version, as: isBroker ? 'broker' : roles[0] },
    });
    return { ok: true, introduction: after } as const;
  });
}
