// Importing a guest list: the upload form, then the preview of each row with its problems and the
// button that registers the valid rows (with "send tickets"), then the counts.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { MessageKey } from '../../../platform/i18n';
import { ImportPreview, ImportUploadForm } from '../../../platform/ui/import-preview';
import { Notice } from '../../../platform/ui/notice';
import type { EventRow } from '../db/events.repository';
import type { GuestPreview, ImportCounts } from '../services/guest-import';
import type { GuestRow } from '../services/guest-list';
import { registrantsPath } from './staff-registrants';

export const guestImportPath = (eventId: string) => `${registrantsPath(eventId)}/import`;

export function GuestImportPage(props: {
  ctx: RequestContext;
  event: EventRow;
  errors?: FieldErrors;
}) {
  const { ctx, event } = props;
  const { t } = ctx;
  const path = guestImportPath(event.id);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('events.guests.title')}
      lead={event.titleVi}
      errors={props.errors}
    >
      <ImportUploadForm
        t={t}
        action={path}
        howTo={t('events.guests.howTo')}
        label={t('events.guests.file')}
        hint={t('events.guests.file.hint')}
        accepts="table"
        submit={t('events.guests.preview')}
        errors={props.errors}
      />
    </BackofficePage>
  );
}

function problemsText(ctx: RequestContext, row: GuestRow) {
  if (row.problems.length === 0)
    return ctx.t(row.isReturning ? 'events.guests.returning' : 'events.guests.ok');
  return row.problems.map((p) => ctx.t(`events.guests.problem.${p}` as MessageKey)).join('; ');
}

export function GuestPreviewPage(props: { ctx: RequestContext; preview: GuestPreview }) {
  const { ctx, preview } = props;
  const { t } = ctx;
  const path = guestImportPath(preview.event.id);
  const valid = preview.rows.filter((r) => r.problems.length === 0).length;
  const ticketName = (r: GuestRow) =>
    r.ticketType ? (ctx.locale === 'en' && r.ticketType.nameEn) || r.ticketType.nameVi : '—';
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('events.guests.previewTitle')}
      lead={preview.event.titleVi}
    >
      <ImportPreview
        t={t}
        notice={{
          kind: 'info',
          text: t('events.guests.summary', { valid, total: preview.rows.length }),
        }}
        label={t('events.guests.previewTitle')}
        columns={[
          { key: 'line', label: t('events.guests.line'), cell: (r: GuestRow) => String(r.line) },
          { key: 'name', label: t('events.guests.name'), isRowHeader: true, cell: (r) => r.name },
          { key: 'email', label: t('events.guests.email'), cell: (r) => r.email },
          { key: 'ticket', label: t('events.registrants.ticketType'), cell: ticketName },
          { key: 'org', label: t('events.guests.organization'), cell: (r) => r.organization },
          {
            key: 'problems',
            label: t('events.guests.problems'),
            cell: (r) => problemsText(ctx, r),
          },
        ]}
        rows={preview.rows}
        confirm={
          valid > 0
            ? {
                action: `${path}/confirm`,
                label: t('events.guests.confirm', { count: valid }),
                hidden: { file: preview.fileHash, key: preview.key },
                options: (
                  <label>
                    <input type="checkbox" name="sendTickets" value="yes" />{' '}
                    {t('events.guests.sendTickets')}
                  </label>
                ),
              }
            : undefined
        }
        another={{ href: path, label: t('events.guests.another') }}
      />
    </BackofficePage>
  );
}

export function GuestResultPage(props: {
  ctx: RequestContext;
  event: EventRow;
  counts?: ImportCounts;
  alreadyCount?: number;
}) {
  const { ctx, event, counts } = props;
  const { t } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={guestImportPath(event.id)}
      title={t('events.guests.resultTitle')}
      lead={event.titleVi}
    >
      {counts ? (
        <Notice kind="success">{t('events.guests.result', { ...counts })}</Notice>
      ) : (
        <Notice kind="info">
          {t('events.guests.already', { count: props.alreadyCount ?? 0 })}
        </Notice>
      )}
      <p>
        <a href={registrantsPath(event.id)}>{t('events.registrants.open')}</a>
      </p>
    </BackofficePage>
  );
}
