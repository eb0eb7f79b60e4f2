// Self-assessments against a framework (staff), one per framework and year.
// startAssessment: the year's draft, or the one already started (a double click opens it once).
// saveAssessment: the level claimed, a note, and per criterion whether it is met, an explanation
// and evidence files (checked by content, as a report's: report-evidence.ts); saved as a draft or
// submitted — then frozen with the framework's words as they stand. Outcomes: the assessment
// (audited) | INVALID (field messages: no level claimed on submitting, a level the framework lacks,
// text too long, a file refused) | CONFLICT (saved meanwhile) | FROZEN (already submitted: nothing
// changes) | NOT_FOUND (thrown, also to non-staff).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { ZText } from '../../../platform/input/text-fields';
import { isUuid } from '../../../platform/input/uuid';
import {
  findAssessment,
  findFramework,
  insertAssessmentOnce,
  updateAssessmentAtVersion,
  type AssessmentRow,
  type FrameworkRow,
} from '../db/assessments.repository';
import { criteriaOf, type CriterionAnswer, type FrameworkLevel } from '../domain/framework';
import type { Evidence } from '../domain/report-content';
import { canManagePlans } from '../permissions';
import { actingUserId } from './acting';
import { getFramework } from './frameworks';
import { withEvidence, type EvidenceInput } from './report-evidence';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface AssessmentInput {
  claimedLevel: string;
  note: string;
  /** By criterion id, as ticked and typed. */
  answers: Record<string, { isMet: boolean; note: string }>;
  evidence: EvidenceInput;
}

export type AssessmentResult =
  | { ok: true; assessment: AssessmentRow }
  | { ok: false; reason: 'CONFLICT' | 'FROZEN'; current: AssessmentRow }
  | Invalid;

export async function startAssessment(
  deps: Deps,
  acting: AuditContext,
  input: { frameworkId: string; year: string },
): Promise<{ ok: true; assessment: AssessmentRow } | Invalid> {
  const framework = await getFramework(deps, acting, input.frameworkId);
  const year = /^\d{4}$/.test(input.year.trim()) ? Number(input.year) : Number.NaN;
  if (!(year >= 2000 && year <= 2100))
    return invalid({ year: { key: 'plans.assessment.error.year' } });
  const by = actingUserId(acting);
  return deps.database.db.transaction(async (tx) => {
    const { assessment, isNew } = await insertAssessmentOnce(tx, {
      frameworkId: framework.id,
      year,
      createdBy: by,
      updatedBy: by,
    });
    if (isNew)
      await recordAudit(tx, acting, {
        action: 'plans.assessment:start',
        entityType: 'plans_assessment',
        entityId: assessment.id,
        after: { framework: framework.name, year },
      });
    return { ok: true, assessment } as const;
  });
}

export interface AssessmentPage {
  assessment: AssessmentRow;
  framework: FrameworkRow;
  /** The levels the assessment answers: frozen ones once submitted, else the framework's. */
  levels: FrameworkLevel[];
}

export async function getAssessmentPage(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  id: string,
): Promise<AssessmentPage> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const assessment = isUuid(id) ? await findAssessment(db, id) : undefined;
  if (!assessment) throw new AppError('NOT_FOUND');
  const framework = (await findFramework(db, assessment.frameworkId))!;
  return { assessment, framework, levels: assessment.framework?.levels ?? framework.levels };
}

function checkAnswers(page: AssessmentPage, input: AssessmentInput, errors: FieldErrors) {
  const answers: Record<string, CriterionAnswer> = { ...page.assessment.answers };
  for (const c of criteriaOf(page.levels)) {
    const before = answers[c.id] ?? { isMet: false, note: '', evidence: [] };
    const typed = input.answers[c.id];
    if (!typed) continue;
    const note = ZText(2000).safeParse(typed.note);
    if (!note.success)
      errors[`note_${c.id}`] = { key: 'validation.tooLong', params: { max: 2000 } };
    answers[c.id] = { ...before, isMet: typed.isMet, note: note.success ? note.data : '' };
  }
  return answers;
}

