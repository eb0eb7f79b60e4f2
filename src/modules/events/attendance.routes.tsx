// Attendance evidence for staff: /admin/events/:id/attendance (the figures) and its files — the
// signed attendance list as DOCX and PDF, the figures as XLSX. Never cached: they name people.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { contentDisposition } from '../../platform/http/download';
import { routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { attendanceReport } from './services/attendance-report';
import {
  DEFAULT_SIGNER_POSITION,
  attendanceListDocx,
  attendanceListPdf,
  figuresXlsx,
} from './services/attendance-documents';
import { AttendancePage, attendancePath } from './ui/attendance-page';

const MANAGE = policies.backOffice('events.event:manage');

const line = (value: string | undefined, fallback: string) =>
  (value ?? '').replace(/\s+/g, ' ').trim().slice(0, 120) || fallback;

// A name left to be written by hand when the account has none.
const BLANK_NAME = '……………………';

/** The signer named on the page's form; the staff member and the usual title when left blank. */
function signerOf(c: Context<AppEnv>) {
  const { actor } = c.get('ctx');
  return {
    name: line(
      c.req.query('signer'),
      line(actor.kind === 'user' ? actor.user.name : '', BLANK_NAME),
    ),
    position: line(c.req.query('position'), DEFAULT_SIGNER_POSITION),
  };
}

const FILES = {
  'list.docx': {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    name: 'danh-sach-dai-bieu',
    bytes: attendanceListDocx,
  },
  'list.pdf': { type: 'application/pdf', name: 'danh-sach-dai-bieu', bytes: attendanceListPdf },
  'figures.xlsx': {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    name: 'so-lieu-tham-du',
    bytes: figuresXlsx,
  },
} as const;

function fileRoute(file: keyof typeof FILES) {
  return async (c: Context<AppEnv>) => {
    const ctx = c.get('ctx');
    const report = await attendanceReport(ctx.deps, ctx, routeParam(c, 'id'));
    const { type, name, bytes } = FILES[file];
    const content = await bytes(report, ctx.deps.clock(), signerOf(c));
    return c.body(new Uint8Array(content ?? []), 200, {
      'Content-Type': type,
      'Content-Disposition': contentDisposition(
        `${name}-${report.event.slug}.${file.split('.')[1]}`,
      ),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  };
}

export function registerAttendanceRoutes(router: Router) {
  const path = attendancePath(':id');
  router.page('GET', path, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const report = await attendanceReport(ctx.deps, ctx, routeParam(c, 'id'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(<AttendancePage ctx={ctx} report={report} signer={signerOf(c)} />);
  });
  for (const file of Object.keys(FILES) as (keyof typeof FILES)[])
    router.page('GET', `${path}/${file}`, MANAGE, fileRoute(file));
}
