// The words of the minutes (biên bản), always in Vietnamese, shared by the printable page and
// the DOCX file so both say the same.
import type { TDecisionOutcome } from '../../db/tables';
import { vnWallClock } from '../../../../platform/i18n';
import type { CouncilMinutes } from './council.queries';

export const MINUTES_HEADER = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  title: 'BIÊN BẢN HỌP HỘI ĐỒNG',
};

export const ROLE_VI = { chair: 'Chủ tịch Hội đồng', secretary: 'Thư ký', member: 'Ủy viên' };
export const OUTCOME_VI: Record<TDecisionOutcome, string> = {
  accepted: 'Chấp thuận',
  rejected: 'Không chấp thuận',
  waitlisted: 'Danh sách chờ',
  awarded: 'Trao giải',
};

/**
 * "ngày 05 tháng 3 năm 2026": days below 10 and the months 1 and 2 take a leading zero, as in
 * administrative documents (Decree 30/2020/NĐ-CP).
 */
export function vnOfficialDate(at: Date): string {
  const vn = vnWallClock(at);
  const day = String(vn.getUTCDate()).padStart(2, '0');
  const month = vn.getUTCMonth() + 1;
  return `ngày ${day} tháng ${month <= 2 ? `0${month}` : month} năm ${vn.getUTCFullYear()}`;
}

/** "Đà Nẵng, ngày 05 tháng 3 năm 2026": the place is what follows the meeting place's last comma. */
export function placeAndDate(meetingPlace: string, at: Date): string {
  const place = meetingPlace.split(',').pop()?.trim() ?? '';
  return `${place ? `${place}, ` : ''}${vnOfficialDate(at)}`;
}

const hhmm = (at: Date) => vnWallClock(at).toISOString().slice(11, 16).replace(':', ' giờ ');

/** The paragraphs of the minutes, in order, and the rows of its two tables. */
export function minutesText(m: CouncilMinutes) {
  const { council, call, programme } = m;
  const at = council.meetingAt ?? council.updatedAt;
  const present = m.members.filter((x) => x.isPresent);
  const absent = m.members.filter((x) => !x.isPresent);
  const number = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');
  return {
    placeDate: placeAndDate(council.meetingPlace, at),
    subtitle: `${council.titleVi} — ${programme.titleVi}, ${call.titleVi}`,
    opening: `Vào lúc ${hhmm(at)}, ${vnOfficialDate(at)}, tại ${council.meetingPlace || '…'}, ${council.titleVi}${council.decisionNumber ? ` (thành lập theo Quyết định số ${council.decisionNumber})` : ''} họp xét chọn hồ sơ của ${call.titleVi}, ${programme.titleVi}.`,
    presentLine: `Thành viên có mặt: ${present.length}/${m.members.length}.`,
    present: present.map(
      (x) => `${x.fullName} — ${ROLE_VI[x.role]}${x.affiliation ? `, ${x.affiliation}` : ''}`,
    ),
    absent: absent.map((x) => `${x.fullName} — ${ROLE_VI[x.role]}`),
    rankingHead: [
      'Hạng',
      'Mã hồ sơ',
      'Đơn vị',
      'Điểm chuẩn hoá',
      'Điểm trung bình',
      'Số chuyên gia',
    ],
    ranking: m.ranked.map((r) => [
      `${r.rank}${r.isTied ? ' (đồng hạng)' : ''}`,
      r.receiptNumber,
      r.organizationName,
      number(r.score, 3),
      number(r.rawMean, 2),
      String(r.reviewerCount),
    ]),
    decisionsHead: ['Mã hồ sơ', 'Đơn vị', 'Quyết định', 'Ghi chú'],
    decisions: m.decisions.map((d) => [
      d.receiptNumber ?? '',
      d.organizationName ?? '',
      `${OUTCOME_VI[d.outcome]}${d.prize ? ` — ${d.prize.title.vi}` : ''}`,
      d.note,
    ]),
    conclusions: council.conclusions.split(/\r?\n/).filter((line) => line.trim() !== ''),
    signers: [
      ['THƯ KÝ', m.members.find((x) => x.role === 'secretary')?.fullName ?? ''],
      ['CHỦ TỊCH HỘI ĐỒNG', m.members.find((x) => x.role === 'chair')?.fullName ?? ''],
    ] as const,
  };
}
export type MinutesText = ReturnType<typeof minutesText>;
