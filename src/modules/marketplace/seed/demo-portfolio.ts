// The demo university's IP portfolio as its technology-transfer office keeps it: a granted
// patent listed on the exchange (fees paid and due, a licence and the revenue it brought), a
// filed utility solution, a disclosure not yet filed (never public) and a lapsed title. Dates of
// the filings are history; fees fall due relative to the clock, each with its reminder scheduled
// as the office's form schedules it.
import type { Db } from '../../../platform/db/client';
import { vnDay } from '../../../platform/i18n';
import { scheduleJob } from '../../../platform/jobs';
import {
  insertIpAsset,
  insertIpFee,
  insertIpLicence,
  insertIpRevenue,
} from '../db/ip-portfolio.repository';
import { FEE_REMINDER_JOB, feeReminderAt } from '../services/ip-records';

const DAY = 86_400_000;

const ASSETS = [
  {
    reference: 'GPHI-2019-03',
    title: 'Quy trình ủ vỏ cà phê bằng chủng vi sinh bản địa',
    ipKind: 'giai_phap_huu_ich',
    stage: 'granted',
    disclosedOn: '2018-09-14',
    filingNumber: '2-2019-00412',
    filedOn: '2019-03-22',
    jurisdiction: 'Việt Nam',
    grantNumber: '2-0003123',
    grantedOn: '2022-07-05',
    expiresOn: '2029-03-22',
    coOwners: [{ name: 'Công ty CP Sinh học Tây Nguyên', share: 30 }],
    isStateFunded: true,
    inventors: 'TS. Nguyễn Thị Mai, ThS. Trần Quốc Bảo',
    notes: 'Kết quả đề tài cấp tỉnh 2017–2019; hợp đồng li-xăng đầu tiên ký năm 2025.',
    isListed: true,
  },
  {
    reference: 'SC-2023-11',
    title: 'Thiết bị đo độ ẩm hạt cà phê cầm tay dùng cảm biến điện dung',
    ipKind: 'sang_che',
    stage: 'filed',
    disclosedOn: '2023-05-02',
    filingNumber: '1-2023-06218',
    filedOn: '2023-09-18',
    jurisdiction: 'Việt Nam',
    isStateFunded: false,
    inventors: 'PGS.TS. Lê Văn Hùng',
    notes: 'Đang chờ thẩm định nội dung.',
  },
  {
    reference: 'CB-2026-02',
    title: 'Chế phẩm bảo quản bơ sau thu hoạch từ dịch chiết lá chè',
    ipKind: 'sang_che',
    stage: 'disclosed',
    disclosedOn: '2026-08-20',
    isStateFunded: true,
    inventors: 'TS. Phạm Thu Hà',
    notes: 'Chưa công bố; dự kiến nộp đơn quý I/2027.',
  },
  {
    reference: 'KD-2012-01',
    title: 'Kiểu dáng máy xát vỏ cà phê quy mô hộ gia đình',
    ipKind: 'kieu_dang_cong_nghiep',
    stage: 'lapsed',
    filingNumber: '3-2012-00977',
    filedOn: '2012-04-10',
    jurisdiction: 'Việt Nam',
    grantNumber: '3-0019854',
    grantedOn: '2013-06-01',
    expiresOn: '2017-04-10',
    isStateFunded: false,
  },
] as const;

/** The portfolio of `ownerOrgId`; `offerId`, its offer that presents the granted patent. */
export async function seedDemoPortfolio(
  tx: Db,
  input: { ownerOrgId: string; offerId: string | null; now: number },
) {
  const at = new Date(input.now);
  const assets = [];
  for (const { isListed, ...a } of ASSETS as readonly ((typeof ASSETS)[number] & {
    isListed?: boolean;
  })[])
    assets.push(
      await insertIpAsset(tx, {
        ...a,
        coOwners: 'coOwners' in a ? [...a.coOwners] : [],
        ownerOrgId: input.ownerOrgId,
        offerId: isListed ? input.offerId : null,
        createdAt: at,
        updatedAt: at,
      }),
    );
  const asset = assets[0]!;
  const fee = (label: string, dueInDays: number, paid: boolean) => ({
    assetId: asset.id,
    label,
    dueOn: vnDay(new Date(input.now + dueInDays * DAY)),
    amountVnd: 1_350_000n,
    paidOn: paid ? vnDay(new Date(input.now + (dueInDays - 10) * DAY)) : null,
    createdAt: at,
  });
  await insertIpFee(tx, fee('Phí duy trì hiệu lực năm thứ 4', -300, true));
  const due = await insertIpFee(tx, fee('Phí duy trì hiệu lực năm thứ 5', 45, false));
  await scheduleJob(tx, {
    name: FEE_REMINDER_JOB,
    key: `${FEE_REMINDER_JOB}:${due!.id}`,
    runAt: feeReminderAt(due!.dueOn, at),
    payload: { feeId: due!.id, dueOn: due!.dueOn },
  });
  const licence = await insertIpLicence(tx, {
    assetId: asset.id,
    licensee: 'Hợp tác xã Cà phê Ea Tu',
    licensedOn: vnDay(new Date(input.now - 200 * DAY)),
    isExclusive: false,
    terms:
      'Li-xăng không độc quyền 5 năm trong tỉnh; phí ban đầu 120 triệu đồng và 2% doanh thu phân bón.',
    createdAt: at,
  });
  for (const [daysAgo, amount, note] of [
    [190, 120_000_000n, 'Phí li-xăng ban đầu'],
    [20, 18_400_000n, 'Phí theo doanh thu 6 tháng đầu'],
  ] as const)
    await insertIpRevenue(tx, {
      assetId: asset.id,
      licenceId: licence!.id,
      amountVnd: amount,
      receivedOn: vnDay(new Date(input.now - daysAgo * DAY)),
      note,
      createdAt: at,
    });
}
