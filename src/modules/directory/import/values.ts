// Cell text → the values ZOrganizationFields validates: kinds, stages, sectors and certificates
// given as our codes or as their Vietnamese or English names; dates as dd/mm/yyyy, ISO or Excel
// serial numbers; tax codes and phone numbers whose leading zero a spreadsheet dropped.
// The catalog first: headers and values are recognised by their names in both languages.
import '../i18n';
import { translator, type MessageKey, type Translate } from '../../../platform/i18n';
import type { FieldMessage } from '../../../platform/errors';
import { searchKey } from '../../../platform/text/vietnamese';
import { VSIC_SECTIONS } from '../domain/taxonomy';
import { CERTIFICATION, type Choice } from '../fields/choices';
import { fieldSpec } from '../organization-fields';
import type { AnyImportField, ColumnMapping, ImportField } from './columns';

/** Names are recognised in both languages, whatever the importer's own. */
const BOTH = [translator('vi'), translator('en')];

export type Vocabulary = Map<string, string>;

/**
 * Codes found by the code itself, its names in both languages (a choice's, or the catalog's
 * `<prefix><code>`), or aliases.
 */
export function vocabulary(
  codes: readonly string[],
  names: Pick<Choice, 'label'> | string | undefined,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): Vocabulary {
  const label =
    typeof names === 'string'
      ? (t: Translate, code: string) => t(`${names}${code}` as MessageKey)
      : names?.label;
  const map: Vocabulary = new Map();
  const add = (name: string, code: string) => {
    for (const key of [searchKey(name), searchKey(name.replace(/\([^)]*\)/g, ' '))])
      if (key && !map.has(key)) map.set(key, code);
  };
  for (const code of codes) {
    add(code, code);
    if (label) for (const t of BOTH) add(label(t, code), code);
    for (const alias of aliases[code] ?? []) add(alias, code);
  }
  return map;
}

const built = new Map<Choice, Vocabulary>();
/** The words a choice's cells may use, built the first time a sheet needs them. */
function wordsOf(choice: Choice): Vocabulary {
  let words = built.get(choice);
  if (!words) {
    words = vocabulary(choice.codes, choice, choice.aliases);
    built.set(choice, words);
  }
  return words;
}

/** Certificates, and the flag a sheet may name although it is computed, never stored. */
const CERTIFICATION_WORDS: Choice = {
  ...CERTIFICATION,
  codes: [...CERTIFICATION.codes, 'innovative_startup'],
};

export type ValueError = { field: AnyImportField; message: FieldMessage };

export const unknownValue = (field: AnyImportField, value: string): ValueError => ({
  field,
  message: { key: 'directory.import.error.unknownValue', params: { value } },
});

/** One word from a vocabulary: the whole cell, e.g. "Ươm tạo", "uom_tao" or "Incubation". */
export function oneOf(
  words: Vocabulary,
  field: AnyImportField,
  cell: string,
  errors: ValueError[],
) {
  const code = words.get(searchKey(cell));
  if (!code) errors.push(unknownValue(field, cell));
  return code;
}

/**
 * Several words separated by ";", "|" or line breaks, or by commas when no name is itself
 * written with a comma ("Năng lượng, môi trường" is one sector): the longest match wins.
 */
export function manyOf(
  words: Vocabulary,
  field: AnyImportField,
  cell: string,
  errors: ValueError[],
) {
  const codes: string[] = [];
  for (const part of cell.split(/[;|\n]/)) {
    const pieces = part.split(',').map((p) => p.trim());
    let i = 0;
    while (i < pieces.length) {
      if (!pieces[i]) {
        i++;
        continue;
      }
      let matched = false;
      for (let j = pieces.length; j > i; j--) {
        const code = words.get(searchKey(pieces.slice(i, j).join(', ')));
        if (code) {
          if (!codes.includes(code)) codes.push(code);
          i = j;
          matched = true;
          break;
        }
      }
      if (!matched) {
        errors.push(unknownValue(field, pieces[i]!));
        return undefined;
      }
    }
  }
  return codes;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** yyyy-mm-dd from an Excel serial day number (1900 date system). */
export function excelSerialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** dd/mm/yyyy, d.m.yyyy, dd-mm-yyyy, ISO (with or without a time) or an Excel serial. */
export function normaliseDate(cell: string): string {
  const s = cell.trim().replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[AP]M)?Z?$/i, '');
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const serial = Number(s);
    if (serial >= 10_000 && serial <= 80_000) return excelSerialToIso(serial);
  }
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (dmy) return `${dmy[1]}/${dmy[2]}/${dmy[3]}`;
  const ymd = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(s);
  if (ymd) return `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}`;
  return s;
}

