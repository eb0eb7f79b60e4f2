import { parseDecimal, vndAmount } from '../../../platform/input/form-values';
import { parseCalendarDay } from '../../../platform/i18n/vn-time';
import { cleanUserText, userLength } from '../../../platform/text/user-text';
import type { vi } from '../i18n/answers';
import type { TAnswer, TAnswers, TCallForm, TCallQuestion, TTeamMember } from './call-form';

/**
 * The answers of an application checked against its call's form. A draft is checked only for
 * shape and limits, so it can be saved half-done; a submission also needs every required
 * question that is shown. A question hidden by `showIf` is never required and its answer is
 * dropped, so what a reviewer reads is what the applicant saw. Answers to questions the form
 * does not have (a form edited since the draft) are dropped too.
 */

export type TAnswerErrorCode = keyof typeof vi;
export type TAnswerError = {
  questionId: string;
  code: TAnswerErrorCode;
  params: Record<string, string | number>;
};
export type TValidatedAnswers =
  { ok: true; answers: TAnswers } | { ok: false; errors: TAnswerError[] };

/** The form contract has no per-question file count; this bounds one question's uploads. */
export const FILES_PER_QUESTION_MAX = 10;
const FILE_NAME_MAX = 255;
const MEMBER_FIELD_MAX = 200;
const EMAIL_MAX = 254;

/** The declared type of a file is its name's extension. Its bytes are checked on upload. */
const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  mp4: 'mp4',
  zip: 'zip',
};

type Problem = { code: TAnswerErrorCode; params?: Record<string, string | number> };
type Read = { value?: TAnswer; problems: Problem[] };

const empty: Read = { problems: [] };
const fail = (code: TAnswerErrorCode, params?: Problem['params']): Read => ({
  problems: [{ code, params }],
});

export function validateAnswers(
  form: TCallForm,
  input: Readonly<Record<string, unknown>>,
  { isFinal }: { isFinal: boolean },
): TValidatedAnswers {
  const answers: TAnswers = {};
  const errors: TAnswerError[] = [];
  const shown = new Set<string>();
  for (const section of form.sections) {
    for (const question of section.questions) {
      if (!isShown(question, shown, answers)) continue;
      shown.add(question.id);
      const raw = Object.hasOwn(input, question.id) ? input[question.id] : undefined;
      const { value, problems } = readAnswer(question, raw);
      for (const { code, params } of problems) {
        errors.push({ questionId: question.id, code, params: params ?? {} });
      }
      if (problems.length === 0 && value !== undefined) answers[question.id] = value;
      else if (problems.length === 0 && isFinal && question.isRequired) {
        errors.push({ questionId: question.id, code: 'programs.answer.required', params: {} });
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers };
}

/**
 * Shown when the condition's question is itself shown and its valid answer holds one of the
 * values. Conditions only look back (ZCallForm), so one pass in form order decides every one.
 */
function isShown(question: TCallQuestion, shown: Set<string>, answers: TAnswers): boolean {
  const condition = question.showIf;
  if (!condition) return true;
  if (!shown.has(condition.questionId)) return false;
  const answer = answers[condition.questionId];
  const chosen = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : [];
  return condition.anyOf.some((value) => (chosen as unknown[]).includes(value));
}

function isBlank(raw: unknown): boolean {
  return (
    raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0)
  );
}

function readAnswer(question: TCallQuestion, raw: unknown): Read {
  if (isBlank(raw)) return empty;
  switch (question.kind) {
    case 'short_text':
    case 'long_text':
      return readText(raw, question.maxLength, question.kind === 'short_text');
    case 'number':
      return readNumber(
        typeof raw === 'string' ? parseDecimal(raw) : raw,
        question,
        'programs.answer.not_a_number',
      );
    case 'money_vnd': {
      const value = typeof raw === 'string' ? vndAmount(raw) : raw;
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        return fail('programs.answer.invalid_money');
      }
      return readNumber(value, question, 'programs.answer.invalid_money');
    }
    case 'date':
      return typeof raw === 'string' && isCalendarDate(raw.trim())
        ? { value: raw.trim(), problems: [] }
        : fail('programs.answer.invalid_date');
    case 'single_choice':
      if (typeof raw !== 'string') return fail('programs.answer.invalid');
      return question.options.some((o) => o.value === raw)
        ? { value: raw, problems: [] }
        : fail('programs.answer.not_an_option');
    case 'multiple_choice':
      return readChoices(typeof raw === 'string' ? [raw] : raw, question);
    case 'file':
      return readFiles(raw, question);
    case 'team_members':
      return readTeam(raw, question.maxMembers);
  }
}

function readText(raw: unknown, max: number, isSingleLine: boolean): Read {
  if (typeof raw !== 'string') return fail('programs.answer.invalid');
  const cleaned = cleanUserText(raw.replace(/\r\n?/g, '\n'));
  const value = isSingleLine ? cleaned.replace(/\s*\n\s*/g, ' ') : cleaned;
  if (!value) return empty;
  const length = userLength(value);
  return length > max ? fail('programs.answer.too_long', { max, length }) : { value, problems: [] };
}

