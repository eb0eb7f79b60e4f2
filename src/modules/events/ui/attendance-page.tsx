// The staff's attendance page of an event: the figures per ticket type (people, not
// registrations) and the official files — the signed attendance list and the figures' XLSX.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber } from '../../../platform/i18n';
import { TextField } from '../../../platform/ui/text-controls';
import { STAFF_PATH } from '../permissions';
import type { Signer } from '../services/attendance-documents';
import type { AttendanceReport, TicketFigures } from '../services/attendance-report';
import { eventFiguresPath } from './figures-page';

export const attendancePath = (eventId: string) => `${STAFF_PATH}/${eventId}/attendance`;

const FIGURES = ['registered', 'confirmed', 'waitlisted', 'attended', 'noShows'] as const;

function FiguresRow({ ctx, row, head }: { ctx: RequestContext; row: TicketFigures; head: string }) {
  return (
    <tr>
      <th scope="row">{head}</th>
      {FIGURES.map((key) => (
        <td>{formatNumber(row[key], ctx.locale)}</td>
      ))}
    </tr>
  );
}

function FiguresTable({ ctx, report }: { ctx: RequestContext; report: AttendanceReport }) {
  const { t } = ctx;
  if (report.figures.length === 0) return <p class="muted">{t('events.attendance.noTickets')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <caption>{t('events.attendance.unit')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('events.attendance.ticketType')}</th>
            {FIGURES.map((key) => (
              <th scope="col">{t(`events.attendance.${key}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.figures.map((row) => (
            <FiguresRow ctx={ctx} row={row} head={row.ticketType} />
          ))}
        </tbody>
        <tfoot>
          <FiguresRow ctx={ctx} row={report.total} head={t('events.attendance.total')} />
        </tfoot>
      </table>
    </div>
  );
}

function ListForm({ ctx, path, signer }: { ctx: RequestContext; path: string; signer: Signer }) {
  const { t } = ctx;
  return (
    <form method="get" action={`${path}/list.docx`} class="stack">
      <TextField t={t} name="signer" label={t('events.attendance.signer')} value={signer.name} />
      <TextField
        t={t}
        name="position"
        label={t('events.attendance.position')}
        value={signer.position}
      />
      <p class="row">
        <button type="submit">{t('events.attendance.listDocx')}</button>
        <button type="submit" class="secondary" formaction={`${path}/list.pdf`}>
          {t('events.attendance.listPdf')}
        </button>
      </p>
    </form>
  );
}

export function AttendancePage(props: {
  ctx: RequestContext;
  report: AttendanceReport;
  signer: Signer;
}) {
  const { ctx, report } = props;
  const { t } = ctx;
  const path = attendancePath(report.event.id);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('events.attendance.title', { title: report.event.titleVi })}
    >
      <section aria-labelledby="figures" class="stack">
        <h2 id="figures">{t('events.attendance.figures')}</h2>
        <FiguresTable ctx={ctx} report={report} />
        <p>
          <a href={eventFiguresPath(report.event.id)}>{t('events.figures.open')}</a>
        </p>
      </section>
      <section aria-labelledby="files" class="stack">
        <h2 id="files">{t('events.attendance.files')}</h2>
        <p>{t('events.attendance.present', { count: report.attendees.length })}</p>
        <ListForm ctx={ctx} path={path} signer={props.signer} />
        <p>
          <a href={`${path}/figures.xlsx`}>{t('events.attendance.figuresXlsx')}</a>
        </p>
      </section>
    </BackofficePage>
  );
}
