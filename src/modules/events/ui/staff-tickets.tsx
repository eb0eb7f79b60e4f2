// The back-office's ticket types of an event: capacity, seats taken and waiting per type, a
// capacity change and the approval switch per type, and a form to add one.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber } from '../../../platform/i18n';
import { DataTable } from '../../../platform/ui/data-table';
import { ActionButton } from '../../../platform/ui/action-button';
import { Checkbox } from '../../../platform/ui/choice-controls';
import { TextField } from '../../../platform/ui/text-controls';
import type { EventRow } from '../db/events.repository';
import { STAFF_PATH } from '../permissions';
import type { TicketAvailability } from '../services/registration.queries';

export function StaffTickets(props: {
  ctx: RequestContext;
  event: EventRow;
  tickets: TicketAvailability[];
  errors?: FieldErrors;
}) {
  const { ctx, event, tickets } = props;
  const { t, locale } = ctx;
  const base = `${STAFF_PATH}/${event.id}/tickets`;
  return (
    <section aria-labelledby="tickets" class="stack">
      <h2 id="tickets">{t('events.tickets.title')}</h2>
      {tickets.length === 0 ? (
        <p class="muted">{t('events.tickets.empty')}</p>
      ) : (
        <DataTable
          caption={t('events.tickets.title')}
          rows={tickets}
          columns={[
            {
              key: 'name',
              label: t('events.tickets.name'),
              isRowHeader: true,
              cell: (r) => r.ticketType.nameVi,
            },
            {
              key: 'confirmed',
              label: t('events.tickets.confirmed'),
              cell: (r) => formatNumber(r.pool.takenUnits, locale),
            },
            {
              key: 'waitlisted',
              label: t('events.tickets.waitlisted'),
              cell: (r) => formatNumber(r.pool.waitlistedUnits, locale),
            },
            {
              key: 'approval',
              label: t('events.tickets.approval'),
              cell: (r) => {
                const isOn = r.pool.isApprovalRequired;
                const name = r.ticketType.nameVi;
                return (
                  <>
                    {t(isOn ? 'events.tickets.approvalOn' : 'events.tickets.approvalOff')}{' '}
                    <ActionButton
                      action={`${base}/${r.ticketType.id}/approval`}
                      label={t(
                        isOn ? 'events.tickets.stopApproval' : 'events.tickets.requireApproval',
                        { name },
                      )}
                      kind="secondary"
                      hidden={{ isApprovalRequired: isOn ? 'no' : 'yes' }}
                    />
                  </>
                );
              },
            },
            {
              key: 'capacity',
              label: t('events.tickets.capacity'),
              cell: (r) => (
                <form method="post" action={`${base}/${r.ticketType.id}/capacity`} class="row">
                  <TextField
                    t={t}
                    name="capacity"
                    id={`capacity-${r.ticketType.id}`}
                    label={t('events.tickets.capacityOf', { name: r.ticketType.nameVi })}
                    value={String(r.pool.capacity)}
                  />
                  <button type="submit" class="secondary">
                    {t('events.tickets.setCapacity')}
                  </button>
                </form>
              ),
            },
          ]}
        />
      )}
      <form method="post" action={base} class="stack">
        <h3>{t('events.tickets.add')}</h3>
        <TextField
          t={t}
          name="nameVi"
          label={t('events.tickets.nameVi')}
          errors={props.errors}
          required
        />
        <TextField t={t} name="nameEn" label={t('events.tickets.nameEn')} errors={props.errors} />
        <TextField
          t={t}
          name="capacity"
          label={t('events.tickets.capacity')}
          errors={props.errors}
          required
        />
        <Checkbox
          t={t}
          name="isApprovalRequired"
          label={t('events.tickets.isApprovalRequired')}
          hint={t('events.tickets.isApprovalRequired.hint')}
        />
        <p>
          <button type="submit">{t('events.tickets.add')}</button>
        </p>
      </form>
    </section>
  );
}
