// The texts the provincial plans cite, with their metadata only (titles, numbers, issuers, dates
// as the seed documents and ../shared/domain give them); a day not known for certain is left out
// rather than guessed. Relations: 188 amends 844; 3701 guides 188.
import type { LegalDocType, LegalRelation, LegalStatus } from '../domain/legal-document';

export interface DemoLegal {
  number: string;
  docType: LegalDocType;
  issuer: string;
  issuedOn: string;
  effectiveOn?: string;
  legalStatus: LegalStatus;
  titleVi: string;
  titleEn: string;
  summaryVi: string;
  sectors?: string[];
  relations?: { kind: LegalRelation; number: string }[];
}

const PM = 'Thủ tướng Chính phủ';
const GOV = 'Chính phủ';
const NA = 'Quốc hội';
const MOST = 'Bộ Khoa học và Công nghệ';

export const DEMO_LEGAL: DemoLegal[] = [
  {
    number: '04/2017/QH14',
    docType: 'law',
    issuer: NA,
    issuedOn: '2017-06-12',
    effectiveOn: '2018-01-01',
    legalStatus: 'in_force',
    titleVi: 'Luật Hỗ trợ doanh nghiệp nhỏ và vừa',
    titleEn: 'Law on Support for Small and Medium-sized Enterprises',
    summaryVi:
      'Định nghĩa doanh nghiệp nhỏ và vừa khởi nghiệp sáng tạo (Điều 3), điều kiện được hỗ trợ (Điều 17: không quá 5 năm từ lần đăng ký đầu, chưa chào bán chứng khoán ra công chúng); cơ sở ươm tạo, cơ sở kỹ thuật, khu làm việc chung.',
  },
  {
    number: '844/QĐ-TTg',
    docType: 'decision',
    issuer: PM,
    issuedOn: '2016-05-18',
    legalStatus: 'amended',
    titleVi:
      'Phê duyệt Đề án "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025"',
    titleEn: 'Approving the scheme "Supporting the national innovative startup ecosystem to 2025"',
    summaryVi:
      'Đề án 844: mục tiêu, nhiệm vụ và giải pháp hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia; cổng thông tin khởi nghiệp, Techfest, mạng lưới tổ chức hỗ trợ.',
  },
  {
    number: '188/QĐ-TTg',
    docType: 'decision',
    issuer: PM,
    issuedOn: '2021-02-09',
    legalStatus: 'in_force',
    titleVi:
      'Sửa đổi, bổ sung một số điều của Quyết định số 844/QĐ-TTg phê duyệt Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025',
    titleEn:
      'Amending Decision 844/QĐ-TTg on the national innovative startup ecosystem scheme to 2025',
    summaryVi:
      'Hình thành Trung tâm hỗ trợ khởi nghiệp sáng tạo quốc gia tại Hà Nội, Đà Nẵng, TP. Hồ Chí Minh và các trung tâm khởi nghiệp đổi mới sáng tạo tại bộ, ngành, địa phương; Bộ Khoa học và Công nghệ là đầu mối quản lý nhà nước.',
    relations: [{ kind: 'amends', number: '844/QĐ-TTg' }],
  },
  {
    number: '3701/BKHCN-PTTTDN',
    docType: 'dispatch',
    issuer: MOST,
    issuedOn: '2021-12-20',
    legalStatus: 'in_force',
    titleVi:
      'Hướng dẫn hình thành và phát triển trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo tại bộ, ngành, địa phương, tổ chức có tiềm năng phát triển khởi nghiệp đổi mới sáng tạo',
    titleEn:
      'Guidance on forming innovation and startup support centres in ministries, provinces and organisations',
    summaryVi:
      'Chức năng, hoạt động và nhiệm vụ quản lý của trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo địa phương; dữ liệu hệ sinh thái kết nối hệ thống dữ liệu quốc gia; cổng thông tin địa phương kết nối cổng quốc gia.',
    relations: [{ kind: 'guides', number: '188/QĐ-TTg' }],
  },
  {
    number: '13/2019/NĐ-CP',
    docType: 'decree',
    issuer: GOV,
    issuedOn: '2019-02-01',
    effectiveOn: '2019-03-20',
    legalStatus: 'in_force',
    titleVi: 'Về doanh nghiệp khoa học và công nghệ',
    titleEn: 'On science and technology enterprises',
    summaryVi:
      'Điều kiện chứng nhận doanh nghiệp khoa học và công nghệ (doanh thu từ sản phẩm hình thành từ kết quả khoa học và công nghệ), ưu đãi thuế, đất đai, tín dụng.',
  },
  {
    number: '94/2020/NĐ-CP',
    docType: 'decree',
    issuer: GOV,
    issuedOn: '2020-08-21',
    legalStatus: 'in_force',
    titleVi: 'Quy định cơ chế, chính sách ưu đãi đối với Trung tâm Đổi mới sáng tạo Quốc gia',
    titleEn: 'Incentives for the National Innovation Centre',
    summaryVi:
      'Áp dụng cho Trung tâm Đổi mới sáng tạo Quốc gia (NIC) và tổ chức, cá nhân hoạt động tại đó: ưu đãi thuế, thủ tục; định nghĩa cá nhân và doanh nghiệp khởi nghiệp sáng tạo.',
  },
  {
    number: '80/2021/NĐ-CP',
    docType: 'decree',
    issuer: GOV,
    issuedOn: '2021-08-26',
    effectiveOn: '2021-10-15',
    legalStatus: 'in_force',
    titleVi:
      'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hỗ trợ doanh nghiệp nhỏ và vừa',
    titleEn: 'Detailing the Law on Support for Small and Medium-sized Enterprises',
    summaryVi:
      'Tiêu chí xác định doanh nghiệp nhỏ và vừa khởi nghiệp sáng tạo được hỗ trợ (Điều 20), phương thức lựa chọn (Điều 21), nội dung hỗ trợ.',
    relations: [{ kind: 'guides', number: '04/2017/QH14' }],
  },
  {
    number: '91/2025/QH15',
    docType: 'law',
    issuer: NA,
    issuedOn: '2025-06-26',
    effectiveOn: '2026-01-01',
    legalStatus: 'in_force',
    titleVi: 'Luật Bảo vệ dữ liệu cá nhân',
    titleEn: 'Law on Personal Data Protection',
    summaryVi:
      'Quyền của chủ thể dữ liệu, sự đồng ý, nghĩa vụ của bên kiểm soát và xử lý dữ liệu cá nhân; áp dụng cho dữ liệu cá nhân trên cổng thông tin và hệ thống dữ liệu hệ sinh thái.',
  },
  {
    number: '93/2025/QH15',
    docType: 'law',
    issuer: NA,
    issuedOn: '2025-06-27',
    legalStatus: 'in_force',
    titleVi: 'Luật Khoa học, công nghệ và đổi mới sáng tạo',
    titleEn: 'Law on Science, Technology and Innovation',
    summaryVi:
      'Định nghĩa doanh nghiệp khởi nghiệp sáng tạo (Điều 3, khoản 18) không giới hạn quy mô và thời gian hoạt động; khung pháp lý cho hoạt động đổi mới sáng tạo.',
  },
];
