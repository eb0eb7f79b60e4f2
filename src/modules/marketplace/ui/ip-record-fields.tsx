// The fields of an asset's fee, licence and revenue entry, shared by the forms that add them on
// the asset's page and the pages that correct them. After a stale save each field also shows
// what someone else saved meanwhile (`current`).
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { FormValues } from '../../../platform/input/form-values';
import { Checkbox, SelectField } from '../../../platform/ui/choice-controls';
import { formFieldProps } from '../../../platform/ui/field';
import {
  DateField,
  LongTextField,
  MoneyField,
  TextField,
} from '../../../platform/ui/text-controls';

export interface RecordFieldsProps {
  ctx: RequestContext;
  values?: FormValues;
  errors?: FieldErrors;
  current?: FormValues;
}

const fieldsOf = (props: RecordFieldsProps) => formFieldProps(props.ctx.t, props);

export function FeeFields(props: RecordFieldsProps) {
  const { t } = props.ctx;
  const field = fieldsOf(props);
  return (
    <>
      <TextField
        {...field('label')}
        label={t('marketplace.ip.fee.label')}
        hint={t('marketplace.ip.fee.labelHint')}
        required
      />
      <DateField {...field('dueOn')} label={t('marketplace.ip.fee.dueOn')} />
      <MoneyField {...field('amountVnd')} id="fee-amount" label={t('marketplace.ip.fee.amount')} />
    </>
  );
}

/** Only a recorded fee has a payment day to correct. */
export function FeePaidField(props: RecordFieldsProps) {
  const { t } = props.ctx;
  return (
    <DateField
      {...fieldsOf(props)('paidOn')}
      label={t('marketplace.ip.fee.paidOn')}
      hint={t('marketplace.ip.fee.paidOnHint')}
    />
  );
}

export function LicenceFields(props: RecordFieldsProps) {
  const { t } = props.ctx;
  const field = fieldsOf(props);
  return (
    <>
      <TextField {...field('licensee')} label={t('marketplace.ip.licence.licensee')} required />
      <DateField {...field('licensedOn')} label={t('marketplace.ip.licence.licensedOn')} />
      <Checkbox
        t={t}
        name="isExclusive"
        value="yes"
        label={t('marketplace.ip.licence.isExclusive')}
        checked={props.values?.isExclusive === 'yes'}
      />
      <LongTextField {...field('terms')} label={t('marketplace.ip.licence.terms')} rows={3} />
    </>
  );
}

export function RevenueFields(
  props: RecordFieldsProps & { licences: { id: string; licensee: string }[] },
) {
  const { t } = props.ctx;
  const field = fieldsOf(props);
  return (
    <>
      <MoneyField
        {...field('amountVnd')}
        id="revenue-amount"
        label={t('marketplace.ip.revenue.amount')}
      />
      <DateField {...field('receivedOn')} label={t('marketplace.ip.revenue.receivedOn')} />
      {/* A licence is chosen by its id, which says nothing to show as saved meanwhile. */}
      <SelectField
        {...field('licenceId')}
        current={undefined}
        label={t('marketplace.ip.revenue.licence')}
        empty={t('marketplace.ip.revenue.noLicence')}
        options={props.licences.map((l) => ({ value: l.id, label: l.licensee }))}
      />
      <TextField {...field('note')} label={t('marketplace.ip.revenue.note')} />
    </>
  );
}
