// The legal document form as posted, read into the command's input, and a document as the form
// shows it.
import { parseCalendarDay } from '../../../platform/i18n/vn-time';
import {
  formString,
  formStrings,
  postedFiles,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import type { TLegalFieldsInput } from '../contracts';
import type { LegalRow } from '../db/legal.repository';
import { LEGAL_RELATIONS, type LegalRelation } from '../domain/legal-document';
import type { LegalInput, RelatedDocumentNumbers } from './save-legal';

export const LEGAL_TEXT_FIELDS = [
  'number',
  'docType',
  'issuer',
  'issuedOn',
  'effectiveOn',
  'legalStatus',
  'titleVi',
  'titleEn',
  'summaryVi',
  'summaryEn',
  'sourceUrl',
] as const;

export interface LegalFormState {
  values: FormValues;
  sectors: string[];
}

const lines = (typed: string) =>
  typed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** A day typed as dd/mm/yyyy or sent by a date control (yyyy-mm-dd); kept as typed if unreadable. */
const day = (typed: string) =>
  typed.trim() === '' ? undefined : (parseCalendarDay(typed) ?? typed);

export async function readLegalForm(
  body: FormBody,
): Promise<{ input: LegalInput; state: LegalFormState }> {
  const values: FormValues = {};
  for (const f of [...LEGAL_TEXT_FIELDS, ...LEGAL_RELATIONS]) values[f] = formString(body, f);
  const sectors = formStrings(body, 'sectors');
  const fields = {
    ...values,
    issuedOn: day(values.issuedOn ?? '') ?? '',
    effectiveOn: day(values.effectiveOn ?? ''),
    legalStatus: values.legalStatus || undefined,
    sectors,
  } as TLegalFieldsInput;
  const relations = Object.fromEntries(
    LEGAL_RELATIONS.map((k) => [k, lines(values[k] ?? '')]),
  ) as Record<LegalRelation, string[]>;
  const [file] = await postedFiles(body, 'file');
  const removeFile = formString(body, 'fileRemove') === '1';
  return { input: { fields, relations, file, removeFile }, state: { values, sectors } };
}

export function legalFormState(doc: LegalRow, related: RelatedDocumentNumbers): LegalFormState {
  const values: FormValues = {};
  for (const f of LEGAL_TEXT_FIELDS) values[f] = String(doc[f] ?? '');
  for (const k of LEGAL_RELATIONS) values[k] = (related[k] ?? []).join('\n');
  return { values, sectors: doc.sectors };
}
