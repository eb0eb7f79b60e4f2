// Which field each column of an imported sheet holds. Headers are matched on their search key
// (no marks, đ→d, lower case), so "Mã số thuế", "MA SO THUE" and "ma so thue" agree, in NFC or
// NFD; a hint in brackets or a star ("Ngày thành lập (dd/mm/yyyy)", "Tên *") is ignored. Each
// kind of record (organisations, people) has its own set of columns.
// The catalog first: headers and values are recognised by their names in both languages.
import '../i18n';
import { translate, type MessageKey } from '../../../platform/i18n';
import { searchKey } from '../../../platform/text/vietnamese';
import { IMPORT_FIELDS, type ImportField } from '../organization-fields';
import type { PersonImportField } from './people-columns';

/** What an imported file holds. */
export const IMPORT_SUBJECTS = ['organizations', 'people'] as const;
export type ImportSubject = (typeof IMPORT_SUBJECTS)[number];

export { IMPORT_FIELDS, type ImportField };

/** A field of either kind of record. */
export type AnyImportField = ImportField | PersonImportField;

/** Names of the columns organisations and people share. */
export const CONTACT_ALIASES = {
  provinceCode: [
    'Tỉnh',
    'Tỉnh/Thành phố',
    'Tỉnh, thành phố',
    'Tỉnh thành',
    'Tỉnh/TP',
    'Thành phố',
    'Địa phương',
    'Province',
    'Province/City',
    'City',
  ],
  website: ['Website', 'Trang web', 'Web', 'URL'],
  email: ['Email', 'E-mail', 'Thư điện tử', 'Mail'],
  phone: ['Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'Phone', 'Telephone', 'Tel'],
  externalId: [
    'Mã tham chiếu',
    'Mã nội bộ',
    'Mã hồ sơ',
    'Mã',
    'ID',
    'External ID',
    'Reference',
    'Ref',
  ],
};

/**
 * Other names seen in real spreadsheets, besides the catalog's Vietnamese and English headers
 * and the field's own name (a new field needs none).
 */
const ORGANIZATION_ALIASES: Partial<Record<ImportField, string[]>> = {
  legalName: [
    'Tên',
    'Tên tổ chức',
    'Tên đơn vị',
    'Tên công ty',
    'Tên đầy đủ',
    'Tên pháp lý',
    'Tên doanh nghiệp đầy đủ',
    'Name',
    'Organisation',
    'Organization',
    'Organisation name',
    'Organization name',
    'Company',
    'Company name',
    'Full name',
  ],
  shortName: [
    'Tên viết tắt',
    'Tên giao dịch',
    'Tên ngắn',
    'Tên thương mại',
    'Short name',
    'Abbreviation',
    'Trading name',
    'Brand',
  ],
  taxCode: [
    'MST',
    'Mã số thuế',
    'Mã số doanh nghiệp',
    'Mã doanh nghiệp',
    'Tax code',
    'Tax ID',
    'Tax number',
    'Enterprise code',
  ],
  kind: [
    'Loại hình',
    'Loại hình tổ chức',
    'Loại hình doanh nghiệp',
    'Loại',
    'Type',
    'Kind',
    'Organisation type',
    'Organization type',
  ],
  provinceCode: CONTACT_ALIASES.provinceCode,
  address: ['Địa chỉ', 'Địa chỉ trụ sở', 'Trụ sở', 'Address', 'Head office'],
  firstRegisteredOn: [
    'Ngày đăng ký lần đầu',
    'Ngày đăng ký kinh doanh',
    'Ngày đăng ký kinh doanh lần đầu',
    'Ngày cấp đăng ký kinh doanh',
    'Ngày thành lập',
    'Ngày cấp',
    'First registration',
    'First registration date',
    'First registered on',
    'Date of first registration',
    'Registration date',
    'Founded',
    'Founded on',
  ],
  sectors: [
    'Lĩnh vực',
    'Lĩnh vực hoạt động',
    'Lĩnh vực ưu tiên',
    'Ngành',
    'Sector',
    'Sectors',
    'Industry',
  ],
  vsicSections: ['VSIC', 'Ngành VSIC', 'Mã ngành VSIC', 'VSIC section', 'VSIC sections'],
  stage: ['Giai đoạn', 'Giai đoạn phát triển', 'Stage', 'Development stage'],
  teamSize: [
    'Quy mô nhân sự',
    'Số nhân sự',
    'Số nhân viên',
    'Số lao động',
    'Team size',
    'Employees',
  ],
  website: [...CONTACT_ALIASES.website, 'Trang thông tin điện tử'],
  email: CONTACT_ALIASES.email,
  phone: CONTACT_ALIASES.phone,
  descriptionVi: [
    'Mô tả',
    'Giới thiệu',
    'Mô tả tiếng Việt',
    'Mô tả (tiếng Việt)',
    'Description',
    'Description (Vietnamese)',
    'Vietnamese description',
  ],
  descriptionEn: [
    'Mô tả tiếng Anh',
    'Mô tả (tiếng Anh)',
    'Giới thiệu tiếng Anh',
    'Description (English)',
    'English description',
  ],
  products: [
    'Sản phẩm',
    'Sản phẩm, dịch vụ',
    'Sản phẩm dịch vụ',
    'Products',
    'Products and services',
  ],
  certifications: ['Chứng nhận', 'Danh hiệu', 'Certifications', 'Certificates'],
  capitalRaisedVnd: [
    'Vốn đã huy động',
    'Vốn huy động',
    'Vốn đã huy động (đồng)',
    'Capital raised',
    'Capital raised (VND)',
    'Funding raised',
  ],
  status: ['Trạng thái', 'Tình trạng', 'Tình trạng hoạt động', 'Status'],
  externalId: CONTACT_ALIASES.externalId,
};

/** Columns that carry nothing to import: row numbers, and what the staff export adds. */
const KNOWN_IGNORED = new Set(
  [
    'STT',
    'TT',
    'No',
    'Số thứ tự',
    ...(
      [
        'directory.export.col.innovative',
        'directory.export.col.verified',
        'directory.export.col.profile',
        'directory.export.col.updatedAt',
      ] as const
    ).flatMap((key) => [translate('vi', key), translate('en', key)]),
  ].map(searchKey),
);

/** The header without a hint in brackets, stars or a trailing colon. */
const bare = (header: string) => searchKey(header.replace(/\([^)]*\)|\[[^\]]*\]|[*:]/g, ' '));

