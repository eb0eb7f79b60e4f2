// The official files of an event's attendance: the signed list of people present (danh sách đại
// biểu tham dự, landscape, a signature column; issued by the organiser) and the figures per
// ticket type (an XLSX with numbers as numbers). Printed in Vietnamese, the language of the
// documents a centre files for its budget settlement and the innovation-index evidence.
import {
  officialDocxBytes,
  officialPdfBytes,
  officialXlsxBytes,
  type OfficialDocument,
} from '../../../platform/documents';
import { vnDay } from '../../../platform/i18n/vn-time';
import { provinceByCode } from '../../directory';
import type { AttendanceReport } from './attendance-report';

const ORGANIZER_FALLBACK = 'Ban tổ chức';
export const DEFAULT_SIGNER_POSITION = 'Đại diện đơn vị tổ chức';

/** Who signs the list for the organiser; the staff member downloading it unless they name another. */
export interface Signer {
  name: string;
  position: string;
}

function header(report: AttendanceReport, today: Date, signer: Signer) {
  const organizer = report.organizers[0];
  const provinceCode = report.event.provinceCode ?? organizer?.provinceCode;
  return {
    issuer: { name: organizer?.legalName ?? ORGANIZER_FALLBACK },
    place: (provinceCode && provinceByCode(provinceCode)?.shortName) || '',
    date: vnDay(today),
    signature: signer,
    recipients: ['Lưu: hồ sơ sự kiện.'],
  };
}

export function attendanceListDocument(
  report: AttendanceReport,
  today: Date,
  signer: Signer,
): OfficialDocument {
  return {
    ...header(report, today, signer),
    kind: 'Danh sách',
    summary: `Đại biểu tham dự ${report.event.titleVi}`,
    orientation: 'landscape',
    body: [
      {
        type: 'table',
        sheetName: 'Đại biểu',
        columns: [
          { header: 'STT', kind: 'number', width: 0.5 },
          { header: 'Họ và tên', width: 2.4 },
          { header: 'Đơn vị', width: 3.6 },
          { header: 'Ký tên', kind: 'signature', width: 1.6 },
        ],
        rows: report.attendees.map((a, i) => [i + 1, a.name, a.organization, null]),
      },
    ],
  };
}

export function figuresDocument(
  report: AttendanceReport,
  today: Date,
  signer: Signer,
): OfficialDocument {
  const row = (f: AttendanceReport['total']) => [
    f.registered,
    f.confirmed,
    f.waitlisted,
    f.attended,
    f.noShows,
  ];
  return {
    ...header(report, today, signer),
    kind: 'Báo cáo',
    summary: `Số liệu tham dự ${report.event.titleVi}`,
    body: [
      {
        type: 'table',
        caption: 'Số người đăng ký và tham dự theo loại vé',
        sheetName: 'Số liệu',
        unit: 'Đơn vị tính: người',
        columns: [
          { header: 'Loại vé', width: 2.4 },
          { header: 'Đăng ký', kind: 'number' },
          { header: 'Có chỗ', kind: 'number' },
          { header: 'Chờ', kind: 'number' },
          { header: 'Tham dự', kind: 'number' },
          { header: 'Vắng mặt', kind: 'number' },
        ],
        rows: report.figures.map((f) => [f.ticketType, ...row(f)]),
        total: ['Tổng cộng', ...row(report.total)],
      },
    ],
  };
}

export const attendanceListDocx = (r: AttendanceReport, today: Date, signer: Signer) =>
  officialDocxBytes(attendanceListDocument(r, today, signer));
export const attendanceListPdf = (r: AttendanceReport, today: Date, signer: Signer) =>
  officialPdfBytes(attendanceListDocument(r, today, signer));
export const figuresXlsx = (r: AttendanceReport, today: Date, signer: Signer) =>
  officialXlsxBytes(figuresDocument(r, today, signer));
