// Cell text → the values ZOrganizationFields validates: kinds, stages, sectors and certificates
// given as our codes or as their Vietnamese or English names; dates as dd/mm/yyyy, ISO or Excel
// serial numbers; tax codes and phone numbers whose leading zero a spreadsheet dropped.
// The catalog first: headers and values are recognised by their names in both languages.
import '../i18n';
import { translate, type MessageKey } from '../../../platform/i18n';
import type { FieldMessage } from '../../../platform/errors';
import { searchKey } from '../../../platform/text/vietnamese';
import {
  CERTIFICATIONS,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  SECTORS,
  STAGES,
  VSIC_SECTIONS,
} from '../domain/taxonomy';
import type { AnyImportField, ColumnMapping } from './columns';

export type Vocabulary = Map<string, string>;

/** Codes found by the code itself, its labels in both languages (`<labelPrefix><code>`) or aliases. */
export function vocabulary(
  codes: readonly string[],
  labelPrefix: string | undefined,
  aliases: Record<string, string[]> = {},
): Vocabulary {
  const map: Vocabulary = new Map();
  const add = (name: string, code: string) => {
    for (const key of [searchKey(name), searchKey(name.replace(/\([^)]*\)/g, ' '))])
      if (key && !map.has(key)) map.set(key, code);
  };
  for (const code of codes) {
    add(code, code);
    if (labelPrefix) {
      add(translate('vi', `${labelPrefix}${code}` as MessageKey), code);
      add(translate('en', `${labelPrefix}${code}` as MessageKey), code);
    }
    for (const alias of aliases[code] ?? []) add(alias, code);
  }
  return map;
}

const KINDS = vocabulary(ORGANIZATION_KINDS, 'directory.kind.', {
  startup: ['Khởi nghiệp', 'Doanh nghiệp khởi nghiệp sáng tạo', 'Start-up', 'Startup company'],
  sme: ['DNNVV', 'SME', 'Doanh nghiệp nhỏ', 'Doanh nghiệp vừa', 'Doanh nghiệp siêu nhỏ'],
  cooperative: ['HTX', 'Co-op', 'Coop'],
  enterprise: ['Tập đoàn', 'Tổng công ty', 'Corporation', 'Large company'],
  incubator: ['Vườn ươm', 'Ươm tạo', 'Vườn ươm doanh nghiệp'],
  accelerator: ['Thúc đẩy kinh doanh', 'Tổ chức thúc đẩy', 'Tăng tốc khởi nghiệp'],
  coworking: ['Co-working', 'Không gian làm việc chung', 'Không gian sáng tạo'],
  university: ['Đại học', 'Trường đại học', 'Học viện', 'Trường cao đẳng', 'Cao đẳng'],
  research_institute: ['Viện', 'Viện nghiên cứu', 'Research institute', 'Institute'],
  tech_transfer_office: ['Chuyển giao công nghệ', 'TTO'],
  investor: ['Quỹ đầu tư', 'Nhà đầu tư', 'Quỹ', 'Fund', 'Investor', 'VC'],
  support_org: ['Tổ chức hỗ trợ', 'Tư vấn', 'Hiệp hội', 'Association', 'Consulting'],
  government_agency: ['Cơ quan nhà nước', 'Cơ quan quản lý nhà nước', 'Sở', 'Government'],
  media: ['Báo', 'Truyền thông', 'Báo chí', 'Press'],
});
const STAGE_WORDS = vocabulary(STAGES, 'directory.stage.', {
  y_tuong: ['Idea', 'Ideation'],
  tien_uom_tao: ['Pre-incubation', 'Tiền ươm tạo'],
  uom_tao: ['Incubation', 'Ươm tạo'],
  tang_toc: ['Acceleration', 'Tăng tốc'],
  goi_von: ['Fundraising', 'Gọi vốn', 'Seed', 'Series A'],
  mo_rong: ['Scale-up', 'Mở rộng', 'Tăng trưởng', 'Growth'],
});
const SECTOR_WORDS = vocabulary(SECTORS, 'directory.sector.', {
  ai: ['AI', 'Trí tuệ nhân tạo', 'Artificial intelligence'],
  fintech: ['Tài chính', 'Công nghệ tài chính'],
  edtech: ['Giáo dục', 'Công nghệ giáo dục', 'Education'],
  agritech: ['Nông nghiệp', 'Nông nghiệp công nghệ cao', 'Agriculture'],
  healthtech: ['Y tế', 'Y tế số', 'Health', 'Healthcare'],
  'life-science': ['Công nghệ sinh học', 'Khoa học sự sống', 'Biotech', 'Life sciences'],
  creative: ['Công nghiệp văn hoá', 'Công nghiệp sáng tạo', 'Creative industries'],
  'smart-city': ['Đô thị thông minh', 'Thành phố thông minh'],
  ecommerce: ['Thương mại điện tử', 'E-commerce', 'TMĐT'],
  greentech: ['Năng lượng', 'Môi trường', 'Công nghệ xanh', 'Cleantech', 'Energy'],
  semiconductor: ['Bán dẫn', 'Vi mạch', 'Chip', 'Semiconductor'],
  iot: ['IoT', 'Internet of things'],
  blockchain: ['Chuỗi khối'],
  cybersecurity: ['An toàn thông tin', 'An ninh mạng', 'Security'],
  logistics: ['Vận tải', 'Kho vận', 'Logistics'],
  'tourism-tech': ['Du lịch', 'Travel', 'Tourism'],
});
const CERTIFICATION_WORDS = vocabulary(
  [...CERTIFICATIONS, 'innovative_startup'],
  'directory.certification.',
  {
    st_enterprise: ['Doanh nghiệp KH&CN', 'DN KHCN', 'S&T enterprise'],
    high_tech: ['Công nghệ cao', 'High tech'],
    social_enterprise: ['Doanh nghiệp xã hội'],
    iso: ['ISO 9001', 'ISO'],
  },
);
const STATUS_WORDS = vocabulary(ORGANIZATION_STATUSES, 'directory.export.orgStatus.', {
  active: ['Hoạt động', 'Đang hoạt động', 'Active'],
  inactive: ['Tạm ngừng', 'Tạm ngừng hoạt động', 'Ngừng hoạt động', 'Inactive'],
  dissolved: ['Giải thể', 'Đã giải thể', 'Dissolved', 'Closed'],
});

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

/** The ZOrganizationFields value of one non-empty cell, or undefined with an error. */
export const cellValue: CellConverter = (field, cell, errors) => {
  switch (field) {
    case 'kind':
      return oneOf(KINDS, field, cell, errors);
    case 'stage':
      return oneOf(STAGE_WORDS, field, cell, errors);
    case 'status':
      return oneOf(STATUS_WORDS, field, cell, errors);
    case 'sectors':
      return manyOf(SECTOR_WORDS, field, cell, errors);
    case 'certifications': {
      // "Innovative startup" is computed from the first registration date, never stored.
      const codes = manyOf(CERTIFICATION_WORDS, field, cell, errors);
      return codes?.filter((c) => c !== 'innovative_startup');
    }
    case 'vsicSections': {
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
    }
    case 'firstRegisteredOn':
      return normaliseDate(cell);
    case 'taxCode':
      return normaliseTaxCode(cell);
    case 'phone':
      return normalisePhone(cell);
    case 'website':
      return normaliseWebsite(cell);
    case 'teamSize':
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
