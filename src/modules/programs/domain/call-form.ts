import { z } from 'zod';

/**
 * The application form of a call, as staff build it and as it is stored (jsonb) with the call.
 * A submitted application keeps the form version it answered, so a later edit of the form
 * never changes what a reviewer reads.
 */

const localized = (max: number) =>
  z.object({
    vi: z.string().trim().min(1).max(max),
    en: z.string().trim().max(max).default(''),
  });

/** Stable within a call: answers are keyed by it, so it never changes once the call opens. */
const questionId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

const choiceOption = z.object({ value: questionId, label: localized(200) });

/** Shown only when an earlier single or multiple choice question has one of these values. */
const showIf = z.object({ questionId, anyOf: z.array(questionId).min(1) });

const base = {
  id: questionId,
  label: localized(300),
  help: localized(1000).optional(),
  isRequired: z.boolean().default(false),
  showIf: showIf.optional(),
};

export const ATTACHMENT_TYPES = [
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'png',
  'jpeg',
  'mp4',
  'zip',
] as const;
/** Hard ceiling per file, whatever a call asks for; the deadline-surge benchmark sends 1 MB. */
export const ATTACHMENT_MAX_BYTES_CEILING = 25 * 1024 * 1024;

export const ZCallQuestion = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('short_text'),
    maxLength: z.number().int().min(1).max(500).default(200),
  }),
  z.object({
    ...base,
    kind: z.literal('long_text'),
    maxLength: z.number().int().min(1).max(20_000).default(3000),
  }),
  z.object({
    ...base,
    kind: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  /** Whole đồng; VND has no minor unit. */
  z.object({
    ...base,
    kind: z.literal('money_vnd'),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
  }),
  z.object({ ...base, kind: z.literal('date') }),
  z.object({
    ...base,
    kind: z.literal('single_choice'),
    options: z.array(choiceOption).min(2).max(50),
  }),
  z.object({
    ...base,
    kind: z.literal('multiple_choice'),
    options: z.array(choiceOption).min(2).max(50),
    maxChoices: z.number().int().min(1).optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('file'),
    types: z.array(z.enum(ATTACHMENT_TYPES)).min(1),
    maxBytes: z
      .number()
      .int()
      .min(1)
      .max(ATTACHMENT_MAX_BYTES_CEILING)
      .default(10 * 1024 * 1024),
  }),
  /** Members of the applying team: name, role, e-mail; at most `maxMembers`. */
  z.object({
    ...base,
    kind: z.literal('team_members'),
    maxMembers: z.number().int().min(1).max(50).default(10),
  }),
]);
export type TCallQuestion = z.infer<typeof ZCallQuestion>;
export type TQuestionKind = TCallQuestion['kind'];

export const ZCallSection = z.object({
  id: questionId,
  title: localized(200),
  questions: z.array(ZCallQuestion).min(1).max(100),
});

export const ZCallForm = z
  .object({ sections: z.array(ZCallSection).min(1).max(30) })
  .superRefine((form, ctx) => {
    const seen = new Map<string, TCallQuestion>();
    for (const section of form.sections) {
      for (const question of section.questions) {
        if (seen.has(question.id)) {
          ctx.addIssue({
            code: 'custom',
            message: 'programs.form.duplicate_question',
            path: [question.id],
          });
        }
        const condition = question.showIf;
        const source = condition ? seen.get(condition.questionId) : undefined;
        // A condition may only look back at an earlier choice question, so forms cannot loop.
        if (
          condition &&
          (!source || (source.kind !== 'single_choice' && source.kind !== 'multiple_choice'))
        ) {
          ctx.addIssue({
            code: 'custom',
            message: 'programs.form.bad_condition',
            path: [question.id],
          });
        }
        seen.set(question.id, question);
      }
    }
  });
export type TCallForm = z.infer<typeof ZCallForm>;

/** One team member as an applicant enters them. */
export type TTeamMember = { name: string; role: string; email?: string };

/**
 * An answer as stored: text for text and date (ISO yyyy-mm-dd), number for number and money,
 * option values for choices, stored-file references for files, members for teams.
 */
export type TAnswer =
  | string
  | number
  | string[]
  | { fileHash: string; fileName: string; bytes: number }[]
  | TTeamMember[];
export type TAnswers = Record<string, TAnswer>;
