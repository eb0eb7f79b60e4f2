// Walk-ins: a person who came without registering, registered and checked in from the door.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { SelectField } from '../../../platform/ui/choice-controls';
import { TextField } from '../../../platform/ui/text-controls';
import type { DoorView } from './check-in-page';
import { walkInPath } from './door-text';

export interface WalkInState {
  /** A fresh key per form shown: the same form posted twice is one walk-in. */
  key: string;
  values: { name: string; email: string; ticketTypeId: string };
}

export function WalkInForm(props: { ctx: RequestContext; view: DoorView; errors?: FieldErrors }) {
  const { ctx, view, errors } = props;
  const { t, locale } = ctx;
  const { key, values } = view.walkIn;
  // Free at the door: a walk-in takes a seat nobody holds, ahead of the waitlist (they are here).
  const options = view.tickets.map(({ ticketType, pool }) => ({
    value: ticketType.id,
    label: `${(locale === 'en' && ticketType.nameEn) || ticketType.nameVi} — ${t('events.register.free', { count: Math.max(0, pool.capacity - pool.takenUnits - pool.heldUnits) })}`,
  }));
  return (
    <section aria-labelledby="walk-in" class="stack">
      <h2 id="walk-in">{t('events.door.walkIn')}</h2>
      {options.length === 0 ? (
        <p class="muted">{t('events.door.walkIn.noTickets')}</p>
      ) : (
        <form method="post" action={walkInPath(view.door.event)} class="stack">
          <p class="muted">{t('events.door.walkIn.lead')}</p>
          <input type="hidden" name="key" value={key} />
          <input type="hidden" name="session" value={view.part} />
          <TextField
            t={t}
            name="name"
            label={t('events.door.walkIn.name')}
            value={values.name}
            errors={errors}
            required
            autocomplete="off"
          />
          <TextField
            t={t}
            name="email"
            type="email"
            label={t('events.door.walkIn.email')}
            value={values.email}
            errors={errors}
            autocomplete="off"
          />
          <SelectField
            t={t}
            name="ticketTypeId"
            label={t('events.door.walkIn.ticketType')}
            value={values.ticketTypeId}
            options={options}
            errors={errors}
          />
          <p>
            <button type="submit" class="secondary">
              {t('events.door.walkIn.submit')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
