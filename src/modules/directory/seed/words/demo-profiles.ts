// Hand-written profiles of the demo directory: the demo accounts' two organisations (names as in
// the identity demo), and one clear example of each thing a visitor might try first.
import type { TOrganizationFields } from '../../contracts';
import type { AffiliationRole, PersonFields } from '../generate-person';

export type CuratedOrganization = Pick<TOrganizationFields, 'kind' | 'legalName'> &
  Partial<Omit<TOrganizationFields, 'taxCode'>> & {
    themeId: string;
    /** Two-digit prefix of a generated tax code; none when absent. */
    taxPrefix?: string;
    verified?: boolean;
  };

export const CURATED_ORGANIZATIONS: CuratedOrganization[] = [
  {
    kind: 'startup',
    legalName: 'Công ty CP Nông nghiệp Xanh Mê Kông',
    themeId: 'crops',
    taxPrefix: '92',
    verified: true,
    firstRegisteredOn: '2023-04-12',
    provinceCode: '92',
    address: 'Số 25 Trần Hưng Đạo, phường Ninh Kiều, Thành phố Cần Thơ',
    sectors: ['agritech', 'iot'],
    vsicSections: ['A', 'K'],
    stage: 'uom_tao',
    teamSize: 14,
    website: 'https://nongnghiepxanhmekong.example.vn',
    email: 'lienhe@nongnghiepxanhmekong.example.vn',
    descriptionVi:
      'Nông nghiệp Xanh Mê Kông phát triển cảm biến độ mặn và ứng dụng dự báo thời tiết cho nông dân trồng lúa và nuôi tôm ở Đồng bằng sông Cửu Long. Giải pháp nông nghiệp công nghệ cao giúp giảm 20 % chi phí phân bón và nước tưới.',
    descriptionEn:
      'Salinity sensors and weather forecasts for rice and shrimp farmers in the Mekong Delta.',
    products: 'Cảm biến độ mặn, ứng dụng dự báo thời tiết nông vụ',
  },
  {
    kind: 'investor',
    legalName: 'Quỹ Đầu tư Đổi mới Sáng tạo Sài Gòn',
    themeId: 'fintech',
    taxPrefix: '03',
    verified: true,
    firstRegisteredOn: '2019-09-20',
    provinceCode: '79',
    address: 'Số 12 Nguyễn Huệ, phường Sài Gòn, Thành phố Hồ Chí Minh',
    sectors: ['fintech', 'ai', 'agritech'],
    vsicSections: ['L'],
    teamSize: 9,
    website: 'https://dmstsaigon.example.vn',
    descriptionVi:
      'Quỹ đầu tư giai đoạn hạt giống và tiền Series A cho doanh nghiệp khởi nghiệp công nghệ tài chính, trí tuệ nhân tạo và nông nghiệp số. Mỗi thương vụ từ 2 đến 20 tỷ đồng.',
    descriptionEn: 'Seed and pre-Series A fund for fintech, AI and agritech startups.',
  },
  {
    kind: 'cooperative',
    legalName: 'Hợp tác xã Thủy sản Năm Căn',
    themeId: 'fishery',
    taxPrefix: '96',
    firstRegisteredOn: '2012-05-03',
    provinceCode: '96',
    address: 'Ấp Xóm Lớn, xã Năm Căn, Tỉnh Cà Mau',
    sectors: ['agritech'],
    vsicSections: ['A'],
    teamSize: 46,
    descriptionVi:
      'Hợp tác xã nuôi tôm sinh thái dưới tán rừng ngập mặn, bao tiêu thuỷ sản cho 120 hộ thành viên và ứng dụng nhật ký điện tử để truy xuất nguồn gốc.',
  },
  {
    kind: 'startup',
    legalName: 'Công ty TNHH Trí tuệ Nhân tạo Sông Hàn',
    shortName: 'Sông Hàn AI',
    themeId: 'ai',
    taxPrefix: '04',
    verified: true,
    firstRegisteredOn: '2024-02-01',
    provinceCode: '48',
    address: 'Số 8 Bạch Đằng, phường Hải Châu, Thành phố Đà Nẵng',
    sectors: ['ai', 'smart-city'],
    vsicSections: ['K'],
    stage: 'tang_toc',
    teamSize: 22,
    capitalRaisedVnd: 12_000_000_000n,
    website: 'https://songhanai.example.vn',
    descriptionVi:
      'Sông Hàn AI xây dựng trợ lý ảo tiếng Việt và hệ thống đọc hồ sơ hành chính bằng trí tuệ nhân tạo cho chính quyền số.',
  },
  {
    kind: 'startup',
    legalName: 'Công ty Cổ phần Du lịch Thông minh Hội An',
    themeId: 'tourism',
    taxPrefix: '49',
    firstRegisteredOn: '2021-08-16',
    provinceCode: '48',
    address: 'Số 45 đường Trần Phú, phường Minh An, thành phố Hội An, tỉnh Quảng Nam',
    sectors: ['tourism-tech', 'creative'],
    vsicSections: ['I', 'N'],
    stage: 'goi_von',
    teamSize: 11,
    descriptionVi:
      'Ứng dụng thuyết minh du lịch tự động bằng năm thứ tiếng cho phố cổ và làng nghề, kết nối du khách với homestay và tour du lịch cộng đồng.',
  },
  {
    kind: 'incubator',
    legalName: 'Vườn ươm Doanh nghiệp Công nghệ cao Đà Nẵng',
    themeId: 'software',
    verified: true,
    provinceCode: '48',
    address: 'Khu Công nghệ cao, xã Hòa Liên, Thành phố Đà Nẵng',
    sectors: ['ai', 'semiconductor', 'iot'],
    vsicSections: ['N'],
    teamSize: 18,
    descriptionVi:
      'Cơ sở ươm tạo doanh nghiệp khởi nghiệp công nghệ: vi mạch bán dẫn, trí tuệ nhân tạo, internet vạn vật. Mỗi năm ươm tạo 20 dự án.',
  },
  {
    kind: 'government_agency',
    legalName: 'Sở Khoa học và Công nghệ Thành phố Đà Nẵng',
    themeId: 'smartcity',
    verified: true,
    provinceCode: '48',
    sectors: ['smart-city'],
    vsicSections: ['P'],
    descriptionVi:
      'Cơ quan quản lý nhà nước về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; triển khai chương trình hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo.',
  },
  {
    kind: 'research_institute',
    legalName: 'Viện Nghiên cứu Nuôi trồng Thủy sản Miền Nam',
    themeId: 'fishery',
    taxPrefix: '03',
    provinceCode: '79',
    sectors: ['agritech', 'life-science'],
    vsicSections: ['N'],
    teamSize: 180,
    descriptionVi:
      'Nghiên cứu giống tôm, cá tra và công nghệ nuôi trồng thủy sản bền vững; chuyển giao quy trình nuôi tôm công nghệ cao cho doanh nghiệp.',
  },
  {
    kind: 'university',
    legalName: 'Trường Đại học Kỹ thuật Công nghệ Miền Trung',
    themeId: 'semiconductor',
    taxPrefix: '04',
    provinceCode: '48',
    sectors: ['semiconductor', 'ai'],
    vsicSections: ['Q'],
    teamSize: 900,
    descriptionVi:
      'Đào tạo kỹ sư thiết kế vi mạch, trí tuệ nhân tạo và tự động hóa; có vườn ươm khởi nghiệp sinh viên.',
  },
  {
    kind: 'sme',
    legalName: 'Công ty TNHH Công nghệ Tài chính An Phát',
    themeId: 'fintech',
    taxPrefix: '01',
    firstRegisteredOn: '2016-11-07',
    provinceCode: '01',
    address: 'Số 102 Lý Thường Kiệt, phường Cửa Nam, Thành phố Hà Nội',
    sectors: ['fintech'],
    vsicSections: ['K', 'L'],
    stage: 'mo_rong',
    teamSize: 85,
    certifications: ['iso'],
    descriptionVi:
      'Cổng thanh toán bằng mã QR và hóa đơn điện tử cho hộ kinh doanh và doanh nghiệp nhỏ và vừa.',
  },
  {
    kind: 'coworking',
    legalName: 'Không gian Làm việc chung Sen Vàng',
    themeId: 'creative',
    taxPrefix: '01',
    provinceCode: '01',
    address: 'Số 9 Hai Bà Trưng, phường Hoàn Kiếm, Thành phố Hà Nội',
    sectors: ['creative'],
    vsicSections: ['O'],
    descriptionVi:
      'Không gian làm việc chung 150 chỗ ngồi cho nhà sáng tạo và nhóm khởi nghiệp, sự kiện kết nối hằng tuần.',
  },
  {
    kind: 'sme',
    legalName: 'Công ty Cổ phần Thuỷ sản Sạch Bạc Liêu',
    themeId: 'fishery',
    taxPrefix: '95',
    firstRegisteredOn: '2009-03-30',
    provinceCode: '96',
    address: 'Số 77 đường Hùng Vương, phường 7, thành phố Bạc Liêu, tỉnh Bạc Liêu',
    sectors: ['agritech', 'logistics'],
    vsicSections: ['A', 'C'],
    stage: 'mo_rong',
    teamSize: 230,
    certifications: ['iso'],
    descriptionVi:
      'Nuôi và chế biến tôm xuất khẩu sang Nhật Bản, kho lạnh riêng, đạt chuẩn ASC; thủy sản truy xuất được nguồn gốc.',
  },
];

