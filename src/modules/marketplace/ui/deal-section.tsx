// An introduction's deal: the form to record it (either side or a broker), the recorded facts
// with each side's confirmation, and — when the law requires registration — its deadline and the
// dossier to download.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatVnd } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { Checkbox, SelectField } from '../../../platform/ui/choice-controls';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import {
  DateField,
  FileField,
  LongTextField,
  MoneyField,
  TextField,
} from '../../../platform/ui/text-controls';
import { DEAL_DIRECTIONS, ownerSideOf } from '../domain/deal';
import type { DealRow } from '../db/introductions.repository';
import type { IntroductionView } from '../services/introductions.queries';
import { transferChoices, transferLabel } from './labels';
import { introductionPath } from './paths';

const dayOf = (d: string) => new Date(`${d}T00:00:00+07:00`);

export function DealForm(props: {
  ctx: RequestContext;
  view: IntroductionView;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { ctx, view, values, errors } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="deal-form">
      <h2 id="deal-form">{t('marketplace.deal.record')}</h2>
      <p>{t('marketplace.deal.lead')}</p>
      <form
        method="post"
        action={`${introductionPath(view.introduction.id)}/deal`}
        enctype="multipart/form-data"
        novalidate
      >
        <ErrorSummary t={t} errors={errors} />
        <input type="hidden" name="version" value={String(view.introduction.version)} />
        {!view.requesterOrgName && (
          <TextField
            t={t}
            name="counterpart"
            label={t('marketplace.field.counterpart')}
            hint={t('marketplace.field.owner.staffHint')}
            value={values.counterpart}
            errors={errors}
            required
          />
        )}
        <TextField
          t={t}
          name="object"
          label={t('marketplace.field.object')}
          hint={t('marketplace.field.object.hint')}
          value={values.object}
          errors={errors}
        />
        <SelectField
          t={t}
          name="transferForm"
          label={t('marketplace.field.transferForm')}
          value={values.transferForm}
          options={transferChoices(t)}
          errors={errors}
        />
        <SelectField
          t={t}
          name="direction"
          label={t('marketplace.field.direction')}
          value={values.direction}
          options={DEAL_DIRECTIONS.map((d) => ({
            value: d,
            label: t(`marketplace.deal.direction.${d}`),
          }))}
          errors={errors}
        />
        <Checkbox
          t={t}
          name="usesStateCapital"
          label={t('marketplace.field.usesStateCapital')}
          checked={values.usesStateCapital === 'yes'}
          errors={errors}
        />
        <MoneyField
          t={t}
          name="valueVnd"
          label={t('marketplace.field.valueVnd')}
          value={values.valueVnd}
          errors={errors}
          required
        />
        <DateField
          t={t}
          name="signedOn"
          label={t('marketplace.field.signedOn')}
          value={values.signedOn}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="contractNumber"
          label={t('marketplace.field.contractNumber')}
          value={values.contractNumber}
          errors={errors}
        />
        <FileField
          t={t}
          name="signedFile"
          label={t('marketplace.field.signedFile')}
          hint={t('marketplace.field.signedFile.hint')}
          accept=".pdf,.docx,.png,.jpg,.jpeg"
          errors={errors}
        />
        <LongTextField
          t={t}
          name="evidence"
          label={t('marketplace.field.evidence')}
          hint={t('marketplace.field.evidence.hint')}
          value={values.evidence}
          rows={2}
          errors={errors}
        />
        <button type="submit">{t('marketplace.deal.record')}</button>
      </form>
    </section>
  );
}

function Confirmation(props: { ctx: RequestContext; at: Date | null }) {
  const { t, locale } = props.ctx;
  return (
    <>
      {props.at
        ? t('marketplace.deal.confirmedOn', { date: formatDate(props.at, locale) })
        : t('marketplace.deal.notConfirmed')}
    </>
  );
}

