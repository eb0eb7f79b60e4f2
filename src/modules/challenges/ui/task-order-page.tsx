// The centre's page of a challenge's S&T task order (đặt hàng): what was ordered, the chain's
// steps so far with their signed documents and who recorded them, the form of the next step, and
// the council's minutes and the decision as DOCX once recorded.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatVnd } from '../../../platform/i18n';
import type { FormValues } from '../../../platform/input/form-values';
import { RadioGroup, SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import {
  DateField,
  FileField,
  LongTextField,
  MoneyField,
  TextField,
} from '../../../platform/ui/text-controls';
import type { TaskOrderStepRow } from '../db/task-orders.repository';
import { dayText, nextTaskOrderStep, SELECTION_MODES } from '../domain/task-order';
import { STAFF_PATH } from '../permissions';
import type { TaskOrderPageData } from '../services/task-order.queries';
import { challengePath } from './paths';

export const taskOrderPath = (c: { slug: string }) =>
  `${STAFF_PATH}/challenges/${c.slug}/task-order`;

export interface TaskOrderForm {
  values: FormValues;
  errors?: FieldErrors;
}

type Props = {
  ctx: RequestContext;
  data: TaskOrderPageData;
  form?: TaskOrderForm;
  notice?: { kind: 'success' | 'error'; text: string };
};

function OpenForm({ ctx, data, form }: Props) {
  const { t } = ctx;
  const v = form?.values ?? { taskName: data.challenge.title };
  const common = { t, errors: form?.errors };
  const text = (name: string, required = true) => (
    <TextField
      {...common}
      name={name}
      label={t(`challenges.taskOrder.field.${name}` as never)}
      value={v[name]}
      required={required}
    />
  );
  const long = (name: string) => (
    <LongTextField
      {...common}
      name={name}
      label={t(`challenges.taskOrder.field.${name}` as never)}
      value={v[name]}
      rows={3}
      required
    />
  );
  return (
    <form method="post" action={taskOrderPath(data.challenge)} class="stack" novalidate>
      <h2>{t('challenges.taskOrder.open')}</h2>
      {text('taskName')}
      {long('objectives')}
      {long('expectedResults')}
      <MoneyField
        {...common}
        name="budgetVnd"
        label={t('challenges.taskOrder.field.budgetVnd')}
        value={v.budgetVnd}
      />
      <TextField
        {...common}
        name="durationMonths"
        label={t('challenges.taskOrder.field.durationMonths')}
        inputmode="numeric"
        value={v.durationMonths}
        required
      />
      {text('issuerParent', false)}
      {text('issuerName')}
      {text('place')}
      {text('signerPosition')}
      {text('signerName')}
      <button type="submit">{t('challenges.taskOrder.openButton')}</button>
    </form>
  );
}

function StepTable({ ctx, data }: Props) {
  const { t } = ctx;
  if (data.steps.length === 0) return <p>{t('challenges.taskOrder.noSteps')}</p>;
  return (
    <DataTable<TaskOrderStepRow>
      caption={t('challenges.taskOrder.steps')}
      label={t('challenges.taskOrder.steps')}
      rows={data.steps}
      columns={[
        {
          key: 'step',
          label: t('challenges.taskOrder.step'),
          isRowHeader: true,
          cell: (s) => t(`challenges.taskOrder.step.${s.step}` as never),
        },
        {
          key: 'on',
          label: t('challenges.taskOrder.field.happenedOn'),
          cell: (s) => dayText(s.happenedOn),
        },
        {
          key: 'number',
          label: t('challenges.taskOrder.field.documentNumber'),
          cell: (s) => s.documentNumber,
        },
        {
          key: 'file',
          label: t('challenges.taskOrder.signedDocument'),
          cell: (s) => (
            <a href={`${taskOrderPath(data.challenge)}/files/${s.id}`}>{s.originalName}</a>
          ),
        },
        { key: 'by', label: t('challenges.taskOrder.recordedBy'), cell: (s) => s.recorderName },
      ]}
    />
  );
}

function StepForm({ ctx, data, form }: Props) {
  const { t } = ctx;
  const next = nextTaskOrderStep(data.steps.map((s) => ({ kind: s.step })));
  if (!data.order || !next) return <p>{t('challenges.taskOrder.closed')}</p>;
  const v = form?.values ?? {};
  const common = { t, errors: form?.errors };
  return (
    <form
      method="post"
      action={`${taskOrderPath(data.challenge)}/steps`}
      enctype="multipart/form-data"
      class="stack"
      novalidate
    >
      <h2>
        {t('challenges.taskOrder.record', {
          step: t(`challenges.taskOrder.step.${next}` as never),
        })}
      </h2>
      <input type="hidden" name="kind" value={next} />
      <input type="hidden" name="version" value={String(data.order.version)} />
      <DateField
        {...common}
        name="happenedOn"
        label={t('challenges.taskOrder.field.happenedOn')}
        value={v.happenedOn}
        required
      />
      <TextField
        {...common}
        name="documentNumber"
        label={t('challenges.taskOrder.field.documentNumber')}
        hint={t('challenges.taskOrder.documentNumberHint')}
        value={v.documentNumber}
        required
      />
      {next === 'council' && (
        <>
          <LongTextField
            {...common}
            name="councilMembers"
            label={t('challenges.taskOrder.field.councilMembers')}
            hint={t('challenges.taskOrder.councilMembersHint')}
            value={v.councilMembers}
            rows={7}
            required
          />
          <LongTextField
            {...common}
            name="councilConclusion"
            label={t('challenges.taskOrder.field.councilConclusion')}
            value={v.councilConclusion}
            rows={5}
            required
          />
        </>
      )}
      {next === 'selection' && (
        <>
          <RadioGroup
            {...common}
            name="selectionMode"
            legend={t('challenges.taskOrder.field.selectionMode')}
            value={v.selectionMode}
            options={SELECTION_MODES.map((m) => ({
              value: m,
              label: t(`challenges.taskOrder.mode.${m}`),
            }))}
            required
          />
          <SelectField
            {...common}
            name="performerOrganizationId"
            label={t('challenges.taskOrder.field.performerOrganizationId')}
            hint={t('challenges.taskOrder.performerHint')}
            value={v.performerOrganizationId}
            options={data.solvers.map((s) => ({ value: s.id, label: s.name }))}
            required
          />
        </>
      )}
      <LongTextField
        {...common}
        name="note"
        label={t('challenges.taskOrder.field.note')}
        value={v.note}
        rows={2}
      />
      <FileField
        {...common}
        name="file"
        label={t('challenges.taskOrder.field.file')}
        hint={t('challenges.taskOrder.fileHint')}
        accept=".pdf,.docx,.png,.jpg,.jpeg"
        required
      />
      <button type="submit">{t('challenges.taskOrder.recordButton')}</button>
    </form>
  );
}

function OrderSummary({ ctx, data }: Props) {
  const { t } = ctx;
  const order = data.order!;
  const has = (step: string) => data.steps.some((s) => s.step === step);
  return (
    <>
      <dl>
        <dt>{t('challenges.taskOrder.field.taskName')}</dt>
        <dd>{order.taskName}</dd>
        <dt>{t('challenges.taskOrder.field.budgetVnd')}</dt>
        <dd>{order.budgetVnd ? formatVnd(order.budgetVnd, ctx.locale) : '—'}</dd>
        <dt>{t('challenges.taskOrder.field.durationMonths')}</dt>
        <dd>{order.durationMonths}</dd>
        {data.performerName && order.selectionMode && (
          <>
            <dt>{t('challenges.taskOrder.field.performerOrganizationId')}</dt>
            <dd>
              {data.performerName} (
              {t(`challenges.taskOrder.mode.${order.selectionMode as 'open_selection'}`)})
            </dd>
          </>
        )}
        <dt>{t('challenges.taskOrder.status')}</dt>
        <dd>{t(`challenges.taskOrder.status.${order.status as 'ordering' | 'accepted'}`)}</dd>
      </dl>
      {(has('council') || has('selection')) && (
        <ul>
          {has('council') && (
            <li>
              <a href={`${taskOrderPath(data.challenge)}/minutes.docx`}>
                {t('challenges.taskOrder.minutesDocx')}
              </a>
            </li>
          )}
          {has('selection') && (
            <li>
              <a href={`${taskOrderPath(data.challenge)}/decision.docx`}>
                {t('challenges.taskOrder.decisionDocx')}
              </a>
            </li>
          )}
        </ul>
      )}
    </>
  );
}

export function TaskOrderPage(props: Props) {
  const { ctx, data } = props;
  const { t } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={taskOrderPath(data.challenge)}
      title={t('challenges.taskOrder.title', { challenge: data.challenge.title })}
      lead={t('challenges.taskOrder.lead')}
      errors={props.form?.errors}
      notice={props.notice}
    >
      <p>
        <a href={challengePath(data.challenge)}>{t('challenges.taskOrder.back')}</a>
      </p>
      {data.order ? (
        <>
          <OrderSummary {...props} />
          <StepTable {...props} />
          <StepForm {...props} />
        </>
      ) : (
        <OpenForm {...props} />
      )}
    </BackofficePage>
  );
}
