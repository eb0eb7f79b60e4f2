// The fields of an asset's fee, licence and revenue entry, shared by the forms that add them on
// the asset's page and the pages that correct them. After a stale save each field also shows
// what someone else saved meanwhile (`current`).
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { FormValues } from '../../../platform/input/form-values';
import { Checkbox, SelectField } from '../../../platform/ui/choice-controls';
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

export function FeeFields({ ctx, values: v = {}, errors, current }: RecordFieldsProps) {
  const { t } = ctx;
  return (
    <>
      <TextField
        t={t}
        name="label"
        label={t('marketplace.ip.fee.label')}
        hint={t('marketplace.ip.fee.labelHint')}
        value={v.label}
        current={current?.label}
        errors={errors}
        required
      />
      <DateField
        t={t}
        name="dueOn"
        label={t('marketplace.ip.fee.dueOn')}
        value={v.dueOn}
        current={current?.dueOn}
        errors={errors}
      />
      <MoneyField
        t={t}
        name="amountVnd"
        id="fee-amount"
        label={t('marketplace.ip.fee.amount')}
        value={v.amountVnd}
        current={current?.amountVnd}
        errors={errors}
      />
    </>
  );
}

/** Only a recorded fee has a payment day to correct. */
export function FeePaidField({ ctx, values: v = {}, errors, current }: RecordFieldsProps) {
  const { t } = ctx;
  return (
    <DateField
      t={t}
      name="paidOn"
      label={t('marketplace.ip.fee.paidOn')}
      hint={t('marketplace.ip.fee.paidOnHint')}
      value={v.paidOn}
      current={current?.paidOn}
      errors={errors}
    />
  );
}

export function LicenceFields({ ctx, values: v = {}, errors, current }: RecordFieldsProps) {
  const { t } = ctx;
  return (
    <>
      <TextField
        t={t}
        name="licensee"
        label={t('marketplace.ip.licence.licensee')}
        value={v.licensee}
        current={current?.licensee}
        errors={errors}
        required
      />
      <DateField
        t={t}
        name="licensedOn"
        label={t('marketplace.ip.licence.licensedOn')}
        value={v.licensedOn}
        current={current?.licensedOn}
        errors={errors}
      />
      <Checkbox
        t={t}
        name="isExclusive"
        value="yes"
        label={t('marketplace.ip.licence.isExclusive')}
        checked={v.isExclusive === 'yes'}
      />
      <LongTextField
        t={t}
        name="terms"
        label={t('marketplace.ip.licence.terms')}
        value={v.terms}
        current={current?.terms}
        errors={errors}
        rows={3}
      />
    </>
  );
}

export function RevenueFields(
  props: RecordFieldsProps & { licences: { id: string; licensee: string }[] },
) {
  const { ctx, values: v = {}, errors, current } = props;
  const { t } = ctx;
  return (
    <>
      <MoneyField
        t={t}
        name="amountVnd"
        id="revenue-amount"
        label={t('marketplace.ip.revenue.amount')}
        value={v.amountVnd}
        current={current?.amountVnd}
        errors={errors}
      />
      <DateField
        t={t}
        name="receivedOn"
        label={t('marketplace.ip.revenue.receivedOn')}
        value={v.receivedOn}
        current={current?.receivedOn}
        errors={errors}
      />
      <SelectField
        t={t}
        name="licenceId"
        label={t('marketplace.ip.revenue.licence')}
        empty={t('marketplace.ip.revenue.noLicence')}
        value={v.licenceId}
        options={props.licences.map((l) => ({ value: l.id, label: l.licensee }))}
        errors={errors}
      />
      <TextField
        t={t}
        name="note"
        label={t('marketplace.ip.revenue.note')}
        value={v.note}
        current={current?.note}
        errors={errors}
      />
    </>
  );
}
