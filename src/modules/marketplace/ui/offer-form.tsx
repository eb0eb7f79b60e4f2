// The offer form: who offers, what the technology is, its IP and readiness, how it is transferred
// and at what price. One page, usable on a phone; new offers are drafts until submitted.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { Checkbox, CheckboxGroup, SelectField } from '../../../platform/ui/choice-controls';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice } from '../../../platform/ui/notice';
import {
  DateField,
  LongTextField,
  MoneyField,
  TextField,
} from '../../../platform/ui/text-controls';
import type { OfferRow } from '../db/offers.repository';
import type { OfferFormState } from '../services/offer-form';
import type { Owner } from '../services/owners';
import { ipKindChoices, sectorChoices, transferChoices, trlChoices } from './labels';
import { OFFERS_PATH, offerPath } from './paths';
import { OFFER_RESTRICTABLE } from '../domain/confidentiality';
import { TierChoices } from './confidential';

export interface OfferFormProps {
  ctx: RequestContext;
  state: OfferFormState;
  /** The profiles the author writes for; staff type any profile's address instead. */
  owners: Owner[];
  isStaff: boolean;
  errors?: FieldErrors;
  /** Editing: the offer and the version the form was shown at. */
  offer?: OfferRow;
  version?: number;
  /** After a stale save: what the other person saved. */
  current?: OfferRow;
  submissionKey?: string;
}

function OwnerField({ ctx, state, owners, isStaff, errors }: OfferFormProps) {
  const { t } = ctx;
  if (isStaff)
    return (
      <TextField
        t={t}
        name="owner"
        label={t('marketplace.field.owner')}
        hint={t('marketplace.field.owner.staffHint')}
        value={state.values.owner}
        errors={errors}
        required
      />
    );
  return (
    <SelectField
      t={t}
      name="owner"
      label={t('marketplace.field.owner')}
      value={state.values.owner}
      errors={errors}
      options={owners.map((o) => ({ value: o.slug, label: o.name }))}
      required
    />
  );
}

function OfferFields(props: OfferFormProps) {
  const { ctx, state, errors, current } = props;
  const { t } = ctx;
  const v = (name: string) => state.values[name] ?? '';
  const saved = (name: keyof OfferRow) => (current ? String(current[name] ?? '') : undefined);
  const field = (
    name: string,
    extra: { rows?: number; required?: boolean; hint?: boolean } = {},
  ) => {
    const common = {
      t,
      name,
      label: t(`marketplace.field.${name}` as never),
      hint: extra.hint ? t(`marketplace.field.${name}.hint` as never) : undefined,
      value: v(name),
      errors,
      current: saved(name as keyof OfferRow),
      required: extra.required,
    };
    return extra.rows ? <LongTextField {...common} rows={extra.rows} /> : <TextField {...common} />;
  };
  return (
    <>
      {!props.offer && <OwnerField {...props} />}
      {field('title', { required: true })}
      {field('summary', { rows: 4, required: true, hint: true })}
      {field('problem', { rows: 4 })}
      {field('advantages', { rows: 4 })}
      {field('applications', { rows: 3 })}
      <CheckboxGroup
        t={t}
        name="sectors"
        legend={t('marketplace.field.sectors')}
        options={sectorChoices(t)}
        values={state.sectors}
        errors={errors}
      />
      <SelectField
        t={t}
        name="trl"
        label={t('marketplace.field.trl')}
        hint={t('marketplace.field.trl.hint')}
        value={v('trl')}
        empty=""
        options={trlChoices(t)}
        errors={errors}
        required
      />
      <fieldset>
        <legend>{t('marketplace.offer.ip')}</legend>
        <SelectField
          t={t}
          name="ipKind"
          label={t('marketplace.field.ipKind')}
          value={v('ipKind')}
          options={ipKindChoices(t)}
          errors={errors}
        />
        {field('ipNumber')}
        {field('ipJurisdiction', { hint: true })}
        <DateField
          t={t}
          name="ipExpiresOn"
          label={t('marketplace.field.ipExpiresOn')}
          value={v('ipExpiresOn')}
          errors={errors}
        />
        {field('coOwners', { rows: 3, hint: true })}
        <Checkbox
          t={t}
          name="isStateFunded"
          label={t('marketplace.field.isStateFunded')}
          checked={v('isStateFunded') === 'yes'}
          errors={errors}
        />
      </fieldset>
      <CheckboxGroup
        t={t}
        name="transferForms"
        legend={t('marketplace.field.transferForms')}
        options={transferChoices(t)}
        values={state.transferForms}
        errors={errors}
      />
      <MoneyField
        t={t}
        name="priceVnd"
        label={t('marketplace.field.priceVnd')}
        value={v('priceVnd')}
        errors={errors}
      />
      <Checkbox
        t={t}
        name="isNegotiable"
        label={t('marketplace.field.isNegotiable')}
        checked={v('isNegotiable') === 'yes'}
        errors={errors}
      />
      <Checkbox
        t={t}
        name="allowsDirectIntroduction"
        label={t('marketplace.field.allowsDirectIntroduction')}
        hint={t('marketplace.field.allowsDirectIntroduction.hint')}
        checked={v('allowsDirectIntroduction') === 'yes'}
        errors={errors}
      />
      {field('inventors', { rows: 3, hint: true })}
      <TextField
        t={t}
        name="contactEmail"
        type="email"
        label={t('marketplace.field.contactEmail')}
        value={v('contactEmail')}
        errors={errors}
      />
    </>
  );
}

export function OfferFormPage(props: OfferFormProps) {
  const { ctx, offer } = props;
  const { t } = ctx;
  const title = offer ? t('marketplace.offer.editTitle') : t('marketplace.offer.new');
  const action = offer ? `${offerPath(offer.id)}/edit` : `${OFFERS_PATH}/new`;
  const noOwner = !offer && !props.isStaff && props.owners.length === 0;
  return (
    <Layout ctx={ctx} title={title} path={action}>
      <h1>{title}</h1>
      {props.current && <Notice kind="error">{t('marketplace.conflict')}</Notice>}
      {noOwner ? (
        <Notice kind="info">
          {t('marketplace.offer.noOwner')}{' '}
          <a href="/directory">{t('marketplace.offer.findProfile')}</a>
        </Notice>
      ) : (
        <form method="post" action={action} novalidate>
          <ErrorSummary t={t} errors={props.errors} />
          {props.version !== undefined && (
            <input type="hidden" name="version" value={String(props.version)} />
          )}
          {props.submissionKey && (
            <input type="hidden" name="submissionKey" value={props.submissionKey} />
          )}
          <OfferFields {...props} />
          <TierChoices
            ctx={ctx}
            fields={OFFER_RESTRICTABLE}
            values={props.state.values}
            fallback="public"
            hint={t('marketplace.tiers.hint')}
            errors={props.errors}
          />
          <button type="submit">
            {offer ? t('marketplace.save') : t('marketplace.offer.saveDraft')}
          </button>
        </form>
      )}
    </Layout>
  );
}
