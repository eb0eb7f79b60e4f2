// Assessment frameworks (staff): the list with a form to add one, and a framework's form — its
// levels and their criteria as rows, empty rows to add more — with its self-assessments.
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { vnDay } from '../../../platform/i18n';
import type { FormValues } from '../../../platform/input/form-values';
import { DataTable } from '../../../platform/ui/data-table';
import type { PageNotice } from '../../../platform/ui/notice';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { AssessmentRow, FrameworkRow } from '../db/assessments.repository';
import { criteriaOf, type LevelDraft } from '../domain/framework';
import { ASSESSMENTS_PATH, FRAMEWORKS_PATH } from '../permissions';
import { withBlankRows } from '../services/framework-form';

const countText = (ctx: RequestContext, f: FrameworkRow) =>
  ctx.t('plans.framework.criteriaCount', {
    levels: f.levels.length,
    criteria: criteriaOf(f.levels).length,
  });

export function FrameworksPage(props: {
  ctx: RequestContext;
  frameworks: FrameworkRow[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx, errors } = props;
  const { t } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={FRAMEWORKS_PATH}
      title={t('plans.framework.list')}
      lead={t('plans.framework.lead')}
      errors={errors}
    >
      {props.frameworks.length === 0 ? (
        <EmptyList ctx={ctx} filtered={false} empty="plans.framework.none" />
      ) : (
        <DataTable
          columns={[
            {
              key: 'name',
              label: t('plans.framework.name'),
              isRowHeader: true,
              cell: (f: FrameworkRow) => <a href={`${FRAMEWORKS_PATH}/${f.id}`}>{f.name}</a>,
            },
            {
              key: 'levels',
              label: t('plans.framework.levels'),
              cell: (f: FrameworkRow) => countText(ctx, f),
            },
          ]}
          rows={props.frameworks}
        />
      )}
      <h2>{t('plans.framework.new')}</h2>
      <form method="post" action={FRAMEWORKS_PATH} class="stack">
        <TextField
          t={t}
          name="name"
          label={t('plans.framework.name')}
          value={props.values?.name ?? ''}
          errors={errors}
          required
        />
        <LongTextField
          t={t}
          name="description"
          label={t('plans.framework.description')}
          hint={t('plans.framework.description.hint')}
          value={props.values?.description ?? ''}
          rows={2}
          errors={errors}
        />
        <button type="submit">{t('plans.framework.create')}</button>
      </form>
    </BackofficePage>
  );
}

function LevelRows(props: {
  ctx: RequestContext;
  level: LevelDraft;
  index: number;
  errors?: FieldErrors;
}) {
  const { ctx, level, index: i, errors } = props;
  const { t } = ctx;
  const isNew = !level.name && level.criteria.every((c) => !c.text);
  return (
    <fieldset>
      <legend>
        {isNew ? t('plans.framework.newLevel') : t('plans.framework.level', { rank: i + 1 })}
      </legend>
      <TextField
        t={t}
        name={`level_${i}_name`}
        label={t('plans.framework.levelName')}
        value={level.name}
        errors={errors}
      />
      <LongTextField
        t={t}
        name={`level_${i}_description`}
        label={t('plans.framework.levelDescription')}
        value={level.description}
        rows={2}
        errors={errors}
      />
      {level.criteria.map((c, j) => (
        <fieldset>
          <legend>{t('plans.framework.criterion', { n: j + 1 })}</legend>
          <input type="hidden" name={`crit_${i}_${j}_id`} value={c.id} />
          <TextField
            t={t}
            name={`crit_${i}_${j}_code`}
            label={t('plans.framework.criterionCode')}
            hint={t('plans.framework.criterionCode.hint')}
            value={c.code}
            errors={errors}
          />
          <LongTextField
            t={t}
            name={`crit_${i}_${j}_text`}
            label={t('plans.framework.criterionText')}
            value={c.text}
            rows={2}
            errors={errors}
          />
        </fieldset>
      ))}
    </fieldset>
  );
}

function AssessmentsList(props: {
  ctx: RequestContext;
  framework: FrameworkRow;
  assessments: AssessmentRow[];
  errors?: FieldErrors;
}) {
  const { ctx, errors } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="assessments">
      <h2 id="assessments">{t('plans.framework.assessments')}</h2>
      {props.assessments.length === 0 ? (
        <p class="muted">{t('plans.framework.noAssessment')}</p>
      ) : (
        <ul>
          {props.assessments.map((a) => (
            <li>
              <a href={`${ASSESSMENTS_PATH}/${a.id}`}>
                {t('plans.assessment.title', { year: a.year })}
              </a>{' '}
              (
              {t(
                a.status === 'submitted'
                  ? 'plans.assessment.status.submitted'
                  : 'plans.assessment.status.draft',
              )}
              )
            </li>
          ))}
        </ul>
      )}
      <form
        method="post"
        action={`${FRAMEWORKS_PATH}/${props.framework.id}/assessments`}
        class="row"
      >
        <TextField
          t={t}
          name="year"
          label={t('plans.assessment.year')}
          inputmode="numeric"
          value={vnDay(ctx.deps.clock()).slice(0, 4)}
          errors={errors}
        />
        <button type="submit">{t('plans.assessment.start')}</button>
      </form>
    </section>
  );
}

export function FrameworkPage(props: {
  ctx: RequestContext;
  framework: FrameworkRow;
  assessments: AssessmentRow[];
  /** The form's rows: the framework's levels, or what was posted when refused. */
  values: FormValues;
  levels: LevelDraft[];
  version: number;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, framework, errors } = props;
  const { t } = ctx;
  const path = `${FRAMEWORKS_PATH}/${framework.id}`;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={framework.name}
      lead={countText(ctx, framework)}
      errors={errors}
      notice={props.notice}
    >
      <p>
        <a href={FRAMEWORKS_PATH}>{t('plans.framework.list')}</a>
      </p>
      <AssessmentsList
        ctx={ctx}
        framework={framework}
        assessments={props.assessments}
        errors={errors}
      />
      <h2>{t('plans.framework.levels')}</h2>
      <form method="post" action={path} class="stack">
        <input type="hidden" name="version" value={String(props.version)} />
        <TextField
          t={t}
          name="name"
          label={t('plans.framework.name')}
          value={props.values.name ?? ''}
          errors={errors}
          required
        />
        <LongTextField
          t={t}
          name="description"
          label={t('plans.framework.description')}
          hint={t('plans.framework.description.hint')}
          value={props.values.description ?? ''}
          rows={2}
          errors={errors}
        />
        <p class="muted" id="levels">
          {t('plans.framework.levels.hint')}
        </p>
        {withBlankRows(props.levels).map((level, index) => (
          <LevelRows ctx={ctx} level={level} index={index} errors={errors} />
        ))}
        <button type="submit">{t('plans.framework.save')}</button>
      </form>
    </BackofficePage>
  );
}
