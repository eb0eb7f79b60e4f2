// The organisers' page to write to an event's registrants — all of them or one ticket type's, in
// Vietnamese and optionally English — and the messages already sent, with how many received each.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime, formatNumber } from '../../../platform/i18n';
import type { FormValues } from '../../../platform/input/form-values';
import { SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import type { PageNotice } from '../../../platform/ui/notice';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { EventRow } from '../db/events.repository';
import type { MessageRow } from '../db/messages.repository';
import type { TicketTypeRow } from '../db/registrations.repository';
import { STAFF_PATH } from '../permissions';

export const messagesPath = (eventId: string) => `${STAFF_PATH}/${eventId}/messages`;

export interface MessagesView {
  event: EventRow;
  ticketTypes: TicketTypeRow[];
  sent: MessageRow[];
  key: string;
  values?: FormValues;
  errors?: FieldErrors;
  notice?: PageNotice;
}

function MessageForm({ ctx, view }: { ctx: RequestContext; view: MessagesView }) {
  const { t } = ctx;
  const v = (name: string) => {
    const value = view.values?.[name];
    return typeof value === 'string' ? value : undefined;
  };
  const common = { t, errors: view.errors };
  return (
    <form method="post" action={messagesPath(view.event.id)} class="stack">
      <input type="hidden" name="key" value={view.key} />
      <SelectField
        {...common}
        name="ticketTypeId"
        label={t('events.messages.to')}
        value={v('ticketTypeId') ?? ''}
        options={[
          { value: '', label: t('events.messages.everyone') },
          ...view.ticketTypes.map((tt) => ({ value: tt.id, label: tt.nameVi })),
        ]}
      />
      <TextField
        {...common}
        name="subjectVi"
        label={t('events.messages.subjectVi')}
        value={v('subjectVi')}
        maxlength={200}
        required
      />
      <LongTextField
        {...common}
        name="bodyVi"
        label={t('events.messages.bodyVi')}
        value={v('bodyVi')}
        rows={8}
        maxlength={5000}
        required
      />
      <TextField
        {...common}
        name="subjectEn"
        label={t('events.messages.subjectEn')}
        hint={t('events.messages.enHint')}
        value={v('subjectEn')}
        maxlength={200}
      />
      <LongTextField
        {...common}
        name="bodyEn"
        label={t('events.messages.bodyEn')}
        value={v('bodyEn')}
        rows={8}
        maxlength={5000}
      />
      <p>
        <button type="submit">{t('events.messages.send')}</button>
      </p>
    </form>
  );
}

export function MessagesPage({ ctx, view }: { ctx: RequestContext; view: MessagesView }) {
  const { t, locale } = ctx;
  const { event } = view;
  const typeName = (id: string | null) =>
    view.ticketTypes.find((tt) => tt.id === id)?.nameVi ?? t('events.messages.everyone');
  return (
    <BackofficePage
      ctx={ctx}
      path={messagesPath(event.id)}
      title={t('events.messages.title', { title: event.titleVi })}
      lead={t('events.messages.lead')}
      errors={view.errors}
      notice={view.notice}
    >
      <p class="row">
        <a href={`${STAFF_PATH}/${event.id}/registrations`}>{t('events.messages.back')}</a>
      </p>
      <MessageForm ctx={ctx} view={view} />
      <h2>{t('events.messages.sent')}</h2>
      {view.sent.length === 0 ? (
        <p class="muted">{t('events.messages.none')}</p>
      ) : (
        <DataTable
          caption={t('events.messages.sent')}
          rows={view.sent}
          columns={[
            {
              key: 'subject',
              label: t('events.messages.subjectVi'),
              isRowHeader: true,
              cell: (m) => m.subjectVi,
            },
            { key: 'to', label: t('events.messages.to'), cell: (m) => typeName(m.ticketTypeId) },
            {
              key: 'recipients',
              label: t('events.messages.recipients'),
              cell: (m) => formatNumber(m.recipients, locale),
            },
            {
              key: 'at',
              label: t('events.messages.at'),
              cell: (m) => formatDateTime(m.createdAt, locale),
            },
          ]}
        />
      )}
    </BackofficePage>
  );
}
