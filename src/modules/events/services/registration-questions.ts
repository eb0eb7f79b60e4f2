// The questions an event asks its registrants, built with the programmes' form builder (through
// its module's index) and checked by the same rules as an application's answers.
// saveRegistrationQuestions: saved (an empty builder removes the questions) | INVALID (messages
// per builder control) | CONFLICT (the event changed since the page was shown: nothing written).
// answersOfRegistration: the answers a registration form holds, checked against the event's form.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, type FieldErrors } from '../../../platform/errors';
import type { FormBody } from '../../../platform/input/form-values';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors, renameFields } from '../../../platform/input/validation';
import {
  QUESTION_KINDS,
  ZCallForm,
  answersFromForm,
  formInputOfDraft,
  validateAnswers,
  type FormDraft,
  type TAnswers,
  type TCallForm,
} from '../../programs';
import { findEventById, updateEventAtVersion, type EventRow } from '../db/events.repository';
import { canManageEvents } from '../permissions';
import { accountOf } from './acting-account';
import { auditEvent } from './save-event';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

/** A registration form takes no files: a guest's upload would sit unreviewed in the store. */
export const EVENT_QUESTION_KINDS = QUESTION_KINDS.filter((k) => k !== 'file');

export type SaveQuestionsResult =
  | { ok: true; event: EventRow }
  | { ok: false; reason: 'INVALID'; fields: FieldErrors }
  | { ok: false; reason: 'CONFLICT'; current: EventRow };

function checkedForm(draft: FormDraft): { form?: TCallForm; fields: FieldErrors } {
  const { input, errors, controlOf } = formInputOfDraft(draft);
  const parsed = ZCallForm.safeParse(input);
  const fields: FieldErrors = {
    ...(parsed.success ? {} : renameFields(fieldErrors(parsed.error), controlOf)),
    ...errors,
  };
  input.sections.forEach((s, i) =>
    s.questions.forEach((q, j) => {
      if (!(EVENT_QUESTION_KINDS as readonly unknown[]).includes(q.kind))
        fields[controlOf(`sections.${i}.questions.${j}.kind`)] = {
          key: 'events.questions.kindRefused',
        };
    }),
  );
  if (Object.keys(fields).length > 0 || !parsed.success) return { fields };
  return { form: parsed.data, fields };
}

export async function saveRegistrationQuestions(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; version: number; draft: FormDraft },
): Promise<SaveQuestionsResult> {
  if (!canManageEvents(acting.actor) || !isUuid(input.eventId)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const before = await findEventById(db, input.eventId);
  if (!before) throw new AppError('NOT_FOUND');
  if (before.version !== input.version) return { ok: false, reason: 'CONFLICT', current: before };
  const checked = input.draft.length === 0 ? { form: null, fields: {} } : checkedForm(input.draft);
  if (checked.form === undefined) return { ok: false, reason: 'INVALID', fields: checked.fields };
  const patch = { registrationForm: checked.form };
  return db.transaction(async (tx) => {
    const stamp = { by: accountOf(acting), now: deps.clock() };
    const after = await updateEventAtVersion(tx, before.id, input.version, patch, stamp);
    if (!after) return { ok: false, reason: 'CONFLICT', current: before } as const;
    await auditEvent(tx, acting, 'questions', after, before);
    return { ok: true, event: after } as const;
  });
}

export const answerControl = (questionId: string) => `a.${questionId}`;

/**
 * The answers a registration form holds for the event's questions: stored as checked, or the
 * messages under each question's control (`a.<question>`). No questions: no answers.
 */
export function answersOfRegistration(
  form: TCallForm | null,
  body: FormBody,
): { ok: true; answers: TAnswers } | { ok: false; fields: FieldErrors } {
  if (!form) return { ok: true, answers: {} };
  const checked = validateAnswers(form, answersFromForm(form, body, {}), { isFinal: true });
  if (checked.ok) return checked;
  const fields: FieldErrors = {};
  for (const e of checked.errors)
    fields[answerControl(e.questionId)] ??= { key: e.code, params: e.params };
  return { ok: false, fields };
}
