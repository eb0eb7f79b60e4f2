// A registrant's answers to the event's questions as people read them: choices by their labels in
// the reader's language, numbers as numbers (for a spreadsheet) or in the locale's format.
import type { Locale } from '../../../platform/i18n';
import type { TAnswers, TCallForm } from '../../programs';

type Question = TCallForm['sections'][number]['questions'][number];

export const inLocale = (locale: Locale, l: { vi: string; en: string }) =>
  locale === 'en' && l.en.trim() ? l.en : l.vi;

export const questionsOf = (form: TCallForm | null): Question[] =>
  form ? form.sections.flatMap((s) => s.questions) : [];

/** One question's answer: a number stays a number; choices become their labels; none is null. */
export function answerValue(
  q: Question,
  answers: TAnswers,
  locale: Locale,
): string | number | null {
  const a = answers[q.id];
  if (a === undefined || a === null) return null;
  if (typeof a === 'number') return a;
  const values = Array.isArray(a) ? a.map(String) : [String(a)];
  if (!('options' in q)) return values.join(', ');
  return q.options
    .filter((o) => values.includes(o.value))
    .map((o) => inLocale(locale, o.label))
    .join(', ');
}
