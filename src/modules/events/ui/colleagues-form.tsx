// The part of an event's registration where a member registers colleagues of their directory
// organisation: a ticket type and the people, by name and organisation (never their e-mail).
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { CheckboxGroup, RadioGroup } from '../../../platform/ui/choice-controls';
import type { EventRow } from '../db/events.repository';
import { eventPath } from './event-text';

export interface ColleagueChoice {
  personId: string;
  fullName: string;
  organizationName: string;
}

/** What the form shows again after a refusal. */
export interface ColleaguesFormState {
  errors?: FieldErrors;
  ticketTypeId?: string;
  personIds?: string[];
}

export function ColleaguesForm(props: {
  ctx: RequestContext;
  event: EventRow;
  options: { value: string; label: string }[];
  colleagues: ColleagueChoice[];
  idempotencyKey: string;
  given?: ColleaguesFormState;
}) {
  const { ctx, options, given = {} } = props;
  const { t } = ctx;
  return (
    <form method="post" action={`${eventPath(props.event)}/colleagues`} class="stack">
      <h3 id="colleagues-title">{t('events.colleagues.legend')}</h3>
      <input type="hidden" name="key" value={props.idempotencyKey} />
      <RadioGroup
        t={t}
        name="ticketTypeId"
        id="colleagues-ticket"
        errorKey="ticketTypeId"
        legend={t('events.register.ticketType')}
        value={given.ticketTypeId ?? (options.length === 1 ? options[0]!.value : undefined)}
        errors={given.errors}
        options={options}
      />
      <CheckboxGroup
        t={t}
        name="colleagues"
        legend={t('events.colleagues.legend')}
        hint={t('events.colleagues.hint')}
        values={given.personIds ?? []}
        errors={given.errors}
        options={props.colleagues.map((c) => ({
          value: c.personId,
          label: t('events.colleagues.option', {
            name: c.fullName,
            organization: c.organizationName,
          }),
        }))}
      />
      <p>
        <button type="submit" class="secondary">
          {t('events.colleagues.submit')}
        </button>
      </p>
    </form>
  );
}
