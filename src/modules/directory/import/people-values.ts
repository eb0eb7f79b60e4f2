// Cell text → the values ZPersonFields validates: roles as codes or names in either language,
// languages as codes or names ("Tiếng Anh", "English", "en"), expertise as a list of tags; the
// organisation as a tax code (its lost leading zero put back) or a profile address.
import { PERSON_ROLES } from '../domain/taxonomy';
import { AFFILIATION_ROLES } from '../services/create-person';
import { resolveLanguage } from '../services/person-search-fields';
import {
  manyOf,
  normalisePhone,
  normaliseTaxCode,
  normaliseWebsite,
  oneOf,
  unknownValue,
  vocabulary,
  type CellConverter,
} from './values';

const ROLE_WORDS = vocabulary(PERSON_ROLES, 'directory.role.', {
  founder: ['Sáng lập', 'Đồng sáng lập', 'Co-founder', 'Cofounder', 'Nhà khởi nghiệp'],
  expert: ['Chuyên gia tư vấn', 'Specialist', 'Consultant'],
  mentor: ['Người hướng dẫn', 'Huấn luyện viên', 'Coach', 'Cố vấn khởi nghiệp'],
  investor: ['Đầu tư', 'Nhà đầu tư thiên thần', 'Angel', 'Angel investor', 'VC'],
  researcher: ['Nghiên cứu viên', 'Nhà khoa học', 'Scientist', 'Research'],
});

const AFFILIATION_WORDS = vocabulary(AFFILIATION_ROLES, 'directory.affiliation.', {
  founder: ['Sáng lập', 'Đồng sáng lập', 'Co-founder'],
  executive: ['Lãnh đạo', 'Ban giám đốc', 'Điều hành', 'Management'],
  employee: ['Nhân viên', 'Cán bộ', 'Employee'],
  advisor: ['Tư vấn', 'Chuyên gia', 'Adviser'],
  mentor: ['Cố vấn khởi nghiệp', 'Người hướng dẫn'],
  member: ['Hội viên'],
});

/** Items of a list cell: separated by ";", "|", line breaks or commas. */
const items = (cell: string) =>
  cell
    .split(/[;|\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A profile address pasted whole (…/directory/organizations/<slug>) → its slug. */
const slugOfAddress = (cell: string) =>
  /\/directory\/organizations\/([^/?#\s]+)/.exec(cell)?.[1] ?? cell;

export const personCellValue: CellConverter = (field, cell, errors) => {
  switch (field) {
    case 'roles':
      return manyOf(ROLE_WORDS, field, cell, errors);
    case 'affiliationRole':
      return oneOf(AFFILIATION_WORDS, field, cell, errors);
    case 'languages': {
      const codes: string[] = [];
      for (const item of items(cell)) {
        const code = resolveLanguage(item);
        if (!code) {
          errors.push(unknownValue(field, item));
          return undefined;
        }
        if (!codes.includes(code)) codes.push(code);
      }
      return codes;
    }
    case 'expertise':
      return items(cell);
    case 'organization': {
      const slug = slugOfAddress(cell.trim());
      return /^\d/.test(slug) ? normaliseTaxCode(slug) : slug.toLowerCase();
    }
    case 'phone':
      return normalisePhone(cell);
    case 'website':
      return normaliseWebsite(cell);
    case 'email':
      return cell.trim();
    default:
      return cell;
  }
};
