// A funded project's staff page and its forms: budget lines, milestones, disbursements and the
// statutory steps (with their signed documents), the review of reports, and its files.
import type { AppContext } from '../../platform/http/context';
import type { FieldErrors } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { addBudgetLine } from './services/projects/add-project-budget-line';
import { textValues } from '../../platform/input/form-values';
import { routeParam, readBody } from '../../platform/http/form-reader';
import { renameFields } from '../../platform/input/validation';
import { STEP_FILES, storeProjectFiles } from './services/projects/project-files';
import { projectDetail, recorderNames } from './services/projects/projects.queries';
import { recordDisbursement } from './services/projects/record-project-disbursement';
import { recordStep } from './services/projects/record-project-step';
import { reviewReport } from './services/reports/review-project-report';
import { saveMilestone } from './services/projects/save-project-milestone';
import type { PageNotice } from './ui/project-list-page';
import { ProjectPage } from './ui/project-page';
import type { ProjectFormState } from './ui/project-parts';

import {
  PROJECT_STEP_ROUTE,
  PROJECT_DISBURSEMENT_ROUTE,
  type Values,
  today,
  saved,
  error,
  fieldsOf,
  prefixed,
  refusalMessage,
  canManageProjects,
  PROJECT_ONE,
  staffProject,
  back,
  download,
} from './project-routes-kit';
import { postedValues } from './route-kit';

export function registerProjectPageRoutes(router: Router) {
  const page = async (c: AppContext, given?: { form?: ProjectFormState; notice?: PageNotice }) => {
    const ctx = c.get('ctx');
    const { programme, project } = await staffProject(c);
    const detail = await projectDetail(c.get('ctx').deps, c.get('ctx'), { project });
    return (
      <ProjectPage
        ctx={ctx}
        programme={programme}
        detail={detail}
        names={await recorderNames(c.get('ctx').deps, c.get('ctx'), { detail })}
        today={today(c)}
        form={given?.form}
        notice={given ? given.notice : saved(c)}
      />
    );
  };
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
    const values = await postedValues(c);
    return { id: project.id, values, fields: fieldsOf(values, prefix), ctx: c.get('ctx') };
  };
  /** The same with the signed document posted as `<prefix>.file`, stored if it passes. */
  const postedWithFile = async (c: AppContext, prefix: string) => {
    const { project } = await staffProject(c);
    const posted = await readBody(c);
    const values = textValues(posted);
    const name = `${prefix}.file`;
    const files = await storeProjectFiles(c.get('ctx').deps.files, posted, name, STEP_FILES);
    const fields = fieldsOf(values, prefix);
    return {
      id: project.id,
      values,
      fields: files.ok ? { ...fields, files: files.stored } : fields,
      refusedFile: files.ok ? undefined : { [name]: files.message },
      ctx: c.get('ctx'),
    };
  };

  router.page('GET', PROJECT_ONE, canManageProjects, async (c) => c.html(await page(c)));

  router.page('POST', `${PROJECT_ONE}/budget`, canManageProjects, async (c) => {
    const { id, values, fields, ctx } = await posted(c, 'line');
    const result = await addBudgetLine(ctx.deps, ctx, { projectId: id, ...fields } as never);
    if (result.ok) return back(c, 'h-budget');
    if (result.reason === 'INVALID') return refused(c, values, prefixed(result.fields, 'line'));
    if (result.reason === 'BUDGET_ABOVE_AWARD')
      return refused(c, values, { 'line.amountVnd': refusalMessage(c, result) });
    return refused(c, values, undefined, error(c, refusalMessage(c, result)));
  });

  router.page('POST', `${PROJECT_ONE}/milestones`, canManageProjects, async (c) => {
    const { id, values, fields, ctx } = await posted(c, 'milestone');
    const result = await saveMilestone(ctx.deps, ctx, { projectId: id, ...fields } as never);
    if (result.ok) return back(c, 'h-milestones');
    if (result.reason === 'INVALID')
      return refused(c, values, prefixed(result.fields, 'milestone'));
    return refused(c, values, undefined, error(c, refusalMessage(c, result)));
  });

  router.page('POST', PROJECT_DISBURSEMENT_ROUTE, canManageProjects, async (c) => {
    const { id, values, fields, refusedFile, ctx } = await postedWithFile(c, 'pay');
    if (refusedFile) return refused(c, values, refusedFile);
    const result = await recordDisbursement(ctx.deps, ctx, { projectId: id, ...fields } as never);
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

  router.page('POST', PROJECT_STEP_ROUTE, canManageProjects, async (c) => {
    const { id, values, fields, refusedFile, ctx } = await postedWithFile(c, 'step');
    if (refusedFile) return refused(c, values, refusedFile);
    const result = await recordStep(ctx.deps, ctx, { projectId: id, ...fields } as never);
    if (result.ok) return back(c, 'h-chain');
    if (result.reason === 'INVALID') return refused(c, values, prefixed(result.fields, 'step'));
    if (result.reason === 'PROJECT_CLOSED')
      return refused(c, values, undefined, error(c, refusalMessage(c, result)));
    const field = result.reason === 'DATE_BEFORE_PREVIOUS_STEP' ? 'step.happenedOn' : 'step.kind';
    return refused(c, values, { [field]: refusalMessage(c, result) });
  });

  router.page('POST', `${PROJECT_ONE}/reports/:report`, canManageProjects, async (c) => {
    const { project } = await staffProject(c);
    const values = await postedValues(c);
    const reportId = routeParam(c, 'report');
    const input = {
      decision: values.decision as 'accept' | 'changes',
      comment: values.comment ?? '',
    };
    const ctx = c.get('ctx');
    const result = await reviewReport(ctx.deps, ctx, {
      projectId: project.id,
      reportId,
      ...input,
    });
    if (result.ok) return back(c, `milestone-${result.report.milestoneId}`);
    const id = `comment-${reportId}`;
    if (result.reason === 'INVALID') {
      const errors = renameFields(result.fields, () => id);
      return refused(c, { [id]: input.comment }, errors);
    }
    return refused(c, {}, undefined, error(c, refusalMessage(c, result)));
  });

  router.page('GET', `${PROJECT_ONE}/files/:file`, canManageProjects, async (c) => {
    const { project } = await staffProject(c);
    return download(c, project);
  });
}