export interface CuratedPerson {
  fields: PersonFields;
  /** Legal name of the organisation the person belongs to, and the role there. */
  organization: string;
  role: AffiliationRole;
  title: string;
}

/** Bio and province public; e-mail and phone for staff (the contract's defaults). */
const VISIBILITY: PersonFields['visibility'] = {
  email: 'staff',
  phone: 'staff',
  website: 'public',
  provinceCode: 'public',
  bioVi: 'public',
  bioEn: 'public',
};

export const CURATED_PEOPLE: CuratedPerson[] = [
  {
    organization: 'Công ty CP Nông nghiệp Xanh Mê Kông',
    role: 'founder',
    title: 'Giám đốc điều hành',
    fields: {
      fullName: 'Nguyễn Khởi Nghiệp',
      roles: ['founder'],
      headline: 'Nhà sáng lập, Giám đốc điều hành Nông nghiệp Xanh Mê Kông',
      bioVi:
        'Kỹ sư nông nghiệp, mười năm làm việc với nông dân trồng lúa và nuôi tôm ở Đồng bằng sông Cửu Long.',
      expertise: ['nông nghiệp công nghệ cao', 'cảm biến IoT', 'gọi vốn'],
      languages: ['vi', 'en'],
      contactPreference: 'platform',
      bioEn: undefined,
      externalId: undefined,
      visibility: VISIBILITY,
    },
  },
  {
    organization: 'Quỹ Đầu tư Đổi mới Sáng tạo Sài Gòn',
    role: 'investor',
    title: 'Đối tác điều hành',
    fields: {
      fullName: 'Trần Đầu Tư',
      roles: ['investor', 'mentor'],
      headline: 'Đối tác điều hành, Quỹ Đầu tư Đổi mới Sáng tạo Sài Gòn',
      bioVi:
        'Đầu tư giai đoạn hạt giống vào công nghệ tài chính, trí tuệ nhân tạo và nông nghiệp số.',
      expertise: ['gọi vốn', 'công nghệ tài chính', 'định giá doanh nghiệp'],
      languages: ['vi', 'en'],
      contactPreference: 'platform',
      bioEn: undefined,
      externalId: undefined,
      visibility: VISIBILITY,
    },
  },
  {
    organization: 'Vườn ươm Doanh nghiệp Công nghệ cao Đà Nẵng',
    role: 'mentor',
    title: 'Cố vấn',
    fields: {
      fullName: 'Hoàng Cố Vấn',
      roles: ['mentor', 'expert'],
      headline: 'Cố vấn khởi nghiệp về phát triển sản phẩm và sở hữu trí tuệ',
      bioVi: 'Cố vấn cho hơn 40 nhóm khởi nghiệp công nghệ tại miền Trung.',
      expertise: ['phát triển sản phẩm', 'sở hữu trí tuệ', 'chuyển giao công nghệ'],
      languages: ['vi', 'en', 'ja'],
      contactPreference: 'platform',
      bioEn: undefined,
      externalId: undefined,
      visibility: VISIBILITY,
    },
  },
];
