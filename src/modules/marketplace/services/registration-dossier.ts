// The registration dossier of a technology-transfer contract (Law on Technology Transfer 2017,
// art. 31; Decree 76/2018/NĐ-CP, art. 5): the request for registration filled from the deal —
// the parties, the contract's number and day, what is transferred, how, for how much, in which
// direction — with the list of attachments the law asks for and the deadline, as DOCX and PDF in
// the official layout. Always in Vietnamese: it is filed with a Vietnamese authority. Read by the
// deal's sides and the brokers only, as is the signed contract's file; NOT_FOUND for a deal that
// need not be registered, or has no file.
import type { Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import {
  officialDocxBytes,
  officialPdfBytes,
  type OfficialDocument,
} from '../../../platform/documents';
import { AppError } from '../../../platform/errors';
import { formatDate, formatVnd, translator } from '../../../platform/i18n';
import { vnDay } from '../../../platform/i18n/vn-time';
import { isUuid } from '../../../platform/input/uuid';
import { provinceByCode } from '../../directory';
import { applicantSide, isFiledWithMinistry } from '../domain/deal';
import { findDealOf, findIntroductionById, type DealRow } from '../db/introductions.repository';
import { transferLabel } from '../ui/labels';
import { introductionRoles, listingOf } from './introduction-parties';
import { ownerById, type Owner } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;
const t = translator('vi');
const day = (d: string) => formatDate(new Date(`${d}T00:00:00+07:00`), 'vi');
const BLANK = '…………………………………';

const ATTACHMENTS = [
  'Văn bản đề nghị đăng ký chuyển giao công nghệ (văn bản này), có cam kết của các bên về nội dung chuyển giao tuân thủ pháp luật;',
  'Bản gốc hoặc bản sao có chứng thực hợp đồng chuyển giao công nghệ bằng tiếng Việt (hoặc bản dịch tiếng Việt có công chứng, chứng thực đối với hợp đồng bằng tiếng nước ngoài);',
  'Bản sao có chứng thực giấy tờ về tư cách pháp lý của bên giao và bên nhận công nghệ;',
  'Văn bản xác nhận tư cách pháp lý của người đại diện các bên tham gia hợp đồng;',
];
const STATE_CAPITAL_ATTACHMENT =
  'Tài liệu giải trình về điều kiện sử dụng vốn nhà nước đối với chuyển giao công nghệ sử dụng vốn nhà nước;';

function authorityOf(deal: DealRow, applicant: Owner): string {
  if (isFiledWithMinistry(deal.direction)) return 'Bộ Khoa học và Công nghệ';
  const province = applicant.provinceCode ? provinceByCode(applicant.provinceCode) : undefined;
  return `Sở Khoa học và Công nghệ ${province?.name ?? BLANK}`;
}

const partyRows = (role: string, org: Owner) => [
  [`${role}: tên tổ chức`, org.legalName],
  ['Địa chỉ trụ sở', BLANK],
  ['Mã số doanh nghiệp / quyết định thành lập', BLANK],
  ['Người đại diện theo pháp luật, chức vụ', BLANK],
];

export function registrationDocument(
  deal: DealRow,
  parties: { supplier: Owner; recipient: Owner },
  today: string,
): OfficialDocument {
  const applicant = parties[applicantSide(deal.direction)];
  const province = applicant.provinceCode ? provinceByCode(applicant.provinceCode) : undefined;
  const direction = t(`marketplace.deal.direction.${deal.direction}` as never);
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
        text: 'Căn cứ Luật Chuyển giao công nghệ ngày 19 tháng 6 năm 2017 và Nghị định số 76/2018/NĐ-CP ngày 15 tháng 5 năm 2018, các bên đề nghị đăng ký hợp đồng chuyển giao công nghệ sau:',
      },
      { type: 'heading', text: 'I. CÁC BÊN THAM GIA HỢP ĐỒNG' },
      {
        type: 'table',
        columns: [
          { header: 'Nội dung', width: 2 },
          { header: 'Thông tin', width: 3 },
        ],
        rows: [
          ...partyRows('Bên giao công nghệ', parties.supplier),
          ...partyRows('Bên nhận công nghệ', parties.recipient),
        ],
      },
      { type: 'heading', text: 'II. NỘI DUNG HỢP ĐỒNG' },
      {
        type: 'table',
        columns: [
          { header: 'Nội dung', width: 2 },
          { header: 'Thông tin', width: 3 },
        ],
        rows: [
          ['Số hợp đồng', deal.contractNumber || BLANK],
          ['Ngày ký', day(deal.signedOn)],
          ['Công nghệ được chuyển giao', deal.object],
          ['Hình thức chuyển giao', transferLabel(t, deal.transferForm)],
          ['Phạm vi chuyển giao', direction],
          ['Giá trị hợp đồng', formatVnd(deal.valueVnd, 'vi')],
          ['Sử dụng vốn nhà nước', deal.usesStateCapital ? 'Có' : 'Không'],
          [
            'Hạn nộp hồ sơ đăng ký (90 ngày kể từ ngày ký)',
            deal.registrationDueOn ? day(deal.registrationDueOn) : BLANK,
          ],
        ],
      },
      { type: 'heading', text: 'III. HỒ SƠ KÈM THEO' },
      {
        type: 'list',
        style: 'alpha',
        items: deal.usesStateCapital ? [...ATTACHMENTS, STATE_CAPITAL_ATTACHMENT] : ATTACHMENTS,
      },
      { type: 'heading', text: 'IV. CAM KẾT' },
      {
        type: 'paragraph',
        text: 'Các bên cam kết nội dung chuyển giao công nghệ tuân thủ quy định của pháp luật và chịu trách nhiệm về tính trung thực của hồ sơ đề nghị đăng ký.',
      },
    ],
    signature: {
      authority: 'Đại diện bên đề nghị',
      position: 'Người đại diện theo pháp luật',
      name: '(Ký, ghi rõ họ tên và đóng dấu)',
    },
    recipients: ['Như trên;', 'Bên giao, bên nhận công nghệ;', 'Lưu: hồ sơ hợp đồng.'],
  };
}

