// The programme form: what it shows for a stored programme, and what a post of it means.
import type { FieldErrors } from '../../../../platform/errors';
import { formatNumber } from '../../../../platform/i18n';
import type { TProgrammeFieldsInput } from '../../contracts';
import type { ProgrammeRow } from '../../db/programmes.repository';
import {
  parseVnd,
  parseWhole,
  pipeLines,
  type FormValues,
} from '../../../../platform/input/form-values';

export const TEXT_FIELDS = [
  'titleVi',
  'titleEn',
  'summaryVi',
  'summaryEn',
  'goalsVi',
  'goalsEn',
  'benefitsVi',
  'benefitsEn',
  'eligibilityVi',
  'eligibilityEn',
] as const;

/** Blank FAQ rows offered under the filled ones: enough to add a few without JavaScript. */
export const BLANK_FAQ_ROWS = 3;
const FAQ_ROW = /^faq\.(\d{1,2})\.(question|answer)\.(vi|en)$/;

/** How many FAQ rows a form shows: the filled ones, then blank ones. */
export function faqRowCount(values: FormValues): number {
  let last = -1;
  for (const [k, v] of Object.entries(values)) {
    const m = FAQ_ROW.exec(k);
    if (m && v.trim()) last = Math.max(last, Number(m[1]));
  }
  return last + 1 + BLANK_FAQ_ROWS;
}

const joinLocalized = (l: { vi: string; en: string }, ...more: string[]) =>
  [l.vi, l.en, ...more].filter((s, i) => i < 2 || s).join(' | ');

export function programmeFormValues(row: ProgrammeRow, postingSlug = ''): FormValues {
  const values: FormValues = {
    slug: row.slug,
    kind: row.kind,
    fundingCapVnd: row.fundingCapVnd === null ? '' : formatNumber(row.fundingCapVnd, 'vi'),
    maxDurationMonths: row.maxDurationMonths === null ? '' : String(row.maxDurationMonths),
    categories: row.categories.map((c) => joinLocalized(c)).join('\n'),
    prizes: row.prizes.map((p) => joinLocalized(p.title, p.amountVnd ?? '')).join('\n'),
    postingOrganization: postingSlug,
  };
  for (const f of TEXT_FIELDS) values[f] = row[f];
  row.faq.forEach((entry, i) => {
    for (const part of ['question', 'answer'] as const) {
      for (const lang of ['vi', 'en'] as const)
        values[`faq.${i}.${part}.${lang}`] = entry[part][lang];
    }
  });
  return values;
}

/**
 * The command's input from the form, with messages for what could not even be read (money,
 * months). `postingOrganizationId` is resolved by the caller. Error paths of the command map
 * back to controls through `controlOf`.
 */
export function programmeInputFromForm(values: FormValues) {
  const errors: FieldErrors = {};
  const cap = parseVnd(values.fundingCapVnd ?? '');
  if (cap === 'invalid') errors.fundingCapVnd = { key: 'programs.error.money' };
  const months = parseWhole(values.maxDurationMonths ?? '');
  if (months === 'invalid') errors.maxDurationMonths = { key: 'programs.error.wholeNumber' };
  const faqRows: number[] = [];
  const faq: NonNullable<TProgrammeFieldsInput['faq']> = [];
  for (let i = 0; i < 60; i++) {
    const v = (part: string, lang: string) => values[`faq.${i}.${part}.${lang}`] ?? '';
    const texts = [v('question', 'vi'), v('question', 'en'), v('answer', 'vi'), v('answer', 'en')];
    if (!texts.some((s) => s.trim())) continue;
    faqRows.push(i);
    faq.push({
      question: { vi: texts[0]!, en: texts[1]! },
      answer: { vi: texts[2]!, en: texts[3]! },
    });
  }
  const prizes = pipeLines(values.prizes ?? '').map(([vi = '', en = '', amount = '']) => {
    const vnd = parseVnd(amount);
    if (vnd === 'invalid') errors.prizes = { key: 'programs.error.prizeAmount' };
    return {
      title: { vi, en },
      amountVnd: typeof vnd === 'bigint' ? vnd.toString() : undefined,
    };
  });
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, values[f] ?? '']));
  const input = {
    ...text,
    slug: values.slug?.trim() || undefined,
    kind: values.kind,
    faq,
    fundingCapVnd: typeof cap === 'bigint' ? cap : undefined,
    maxDurationMonths: typeof months === 'number' ? months : undefined,
    categories: pipeLines(values.categories ?? '').map(([vi = '', en = '']) => ({ vi, en })),
    prizes,
  } as TProgrammeFieldsInput;
  /** The control showing a message of the command about `path`. */
  const controlOf = (path: string): string => {
    const [head, index, ...rest] = path.split('.');
    if (head === 'faq' && index !== undefined)
      return ['faq', faqRows[Number(index)] ?? 0, ...rest].join('.');
    if (head === 'categories' || head === 'prizes') return head;
    if (head === 'postingOrganizationId') return 'postingOrganization';
    return path;
  };
  return { input, errors, controlOf };
}
