// An office's existing asset list as it keeps it in a spreadsheet → the assets it holds, or each
// row's problems. Headers are recognised in Vietnamese or English, with or without diacritics;
// a kind or a stage by its Vietnamese or English name or its code; days as dd/mm/yyyy or
// yyyy-mm-dd (or a date cell). A row's reference must be new to the portfolio and to the file.
import type { FieldMessage } from '../../../platform/errors';
import type { SheetRow } from '../../../platform/files/spreadsheet';
import { splitHeader } from '../../../platform/files/table';
import { translator } from '../../../platform/i18n';
import { fieldErrors } from '../../../platform/input/validation';
import { searchKey } from '../../../platform/text/vietnamese';
import { ZIpAssetFields, type TIpAssetFields } from '../contracts';
import { IP_STAGES } from '../domain/ip-asset';
import { IP_KINDS } from '../domain/offer';
import { ipAssetFields } from './ip-forms';

export const IP_SHEET_COLUMNS = [
  'reference',
  'title',
  'ipKind',
  'stage',
  'disclosedOn',
  'filingNumber',
  'filedOn',
  'jurisdiction',
  'grantNumber',
  'grantedOn',
  'expiresOn',
  'coOwners',
  'isStateFunded',
  'inventors',
  'notes',
] as const;
export type IpSheetColumn = (typeof IP_SHEET_COLUMNS)[number];

const HEADERS: Record<IpSheetColumn, string[]> = {
  reference: ['ma', 'ma noi bo', 'ma tai san', 'reference', 'ref'],
  title: ['ten', 'ten tai san', 'ten sang che', 'ten goi', 'title', 'name'],
  ipKind: ['loai', 'loai tai san', 'loai hinh', 'kind', 'type'],
  stage: ['giai doan', 'tinh trang', 'trang thai', 'stage', 'status'],
  disclosedOn: ['ngay cong bo', 'ngay cong bo noi bo', 'disclosed', 'disclosed on'],
  filingNumber: ['so don', 'application number', 'filing number'],
  filedOn: ['ngay nop don', 'ngay nop', 'filed', 'filed on', 'filing date'],
  jurisdiction: ['noi nop don', 'noi nop', 'quoc gia', 'jurisdiction', 'country'],
  grantNumber: ['so bang', 'so van bang', 'grant number', 'patent number'],
  grantedOn: ['ngay cap', 'ngay cap bang', 'granted', 'granted on', 'grant date'],
  expiresOn: ['het han', 'ngay het han', 'het han bao ho', 'expires', 'expires on', 'expiry'],
  coOwners: ['dong chu so huu', 'co-owners', 'co owners', 'coowners'],
  isStateFunded: ['ngan sach nha nuoc', 'nsnn', 'state funded', 'state-funded'],
  inventors: ['tac gia', 'nha sang che', 'inventors'],
  notes: ['ghi chu', 'notes', 'note'],
};

export interface SheetAsset {
  line: number;
  fields: TIpAssetFields;
}

export interface IpRowProblem {
  line: number;
  column: IpSheetColumn;
  message: FieldMessage;
}

export type IpSheetReading =
  | { ok: true; assets: SheetAsset[]; problems: IpRowProblem[] }
  | { ok: false; missing: IpSheetColumn[] };

function columnsOf(header: string[]): Map<IpSheetColumn, number> {
  const found = new Map<IpSheetColumn, number>();
  header.forEach((h, i) => {
    const key = searchKey(h).replace(/\s*\(.*\)$/, '');
    const column = IP_SHEET_COLUMNS.find((c) => HEADERS[c].includes(key));
    if (column && !found.has(column)) found.set(column, i);
  });
  return found;
}

/** A choice typed as its code or its name in either language. */
function chooser(codes: readonly string[], label: (code: string) => string[]) {
  const byKey = new Map<string, string>();
  for (const code of codes)
    for (const name of [code, ...label(code)]) byKey.set(searchKey(name), code);
  return (typed: string) => byKey.get(searchKey(typed)) ?? typed;
}

const names = (key: (code: string) => string) => (code: string) => [
  translator('vi')(key(code) as never),
  translator('en')(key(code) as never),
];
// Built on first use: the catalogs are complete only once every module has loaded.
let choosers: { kindOf: (typed: string) => string; stageOf: (typed: string) => string };
const choose = () =>
  (choosers ??= {
    kindOf: chooser(
      IP_KINDS,
      names((c) => `marketplace.ipKind.${c}`),
    ),
    stageOf: chooser(
      IP_STAGES,
      names((c) => `marketplace.ip.stage.${c}`),
    ),
  });
const YES = new Set(['x', 'co', 'yes', 'true', '1', 'nsnn']);

function readRow(line: number, cell: (c: IpSheetColumn) => string) {
  const fields = ipAssetFields((name) => {
    if (name === 'ipKind') return choose().kindOf(cell('ipKind'));
    if (name === 'stage') return choose().stageOf(cell('stage'));
    if (name === 'isStateFunded') return YES.has(searchKey(cell('isStateFunded'))) ? 'yes' : '';
    return (IP_SHEET_COLUMNS as readonly string[]).includes(name)
      ? cell(name as IpSheetColumn)
      : '';
  });
  const parsed = ZIpAssetFields.safeParse(fields);
  if (parsed.success) return { asset: { line, fields: parsed.data }, problems: [] };
  const problems = Object.entries(fieldErrors(parsed.error)).map(([field, message]) => ({
    line,
    column: (IP_SHEET_COLUMNS.find((c) => field.startsWith(c)) ?? 'title') as IpSheetColumn,
    message,
  }));
  return { problems };
}

/** Checks every row against the schema, the sheet itself and the portfolio's references. */
export function readIpAssetSheet(
  rows: SheetRow[],
  existingRefs: ReadonlySet<string>,
): IpSheetReading {
  const { header, rows: data } = splitHeader(rows);
  const columns = columnsOf(header?.cells ?? []);
  const missing = (['title', 'ipKind', 'stage'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) return { ok: false, missing };
  const assets: SheetAsset[] = [];
  const problems: IpRowProblem[] = [];
  const seen = new Set<string>();
  for (const row of data) {
    const cell = (c: IpSheetColumn) => {
      const at = columns.get(c);
      return at === undefined ? '' : (row.cells[at] ?? '').normalize('NFC').trim();
    };
    const read = readRow(row.line, cell);
    problems.push(...read.problems);
    const ref = cell('reference');
    if (ref && (existingRefs.has(ref) || seen.has(ref)))
      problems.push({
        line: row.line,
        column: 'reference',
        message: { key: 'marketplace.ip.import.error.referenceTaken', params: { value: ref } },
      });
    if (ref) seen.add(ref);
    if (read.asset) assets.push(read.asset);
  }
  if (assets.length === 0 && problems.length === 0)
    problems.push({
      line: header?.line ?? 1,
      column: 'title',
      message: { key: 'marketplace.ip.import.error.noRows' },
    });
  return { ok: true, assets, problems };
}
