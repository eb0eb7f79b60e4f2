// openSolutionsCall outcomes: linked (a published programme of kind "challenge", posted by the
// problem owner, with one published call over the challenge's window whose form is built for
// solutions; solvers who accepted the agreement are sent to it) | ALREADY_LINKED | INVALID (the
// programmes engine refused: its field messages) | NOT_FOUND (thrown: not the centre, unknown).
// The programme, the call and the link are three commands of two modules, each its own
// transaction (programs' createProgramme and createCall take no caller's transaction): a failure
// after the programme was created leaves it as a draft the centre sees in the programmes'
// back-office.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import {
  applyPath,
  createCall,
  createProgramme,
  publishProgramme,
  type TCallForm,
} from '../../programs';
import {
  findChallengeBySlug,
  updateChallengeAtVersion,
  type ChallengeRow,
} from '../db/challenges.repository';
import { canPublishChallenges } from '../permissions';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

const text = (vi: string, en: string) => ({ vi, en });

/** What a solver answers: the solution, how it meets the indicators, its cost, the team. */
export const SOLUTION_FORM: TCallForm = {
  sections: [
    {
      id: 'giai_phap',
      title: text('Giải pháp', 'Solution'),
      questions: [
        {
          id: 'ten_giai_phap',
          kind: 'short_text',
          label: text('Tên giải pháp', 'Solution name'),
          isRequired: true,
          maxLength: 200,
        },
        {
          id: 'mo_ta',
          kind: 'long_text',
          label: text('Mô tả giải pháp', 'The solution'),
          isRequired: true,
          maxLength: 5000,
        },
        {
          id: 'chi_so',
          kind: 'long_text',
          label: text(
            'Giải pháp cải thiện các chỉ số thành công thế nào',
            'How it moves the success indicators',
          ),
          isRequired: true,
          maxLength: 3000,
        },
        {
          id: 'chi_phi',
          kind: 'money_vnd',
          label: text('Chi phí thử nghiệm (đồng)', 'Cost of a pilot (VND)'),
          isRequired: true,
          min: 0,
        },
        {
          id: 'doi_ngu',
          kind: 'team_members',
          label: text('Đội ngũ', 'Team'),
          isRequired: true,
          maxMembers: 10,
        },
      ],
    },
  ],
} as TCallForm;

export async function openSolutionsCall(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string },
): Promise<
  { ok: true; challenge: ChallengeRow } | { ok: false; reason: 'ALREADY_LINKED' } | Invalid
> {
  const db = deps.database.db;
  if (!canPublishChallenges(acting.actor)) throw new AppError('NOT_FOUND');
  const challenge = input.slug ? await findChallengeBySlug(db, input.slug) : undefined;
  if (!challenge) throw new AppError('NOT_FOUND');
  if (challenge.callId) return { ok: false, reason: 'ALREADY_LINKED' };
  const title = challenge.track ? `${challenge.title} — ${challenge.track}` : challenge.title;
  const programme = await createProgramme(deps, acting, {
    kind: 'challenge',
    titleVi: title,
    summaryVi: challenge.summary.slice(0, 1000),
    eligibilityVi: challenge.eligibility,
    postingOrganizationId: challenge.ownerOrganizationId,
  });
  if (!programme.ok) return invalid(programme.fields);
  const call = await createCall(deps, acting, {
    programmeId: programme.programme.id,
    titleVi: title,
    opensAt: challenge.opensAt,
    closesAt: challenge.closesAt,
    status: 'published',
    form: SOLUTION_FORM,
    eligibility: {},
  });
  if (!call.ok) return invalid(call.fields);
  const published = await publishProgramme(deps, acting, {
    programmeId: programme.programme.id,
    expectedVersion: programme.programme.version,
  });
  // Only this command knows the programme yet: someone changing it meanwhile is a fault.
  if (!published.ok) throw new AppError('CONFLICT');
  const editor = editorOf(acting);
  return db.transaction(async (tx) => {
    const after = await updateChallengeAtVersion(
      tx,
      challenge.id,
      challenge.version,
      { callId: call.call.id, callApplyPath: applyPath(programme.programme.slug, call.call.slug) },
      { by: editor.id, now: deps.clock() },
    );
    if (!after) return { ok: false, reason: 'ALREADY_LINKED' } as const;
    await recordAudit(tx, acting, {
      action: 'challenges.challenge:link_call',
      entityType: 'challenges_challenge',
      entityId: challenge.id,
      after: { callId: call.call.id, programmeId: programme.programme.id },
    });
    return { ok: true, challenge: after } as const;
  });
}
