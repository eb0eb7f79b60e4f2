// The call's application form as the staff page edits it without JavaScript: every section and
// question is a group of controls in one form; buttons add, remove and move them (the page is
// shown again, nothing saved) and "Save" stores the whole form. All values stay text until saved.
import type { FieldErrors } from '../../../../platform/errors';
import {
  ATTACHMENT_MAX_BYTES_CEILING,
  ATTACHMENT_TYPES,
  type TCallForm,
  type TCallQuestion,
} from '../../domain/call-form';
import { formStrings, parseVnd, type FormBody } from '../../../../platform/input/form-values';

export const QUESTION_KINDS = [
  'short_text',
  'long_text',
  'number',
  'money_vnd',
  'date',
  'single_choice',
  'multiple_choice',
  'file',
  'team_members',
] as const satisfies readonly TCallQuestion['kind'][];

const SETTINGS = [
  'maxLength',
  'min',
  'max',
  'options',
  'maxChoices',
  'maxMb',
  'maxMembers',
  'showIfQuestion',
  'showIfValues',
] as const;
const TEXTS = ['id', 'kind', 'labelVi', 'labelEn', 'helpVi', 'helpEn', ...SETTINGS] as const;
type QuestionText = (typeof TEXTS)[number];

export type QuestionDraft = Record<QuestionText, string> & { isRequired: boolean; types: string[] };
export interface SectionDraft {
  id: string;
  titleVi: string;
  titleEn: string;
  questions: QuestionDraft[];
}
export type FormDraft = SectionDraft[];

export const sectionName = (i: number, field: string) => `s${i}.${field}`;
export const questionName = (i: number, j: number, field: string) => `s${i}.q${j}.${field}`;

const MB = 1024 * 1024;

function blankQuestion(id: string): QuestionDraft {
  const q = Object.fromEntries(TEXTS.map((f) => [f, ''])) as Record<QuestionText, string>;
  return { ...q, id, kind: 'short_text', isRequired: false, types: [] };
}

