// The guided problem form: the problem, not the solution — who suffers, how it is done today, the
// evidence and data, constraints, measurable indicators with a baseline, money, timeline and host.
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { Translate } from '../../../platform/i18n';
import {
  Checkbox,
  FieldGroup,
  SelectField,
  type Choice,
} from '../../../platform/ui/choice-controls';
import { LongTextField, MoneyField, TextField } from '../../../platform/ui/text-controls';
import { SECTORS, type DirectoryOrganizationFacts } from '../../directory';
import { INDICATOR_UNITS } from '../domain/problem';
import {
  indicatorControl,
  type IndicatorRow,
  type ProblemFormState,
} from '../services/problem-form';

/** Empty indicator rows offered under the filled ones, so a form without script can add some. */
const SPARE_ROWS = 2;

export const sectorChoices = (t: Translate): Choice[] =>
  SECTORS.map((s) => ({ value: s, label: t(`directory.sector.${s}`) }));

function IndicatorRows(props: { t: Translate; rows: IndicatorRow[]; errors?: FieldErrors }) {
  const { t, errors } = props;
  const blank: IndicatorRow = { name: '', unit: 'percent', baseline: '', target: '' };
  const rows = [...props.rows, ...Array.from({ length: SPARE_ROWS }, () => blank)].slice(0, 10);
  // Every row sends the same names; each control has its own id, where its error is kept.
  const cell = (i: number, column: keyof IndicatorRow, name: string) => ({
    t,
    name,
    id: indicatorControl(column, i),
    label: t(`challenges.indicator.${column}`, { n: i + 1 }),
    errors,
    errorKey: indicatorControl(column, i),
  });
  return (
    <FieldGroup
      t={t}
      name="indicators"
      legend={t('challenges.problem.indicators')}
      hint={t('challenges.problem.indicatorsHint')}
      errors={errors}
    >
      {rows.map((row, i) => (
        <div class="indicator-row filter-grid">
          <TextField {...cell(i, 'name', 'indicatorName')} value={row.name} />
          <SelectField
            {...cell(i, 'unit', 'indicatorUnit')}
            value={row.unit}
            options={INDICATOR_UNITS.map((u) => ({ value: u, label: t(`challenges.unit.${u}`) }))}
          />
          <TextField
            {...cell(i, 'baseline', 'indicatorBaseline')}
            value={row.baseline}
            inputmode="decimal"
          />
          <TextField
            {...cell(i, 'target', 'indicatorTarget')}
            value={row.target}
            inputmode="decimal"
          />
        </div>
      ))}
    </FieldGroup>
  );
}

export function ProblemFields(props: {
  ctx: RequestContext;
  state: ProblemFormState;
  errors?: FieldErrors;
  /** The organisations the author may post for; absent once the problem exists. */
  owners?: DirectoryOrganizationFacts[];
  /** After a stale save: what the other person saved. */
  current?: ProblemFormState;
}) {
  const { t } = props.ctx;
  const v = props.state.values;
  const common = { t, errors: props.errors };
  const long = (name: keyof typeof v & string, rows = 4) => (
    <LongTextField
      {...common}
      name={name}
      label={t(`challenges.problem.${name}` as never)}
      hint={t(`challenges.problem.${name}Hint` as never)}
      value={v[name]}
      rows={rows}
      current={props.current?.values[name]}
    />
  );
  return (
    <>
      {props.owners && (
        <SelectField
          {...common}
          name="ownerOrganizationId"
          label={t('challenges.problem.owner')}
          value={v.ownerOrganizationId}
          options={props.owners.map((o) => ({ value: o.id, label: o.name }))}
          required
        />
      )}
      <TextField
        {...common}
        name="title"
        label={t('challenges.problem.title')}
        hint={t('challenges.problem.titleHint')}
        value={v.title}
        maxlength={200}
        current={props.current?.values.title}
        required
      />
      <SelectField
        {...common}
        name="sector"
        label={t('challenges.problem.sector')}
        value={v.sector}
        empty={t('challenges.problem.noSector')}
        options={sectorChoices(t)}
      />
      {long('whoSuffers')}
      {long('currentProcess')}
      {long('evidence')}
      {long('constraints', 3)}
      <IndicatorRows t={t} rows={props.state.indicators} errors={props.errors} />
      <MoneyField
        {...common}
        name="budgetVnd"
        label={t('challenges.problem.budgetVnd')}
        value={v.budgetVnd}
      />
      <MoneyField
        {...common}
        name="coFundingVnd"
        label={t('challenges.problem.coFundingVnd')}
        value={v.coFundingVnd}
      />
      {long('timeline', 2)}
      <TextField
        {...common}
        name="pilotHost"
        label={t('challenges.problem.pilotHost')}
        hint={t('challenges.problem.pilotHostHint')}
        value={v.pilotHost}
        maxlength={500}
      />
      <Checkbox
        {...common}
        name="isConfidential"
        label={t('challenges.problem.isConfidential')}
        hint={t('challenges.problem.isConfidentialHint')}
        checked={v.isConfidential === 'on'}
      />
    </>
  );
}