/** The columns of one kind of record, with their names, hints and template examples. */
export interface ColumnSet<F extends AnyImportField = AnyImportField> {
  subject: ImportSubject;
  fields: readonly F[];
  /** The column's name in the user's language: the template's and the staff export's headers. */
  headerKey(field: F): MessageKey;
  hintKey(field: F): MessageKey;
  exampleKey(field: F): MessageKey;
  fieldOfHeader(header: string): F | undefined;
}

/** Catalog keys `<prefix>.field.<f>`, `<prefix>.hint.<f>` and `<prefix>.example.<f>` per field. */
export function columnSet<F extends AnyImportField>(spec: {
  subject: ImportSubject;
  fields: readonly F[];
  prefix: string;
  aliases: Partial<Record<F, string[]>>;
}): ColumnSet<F> {
  const key = (part: string) => (field: F) => `${spec.prefix}.${part}.${field}` as MessageKey;
  const headerKey = key('field');
  const byKey = new Map<string, F>();
  for (const field of spec.fields) {
    const names = [
      translate('vi', headerKey(field)),
      translate('en', headerKey(field)),
      field,
      ...(spec.aliases[field] ?? []),
    ];
    for (const name of names) {
      const k = searchKey(name);
      if (!byKey.has(k)) byKey.set(k, field);
    }
  }
  return {
    subject: spec.subject,
    fields: spec.fields,
    headerKey,
    hintKey: key('hint'),
    exampleKey: key('example'),
    fieldOfHeader: (header) => byKey.get(searchKey(header)) ?? byKey.get(bare(header)),
  };
}

export const ORGANIZATION_COLUMNS = columnSet({
  subject: 'organizations',
  fields: IMPORT_FIELDS,
  prefix: 'directory.import',
  aliases: ORGANIZATION_ALIASES,
});

/** The column's name in the user's language: the headers of the template and the staff export. */
export const fieldHeaderKey = (field: ImportField) => ORGANIZATION_COLUMNS.headerKey(field);

export const fieldOfHeader = (header: string) => ORGANIZATION_COLUMNS.fieldOfHeader(header);

export interface ColumnMapping {
  index: number;
  header: string;
  field?: AnyImportField;
  /** Why a column is not imported. */
  ignored?: 'unknown' | 'duplicate' | 'known' | 'empty';
}

/** The first column naming a field wins; later ones are shown as duplicates and left out. */
export function detectMapping(
  headers: string[],
  columns: ColumnSet = ORGANIZATION_COLUMNS,
): ColumnMapping[] {
  const seen = new Set<AnyImportField>();
  return headers.map((header, index) => {
    if (!header.trim()) return { index, header, ignored: 'empty' };
    const field = columns.fieldOfHeader(header);
    if (!field) {
      return { index, header, ignored: KNOWN_IGNORED.has(bare(header)) ? 'known' : 'unknown' };
    }
    if (seen.has(field)) return { index, header, field, ignored: 'duplicate' };
    seen.add(field);
    return { index, header, field };
  });
}

export const mappedFields = (mapping: ColumnMapping[]) =>
  new Set(mapping.filter((m) => m.field && !m.ignored).map((m) => m.field!));
