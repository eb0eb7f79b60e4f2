// Staff: a programme's funded projects, what each has been paid of its award, and the form that
// creates one for a directory organisation.
import { FormField } from '../../../platform/ui/choice-controls';
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatVnd, type MessageKey } from '../../../platform/i18n';
import type { OrganizationRef, ProgrammeRow } from '../db/programmes.repository';
import type { ProjectRow } from '../db/projects.repository';
import { STAFF_PATH } from '../permissions';
import type { FormValues } from '../../../platform/input/form-values';

import { inLocale } from './labels';
import { paidPercent } from './project-progress';

export const projectsPath = (slug: string) => `${STAFF_PATH}/${slug}/projects`;
export const projectPath = (slug: string, id: string) => `${projectsPath(slug)}/${id}`;

import type { PageNotice } from '../../../platform/ui/notice';

export type { PageNotice };

/** A labelled control of the project forms, showing what was typed and its message. */
export const controlFor =
  (ctx: RequestContext, values: FormValues, errors?: FieldErrors) =>
  (name: string, label: MessageKey, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField
      t={ctx.t}
      name={name}
      label={ctx.t(label)}
      value={values[name]}
      errors={errors}
      {...extra}
    />
  );

export const projectStatusLabel = (ctx: RequestContext, status: string) =>
  ctx.t(`programs.project.status.${status}` as MessageKey);

export function ProjectListPage(props: {
  ctx: RequestContext;
  programme: ProgrammeRow;
  rows: { project: ProjectRow; organization?: OrganizationRef }[];
  values?: FormValues;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, programme, rows, errors, notice } = props;
  const { t, locale } = ctx;
  const values = props.values ?? {};
  const path = projectsPath(programme.slug);
  const control = controlFor(ctx, values, errors);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('programs.project.listTitle', {
        programme: inLocale(locale, programme.titleVi, programme.titleEn),
      })}
      errors={errors}
      notice={notice}
    >
      <p>
        <a href={`${STAFF_PATH}/${programme.slug}/edit`}>{t('programs.staff.title')}</a>
      </p>
      {rows.length === 0 ? (
        <p class="muted">{t('programs.project.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('programs.project.col.project')}</th>
                <th scope="col">{t('programs.project.col.organization')}</th>
                <th scope="col">{t('programs.project.col.paid')}</th>
                <th scope="col">{t('programs.project.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ project, organization }) => (
                <tr>
                  <th scope="row">
                    <a href={projectPath(programme.slug, project.id)}>
                      {inLocale(locale, project.titleVi, project.titleEn)}
                    </a>
                  </th>
                  <td>{organization?.name ?? '—'}</td>
                  <td>
                    {formatVnd(project.paidVnd, locale)} / {formatVnd(project.awardVnd, locale)} (
                    {paidPercent(project)}%)
                  </td>
                  <td>{projectStatusLabel(ctx, project.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="h-create">{t('programs.project.create')}</h2>
      <form method="post" action={path} class="stack">
        {control('organization', 'programs.project.organization', {
          required: true,
          hint: t('programs.project.organizationHint'),
        })}
        {control('titleVi', 'programs.project.titleVi', { required: true })}
        {control('titleEn', 'programs.project.titleEn', {})}
        {control('awardVnd', 'programs.project.award', {
          required: true,
          inputmode: 'numeric',
          hint: t('programs.project.awardHint'),
        })}
        {control('durationMonths', 'programs.project.duration', {
          required: true,
          inputmode: 'numeric',
        })}
        <p>
          <button type="submit">{t('programs.project.create')}</button>
        </p>
      </form>
    </BackofficePage>
  );
}