/** A spreadsheet stored the code as a number and lost its leading zero (Hà Nội is 01…). */
export function normaliseTaxCode(cell: string): string {
  const s = cell.trim();
  if (/^\d{9}$/.test(s) || /^\d{11}$/.test(s)) return `0${s}`;
  if (/^\d{9}-\d{3}$/.test(s)) return `0${s}`;
  return s;
}

export function normalisePhone(cell: string): string {
  const s = cell.trim();
  if (/^[35789]\d{8}$/.test(s) || /^2\d{9}$/.test(s)) return `0${s}`;
  return s;
}

export function normaliseWebsite(cell: string): string {
  const s = cell.trim();
  if (/^https?:\/\//i.test(s)) return s;
  if (/^(www\.)?[\p{L}\d-]+(\.[\p{L}\d-]+)+(\/\S*)?$/u.test(s)) return `https://${s}`;
  return s;
}

function normaliseCount(cell: string): string {
  const s = cell.trim();
  return /^\d{1,3}([.,\s]\d{3})+$/.test(s) ? s.replace(/[.,\s]/g, '') : s;
}

/** The apostrophe spreadsheets use to keep a value as text, or that our exports put before "=". */
export const unguard = (cell: string) => cell.replace(/^'(?=[\d=+\-@])/, '');

/** Turns one non-empty cell into the value the record's contract validates; undefined on error. */
export type CellConverter = (field: AnyImportField, cell: string, errors: ValueError[]) => unknown;

/** Cells of fields whose reading is their own; every other field is read by its type. */
const OWN_READING: Partial<Record<ImportField, CellConverter>> = {
  certifications: (field, cell, errors) => {
    // "Innovative startup" is computed from the first registration date, never stored.
    const codes = manyOf(wordsOf(CERTIFICATION_WORDS), field, cell, errors);
    return codes?.filter((c) => c !== 'innovative_startup');
  },
  vsicSections: (field, cell, errors) => {
    // "C; J", "C, J" or "C - Công nghiệp chế biến, chế tạo" (a section with its name).
    const sections: string[] = [];
    for (const part of cell.split(/[;|\n]/)) {
      if (!part.trim()) continue;
      const named = /^\s*([A-Za-z])\s*[-–:.]/.exec(part);
      const letters = named
        ? [named[1]!]
        : part
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean);
      for (const raw of letters) {
        const letter = raw.toUpperCase();
        if (!VSIC_SECTIONS.includes(letter)) {
          errors.push(unknownValue(field, raw));
          return undefined;
        }
        if (!sections.includes(letter)) sections.push(letter);
      }
    }
    return sections;
  },
};

/** The ZOrganizationFields value of one non-empty cell, or undefined with an error. */
export const cellValue: CellConverter = (field, cell, errors) => {
  const own = OWN_READING[field as ImportField];
  if (own) return own(field, cell, errors);
  const spec = fieldSpec(field as ImportField);
  switch (spec.type) {
    case 'choice':
      return spec.choice!.aliases ? oneOf(wordsOf(spec.choice!), field, cell, errors) : cell;
    case 'choices':
      return manyOf(wordsOf(spec.choice!), field, cell, errors);
    case 'date':
      return normaliseDate(cell);
    case 'taxCode':
      return normaliseTaxCode(cell);
    case 'phone':
      return normalisePhone(cell);
    case 'url':
      return normaliseWebsite(cell);
    case 'whole':
      return normaliseCount(cell);
    case 'email':
      return cell.trim();
    default:
      return cell;
  }
};

export interface MappedRow {
  /** The row number people see in their spreadsheet (the header is row 1 unless preceded). */
  line: number;
  /** Values of the non-empty cells of mapped columns, ready for the record's contract. */
  values: Partial<Record<AnyImportField, unknown>>;
  /** The cell texts, for the error report. */
  cells: Partial<Record<AnyImportField, string>>;
  errors: ValueError[];
}

/** Reads one row through the column mapping; empty cells are left out (they change nothing). */
export function mapRow(
  mapping: ColumnMapping[],
  line: number,
  cells: string[],
  convert: CellConverter = cellValue,
): MappedRow {
  const row: MappedRow = { line, values: {}, cells: {}, errors: [] };
  for (const column of mapping) {
    if (!column.field || column.ignored) continue;
    const cell = unguard((cells[column.index] ?? '').normalize('NFC').trim());
    if (!cell) continue;
    row.cells[column.field] = cell;
    const value = convert(column.field, cell, row.errors);
    if (value !== undefined) row.values[column.field] = value;
  }
  return row;
}
