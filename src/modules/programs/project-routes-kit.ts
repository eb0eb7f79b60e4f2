// What the funded projects' route files share: their paths, the project a staff route names
// (404 for another programme's), refusals as messages, file downloads.
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import type { FieldErrors, FieldMessage } from '../../platform/errors';
import { formatVnd, type MessageKey } from '../../platform/i18n';
import { vnDay } from '../../platform/i18n';
import { STAFF_PATH } from './permissions';
import { routeParam } from '../../platform/http/form-reader';
import type { FormValues } from '../../platform/input/form-values';
import { renameFields } from '../../platform/input/validation';
import { getProgrammeBySlug } from './services/programmes/programmes.queries';
import { REPORT_FILES, STEP_FILES, uploadLimitOf } from './services/projects/project-files';
import { getProjectFile, getProjectForStaff } from './services/projects/projects.queries';
import { MEMBER_PROJECTS_PATH } from './services/projects/remind-project-milestone';
import { projectPath, type PageNotice } from './ui/project-list-page';
import { privateDownload } from './ui/private-download';
import type { ProjectRow } from './db/projects.repository';

/** The forms of a project's step, payment and report routes, which may carry files. */
export const PROJECT_STEP_ROUTE = `${STAFF_PATH}/:slug/projects/:id/steps`;
export const PROJECT_DISBURSEMENT_ROUTE = `${STAFF_PATH}/:slug/projects/:id/disbursements`;
export const PROJECT_REPORT_ROUTE = `${MEMBER_PROJECTS_PATH}/:id/reports`;
/** How large a body each of them accepts (see uploadLimits in manifest.ts). */
export const PROJECT_UPLOAD_LIMITS: Record<string, number> = {
  [PROJECT_STEP_ROUTE]: uploadLimitOf(STEP_FILES),
  [PROJECT_DISBURSEMENT_ROUTE]: uploadLimitOf(STEP_FILES),
  [PROJECT_REPORT_ROUTE]: uploadLimitOf(REPORT_FILES),
};

export type Values = FormValues;
export const today = (c: AppContext) => vnDay(c.get('ctx').deps.clock());
export const saved = (c: AppContext): PageNotice | undefined =>
  c.req.query('done')
    ? { kind: 'success', text: c.get('ctx').t('programs.project.done') }
    : undefined;
export const error = (c: AppContext, message: FieldMessage): PageNotice => ({
  kind: 'error',
  text: c.get('ctx').t(message.key, message.params),
});

/** The fields of one form of the project page, posted as `<prefix>.<field>`. */
export const fieldsOf = (values: Values, prefix: string): Values =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([k]) => k.startsWith(`${prefix}.`))
      .map(([k, v]) => [k.slice(prefix.length + 1), v]),
  );
export const prefixed = (fields: FieldErrors, prefix: string) =>
  renameFields(fields, (path) => `${prefix}.${path.split('.')[0]}`);

/** The message of an expected refusal, with the amounts and steps it names. */
export function refusalMessage(
  c: AppContext,
  refusal: { reason: string } & Partial<{
    capVnd: bigint;
    maxMonths: number;
    remainingVnd: bigint;
    missing: string;
    previous: string;
    previousOn: string;
  }>,
): FieldMessage {
  const { t, locale } = c.get('ctx');
  const step = (kind?: string) => (kind ? t(`programs.project.step.${kind}` as MessageKey) : '');
  const params = {
    cap: refusal.capVnd !== undefined ? formatVnd(refusal.capVnd, locale) : '',
    months: refusal.maxMonths ?? '',
    remaining: refusal.remainingVnd !== undefined ? formatVnd(refusal.remainingVnd, locale) : '',
    step: step(refusal.missing ?? refusal.previous),
    date: refusal.previousOn?.split('-').reverse().join('/') ?? '',
  };
  return { key: `programs.project.error.${refusal.reason}` as MessageKey, params };
}

export const canManageProjects = policies.capability('programs.project:manage');
export const PROJECT_LIST = `${STAFF_PATH}/:slug/projects`;
export const PROJECT_ONE = `${PROJECT_LIST}/:id`;

export const programmeOf = (c: AppContext) =>
  getProgrammeBySlug(c.get('ctx').deps, c.get('ctx'), { slug: routeParam(c, 'slug') });
/** The project the staff route names, in the programme it names; NOT_FOUND otherwise. */
export const staffProject = async (c: AppContext) => {
  const programme = await programmeOf(c);
  const project = await getProjectForStaff(c.get('ctx').deps, c.get('ctx'), {
    projectId: routeParam(c, 'id'),
    programmeId: programme.id,
  });
  return { programme, project };
};
/** Back to the project's page, at the section that changed. */
export const back = (c: AppContext, anchor: string) =>
  c.redirect(
    `${projectPath(routeParam(c, 'slug'), routeParam(c, 'id'))}?done=saved#${anchor}`,
    303,
  );

/** A file of a project the route has checked the actor may read; anything else 404. */
export const download = async (c: AppContext, project: ProjectRow) =>
  privateDownload(
    c,
    await getProjectFile(c.get('ctx').deps, c.get('ctx'), {
      project,
      fileId: routeParam(c, 'file'),
    }),
  );
