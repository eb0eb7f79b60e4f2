// Legal names with the legal form each kind of organisation really has: "Công ty Cổ phần …",
// "Công ty TNHH …", "Hợp tác xã …", "Trường Đại học …", "Viện …", "Quỹ …".
import type { OrganizationKind } from '../domain/taxonomy';
import type { Rng } from './prng';
import type { Theme } from './words/themes';
import {
  BRAND_WORDS,
  COMPANY_FORMS,
  CONSULTING_FIELDS,
  COOPERATIVE_LINES,
  FUND_KINDS,
  GOVERNMENT_UNITS,
  INSTITUTE_FIELDS,
  LATIN_SUFFIXES,
  MEDIA_TITLES,
  PLACE_BRANDS,
  REGIONS,
  UNIVERSITY_FIELDS,
  WARDS,
} from './words/organizations';

export interface NamePlace {
  /** "Đà Nẵng" */
  shortName: string;
  /** "Thành phố Đà Nẵng" */
  name: string;
  /** The former province's short name ("Quảng Nam"), which older institutions still carry. */
  formerShortName: string;
}

export interface OrganizationName {
  legalName: string;
  shortName?: string;
  /** Letters for a made-up web domain. */
  brand: string;
}

function vietnameseBrand(rng: Rng): string {
  if (rng.chance(0.35)) return rng.pick(PLACE_BRANDS);
  const [a, b] = rng.sample(BRAND_WORDS, 2);
  return `${a} ${b}`;
}

const latinBrand = (rng: Rng, theme: Theme) =>
  `${rng.pick(theme.brandPrefixes)}${rng.pick(LATIN_SUFFIXES)}`;

const placeOf = (rng: Rng, p: NamePlace) => (rng.chance(0.3) ? p.formerShortName : p.shortName);

function company(rng: Rng, theme: Theme, p: NamePlace, latinShare: number): OrganizationName {
  const form = rng.from(COMPANY_FORMS);
  const line = rng.pick(theme.lines);
  if (rng.chance(latinShare)) {
    const brand = latinBrand(rng, theme);
    return {
      legalName: `${form} ${line} ${brand}`,
      shortName: rng.chance(0.7) ? brand : undefined,
      brand,
    };
  }
  const brand = vietnameseBrand(rng);
  const where = rng.chance(0.15) ? ` ${placeOf(rng, p)}` : '';
  return {
    legalName: `${form} ${line} ${brand}${where}`,
    shortName: rng.chance(0.2)
      ? `${brand} ${rng.pick(['Group', 'JSC', 'Co.', 'Corp'])}`
      : undefined,
    brand,
  };
}

type Namer = (rng: Rng, theme: Theme, p: NamePlace) => OrganizationName;

