// The back-office's event form (fields, place, times, agenda, speakers, cover) and, for a saved
// event, its steps: publish, cancel, close registration, duplicate, the next months of a series.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import { imageLimits } from '../../../platform/files/image-upload';
import type { RequestContext } from '../../../platform/http/context';
import type { Translate } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { Checkbox, CheckboxGroup, SelectField } from '../../../platform/ui/choice-controls';
import type { PageNotice } from '../../../platform/ui/notice';
import {
  DateTimeField,
  FileField,
  LongTextField,
  TextField,
} from '../../../platform/ui/text-controls';
import { PROVINCES, SECTORS } from '../../directory';
import { EVENT_TIMES } from '../contracts';
import type { EventRow } from '../db/events.repository';
import { EVENT_LANGUAGES, EVENT_TYPES } from '../domain/event';
import { STAFF_PATH } from '../permissions';
import type { EventFormState } from '../services/event-form';
import { COVER_RULES } from '../services/event-input';
import { EVENT_STEPS, type EventStep } from '../services/event-workflow';
import { MAX_OCCURRENCES } from '../services/duplicate-event';
import { eventPath } from './event-text';
import { StaffTickets } from './staff-tickets';
import type { TicketAvailability } from '../services/registration.queries';

const PROVINCE_CHOICES = PROVINCES.map((p) => ({ value: p.code, label: p.name }));

interface FieldsProps {
  t: Translate;
  state: EventFormState;
  errors?: FieldErrors;
  isNew: boolean;
  coverKey?: string | null;
}

function textField(
  p: FieldsProps,
  name: string,
  extra: { rows?: number; hint?: boolean; required?: boolean } = {},
) {
  const common = {
    t: p.t,
    name,
    label: p.t(`events.form.${name}` as never),
    value: p.state.values[name] ?? '',
    errors: p.errors,
    hint: extra.hint ? p.t(`events.form.${name}.hint` as never) : undefined,
    required: extra.required,
  };
  return extra.rows ? <LongTextField {...common} rows={extra.rows} /> : <TextField {...common} />;
}

function GeneralFields(p: FieldsProps) {
  const { t, state } = p;
  return (
    <fieldset>
      <legend>{t('events.form.general')}</legend>
      <SelectField
        t={t}
        name="type"
        label={t('events.form.type')}
        value={state.values.type || 'meetup'}
        errors={p.errors}
        options={EVENT_TYPES.map((k) => ({ value: k, label: t(`events.type.${k}`) }))}
      />
      {textField(p, 'titleVi', { required: true })}
      {p.isNew && textField(p, 'slug', { hint: true })}
      {textField(p, 'summaryVi', { rows: 3 })}
      {textField(p, 'descriptionVi', { rows: 12, hint: true })}
      <SelectField
        t={t}
        name="language"
        label={t('events.form.language')}
        value={state.values.language || 'vi'}
        errors={p.errors}
        options={EVENT_LANGUAGES.map((l) => ({ value: l, label: t(`events.language.${l}`) }))}
      />
      {textField(p, 'organizers', { rows: 3, hint: true })}
      {textField(p, 'programme', { hint: true })}
    </fieldset>
  );
}

function PlaceAndTimeFields(p: FieldsProps) {
  const { t, state } = p;
  return (
    <fieldset>
      <legend>{t('events.form.placeAndTime')}</legend>
      {EVENT_TIMES.map((name) => (
        <DateTimeField
          t={t}
          name={name}
          label={t(`events.form.${name}`)}
          value={state.values[name]}
          errors={p.errors}
          required={name === 'startsAt' || name === 'endsAt'}
        />
      ))}
      {textField(p, 'holdHours', { hint: true })}
      {textField(p, 'venueName')}
      {textField(p, 'venueAddress', { hint: true })}
      <SelectField
        t={t}
        name="provinceCode"
        label={t('events.form.provinceCode')}
        value={state.values.provinceCode}
        empty={t('events.form.noProvince')}
        errors={p.errors}
        options={PROVINCE_CHOICES}
      />
      {textField(p, 'mapUrl')}
      {textField(p, 'onlineUrl')}
    </fieldset>
  );
}

function ProgrammeFields(p: FieldsProps) {
  const { t, state } = p;
  return (
    <fieldset>
      <legend>{t('events.form.programmeAndPeople')}</legend>
      {textField(p, 'agenda', { rows: 8, hint: true })}
      {textField(p, 'speakers', { rows: 5, hint: true })}
      <CheckboxGroup
        t={t}
        name="sectors"
        legend={t('events.form.sectors')}
        errors={p.errors}
        values={state.sectors}
        options={SECTORS.map((s) => ({ value: s, label: t(`directory.sector.${s}` as never) }))}
      />
    </fieldset>
  );
}