/** The sides of the deal the viewer may still confirm. */
function pendingSides(view: IntroductionView, deal: DealRow) {
  const ownerSide = ownerSideOf(view.listing.kind);
  const mine = [
    ...(view.roles.includes('owner') ? [ownerSide] : []),
    ...(view.roles.includes('requester')
      ? [ownerSide === 'supplier' ? 'recipient' : 'supplier']
      : []),
  ];
  return mine.filter((s) =>
    s === 'supplier' ? !deal.supplierConfirmedAt : !deal.recipientConfirmedAt,
  );
}

function Registration(props: { ctx: RequestContext; view: IntroductionView; deal: DealRow }) {
  const { ctx, deal } = props;
  const { t, locale } = ctx;
  if (!deal.registrationDueOn) return <p>{t('marketplace.deal.registration.none')}</p>;
  const due = dayOf(deal.registrationDueOn);
  const days = Math.ceil((due.getTime() - ctx.deps.clock().getTime()) / 86_400_000);
  const path = `${introductionPath(props.view.introduction.id)}/deal/registration`;
  return (
    <>
      <h3>{t('marketplace.deal.registration')}</h3>
      <p>
        {t('marketplace.deal.registration.due', { date: formatDate(due, locale) })}{' '}
        {days >= 0
          ? t('marketplace.deal.registration.left', { days })
          : t('marketplace.deal.registration.overdue', { days: -days })}
      </p>
      <ul>
        <li>
          <a href={`${path}.docx`}>{t('marketplace.deal.dossier.docx')}</a>
        </li>
        <li>
          <a href={`${path}.pdf`}>{t('marketplace.deal.dossier.pdf')}</a>
        </li>
      </ul>
    </>
  );
}

export function DealFacts(props: { ctx: RequestContext; view: IntroductionView; deal: DealRow }) {
  const { ctx, view, deal } = props;
  const { t, locale } = ctx;
  const pending = pendingSides(view, deal);
  const isFact = deal.supplierConfirmedAt !== null && deal.recipientConfirmedAt !== null;
  return (
    <section aria-labelledby="deal-title" id="deal">
      <h2 id="deal-title">{t('marketplace.deal.title')}</h2>
      <dl class="facts">
        <dt>{t('marketplace.field.object')}</dt>
        <dd>{deal.object}</dd>
        <dt>{t('marketplace.field.transferForm')}</dt>
        <dd>{transferLabel(t, deal.transferForm)}</dd>
        <dt>{t('marketplace.field.direction')}</dt>
        <dd>{t(`marketplace.deal.direction.${deal.direction}` as never)}</dd>
        <dt>{t('marketplace.field.valueVnd')}</dt>
        <dd>{formatVnd(deal.valueVnd, locale)}</dd>
        <dt>{t('marketplace.field.signedOn')}</dt>
        <dd>{formatDate(dayOf(deal.signedOn), locale)}</dd>
        {deal.contractNumber && (
          <>
            <dt>{t('marketplace.field.contractNumber')}</dt>
            <dd>{deal.contractNumber}</dd>
          </>
        )}
        {deal.signedFileName && (
          <>
            <dt>{t('marketplace.deal.signedFile')}</dt>
            <dd>
              <a href={`${introductionPath(view.introduction.id)}/deal/file`}>
                {deal.signedFileName}
              </a>
            </dd>
          </>
        )}
        {deal.evidence && (
          <>
            <dt>{t('marketplace.field.evidence')}</dt>
            <dd>{deal.evidence}</dd>
          </>
        )}
        <dt>{t('marketplace.deal.supplier')}</dt>
        <dd>
          <Confirmation ctx={ctx} at={deal.supplierConfirmedAt} />
        </dd>
        <dt>{t('marketplace.deal.recipient')}</dt>
        <dd>
          <Confirmation ctx={ctx} at={deal.recipientConfirmedAt} />
        </dd>
      </dl>
      {isFact && <p>{t('marketplace.deal.isFact')}</p>}
      {pending.length > 0 && (
        <ActionButton
          action={`${introductionPath(view.introduction.id)}/deal/confirm`}
          label={t('marketplace.deal.confirm')}
          hidden={{ version: deal.version }}
        />
      )}
      <Registration ctx={ctx} view={view} deal={deal} />
    </section>
  );
}