const NAMERS: Record<OrganizationKind, Namer> = {
  startup: (rng, theme, p) => company(rng, theme, p, 0.45),
  sme: (rng, theme, p) => company(rng, theme, p, 0.1),
  enterprise: (rng, theme, _p) => {
    const brand = vietnameseBrand(rng);
    const line = rng.pick(theme.lines);
    const legalName = rng.pick([
      `Tổng Công ty ${line} ${brand}`,
      `Công ty Cổ phần Tập đoàn ${brand}`,
      `Tập đoàn ${line} ${brand}`,
    ]);
    return { legalName, shortName: rng.chance(0.5) ? `${brand} Group` : undefined, brand };
  },
  cooperative: (rng, theme, p) => {
    const line = rng.pick(COOPERATIVE_LINES[theme.id] ?? COOPERATIVE_LINES.crops!);
    const where = rng.chance(0.6) ? rng.pick(WARDS) : vietnameseBrand(rng);
    const tail = rng.chance(0.3) ? ` ${placeOf(rng, p)}` : '';
    return { legalName: `Hợp tác xã ${line} ${where}${tail}`, brand: `htx ${where}` };
  },
  university: (rng, _theme, p) => {
    const field = rng.pick(UNIVERSITY_FIELDS);
    const where = rng.chance(0.7) ? placeOf(rng, p) : rng.pick(REGIONS);
    const school = rng.chance(0.8) ? 'Trường Đại học' : 'Trường Cao đẳng';
    return { legalName: `${school} ${field} ${where}`, brand: `${field} ${where}` };
  },
  research_institute: (rng, _theme, p) => {
    const field = rng.pick(INSTITUTE_FIELDS);
    const where = rng.chance(0.5) ? rng.pick(REGIONS) : placeOf(rng, p);
    return { legalName: `Viện ${field} ${where}`, brand: `vien ${field}` };
  },
  tech_transfer_office: (rng, _theme, p) => {
    const legalName = rng.pick([
      `Trung tâm Chuyển giao Công nghệ ${vietnameseBrand(rng)}`,
      `Trung tâm Ứng dụng Tiến bộ Khoa học và Công nghệ ${p.shortName}`,
      `Văn phòng Chuyển giao Công nghệ - Trường Đại học ${rng.pick(UNIVERSITY_FIELDS)} ${placeOf(rng, p)}`,
      `Sàn Giao dịch Công nghệ ${p.shortName}`,
    ]);
    return { legalName, brand: `cgcn ${p.shortName}` };
  },
  investor: (rng, theme, p) => {
    const brand = rng.chance(0.5) ? vietnameseBrand(rng) : latinBrand(rng, theme);
    const legalName = rng.pick([
      `Quỹ Đầu tư ${rng.pick(FUND_KINDS)} ${brand}`,
      `Công ty Cổ phần Quản lý Quỹ ${brand}`,
      `${brand} Ventures`,
      `Mạng lưới Nhà đầu tư Thiên thần ${placeOf(rng, p)}`,
      `Quỹ Phát triển Khoa học và Công nghệ ${p.shortName}`,
    ]);
    return { legalName, brand };
  },
  incubator: (rng, theme, p) => {
    const legalName = rng.pick([
      `Vườn ươm Doanh nghiệp ${p.shortName}`,
      `Trung tâm Ươm tạo Doanh nghiệp Công nghệ cao ${placeOf(rng, p)}`,
      `Vườn ươm Khởi nghiệp ${rng.pick(theme.lines)} ${vietnameseBrand(rng)}`,
      `Cơ sở Ươm tạo Công nghệ - Trường Đại học ${rng.pick(UNIVERSITY_FIELDS)} ${placeOf(rng, p)}`,
    ]);
    return { legalName, brand: `uom tao ${p.shortName}` };
  },
  accelerator: (rng, theme, p) => {
    const brand = rng.chance(0.5) ? vietnameseBrand(rng) : latinBrand(rng, theme);
    const legalName = rng.pick([
      `Chương trình Tăng tốc Khởi nghiệp ${brand}`,
      `Công ty Cổ phần Thúc đẩy Kinh doanh ${brand}`,
      `Trung tâm Đổi mới Sáng tạo ${placeOf(rng, p)}`,
    ]);
    return { legalName, brand };
  },
  coworking: (rng, theme) => {
    const brand = rng.chance(0.5) ? vietnameseBrand(rng) : latinBrand(rng, theme);
    const legalName = rng.pick([
      `Không gian Làm việc chung ${brand}`,
      `${brand} Coworking Space`,
      `Công ty TNHH Không gian Sáng tạo ${brand}`,
    ]);
    return { legalName, shortName: rng.chance(0.4) ? `${brand} Coworking` : undefined, brand };
  },
  support_org: (rng, _theme, p) => {
    const brand = vietnameseBrand(rng);
    const legalName = rng.pick([
      `Công ty TNHH Tư vấn ${rng.pick(CONSULTING_FIELDS)} ${brand}`,
      `Hiệp hội Doanh nghiệp ${placeOf(rng, p)}`,
      `Hội Doanh nhân Trẻ ${p.shortName}`,
      `Câu lạc bộ Khởi nghiệp ${brand}`,
      `Công ty Luật TNHH ${brand}`,
    ]);
    return { legalName, brand };
  },
  government_agency: (rng, _theme, p) => ({
    legalName: `${rng.pick(GOVERNMENT_UNITS)} ${p.name}`,
    brand: `so ${p.shortName}`,
  }),
  media: (rng) => {
    const brand = vietnameseBrand(rng);
    const legalName = rng.pick([
      `Tạp chí ${rng.pick(MEDIA_TITLES)} ${brand}`,
      `Công ty Cổ phần Truyền thông ${brand}`,
      `Chuyên trang ${rng.pick(MEDIA_TITLES)} ${brand}`,
    ]);
    return { legalName, brand };
  },
};

export const organizationName = (rng: Rng, kind: OrganizationKind, theme: Theme, p: NamePlace) =>
  NAMERS[kind](rng, theme, p);