function CoverFields(p: FieldsProps) {
  const { t, state } = p;
  return (
    <fieldset>
      <legend>{t('events.form.cover')}</legend>
      {p.coverKey && (
        <img
          class="logo-preview"
          src={`/files/${p.coverKey}`}
          alt={state.values.coverAltVi ?? ''}
        />
      )}
      <FileField
        t={t}
        name="cover"
        label={t('events.form.cover')}
        hint={t('events.form.cover.hint', imageLimits(COVER_RULES))}
        errors={p.errors}
        accept="image/png,image/jpeg,image/webp,image/gif"
      />
      {state.pendingCover && (
        <>
          <input type="hidden" name="coverPending" value={state.pendingCover} />
          <p class="hint">{t('ui.image.pending')}</p>
        </>
      )}
      {p.coverKey && <Checkbox t={t} name="coverRemove" value="1" label={t('ui.image.remove')} />}
      {textField(p, 'coverAltVi')}
      {textField(p, 'coverAltEn')}
    </fieldset>
  );
}

function EnglishAndFigures(p: FieldsProps) {
  return (
    <>
      <fieldset>
        <legend>{p.t('events.form.english')}</legend>
        {textField(p, 'titleEn')}
        {textField(p, 'summaryEn', { rows: 3 })}
        {textField(p, 'descriptionEn', { rows: 8 })}
      </fieldset>
      <fieldset>
        <legend>{p.t('events.form.figures')}</legend>
        {textField(p, 'reportedParticipants', { hint: true })}
        {textField(p, 'reportedStartups')}
      </fieldset>
    </>
  );
}

const stepApplies = (step: EventStep, e: EventRow) =>
  ({
    publish: e.status === 'draft',
    unpublish: e.status === 'published',
    cancel: e.status === 'published',
    closeRegistration: !e.isRegistrationClosed,
    reopenRegistration: e.isRegistrationClosed,
  })[step];

function EventSteps({ ctx, event }: { ctx: RequestContext; event: EventRow }) {
  const { t } = ctx;
  const base = `${STAFF_PATH}/${event.id}`;
  return (
    <section aria-labelledby="steps" class="stack">
      <h2 id="steps">{t('events.staff.steps')}</h2>
      <p class="row">
        {EVENT_STEPS.filter((s) => stepApplies(s, event)).map((step) => (
          <ActionButton
            action={`${base}/step`}
            label={t(`events.step.${step}`)}
            kind={step === 'cancel' ? 'danger' : step === 'publish' ? 'primary' : 'secondary'}
            hidden={{ step, version: event.version }}
          />
        ))}
        <a href={`${base}/check-in`}>{t('events.checkIn.open')}</a>
        <a href={`${base}/attendance`}>{t('events.attendance.open')}</a>
        <a href={`${base}/follow-up`}>{t('events.followUp.open')}</a>
        <a href={`${base}/registrations`}>{t('events.registrants.open')}</a>
        <a href={`${base}/questions`}>{t('events.questions.open')}</a>
        <ActionButton
          action={`${base}/duplicate`}
          label={t('events.staff.duplicate')}
          kind="secondary"
        />
      </p>
      <form method="post" action={`${base}/occurrences`} class="row">
        <TextField
          t={t}
          name="count"
          label={t('events.staff.occurrences')}
          hint={t('events.staff.occurrences.hint', { max: MAX_OCCURRENCES })}
          value="3"
        />
        <button type="submit" class="secondary">
          {t('events.staff.createOccurrences')}
        </button>
      </form>
    </section>
  );
}

export function EventFormPage(props: {
  ctx: RequestContext;
  event?: EventRow;
  state: EventFormState;
  version?: number;
  errors?: FieldErrors;
  notice?: PageNotice;
  tickets?: TicketAvailability[];
  ticketErrors?: FieldErrors;
}) {
  const { ctx, event, state } = props;
  const { t } = ctx;
  const path = event ? `${STAFF_PATH}/${event.id}` : `${STAFF_PATH}/new`;
  const title = event
    ? t('events.staff.editTitle', { title: event.titleVi })
    : t('events.staff.createTitle');
  const fields: FieldsProps = {
    t,
    state,
    errors: props.errors,
    isNew: !event,
    coverKey: event?.coverKey,
  };
  return (
    <BackofficePage ctx={ctx} path={path} title={title} errors={props.errors} notice={props.notice}>
      {event && (
        <p class="row">
          <span class="badge">{t(`events.status.${event.status}` as never)}</span>
          <a href={eventPath(event)}>{t('events.staff.view')}</a>
        </p>
      )}
      <form method="post" action={path} enctype="multipart/form-data" class="stack">
        {props.version !== undefined && (
          <input type="hidden" name="version" value={String(props.version)} />
        )}
        <GeneralFields {...fields} />
        <PlaceAndTimeFields {...fields} />
        <ProgrammeFields {...fields} />
        <CoverFields {...fields} />
        <EnglishAndFigures {...fields} />
        <p class="row">
          <button type="submit">{t('common.save')}</button>
        </p>
      </form>
      {event && <EventSteps ctx={ctx} event={event} />}
      {event && (
        <StaffTickets
          ctx={ctx}
          event={event}
          tickets={props.tickets ?? []}
          errors={props.ticketErrors}
        />
      )}
    </BackofficePage>
  );
}
