// The request for registration of a technology-transfer contract (Law on Technology Transfer
// 2017, art. 31(4)(a); Decree 76/2018/NĐ-CP), filled from the deal in the order the form is read
// at the science department: addressee, the two parties (name, address, contacts, enterprise
// code, representative), the technology, the contract (number, day, term), its value and
// payment, the attachments the law asks for, the parties' commitment, the signature. What the
// platform does not know is printed as the form's dotted line, to be filled by hand — never left
// out, so the filed form keeps every field. Always in Vietnamese: it is filed with a Vietnamese
// authority.
import type { Block, OfficialDocument } from '../../../platform/documents';
import { formatDate, formatVnd, translator } from '../../../platform/i18n';
import { provinceByCode, type DirectoryOrganizationContacts } from '../../directory';
import { applicantSide, isFiledWithMinistry } from '../domain/deal';
import type { DealRow } from '../db/introductions.repository';
import { transferLabel } from '../ui/labels';
import type { Owner } from './owners';

/** The form's dotted line: a field the deal does not tell. */
export const BLANK = '……………………………';

export type DossierParty = Owner & { contacts?: DirectoryOrganizationContacts };

const t = translator('vi');
const day = (d: string) => formatDate(new Date(`${d}T00:00:00+07:00`), 'vi');
const orBlank = (v: string | null | undefined) => (v && v.trim() ? v : BLANK);

const ATTACHMENTS = [
  'Văn bản đề nghị đăng ký chuyển giao công nghệ (văn bản này), có cam kết của các bên về nội dung chuyển giao tuân thủ pháp luật;',
  'Bản gốc hoặc bản sao có chứng thực hợp đồng chuyển giao công nghệ bằng tiếng Việt (hoặc bản dịch tiếng Việt có công chứng, chứng thực đối với hợp đồng bằng tiếng nước ngoài);',
  'Bản sao có chứng thực giấy tờ về tư cách pháp lý của bên giao và bên nhận công nghệ;',
  'Văn bản xác nhận tư cách pháp lý của người đại diện các bên tham gia hợp đồng;',
];
const STATE_CAPITAL_ATTACHMENT =
  'Tài liệu giải trình về điều kiện sử dụng vốn nhà nước đối với chuyển giao công nghệ sử dụng vốn nhà nước;';

const provinceOf = (org: Owner) =>
  org.provinceCode ? provinceByCode(org.provinceCode) : undefined;

function authorityOf(deal: DealRow, applicant: Owner): string {
  if (isFiledWithMinistry(deal.direction)) return 'Bộ Khoa học và Công nghệ';
  return `Sở Khoa học và Công nghệ ${provinceOf(applicant)?.name ?? BLANK}`;
}

const fieldTable = (rows: [string, string][]): Block => ({
  type: 'table',
  columns: [
    { header: 'Nội dung', width: 2 },
    { header: 'Thông tin', width: 3 },
  ],
  rows,
});

/** A party's block: who it is and how the department reaches it. */
function partyFields(org: DossierParty): [string, string][] {
  const c = org.contacts;
  const reach = [c?.phone, c?.email].filter((v): v is string => !!v?.trim());
  return [
    ['Tên tổ chức', org.legalName],
    ['Địa chỉ trụ sở', orBlank(c?.address)],
    ['Điện thoại, thư điện tử', reach.length ? reach.join('; ') : BLANK],
    ['Mã số doanh nghiệp hoặc số quyết định thành lập', orBlank(c?.taxCode)],
    ['Người đại diện theo pháp luật', BLANK],
    ['Chức vụ', BLANK],
  ];
}

function contractBlocks(deal: DealRow): Block[] {
  return [
    { type: 'heading', text: '3. CÔNG NGHỆ ĐƯỢC CHUYỂN GIAO' },
    fieldTable([
      ['Tên công nghệ', orBlank(deal.object)],
      ['Hình thức chuyển giao', transferLabel(t, deal.transferForm)],
      ['Phạm vi chuyển giao', t(`marketplace.deal.direction.${deal.direction}` as never)],
    ]),
    { type: 'heading', text: '4. HỢP ĐỒNG CHUYỂN GIAO CÔNG NGHỆ' },
    fieldTable([
      ['Số hợp đồng', orBlank(deal.contractNumber)],
      ['Ngày ký', day(deal.signedOn)],
      ['Thời hạn hợp đồng', BLANK],
      ['Sử dụng vốn nhà nước', deal.usesStateCapital ? 'Có' : 'Không'],
      [
        'Hạn nộp hồ sơ đăng ký (90 ngày kể từ ngày ký)',
        deal.registrationDueOn ? day(deal.registrationDueOn) : BLANK,
      ],
    ]),
    { type: 'heading', text: '5. GIÁ TRỊ HỢP ĐỒNG VÀ PHƯƠNG THỨC THANH TOÁN' },
    fieldTable([
      ['Giá trị hợp đồng', formatVnd(deal.valueVnd, 'vi')],
      ['Phương thức thanh toán', BLANK],
    ]),
  ];
}

function closingBlocks(deal: DealRow): Block[] {
  return [
    { type: 'heading', text: '6. HỒ SƠ KÈM THEO' },
    {
      type: 'list',
      style: 'alpha',
      items: deal.usesStateCapital ? [...ATTACHMENTS, STATE_CAPITAL_ATTACHMENT] : ATTACHMENTS,
    },
    { type: 'heading', text: '7. CAM KẾT' },
    {
      type: 'paragraph',
      text: 'Các bên cam kết nội dung hợp đồng chuyển giao công nghệ tuân thủ quy định của pháp luật có liên quan và chịu trách nhiệm về tính trung thực của hồ sơ đề nghị đăng ký.',
    },
  ];
}

export function registrationDocument(
  deal: DealRow,
  parties: { supplier: DossierParty; recipient: DossierParty },
  today: string,
): OfficialDocument {
  const side = applicantSide(deal.direction);
  const applicant = parties[side];
  const province = provinceOf(applicant);
  return {
    issuer: { name: applicant.legalName },
    place: province?.shortName ?? province?.name ?? BLANK,
    date: today,
    kind: 'Văn bản đề nghị',
    summary: 'Đăng ký chuyển giao công nghệ',
    body: [
      {
        type: 'paragraph',
        text: [{ text: `Kính gửi: ${authorityOf(deal, applicant)}`, bold: true }],
      },
      {
        type: 'paragraph',
        text: `Căn cứ Luật Chuyển giao công nghệ ngày 19 tháng 6 năm 2017 và Nghị định số 76/2018/NĐ-CP ngày 15 tháng 5 năm 2018, ${applicant.legalName} đề nghị đăng ký hợp đồng chuyển giao công nghệ với các nội dung sau:`,
      },
      { type: 'heading', text: '1. BÊN GIAO CÔNG NGHỆ' },
      fieldTable(partyFields(parties.supplier)),
      { type: 'heading', text: '2. BÊN NHẬN CÔNG NGHỆ' },
      fieldTable(partyFields(parties.recipient)),
      ...contractBlocks(deal),
      ...closingBlocks(deal),
    ],
    signature: {
      authority:
        side === 'supplier' ? 'Đại diện bên giao công nghệ' : 'Đại diện bên nhận công nghệ',
      position: 'Người đại diện theo pháp luật',
      name: '(Ký, ghi rõ họ tên, chức vụ và đóng dấu)',
    },
    recipients: ['Như trên;', 'Bên giao, bên nhận công nghệ;', 'Lưu: hồ sơ hợp đồng.'],
  };
}
