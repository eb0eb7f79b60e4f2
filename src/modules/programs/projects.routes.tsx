// Funded projects' pages. Staff (programs.project:manage) follow a programme's projects under
// STAFF_PATH; the funded organisation's members read their project and report at
// /account/projects (anyone else: 404). Each save answers 303 back to the page, or the page again
// with what was typed and the reason: 422 for a refusal, 409 for a stale milestone edit.
// Reports, steps and disbursements may carry files (multipart; see uploadLimits in index.ts),
// checked by their bytes before any is stored: a refused file stores nothing and saves nothing.
// The files are served only under the project's staff page and to the organisation's members.
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import { AppError, type FieldErrors, type FieldMessage } from '../../platform/http/errors';
import type { Router } from '../../platform/http/router';
import { formatVnd, type MessageKey } from '../../platform/i18n';
import { vnDay } from './domain/vn-time';
import { STAFF_PATH } from './permissions';
import { addBudgetLine } from './services/add-project-budget-line';
import { createProject } from './services/create-project';
import {
  lastSegment,
  renameFields,
  textValues,
  versionOf,
  type FormBody,
} from './services/form-values';
import { getProgrammeBySlug } from './services/programmes.queries';
import {
  REPORT_FILES,
  STEP_FILES,
  storeProjectFiles,
  uploadLimitOf,
} from './services/project-files';
import {
  getProjectFile,
  getProjectForMember,
  getProjectForStaff,
  projectDetail,
  projectsOf,
  projectsOfMember,
  recorderNames,
  withOrganizations,
} from './services/projects.queries';
import { recordDisbursement } from './services/record-project-disbursement';
import { recordStep } from './services/record-project-step';
import { MEMBER_PROJECTS_PATH } from './services/remind-project-milestone';
import { reviewReport } from './services/review-project-report';
import { saveMilestone } from './services/save-project-milestone';
import { submitReport } from './services/submit-project-report';
import { projectPath, ProjectListPage, type PageNotice } from './ui/project-list-page';
import {
  MemberProjectPage,
  memberProjectPath,
  MyProjectsPage,
  type ReportFormState,
} from './ui/project-member-pages';
import { MilestoneEditPage, ProjectPage, type ProjectFormState } from './ui/project-page';
import { privateDownload } from './ui/private-download';
import type { ProjectRow } from './db/projects.repository';

/** The forms of a project's step, payment and report routes, which may carry files. */
const PROJECT_STEP_ROUTE = `${STAFF_PATH}/:slug/projects/:id/steps`;
const PROJECT_DISBURSEMENT_ROUTE = `${STAFF_PATH}/:slug/projects/:id/disbursements`;
const PROJECT_REPORT_ROUTE = `${MEMBER_PROJECTS_PATH}/:id/reports`;
/** How large a body each of them accepts (see uploadLimits in index.ts). */
export const PROJECT_UPLOAD_LIMITS: Record<string, number> = {
  [PROJECT_STEP_ROUTE]: uploadLimitOf(STEP_FILES),
  [PROJECT_DISBURSEMENT_ROUTE]: uploadLimitOf(STEP_FILES),
  [PROJECT_REPORT_ROUTE]: uploadLimitOf(REPORT_FILES),
};

type Values = Record<string, string>;
const body = (c: AppContext) => c.req.parseBody({ all: true }) as Promise<FormBody>;
const form = async (c: AppContext): Promise<Values> => textValues(await body(c));
const param = (c: AppContext, name: string) => c.req.param(name) ?? '';
const dbOf = (c: AppContext) => c.get('ctx').deps.database.db;
const today = (c: AppContext) => vnDay(c.get('ctx').deps.clock());
const saved = (c: AppContext): PageNotice | undefined =>
  c.req.query('done')
    ? { kind: 'success', text: c.get('ctx').t('programs.project.done') }
    : undefined;
const error = (c: AppContext, message: FieldMessage): PageNotice => ({
  kind: 'error',
  text: c.get('ctx').t(message.key, message.params),
});

/** The fields of one form of the project page, posted as `<prefix>.<field>`. */
const fieldsOf = (values: Values, prefix: string): Values =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([k]) => k.startsWith(`${prefix}.`))
      .map(([k, v]) => [k.slice(prefix.length + 1), v]),
  );
const prefixed = (fields: FieldErrors, prefix: string) =>
  renameFields(fields, (path) => `${prefix}.${path.split('.')[0]}`);