function checkLevel(levels: FrameworkLevel[], typed: string, submit: boolean, errors: FieldErrors) {
  const claimed = typed.trim() === '' ? null : Number(typed);
  if (claimed !== null && !levels.some((l) => l.rank === claimed))
    errors.claimedLevel = { key: 'validation.choice' };
  else if (submit && claimed === null)
    errors.claimedLevel = { key: 'plans.assessment.error.level' };
  return claimed;
}

/** The answers with their evidence files added or taken off, or the files' field errors. */
async function withCriterionEvidence(
  deps: Pick<AppDeps, 'files'>,
  answers: Record<string, CriterionAnswer>,
  levels: FrameworkLevel[],
  input: EvidenceInput,
) {
  const lines = criteriaOf(levels).map((c) => ({
    id: c.id,
    evidence: answers[c.id]?.evidence ?? [],
  }));
  const stored = await withEvidence(deps, lines, (l) => l.id, input);
  if ('errors' in stored) return stored;
  const result = { ...answers };
  for (const line of stored.lines)
    result[line.id] = {
      ...(result[line.id] ?? { isMet: false, note: '' }),
      evidence: line.evidence ?? [],
    };
  return { answers: result };
}

export async function saveAssessment(
  deps: Pick<AppDeps, 'database' | 'clock' | 'files'>,
  acting: AuditContext,
  input: { id: string; version: number; assessment: AssessmentInput; submit: boolean },
): Promise<AssessmentResult> {
  const page = await getAssessmentPage(deps, acting, input.id);
  const before = page.assessment;
  if (before.status === 'submitted') return { ok: false, reason: 'FROZEN', current: before };
  const errors: FieldErrors = {};
  const claimedLevel = checkLevel(page.levels, input.assessment.claimedLevel, input.submit, errors);
  const note = ZText(4000).safeParse(input.assessment.note);
  if (!note.success) errors.note = { key: 'validation.tooLong', params: { max: 4000 } };
  const answers = checkAnswers(page, input.assessment, errors);
  if (Object.keys(errors).length > 0 || !note.success) return invalid(errors);
  const withFiles = await withCriterionEvidence(
    deps,
    answers,
    page.levels,
    input.assessment.evidence,
  );
  if ('errors' in withFiles) return invalid(withFiles.errors);
  const by = actingUserId(acting);
  const now = deps.clock();
  const frozen = input.submit
    ? {
        status: 'submitted',
        framework: { name: page.framework.name, levels: page.levels },
        submittedAt: now,
        submittedBy: by,
      }
    : {};
  return deps.database.db.transaction(async (tx) => {
    const assessment = await updateAssessmentAtVersion(
      tx,
      before.id,
      input.version,
      { claimedLevel, note: note.data, answers: withFiles.answers, ...frozen },
      { by, now },
    );
    if (!assessment)
      return { ok: false, reason: 'CONFLICT', current: (await findAssessment(tx, before.id))! };
    await recordAudit(tx, acting, {
      action: input.submit ? 'plans.assessment:submit' : 'plans.assessment:save',
      entityType: 'plans_assessment',
      entityId: assessment.id,
      after: { year: assessment.year, claimedLevel },
    });
    return { ok: true, assessment } as const;
  });
}

/** An evidence file of a self-assessment (staff only). */
export async function assessmentEvidenceFile(
  deps: Pick<AppDeps, 'database' | 'files'>,
  acting: AuditContext,
  input: { id: string; hash: string },
): Promise<{ bytes: Uint8Array<ArrayBuffer>; evidence: Evidence }> {
  const { assessment } = await getAssessmentPage(deps, acting, input.id);
  const evidence = Object.values(assessment.answers)
    .flatMap((a) => a.evidence)
    .find((e) => e.hash === input.hash);
  const bytes = evidence && (await deps.files.readPrivate(evidence.hash));
  if (!evidence || !bytes) throw new AppError('NOT_FOUND');
  return { bytes, evidence };
}
