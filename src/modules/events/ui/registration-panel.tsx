// The registration part of an event's page: the holder's seat (ticket code, waitlist place, held
// seat) with its cancel button, or why registration is closed, or the one-step form — a member's
// name and e-mail from the account, a guest's typed — with each ticket type's free seats.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { vnDeadline } from '../../../platform/i18n';
import { isSignedIn } from '../../../platform/authz';
import { ActionButton } from '../../../platform/ui/action-button';
import { RadioGroup } from '../../../platform/ui/choice-controls';
import { Notice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import { FormQuestions, type TAnswerError, type Typed } from '../../programs';
import type { EventRow } from '../db/events.repository';
import { ColleaguesForm, type ColleagueChoice, type ColleaguesFormState } from './colleagues-form';
import { cancelDeadline, type RegistrationState } from '../domain/registration-window';
import type { SeatView, TicketAvailability } from '../services/registration.queries';
import { eventPath } from './event-text';
import { GenderQuestion } from './gender-question';
import { TicketQr } from './ticket-qr';

export function SeatStatus(props: {
  ctx: RequestContext;
  seat: SeatView;
  event: EventRow;
  /** Where the cancel button posts; none where the holder cannot be told apart (a claim page). */
  cancelAction?: string;
}) {
  const { ctx, seat, event } = props;
  const { t, locale } = ctx;
  const r = seat.reservation;
  const canCancel = ctx.deps.clock() < cancelDeadline(event) && r.status !== 'cancelled';
  return (
    <div class="card stack">
      {r.status === 'confirmed' && (
        <>
          <p>{t('events.seat.confirmed')}</p>
          <p>
            {t('events.seat.code')}: <strong class="ticket-code">{seat.ticketCode}</strong>
          </p>
          {seat.ticketCode && (
            <TicketQr
              code={seat.ticketCode}
              label={t('events.door.qr', { code: seat.ticketCode })}
            />
          )}
        </>
      )}
      {r.status === 'pending' && <p>{t('events.seat.pending')}</p>}
      {r.status === 'waitlisted' && (
        <p>{t('events.seat.waitlisted', { ahead: seat.ahead ?? 0 })}</p>
      )}
      {r.status === 'offered' && r.holdExpiresAt && (
        <p>{t('events.seat.offered', { until: vnDeadline(r.holdExpiresAt, locale) })}</p>
      )}
      {r.status === 'cancelled' && <p>{t('events.seat.cancelled')}</p>}
      {(r.status === 'expired' || r.status === 'rejected') && <p>{t('events.seat.ended')}</p>}
      {canCancel && props.cancelAction && (
        <ActionButton action={props.cancelAction} label={t('events.seat.cancel')} kind="danger" />
      )}
      {!canCancel && r.status !== 'cancelled' && props.cancelAction && (
        <p class="muted">
          {t('events.seat.noCancel', { at: vnDeadline(cancelDeadline(event), locale) })}
        </p>
      )}
    </div>
  );
}

export function ClosedMessage(props: {
  ctx: RequestContext;
  state: Exclude<RegistrationState, { isOpen: true }>;
}) {
  const { t, locale } = props.ctx;
  const { reason, at } = props.state;
  const text =
    reason === 'NOT_YET_OPEN' && at
      ? t('events.register.opensAt', { at: vnDeadline(at, locale) })
      : reason === 'CLOSED' && at
        ? t('events.register.closedAt', { at: vnDeadline(at, locale) })
        : reason === 'OVER'
          ? t('events.register.over')
          : t('events.register.closed');
  return <Notice kind="error">{text}</Notice>;
}

export interface PanelProps {
  ctx: RequestContext;
  event: EventRow;
  tickets: TicketAvailability[];
  state: RegistrationState;
  seat?: SeatView;
  idempotencyKey: string;
  errors?: FieldErrors;
  values?: { name?: string; email?: string; ticketTypeId?: string; gender?: string };
  /** The answers to the event's questions as posted, after a refused registration. */
  typed?: Typed;
  /** The signed-in member's colleagues they may register (no e-mail: names only). */
  colleagues?: ColleagueChoice[];
  colleaguesForm?: ColleaguesFormState;
  notice?: { kind: 'success' | 'error'; text: string };
}

/** The messages of the answers (`a.<question>`), as the questions' controls take them. */
function answerErrors(errors: FieldErrors | undefined) {
  const byQuestion = new Map<string, TAnswerError[]>();
  for (const [name, message] of Object.entries(errors ?? {})) {
    if (!name.startsWith('a.') || !message) continue;
    const code = message.key as TAnswerError['code'];
    byQuestion.set(name.slice(2), [
      { questionId: name.slice(2), code, params: message.params ?? {} },
    ]);
  }
  return byQuestion;
}

/** Each ticket type with its free seats, or that it is full and takes a waitlist. */
export function ticketOptions(ctx: RequestContext, tickets: TicketAvailability[]) {
  const { t, locale } = ctx;
  return tickets.map(({ ticketType, freeSeats }) => ({
    value: ticketType.id,
    label: `${(locale === 'en' && ticketType.nameEn) || ticketType.nameVi} — ${
      freeSeats > 0 ? t('events.register.free', { count: freeSeats }) : t('events.register.full')
    }`,
  }));
}

function RegistrationForm(props: PanelProps) {
  const { ctx, event, tickets, values = {} } = props;
  const { t } = ctx;
  const actor = ctx.actor;
  const options = ticketOptions(ctx, tickets);
  return (
    <form method="post" action={`${eventPath(event)}/register`} class="stack">
      <input type="hidden" name="key" value={props.idempotencyKey} />
      <RadioGroup
        t={t}
        name="ticketTypeId"
        legend={t('events.register.ticketType')}
        value={values.ticketTypeId ?? (options.length === 1 ? options[0]!.value : undefined)}
        errors={props.errors}
        options={options}
      />
      {isSignedIn(actor) ? (
        <p>{t('events.register.as', { name: actor.user.name, email: actor.user.email })}</p>
      ) : (
        <>
          <TextField
            t={t}
            name="name"
            label={t('events.register.name')}
            value={values.name}
            errors={props.errors}
            required
          />
          <TextField
            t={t}
            name="email"
            type="email"
            label={t('events.register.email')}
            hint={t('events.register.email.hint')}
            value={values.email}
            errors={props.errors}
            required
          />
          <p>
            <a href={`/login?next=${encodeURIComponent(eventPath(event))}`}>
              {t('events.register.login')}
            </a>
          </p>
        </>
      )}
      <GenderQuestion t={t} value={values.gender} errors={props.errors} />
      {event.registrationForm && (
        <FormQuestions
          ctx={ctx}
          form={event.registrationForm}
          typed={props.typed ?? {}}
          stored={{}}
          errors={answerErrors(props.errors)}
          headingLevel={3}
        />
      )}
      <p>
        <button type="submit">{t('events.register.submit')}</button>
      </p>
    </form>
  );
}

export function RegistrationPanel(props: PanelProps) {
  const { ctx, event, seat, state } = props;
  if (props.tickets.length === 0) return null;
  return (
    <section aria-labelledby="register" class="stack">
      <h2 id="register">{ctx.t('events.register.title')}</h2>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {seat ? (
        <SeatStatus
          ctx={ctx}
          seat={seat}
          event={event}
          cancelAction={`${eventPath(event)}/cancel`}
        />
      ) : state.isOpen ? (
        <RegistrationForm {...props} />
      ) : (
        <ClosedMessage ctx={ctx} state={state} />
      )}
      {state.isOpen && props.colleagues && props.colleagues.length > 0 && (
        <ColleaguesForm
          ctx={ctx}
          event={event}
          options={ticketOptions(ctx, props.tickets)}
          colleagues={props.colleagues}
          idempotencyKey={props.idempotencyKey}
          given={props.colleaguesForm}
        />
      )}
    </section>
  );
}