/** The message of an expected refusal, with the amounts and steps it names. */
function refusalMessage(
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

function registerStaffProjectPages(router: Router) {
  const canManage = policies.capability('programs.project:manage');
  const LIST = `${STAFF_PATH}/:slug/projects`;
  const ONE = `${LIST}/:id`;

  const programmeOf = (c: AppContext) =>
    getProgrammeBySlug(dbOf(c), c.get('ctx').actor, param(c, 'slug'));
  const staffProject = async (c: AppContext) => {
    const programme = await programmeOf(c);
    const project = await getProjectForStaff(
      dbOf(c),
      c.get('ctx').actor,
      param(c, 'id'),
      programme.id,
    );
    return { programme, project };
  };

  const listPage = async (c: AppContext, values?: Values, errors?: FieldErrors) => {
    const programme = await programmeOf(c);
    const rows = await withOrganizations(dbOf(c), await projectsOf(dbOf(c), programme.id));
    return (
      <ProjectListPage
        ctx={c.get('ctx')}
        programme={programme}
        rows={rows}
        values={values}
        errors={errors}
        notice={values ? undefined : saved(c)}
      />
    );
  };

  router.page('GET', LIST, canManage, async (c) => c.html(await listPage(c)));

  router.page('POST', LIST, canManage, async (c) => {
    const ctx = c.get('ctx');
    const programme = await programmeOf(c);
    const values = await form(c);
    const result = await createProject(dbOf(c), ctx, programme.id, {
      organizationSlug: lastSegment(values.organization ?? ''),
      titleVi: values.titleVi ?? '',
      titleEn: values.titleEn ?? '',
      awardVnd: values.awardVnd ?? '',
      durationMonths: values.durationMonths ?? '',
    });
    if (result.ok)
      return c.redirect(`${projectPath(programme.slug, result.project.id)}?done=created`, 303);
    const errors: FieldErrors =
      result.reason === 'INVALID'
        ? renameFields(result.fields, (p) => (p === 'organizationSlug' ? 'organization' : p))
        : result.reason === 'ABOVE_CAP'
          ? { awardVnd: refusalMessage(c, result) }
          : { durationMonths: refusalMessage(c, result) };
    return c.html(await listPage(c, values, errors), 422);
  });

  const page = async (c: AppContext, given?: { form?: ProjectFormState; notice?: PageNotice }) => {
    const ctx = c.get('ctx');
    const { programme, project } = await staffProject(c);
    const detail = await projectDetail(dbOf(c), project);
    return (
      <ProjectPage
        ctx={ctx}
        programme={programme}
        detail={detail}
        names={await recorderNames(dbOf(c), detail)}
        today={today(c)}
        form={given?.form}
        notice={given ? given.notice : saved(c)}
      />
    );
  };
  const back = (c: AppContext, anchor: string) =>
    c.redirect(`${projectPath(param(c, 'slug'), param(c, 'id'))}?done=saved#${anchor}`, 303);
  /** The page again with what was typed and either field messages or a notice. */
  const refused = async (
    c: AppContext,
    values: Values,
    errors?: FieldErrors,
    notice?: PageNotice,
  ) => c.html(await page(c, { form: { values, errors }, notice }), 422);

  /** What a form of the project page posted: its project, the typed values and its fields. */
  const posted = async (c: AppContext, prefix: string) => {
    const { project } = await staffProject(c);
    const values = await form(c);
    return { id: project.id, values, fields: fieldsOf(values, prefix) as never, ctx: c.get('ctx') };
  };
  /** The same with the signed document posted as `<prefix>.file`, stored if it passes. */
  const postedWithFile = async (c: AppContext, prefix: string) => {
    const { project } = await staffProject(c);
    const posted = await body(c);
    const values = textValues(posted);
    const name = `${prefix}.file`;
    const files = await storeProjectFiles(c.get('ctx').deps.files, posted, name, STEP_FILES);
    const fields = fieldsOf(values, prefix);
    return {
      id: project.id,
      values,
      fields: (files.ok ? { ...fields, files: files.stored } : fields) as never,
      refusedFile: files.ok ? undefined : { [name]: files.message },
      ctx: c.get('ctx'),
    };
  };

  router.page('GET', ONE, canManage, async (c) => c.html(await page(c)));

  router.page('POST', `${ONE}/budget`, canManage, async (c) => {
    const { id, values, fields, ctx } = await posted(c, 'line');
    const result = await addBudgetLine(dbOf(c), ctx, id, fields);
    if (result.ok) return back(c, 'h-budget');
    if (result.reason === 'INVALID') return refused(c, values, prefixed(result.fields, 'line'));
    if (result.reason === 'BUDGET_ABOVE_AWARD')
      return refused(c, values, { 'line.amountVnd': refusalMessage(c, result) });
    return refused(c, values, undefined, error(c, refusalMessage(c, result)));
  });

  router.page('POST', `${ONE}/milestones`, canManage, async (c) => {
    const { id, values, fields, ctx } = await posted(c, 'milestone');
    const now = ctx.deps.clock();
    const result = await saveMilestone(dbOf(c), ctx, { projectId: id }, fields, now);
    if (result.ok) return back(c, 'h-milestones');
    if (result.reason === 'INVALID')
      return refused(c, values, prefixed(result.fields, 'milestone'));
    return refused(c, values, undefined, error(c, refusalMessage(c, result)));
  });

  const milestonePage = async (
    c: AppContext,
    given?: { values: Values; version: number; errors?: FieldErrors; notice?: PageNotice },
  ) => {
    const { programme, project } = await staffProject(c);
    const detail = await projectDetail(dbOf(c), project);
    const found = detail.milestones.find((m) => m.milestone.id === param(c, 'milestone'));
    if (!found) throw new AppError('NOT_FOUND');
    const { milestone } = found;
    return (
      <MilestoneEditPage
        ctx={c.get('ctx')}
        programme={programme}
        projectId={project.id}
        milestoneId={milestone.id}
        version={given?.version ?? milestone.version}
        values={
          given?.values ?? {
            title: milestone.title,
            deliverables: milestone.deliverables,
            dueOn: milestone.dueOn,
          }
        }
        errors={given?.errors}
        notice={given?.notice}
      />
    );
  };
  const MILESTONE = `${ONE}/milestones/:milestone`;
  router.page('GET', MILESTONE, canManage, async (c) => c.html(await milestonePage(c)));
  router.page('POST', MILESTONE, canManage, async (c) => {
    const { project } = await staffProject(c);
    // An unknown milestone of this project is 404 before anything is read from the form.
    await milestonePage(c);
    const values = await form(c);
    const version = versionOf(values);
    const target = {
      projectId: project.id,
      milestoneId: param(c, 'milestone'),
      expectedVersion: version,
    };
    const now = c.get('ctx').deps.clock();
    const result = await saveMilestone(dbOf(c), c.get('ctx'), target, values as never, now);
    if (result.ok) return back(c, `milestone-${result.milestone.id}`);
    if (result.reason === 'CONFLICT') {
      const notice = error(c, { key: 'programs.project.error.CONFLICT' });
      return c.html(
        await milestonePage(c, { values, version: result.current.version, notice }),
        409,
      );
    }
    const given =
      result.reason === 'INVALID'
        ? { values, version, errors: result.fields }
        : { values, version, notice: error(c, refusalMessage(c, result)) };
    return c.html(await milestonePage(c, given), 422);
  });

  router.page('POST', PROJECT_DISBURSEMENT_ROUTE, canManage, async (c) => {
    const { id, values, fields, refusedFile, ctx } = await postedWithFile(c, 'pay');
    if (refusedFile) return refused(c, values, refusedFile);
    const result = await recordDisbursement(dbOf(c), ctx, id, fields);
    if (result.ok) return back(c, 'h-disbursements');
    if (result.reason === 'INVALID') return refused(c, values, prefixed(result.fields, 'pay'));
    const field =
      result.reason === 'EXCEEDS_AWARD'
        ? 'pay.amountVnd'
        : result.reason === 'DATE_BEFORE_PREVIOUS_STEP'
          ? 'pay.paidOn'
          : result.reason === 'PROJECT_CLOSED'
            ? undefined
            : 'pay.kind';
    const message = refusalMessage(c, result);
    if (!field) return refused(c, values, undefined, error(c, message));
    return refused(c, values, { [field]: message });
  });

  router.page('POST', PROJECT_STEP_ROUTE, canManage, async (c) => {
    const { id, values, fields, refusedFile, ctx } = await postedWithFile(c, 'step');
    if (refusedFile) return refused(c, values, refusedFile);
    const result = await recordStep(dbOf(c), ctx, id, fields);
    if (result.ok) return back(c, 'h-chain');
    if (result.reason === 'INVALID') return refused(c, values, prefixed(result.fields, 'step'));
    if (result.reason === 'PROJECT_CLOSED')
      return refused(c, values, undefined, error(c, refusalMessage(c, result)));
    const field = result.reason === 'DATE_BEFORE_PREVIOUS_STEP' ? 'step.happenedOn' : 'step.kind';
    return refused(c, values, { [field]: refusalMessage(c, result) });
  });

  router.page('POST', `${ONE}/reports/:report`, canManage, async (c) => {
    const { project } = await staffProject(c);
    const values = await form(c);
    const reportId = param(c, 'report');
    const input = {
      decision: values.decision as 'accept' | 'changes',
      comment: values.comment ?? '',
    };
    const now = c.get('ctx').deps.clock();
    const result = await reviewReport(dbOf(c), c.get('ctx'), project.id, reportId, input, now);
    if (result.ok) return back(c, `milestone-${result.report.milestoneId}`);
    const id = `comment-${reportId}`;
    if (result.reason === 'INVALID') {
      const errors = renameFields(result.fields, () => id);
      return refused(c, { [id]: input.comment }, errors);
    }
    return refused(c, {}, undefined, error(c, refusalMessage(c, result)));
  });

  router.page('GET', `${ONE}/files/:file`, canManage, async (c) => {
    const { project } = await staffProject(c);
    return download(c, project);
  });
}

/** A file of a project the route has checked the actor may read; anything else 404. */
const download = async (c: AppContext, project: ProjectRow) =>
  privateDownload(c, await getProjectFile(dbOf(c), project, param(c, 'file')));

function registerMemberProjectPages(router: Router) {
  const member = policies.session;

  router.page('GET', MEMBER_PROJECTS_PATH, member, async (c) => {
    const ctx = c.get('ctx');
    const projects = await projectsOfMember(dbOf(c), ctx.actor);
    const rows = (await withOrganizations(dbOf(c), projects)).map((r) => ({
      project: r.project,
      organizationName: r.organization?.name,
    }));
    return c.html(<MyProjectsPage ctx={ctx} rows={rows} />);
  });

  const page = async (c: AppContext, given?: { form?: ReportFormState; notice?: PageNotice }) => {
    const ctx = c.get('ctx');
    const project = await getProjectForMember(dbOf(c), ctx.actor, param(c, 'id'));
    return (
      <MemberProjectPage
        ctx={ctx}
        detail={await projectDetail(dbOf(c), project)}
        today={today(c)}
        form={given?.form}
        notice={given ? given.notice : saved(c)}
      />
    );
  };
  router.page('GET', `${MEMBER_PROJECTS_PATH}/:id`, member, async (c) => c.html(await page(c)));

  router.page('POST', PROJECT_REPORT_ROUTE, member, async (c) => {
    const ctx = c.get('ctx');
    const id = param(c, 'id');
    // Outsiders find nothing here, whatever they post.
    await getProjectForMember(dbOf(c), ctx.actor, id);
    const posted = await body(c);
    const values = textValues(posted);
    const milestoneId = values.milestoneId ?? '';
    const filesName = `files-${milestoneId}`;
    const files = await storeProjectFiles(ctx.deps.files, posted, filesName, REPORT_FILES);
    const state: ReportFormState = { milestoneId, values };
    if (!files.ok) {
      state.errors = { [filesName]: files.message };
      return c.html(await page(c, { form: state }), 422);
    }
    const input = {
      milestoneId,
      body: values.body ?? '',
      documentRef: values.documentRef ?? '',
      files: files.stored,
    };
    const result = await submitReport(dbOf(c), ctx, id, input, ctx.deps.clock());
    if (result.ok)
      return c.redirect(`${memberProjectPath(id)}?done=submitted#report-${milestoneId}`, 303);
    if (result.reason === 'INVALID' && result.fields.milestoneId) throw new AppError('NOT_FOUND');
    if (result.reason === 'INVALID') {
      state.errors = renameFields(result.fields, (p) => `${p.split('.')[0]}-${milestoneId}`);
      return c.html(await page(c, { form: state }), 422);
    }
    const notice = error(c, refusalMessage(c, result));
    return c.html(await page(c, { form: state, notice }), 422);
  });

  router.page('GET', `${MEMBER_PROJECTS_PATH}/:id/files/:file`, member, async (c) => {
    const project = await getProjectForMember(dbOf(c), c.get('ctx').actor, param(c, 'id'));
    return download(c, project);
  });
}

export function registerProjectRoutes(router: Router) {
  registerStaffProjectPages(router);
  registerMemberProjectPages(router);
}