function readNumber(
  value: unknown,
  bounds: { min?: number; max?: number },
  invalid: TAnswerErrorCode,
): Read {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(invalid);
  if (bounds.min !== undefined && value < bounds.min) {
    return fail('programs.answer.too_small', { min: bounds.min });
  }
  if (bounds.max !== undefined && value > bounds.max) {
    return fail('programs.answer.too_large', { max: bounds.max });
  }
  return { value, problems: [] };
}

/** yyyy-mm-dd naming a day that exists (no 2025-02-29, no 2025-13-01), from year 1000 on. */
export const isCalendarDate = (s: string): boolean => s >= '1000' && parseCalendarDay(s) === s;

function readChoices(
  raw: unknown,
  question: Extract<TCallQuestion, { kind: 'multiple_choice' }>,
): Read {
  if (!Array.isArray(raw) || !raw.every((v) => typeof v === 'string')) {
    return fail('programs.answer.invalid');
  }
  const picked = new Set<string>(raw);
  if ([...picked].some((v) => !question.options.some((o) => o.value === v))) {
    return fail('programs.answer.not_an_option');
  }
  if (question.maxChoices !== undefined && picked.size > question.maxChoices) {
    return fail('programs.answer.too_many_choices', { max: question.maxChoices });
  }
  // Stored in the form's option order, whatever order the browser sent.
  return { value: question.options.map((o) => o.value).filter((v) => picked.has(v)), problems: [] };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readFiles(raw: unknown, question: Extract<TCallQuestion, { kind: 'file' }>): Read {
  if (!Array.isArray(raw)) return fail('programs.answer.invalid');
  const files = new Map<string, { fileHash: string; fileName: string; bytes: number }>();
  const problems: Problem[] = [];
  for (const file of raw) {
    if (!isRecord(file) || typeof file.fileName !== 'string')
      return fail('programs.answer.invalid');
    const { fileHash, bytes } = file;
    const fileName = cleanUserText(file.fileName);
    if (typeof fileHash !== 'string' || !/^[0-9a-f]{64}$/.test(fileHash)) {
      return fail('programs.answer.invalid');
    }
    if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 1) {
      return fail('programs.answer.invalid');
    }
    if (!fileName || userLength(fileName) > FILE_NAME_MAX) return fail('programs.answer.invalid');
    const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
    const type = EXTENSION_TYPES[extension];
    if (!type || !(question.types as readonly string[]).includes(type)) {
      const types = question.types.map((t) => t.toUpperCase()).join(', ');
      problems.push({ code: 'programs.answer.file_type', params: { fileName, types } });
    }
    if (bytes > question.maxBytes) {
      const maxMb = Math.round((question.maxBytes / 1024 / 1024) * 10) / 10;
      problems.push({ code: 'programs.answer.file_too_large', params: { fileName, maxMb } });
    }
    // The same stored file attached twice is one attachment.
    files.set(fileHash, { fileHash, fileName, bytes });
  }
  if (files.size > FILES_PER_QUESTION_MAX) {
    problems.unshift({
      code: 'programs.answer.too_many_files',
      params: { max: FILES_PER_QUESTION_MAX },
    });
  }
  return problems.length ? { problems } : { value: [...files.values()], problems };
}

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

function readTeam(raw: unknown, maxMembers: number): Read {
  if (!Array.isArray(raw)) return fail('programs.answer.invalid');
  const members: TTeamMember[] = [];
  const problems: Problem[] = [];
  for (const [index, row] of raw.entries()) {
    if (!isRecord(row)) return fail('programs.answer.invalid');
    const field = (v: unknown) =>
      typeof v === 'string' ? cleanUserText(v).replace(/\s+/g, ' ') : '';
    const [name, role, email] = [field(row.name), field(row.role), field(row.email)];
    // A form keeps a few empty rows to fill in; they are not members.
    if (!name && !role && !email) continue;
    const member = index + 1;
    if (!name) problems.push({ code: 'programs.answer.member_name_required', params: { member } });
    if (userLength(name) > MEMBER_FIELD_MAX || userLength(role) > MEMBER_FIELD_MAX) {
      problems.push({
        code: 'programs.answer.member_too_long',
        params: { member, max: MEMBER_FIELD_MAX },
      });
    }
    if (email && (email.length > EMAIL_MAX || !EMAIL.test(email))) {
      problems.push({ code: 'programs.answer.member_email', params: { member } });
    }
    members.push(email ? { name, role, email } : { name, role });
  }
  if (members.length > maxMembers) {
    problems.unshift({ code: 'programs.answer.too_many_members', params: { max: maxMembers } });
  }
  if (problems.length) return { problems };
  return members.length ? { value: members, problems } : empty;
}
