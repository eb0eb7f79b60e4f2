// A plan's tasks: staff add and change them; the lead agency's officer reports progress; an
// agency officer lists the tasks of their organisation.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formVersion } from '../../platform/input/form-values';
import { AGENCY_TASKS_PATH, PLANS_PATH } from './permissions';
import { listPlanAgencies } from './services/agencies';
import { findAgencyTasks, getPlan, getTaskPage } from './services/plans.queries';
import { reportTaskProgress } from './services/report-progress';
import { agencyReports } from './services/reports.queries';
import { createTask, updateTask } from './services/save-task';
import { readProgressForm, readTaskForm, taskFormState } from './services/task-form';
import { AgencyTasksPage } from './ui/agency-pages';
import { NewTaskPage, TaskDetailPage, type TaskPageState } from './ui/task-pages';
import { MANAGE } from './plans.routes';

const REPORT = policies.backOffice('plans.task:report');

const DONE = {
  created: 'plans.task.created',
  saved: 'plans.task.saved',
  progress: 'plans.progress.saved',
} as const;

async function showTask(
  c: Context<AppEnv>,
  id: string,
  state: Partial<TaskPageState> = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const page = await getTaskPage(ctx.deps, ctx, id);
  const done = c.req.query('done') as keyof typeof DONE | undefined;
  const notice =
    done && DONE[done] ? { kind: 'success' as const, text: ctx.t(DONE[done]) } : undefined;
  return c.html(
    <TaskDetailPage
      ctx={ctx}
      page={page}
      state={{ form: taskFormState(page.task), version: page.task.version, notice, ...state }}
    />,
    status,
  );
}

function registerTaskEdits(router: Router) {
  router.page('POST', `${PLANS_PATH}/tasks/:taskId`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'taskId');
    const body = await readBody(c);
    const { input, state } = readTaskForm(body);
    const result = await updateTask(ctx.deps, ctx, { ...input, id, version: formVersion(body) });
    if (result.ok) return c.redirect(`${PLANS_PATH}/tasks/${id}?done=saved`, 303);
    if (result.reason === 'CONFLICT')
      return showTask(
        c,
        id,
        {
          form: state,
          version: result.current.version,
          notice: { kind: 'error', text: ctx.t('plans.task.conflict') },
        },
        409,
      );
    return showTask(c, id, { form: state, version: formVersion(body), errors: result.fields }, 422);
  });
  router.page('POST', `${PLANS_PATH}/tasks/:taskId/progress`, REPORT, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'taskId');
    const body = await readBody(c);
    const { progress, values } = readProgressForm(body);
    const result = await reportTaskProgress(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      progress,
    });
    if (result.ok) return c.redirect(`${PLANS_PATH}/tasks/${id}?done=progress`, 303);
    if (result.reason === 'CONFLICT')
      return showTask(
        c,
        id,
        {
          progress: values,
          version: result.current.version,
          notice: { kind: 'error', text: ctx.t('plans.task.conflict') },
        },
        409,
      );
    return showTask(c, id, { progress: values, progressErrors: result.fields }, 422);
  });
}

export function registerTaskRoutes(router: Router) {
  router.page('GET', AGENCY_TASKS_PATH, REPORT, async (c) => {
    const ctx = c.get('ctx');
    const reports = await agencyReports(ctx.deps, ctx);
    return c.html(
      <AgencyTasksPage ctx={ctx} {...await findAgencyTasks(ctx.deps, ctx)} reports={reports} />,
    );
  });
  router.page('GET', `${PLANS_PATH}/tasks/:taskId`, REPORT, (c) =>
    showTask(c, routeParam(c, 'taskId')),
  );
  registerTaskEdits(router);
  router.page('GET', `${PLANS_PATH}/:id/tasks/new`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const plan = await getPlan(ctx.deps, ctx, routeParam(c, 'id'));
    const agencies = await listPlanAgencies(ctx.deps.database.db);
    return c.html(
      <NewTaskPage
        ctx={ctx}
        plan={plan}
        agencies={agencies}
        state={{ values: {}, coordinating: [] }}
      />,
    );
  });
  router.page('POST', `${PLANS_PATH}/:id/tasks/new`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const planId = routeParam(c, 'id');
    const { input, code, state } = readTaskForm(await readBody(c));
    const result = await createTask(ctx.deps, ctx, { ...input, planId, code });
    if (result.ok) return c.redirect(`${PLANS_PATH}/tasks/${result.task.id}?done=created`, 303);
    const plan = await getPlan(ctx.deps, ctx, planId);
    const agencies = await listPlanAgencies(ctx.deps.database.db);
    const errors = result.reason === 'INVALID' ? result.fields : undefined;
    return c.html(
      <NewTaskPage ctx={ctx} plan={plan} agencies={agencies} state={state} errors={errors} />,
      422,
    );
  });
}