/** The first `prefix<n>` no section or question uses (ids must stay unique in a form). */
function freeId(draft: FormDraft, prefix: string): string {
  const used = new Set(draft.flatMap((s) => [s.id, ...s.questions.map((q) => q.id)]));
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** A new form: one section with one question. */
export const newDraft = (): FormDraft => [
  { id: 'section1', titleVi: '', titleEn: '', questions: [blankQuestion('q1')] },
];

const count = (typed: string | undefined, max: number) =>
  Math.min(max, Math.max(0, /^\d{1,3}$/.test(typed ?? '') ? Number(typed) : 0));

export function readDraft(body: FormBody): FormDraft {
  const first = (name: string) => formStrings(body, name)[0] ?? '';
  const sections: FormDraft = [];
  for (let i = 0; i < count(first('sections'), 30); i++) {
    const questions: QuestionDraft[] = [];
    for (let j = 0; j < count(first(sectionName(i, 'questions')), 100); j++) {
      const q = blankQuestion('');
      for (const f of TEXTS) q[f] = first(questionName(i, j, f));
      q.isRequired = first(questionName(i, j, 'isRequired')) === 'yes';
      q.types = formStrings(body, questionName(i, j, 'types'));
      questions.push(q);
    }
    sections.push({
      id: first(sectionName(i, 'id')),
      titleVi: first(sectionName(i, 'titleVi')),
      titleEn: first(sectionName(i, 'titleEn')),
      questions,
    });
  }
  return sections;
}

const str = (n: number | undefined) => (n === undefined ? '' : String(n));

export function draftOf(form: TCallForm): FormDraft {
  return form.sections.map((s) => ({
    id: s.id,
    titleVi: s.title.vi,
    titleEn: s.title.en,
    questions: s.questions.map((q) => {
      const d = blankQuestion(q.id);
      d.kind = q.kind;
      d.labelVi = q.label.vi;
      d.labelEn = q.label.en;
      d.helpVi = q.help?.vi ?? '';
      d.helpEn = q.help?.en ?? '';
      d.isRequired = q.isRequired;
      d.showIfQuestion = q.showIf?.questionId ?? '';
      d.showIfValues = q.showIf?.anyOf.join(', ') ?? '';
      if (q.kind === 'short_text' || q.kind === 'long_text') d.maxLength = str(q.maxLength);
      if (q.kind === 'number' || q.kind === 'money_vnd') [d.min, d.max] = [str(q.min), str(q.max)];
      if (q.kind === 'single_choice' || q.kind === 'multiple_choice')
        d.options = q.options.map((o) => [o.value, o.label.vi, o.label.en].join(' | ')).join('\n');
      if (q.kind === 'multiple_choice') d.maxChoices = str(q.maxChoices);
      if (q.kind === 'file') [d.types, d.maxMb] = [[...q.types], str(q.maxBytes / MB)];
      if (q.kind === 'team_members') d.maxMembers = str(q.maxMembers);
      return d;
    }),
  }));
}

function move<T>(list: T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return list;
  const out = [...list];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/**
 * The form after one builder button: addSection, removeSection:i, upSection:i, downSection:i,
 * addQuestion:i, removeQuestion:i:j, upQuestion:i:j, downQuestion:i:j. Unknown ones change nothing.
 */
export function applyBuilderOp(draft: FormDraft, op: string): FormDraft {
  const [name, a, b] = op.split(':');
  const i = Number(a);
  const j = Number(b);
  const inSection = (change: (qs: QuestionDraft[]) => QuestionDraft[]) =>
    draft.map((s, k) => (k === i ? { ...s, questions: change(s.questions) } : s));
  switch (name) {
    case 'addSection':
      return [
        ...draft,
        {
          id: freeId(draft, 'section'),
          titleVi: '',
          titleEn: '',
          questions: [blankQuestion(freeId(draft, 'q'))],
        },
      ];
    case 'removeSection':
      return draft.filter((_, k) => k !== i);
    case 'upSection':
      return move(draft, i, -1);
    case 'downSection':
      return move(draft, i, 1);
    case 'addQuestion':
      return inSection((qs) => [...qs, blankQuestion(freeId(draft, 'q'))]);
    case 'removeQuestion':
      return inSection((qs) => qs.filter((_, k) => k !== j));
    case 'upQuestion':
      return inSection((qs) => move(qs, j, -1));
    case 'downQuestion':
      return inSection((qs) => move(qs, j, 1));
    default:
      return draft;
  }
}

/** A number typed in a form ("1,5" or "1.5"); undefined when empty. */
function decimal(typed: string): number | undefined | 'invalid' {
  const s = typed.trim().replace(',', '.');
  if (s === '') return undefined;
  return /^-?\d{1,15}(\.\d{1,6})?$/.test(s) ? Number(s) : 'invalid';
}

const QUESTION_FIELD: Record<string, string> = {
  'label.vi': 'labelVi',
  'label.en': 'labelEn',
  'help.vi': 'helpVi',
  'help.en': 'helpEn',
  maxBytes: 'maxMb',
};

/**
 * The form as the command's input (checked there by ZCallForm), with messages for numbers that
 * could not be read, and the control that shows a message of the command about a path below
 * `form` (e.g. "sections.0.questions.2.label.vi" → "s0.q2.labelVi").
 */
export function formInputOfDraft(draft: FormDraft) {
  const errors: FieldErrors = {};
  const number = (i: number, j: number, field: string, typed: string, scale = 1) => {
    const n = decimal(typed);
    if (n === 'invalid') {
      errors[questionName(i, j, field)] = { key: 'programs.error.number' };
      return undefined;
    }
    return n === undefined ? undefined : Math.round(n * scale * 1e6) / 1e6;
  };
  const sections = draft.map((s, i) => ({
    id: s.id,
    title: { vi: s.titleVi, en: s.titleEn },
    questions: s.questions.map((d, j) => {
      const q: Record<string, unknown> = {
        id: d.id,
        kind: d.kind,
        label: { vi: d.labelVi, en: d.labelEn },
        isRequired: d.isRequired,
      };
      if (d.helpVi.trim() || d.helpEn.trim()) q.help = { vi: d.helpVi, en: d.helpEn };
      if (d.showIfQuestion.trim())
        q.showIf = {
          questionId: d.showIfQuestion.trim(),
          anyOf: d.showIfValues.split(/[,\s]+/).filter(Boolean),
        };
      const set = (field: string, value: number | undefined) => {
        if (value !== undefined) q[field] = value;
      };
      if (d.kind === 'short_text' || d.kind === 'long_text')
        set('maxLength', number(i, j, 'maxLength', d.maxLength));
      if (d.kind === 'number' || d.kind === 'money_vnd') {
        for (const f of ['min', 'max'] as const) {
          const money = d.kind === 'money_vnd' ? parseVnd(d[f]) : undefined;
          if (money === 'invalid') errors[questionName(i, j, f)] = { key: 'programs.error.money' };
          else
            set(
              f,
              d.kind === 'money_vnd'
                ? money === undefined
                  ? undefined
                  : Number(money)
                : number(i, j, f, d[f]),
            );
        }
      }
      if (d.kind === 'single_choice' || d.kind === 'multiple_choice') {
        q.options = d.options
          .split(/\r?\n/)
          .map((line) => line.split('|').map((p) => p.trim()))
          .filter((parts) => parts.some(Boolean))
          .map(([value = '', vi = '', en = '']) => ({ value, label: { vi, en } }));
      }
      if (d.kind === 'multiple_choice') set('maxChoices', number(i, j, 'maxChoices', d.maxChoices));
      if (d.kind === 'file') {
        q.types = d.types;
        set('maxBytes', number(i, j, 'maxMb', d.maxMb, MB));
      }
      if (d.kind === 'team_members') set('maxMembers', number(i, j, 'maxMembers', d.maxMembers));
      return q;
    }),
  }));
  const controlOf = (path: string): string => {
    const parts = path.split('.');
    if (parts[0] !== 'sections') {
      // The form's own checks name a question by its id.
      const at = locate(draft, parts[0] ?? '');
      return at ? questionName(at[0], at[1], 'id') : '_';
    }
    const i = Number(parts[1]);
    if (parts.length === 2 || Number.isNaN(i)) return '_';
    if (parts[2] !== 'questions')
      return sectionName(i, parts[2] === 'title' ? `title${cap(parts[3])}` : (parts[2] ?? 'id'));
    const j = Number(parts[3]);
    if (parts.length === 4 || Number.isNaN(j)) return sectionName(i, 'id');
    const rest = parts.slice(4);
    const key = QUESTION_FIELD[rest.slice(0, 2).join('.')] ?? QUESTION_FIELD[rest[0] ?? ''];
    const field = key ?? (rest[0] === 'showIf' ? 'showIfQuestion' : (rest[0] ?? 'id'));
    return questionName(i, j, field);
  };
  return { input: { sections }, errors, controlOf };
}

const cap = (s: string | undefined) => (s ? s[0]!.toUpperCase() + s.slice(1) : '');

/** Where the last question with this id is, as [section, question]. */
function locate(draft: FormDraft, id: string): [number, number] | undefined {
  let found: [number, number] | undefined;
  draft.forEach((s, i) => s.questions.forEach((q, j) => q.id === id && (found = [i, j])));
  return found;
}

export { ATTACHMENT_TYPES, ATTACHMENT_MAX_BYTES_CEILING };
