// Descriptions in Vietnamese (and some in English) from sentence templates filled with the
// theme's vocabulary, so the words people search for are in the text.
import type { OrganizationKind } from '../domain/taxonomy';
import type { Rng } from './prng';
import type { Theme } from './words/themes';
import { CONSULTING_FIELDS, COOPERATIVE_PRODUCTS } from './words/organizations';

export interface DescriptionInput {
  kind: OrganizationKind;
  /** The organisation's main theme, and for institutions a second focus. */
  theme: Theme;
  focus: Theme;
  /** What the text calls the organisation ("AgriGo", "Viện …"). */
  name: string;
  provinceName: string;
  year?: number;
  teamSize?: number;
}

export interface Description {
  descriptionVi: string;
  descriptionEn: string | undefined;
  products: string | undefined;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const COMPANY_KINDS: ReadonlySet<OrganizationKind> = new Set([
  'startup',
  'sme',
  'enterprise',
  'cooperative',
]);

function companyText(rng: Rng, d: DescriptionInput): string[] {
  const t = d.theme;
  const [p1, p2] = rng.sample(t.products, 2);
  const verb = rng.pick(['phát triển', 'cung cấp', 'sản xuất', 'xây dựng', 'vận hành']);
  const out = [
    `${d.name} ${verb} ${p1} cho ${rng.pick(t.customers)} trong lĩnh vực ${rng.pick(t.fields)}.`,
    `Giải pháp của chúng tôi giúp ${rng.pick(t.benefits)}.`,
  ];
  if (p2 && rng.chance(0.5)) out.push(`Ngoài ra, doanh nghiệp còn cung cấp ${p2}.`);
  if (d.year && rng.chance(0.6)) {
    out.push(
      d.teamSize
        ? `Thành lập năm ${d.year} tại ${d.provinceName}, hiện có ${d.teamSize} nhân sự.`
        : `Thành lập năm ${d.year} tại ${d.provinceName}.`,
    );
  }
  if (rng.chance(0.4)) {
    out.push(
      rng.pick([
        `Sản phẩm đã có mặt tại ${rng.int(3, 34)} tỉnh, thành phố.`,
        `Định hướng mở rộng sang thị trường ${rng.pick(['Nhật Bản', 'Hàn Quốc', 'Singapore', 'châu Âu', 'Hoa Kỳ', 'ASEAN'])}.`,
        d.kind === 'startup'
          ? `Đã tham gia chương trình ươm tạo và gọi vốn vòng ${rng.pick(['hạt giống', 'tiền Series A', 'Series A'])}.`
          : `Đạt chứng nhận ${rng.pick(['ISO 9001', 'HACCP', 'OCOP 4 sao', 'ISO 14001'])}.`,
        `Đối tác của nhiều ${rng.pick(t.customers)} tại ${d.provinceName} và các tỉnh lân cận.`,
      ]),
    );
  }
  if (rng.chance(0.5)) out.push(`Lĩnh vực: ${rng.sample(t.fields, 2).join(', ')}.`);
  return out;
}

function cooperativeText(rng: Rng, d: DescriptionInput): string[] {
  const products = COOPERATIVE_PRODUCTS[d.theme.id] ?? COOPERATIVE_PRODUCTS.crops!;
  const [p1, p2] = rng.sample(products, 2);
  return [
    `Hợp tác xã với ${rng.int(7, 300)} thành viên, sản xuất ${p1}${p2 ? ` và ${p2}` : ''} theo hướng ${rng.pick(d.theme.fields)}.`,
    `Liên kết tiêu thụ với ${rng.pick(['doanh nghiệp xuất khẩu', 'siêu thị', 'sàn thương mại điện tử', 'nhà máy chế biến'])}; ${rng.pick(['ứng dụng nhật ký điện tử để truy xuất nguồn gốc', 'đạt chuẩn VietGAP', 'có sản phẩm OCOP 3 sao', 'áp dụng cơ giới hoá và tưới tiết kiệm'])}.`,
  ];
}

function institutionText(rng: Rng, d: DescriptionInput): string[] {
  const f1 = rng.pick(d.theme.fields);
  const f2 = rng.pick(d.focus.fields);
  switch (d.kind) {
    case 'incubator':
    case 'accelerator':
      return [
        `${d.name} ${d.kind === 'incubator' ? 'ươm tạo' : 'thúc đẩy, tăng tốc'} các dự án khởi nghiệp đổi mới sáng tạo trong lĩnh vực ${f1} và ${f2}.`,
        `Mỗi năm đồng hành cùng ${rng.int(8, 60)} nhóm khởi nghiệp với cố vấn, không gian làm việc và kết nối nhà đầu tư.`,
      ];
    case 'coworking':
      return [
        `Không gian làm việc chung tại ${d.provinceName} với ${rng.int(40, 400)} chỗ ngồi, phòng họp và sự kiện kết nối cộng đồng khởi nghiệp.`,
        `Cộng đồng thành viên mạnh về ${f1} và ${f2}.`,
      ];
    case 'university':
      return [
        `${d.name} đào tạo kỹ sư, cử nhân và nghiên cứu sinh về ${f1} và ${f2}.`,
        `Trường có vườn ươm khởi nghiệp sinh viên và các nhóm nghiên cứu mạnh về ${rng.pick(d.theme.fields)}.`,
      ];
    case 'research_institute':
      return [
        `${d.name} nghiên cứu, ứng dụng và chuyển giao công nghệ về ${f1}.`,
        `Kết quả nổi bật: ${rng.sample(d.theme.products, 2).join(', ')}.`,
      ];
    case 'tech_transfer_office':
      return [
        `Kết nối kết quả nghiên cứu với doanh nghiệp, hỗ trợ đăng ký sở hữu trí tuệ và chuyển giao công nghệ trong lĩnh vực ${f1} và ${f2}.`,
      ];
    case 'investor':
      return [
        `${d.name} đầu tư vào doanh nghiệp khởi nghiệp giai đoạn ${rng.pick(['hạt giống', 'tiền Series A', 'Series A', 'tăng trưởng'])} trong lĩnh vực ${f1} và ${f2}.`,
        `Mỗi thương vụ từ ${rng.int(1, 10)} đến ${rng.int(15, 100)} tỷ đồng.`,
      ];
    case 'support_org':
      return [
        `Tư vấn ${rng.pick(CONSULTING_FIELDS).toLowerCase()} cho doanh nghiệp khởi nghiệp và doanh nghiệp nhỏ và vừa, đặc biệt trong lĩnh vực ${f1}.`,
      ];
    case 'government_agency':
      return [
        `Cơ quan nhà nước tại ${d.provinceName}: triển khai chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo, ưu tiên ${f1} và ${f2}.`,
      ];
    default:
      return [
        `Tin tức, phóng sự và sự kiện về khởi nghiệp, đổi mới sáng tạo và ${f1} tại Việt Nam.`,
      ];
  }
}

function englishText(rng: Rng, d: DescriptionInput): string {
  const en = d.theme.en;
  if (COMPANY_KINDS.has(d.kind)) {
    return `${d.name} builds ${rng.pick(en.products)} for ${rng.pick(en.customers)} in ${en.field}.`;
  }
  return `${d.name} supports innovation in ${en.field} and ${d.focus.en.field} in ${d.provinceName}.`;
}

export function describeOrganization(rng: Rng, d: DescriptionInput): Description {
  const isCompany = COMPANY_KINDS.has(d.kind);
  const text =
    d.kind === 'cooperative'
      ? cooperativeText(rng, d)
      : isCompany
        ? companyText(rng, d)
        : institutionText(rng, d);
  const vi = text.join(' ');
  return {
    descriptionVi: vi,
    descriptionEn: rng.chance(0.25) ? englishText(rng, d) : undefined,
    products: isCompany ? cap(rng.sample(d.theme.products, rng.int(1, 3)).join(', ')) : undefined,
  };
}
