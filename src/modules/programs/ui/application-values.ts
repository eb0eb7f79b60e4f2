// What the application form's controls hold: every value of a field name, as typed (after a
// refused post) or as the stored answers read back (money grouped "2.000.000.000", a decimal
// with a comma, as the parsers read them first).
import { formatNumber } from '../../../platform/i18n';
import type { TAnswerError } from '../domain/answers';
import type { TAnswers, TCallForm } from '../domain/call-form';
import {
  answerName,
  keepName,
  memberName,
  type StoredFileAnswer,
} from '../services/applications/application-answers';
import { formStrings, type FormBody } from '../../../platform/input/form-values';

export type Typed = Record<string, string[]>;

export const typedFromBody = (body: FormBody): Typed =>
  Object.fromEntries(Object.keys(body).map((k) => [k, formStrings(body, k)]));

export const storedFiles = (answer: unknown): StoredFileAnswer[] =>
  Array.isArray(answer)
    ? answer.filter(
        (x): x is StoredFileAnswer => typeof x === 'object' && x !== null && 'fileHash' in x,
      )
    : [];

export function typedFromAnswers(form: TCallForm, answers: TAnswers): Typed {
  const typed: Typed = {};
  for (const q of form.sections.flatMap((s) => s.questions)) {
    const answer = answers[q.id];
    if (answer === undefined) continue;
    const name = answerName(q.id);
    if (q.kind === 'file') typed[keepName(q.id)] = storedFiles(answer).map((f) => f.fileHash);
    else if (q.kind === 'team_members' && Array.isArray(answer)) {
      answer.forEach((m, row) => {
        if (typeof m !== 'object' || m === null || 'fileHash' in m) return;
        typed[memberName(q.id, row, 'name')] = [m.name];
        typed[memberName(q.id, row, 'role')] = [m.role];
        typed[memberName(q.id, row, 'email')] = [m.email ?? ''];
      });
    } else if (Array.isArray(answer)) typed[name] = answer.map(String);
    else if (typeof answer === 'number')
      typed[name] = [
        q.kind === 'money_vnd' ? formatNumber(answer, 'vi') : String(answer).replace('.', ','),
      ];
    else typed[name] = [answer];
  }
  return typed;
}

/** Stored files that a refused submission had already saved stay ticked as kept. */
export function keepingStored(typed: Typed, answers: TAnswers, form: TCallForm): Typed {
  const next = { ...typed };
  for (const q of form.sections.flatMap((s) => s.questions)) {
    if (q.kind !== 'file') continue;
    const kept = new Set(next[keepName(q.id)] ?? []);
    for (const f of storedFiles(answers[q.id])) kept.add(f.fileHash);
    next[keepName(q.id)] = [...kept];
  }
  return next;
}

/** The errors of each question, in form order. */
export function errorsByQuestion(errors: readonly TAnswerError[] = []) {
  const byQuestion = new Map<string, TAnswerError[]>();
  for (const e of errors)
    byQuestion.set(e.questionId, [...(byQuestion.get(e.questionId) ?? []), e]);
  return byQuestion;
}
