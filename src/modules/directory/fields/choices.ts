// The closed lists an organisation's fields choose from: their codes, their names in the user's
// language, and the other names people write in the spreadsheets they import.
import type { MessageKey, Translate } from '../../../platform/i18n';
import { PROVINCES, provinceByCode } from '../domain/provinces';
import {
  CERTIFICATIONS,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  SECTORS,
  STAGES,
  VSIC_SECTIONS,
} from '../domain/taxonomy';

export interface Choice {
  readonly codes: readonly string[];
  /** The code's name: what forms, pages and the staff export show. */
  label(t: Translate, code: string): string;
  /** A shorter name for a page's facts, where there is one. */
  short?(code: string): string;
  /** What the staff export writes when not the name (VSIC letters, which people type). */
  inFile?(t: Translate, code: string): string;
  /**
   * Names an imported cell may use besides the code and its names in both languages. Without
   * them the cell goes to the contract as typed (a province's contract resolves names itself).
   */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** Listed with its names in the open data's dictionary. */
  readonly isListed: boolean;
}

const byKey = (prefix: string) => (t: Translate, code: string) =>
  t(`${prefix}${code}` as MessageKey);

export const KIND: Choice = {
  codes: ORGANIZATION_KINDS,
  label: byKey('directory.kind.'),
  isListed: true,
  aliases: {
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
  },
};

export const STAGE: Choice = {
  codes: STAGES,
  label: byKey('directory.stage.'),
  isListed: true,
  aliases: {
    y_tuong: ['Idea', 'Ideation'],
    tien_uom_tao: ['Pre-incubation', 'Tiền ươm tạo'],
    uom_tao: ['Incubation', 'Ươm tạo'],
    tang_toc: ['Acceleration', 'Tăng tốc'],
    goi_von: ['Fundraising', 'Gọi vốn', 'Seed', 'Series A'],
    mo_rong: ['Scale-up', 'Mở rộng', 'Tăng trưởng', 'Growth'],
  },
};

export const STATUS: Choice = {
  codes: ORGANIZATION_STATUSES,
  label: byKey('directory.form.status.'),
  isListed: true,
  aliases: {
    active: ['Hoạt động', 'Đang hoạt động', 'Active'],
    inactive: ['Tạm ngừng', 'Tạm ngừng hoạt động', 'Ngừng hoạt động', 'Inactive'],
    dissolved: ['Giải thể', 'Đã giải thể', 'Dissolved', 'Closed'],
  },
};

export const PROVINCE: Choice = {
  codes: PROVINCES.map((p) => p.code),
  label: (_t, code) => provinceByCode(code)?.name ?? '',
  short: (code) => provinceByCode(code)?.shortName ?? '',
  isListed: true,
};

export const SECTOR: Choice = {
  codes: SECTORS,
  label: byKey('directory.sector.'),
  isListed: true,
  aliases: {
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
  },
};

export const CERTIFICATION: Choice = {
  codes: CERTIFICATIONS,
  label: byKey('directory.certification.'),
  isListed: true,
  aliases: {
    st_enterprise: ['Doanh nghiệp KH&CN', 'DN KHCN', 'S&T enterprise'],
    high_tech: ['Công nghệ cao', 'High tech'],
    social_enterprise: ['Doanh nghiệp xã hội'],
    iso: ['ISO 9001', 'ISO'],
  },
};

export const VSIC: Choice = {
  codes: VSIC_SECTIONS,
  label: (t, s) => `${s} — ${t(`directory.form.vsic.${s}` as MessageKey)}`,
  inFile: (_t, s) => s,
  isListed: false,
};
