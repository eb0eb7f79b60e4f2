// The columns of a sheet of people: their profile fields, and one organisation each (tax code or
// profile address) with the person's role and position there.
import { columnSet, CONTACT_ALIASES } from './columns';

export const PERSON_IMPORT_FIELDS = [
  'fullName',
  'roles',
  'headline',
  'expertise',
  'languages',
  'provinceCode',
  'email',
  'phone',
  'website',
  'bioVi',
  'bioEn',
  'organization',
  'affiliationRole',
  'affiliationTitle',
  'externalId',
] as const;
export type PersonImportField = (typeof PERSON_IMPORT_FIELDS)[number];

/** The columns that describe the link to an organisation, not the person. */
export const AFFILIATION_FIELDS = ['organization', 'affiliationRole', 'affiliationTitle'] as const;

const ALIASES: Record<PersonImportField, string[]> = {
  fullName: [
    'Họ tên',
    'Họ và tên đầy đủ',
    'Tên',
    'Tên cá nhân',
    'Cá nhân',
    'Name',
    'Person',
    'Full name',
  ],
  roles: ['Vai trò', 'Vai trò trong hệ sinh thái', 'Nhóm', 'Role', 'Roles', 'Type'],
  headline: [
    'Chức danh',
    'Giới thiệu ngắn',
    'Mô tả ngắn',
    'Một dòng giới thiệu',
    'Headline',
    'Tagline',
    'Short bio',
  ],
  expertise: [
    'Chuyên môn',
    'Lĩnh vực chuyên môn',
    'Chuyên ngành',
    'Kỹ năng',
    'Expertise',
    'Areas of expertise',
    'Skills',
    'Tags',
  ],
  languages: ['Ngôn ngữ', 'Ngoại ngữ', 'Ngôn ngữ sử dụng', 'Language', 'Languages'],
  provinceCode: [...CONTACT_ALIASES.provinceCode, 'Tỉnh/thành'],
  email: CONTACT_ALIASES.email,
  phone: [...CONTACT_ALIASES.phone, 'Di động', 'Mobile'],
  website: [...CONTACT_ALIASES.website, 'Trang cá nhân', 'Homepage'],
  bioVi: ['Giới thiệu', 'Giới thiệu (tiếng Việt)', 'Tiểu sử', 'Mô tả', 'About', 'Bio', 'Biography'],
  bioEn: [
    'Giới thiệu tiếng Anh',
    'Giới thiệu (tiếng Anh)',
    'Tiểu sử tiếng Anh',
    'Bio (English)',
    'English bio',
    'About (English)',
  ],
  organization: [
    'Tổ chức',
    'Đơn vị',
    'Đơn vị công tác',
    'Nơi công tác',
    'Công ty',
    'Mã số thuế tổ chức',
    'MST tổ chức',
    'Organisation',
    'Organization',
    'Company',
    'Organisation tax code',
  ],
  affiliationRole: [
    'Vai trò tại tổ chức',
    'Vai trò trong tổ chức',
    'Quan hệ với tổ chức',
    'Role at organisation',
    'Role at organization',
  ],
  affiliationTitle: [
    'Chức vụ',
    'Chức vụ tại tổ chức',
    'Vị trí',
    'Vị trí công tác',
    'Position',
    'Job title',
  ],
  externalId: [...CONTACT_ALIASES.externalId, 'Mã cá nhân', 'Mã nhân sự'],
};

export const PEOPLE_COLUMNS = columnSet({
  subject: 'people',
  fields: PERSON_IMPORT_FIELDS,
  prefix: 'directory.importPeople',
  aliases: ALIASES,
});