/** The deal of an introduction the actor is on (a side or a broker); NOT_FOUND otherwise. */
async function dealFor(deps: Deps, actor: Actor, id: string) {
  const db = deps.database.db;
  const intro = isUuid(id) ? await findIntroductionById(db, id) : undefined;
  const deal = intro && (await findDealOf(db, intro.id));
  if (!intro || !deal) throw new AppError('NOT_FOUND');
  const listing = await listingOf(db, intro, deps.clock());
  if ((await introductionRoles(db, actor, intro, listing)).length === 0)
    throw new AppError('NOT_FOUND');
  return deal;
}

export async function getSignedContract(deps: Deps, actor: Actor, id: string) {
  const deal = await dealFor(deps, actor, id);
  if (!deal.signedFileHash || !deal.signedFileName || !deal.signedContentType)
    throw new AppError('NOT_FOUND');
  return {
    contentHash: deal.signedFileHash,
    contentType: deal.signedContentType,
    originalName: deal.signedFileName,
  };
}

export async function registrationDossier(
  deps: Deps,
  actor: Actor,
  input: { id: string; format: 'docx' | 'pdf' },
): Promise<{ bytes: Buffer; fileName: string }> {
  const db = deps.database.db;
  const deal = await dealFor(deps, actor, input.id);
  if (!deal.registrationDueOn) throw new AppError('NOT_FOUND');
  const [supplier, recipient] = await Promise.all([
    ownerById(db, deal.supplierOrgId),
    ownerById(db, deal.recipientOrgId),
  ]);
  if (!supplier || !recipient) throw new AppError('NOT_FOUND');
  const doc = registrationDocument(deal, { supplier, recipient }, vnDay(deps.clock()));
  const bytes =
    input.format === 'docx' ? await officialDocxBytes(doc) : await officialPdfBytes(doc);
  return { bytes, fileName: `ho-so-dang-ky-chuyen-giao-cong-nghe.${input.format}` };
}
