// Which organisation field each column of an imported sheet holds. Headers are matched on their
// search key (no marks, đ→d, lower case), so "Mã số thuế", "MA SO THUE" and "ma so thue" agree,
// in NFC or NFD; a hint in brackets or a star ("Ngày thành lập (dd/mm/yyyy)", "Tên *") is ignored.
import { translate, type MessageKey } from '../../../platform/i18n';
import { searchKey } from '../../../platform/text/vietnamese';

export const IMPORT_FIELDS = [
  'legalName',
  'shortName',
  'taxCode',
  'kind',
  'provinceCode',
  'address',
  'firstRegisteredOn',
  'sectors',
  'vsicSections',
  'stage',
  'teamSize',
  'website',
  'email',
  'phone',
  'descriptionVi',
  'descriptionEn',
  'products',
  'certifications',
  'capitalRaisedVnd',
  'status',
  'externalId',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The column's name in the user's language: the headers of the template and the staff export. */
export const fieldHeaderKey = (field: ImportField) =>
  `directory.import.field.${field}` as MessageKey;

/** Other names seen in real spreadsheets, besides the catalog's Vietnamese and English headers. */
const ALIASES: Record<ImportField, string[]> = {
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
  website: ['Website', 'Trang web', 'Web', 'Trang thông tin điện tử', 'URL'],
  email: ['Email', 'E-mail', 'Thư điện tử', 'Mail'],
  phone: ['Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'Phone', 'Telephone', 'Tel'],
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

/** Columns that carry nothing to import: row numbers, and what the staff export adds. */
const KNOWN_IGNORED = [
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
].map(searchKey);

const byKey = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  const names = [
    translate('vi', fieldHeaderKey(field)),
    translate('en', fieldHeaderKey(field)),
    field,
    ...ALIASES[field],
  ];
  for (const name of names) {
    const key = searchKey(name);
    if (!byKey.has(key)) byKey.set(key, field);
  }
}

/** The header without a hint in brackets, stars or a trailing colon. */
const bare = (header: string) => searchKey(header.replace(/\([^)]*\)|\[[^\]]*\]|[*:]/g, ' '));

export function fieldOfHeader(header: string): ImportField | undefined {
  return byKey.get(searchKey(header)) ?? byKey.get(bare(header));
}

export interface ColumnMapping {
  index: number;
  header: string;
  field?: ImportField;
  /** Why a column is not imported. */
  ignored?: 'unknown' | 'duplicate' | 'known' | 'empty';
}

/** The first column naming a field wins; later ones are shown as duplicates and left out. */
export function detectMapping(headers: string[]): ColumnMapping[] {
  const seen = new Set<ImportField>();
  return headers.map((header, index) => {
    if (!header.trim()) return { index, header, ignored: 'empty' };
    const field = fieldOfHeader(header);
    if (!field) {
      return { index, header, ignored: KNOWN_IGNORED.includes(bare(header)) ? 'known' : 'unknown' };
    }
    if (seen.has(field)) return { index, header, field, ignored: 'duplicate' };
    seen.add(field);
    return { index, header, field };
  });
}

export const mappedFields = (mapping: ColumnMapping[]) =>
  new Set(mapping.filter((m) => m.field && !m.ignored).map((m) => m.field!));
