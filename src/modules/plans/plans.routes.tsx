// Staff pages of plans: the list, a new plan, a plan with its tasks (edit, amend), the revisions
// kept, and the agencies taking part.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formVersion } from '../../platform/input/form-values';
import { renameFields } from '../../platform/input/validation';
import { AGENCIES_PATH, PLANS_PATH } from './permissions';
import { addAgency, listPlanAgencies } from './services/agencies';
import { amendPlan } from './services/amend-plan';
import { amendFieldName, readAmendForm, readPlanForm } from './services/plan-form';
import { findPlansForStaff, getPlanPage, getRevision } from './services/plans.queries';
import { createPlan, updatePlan } from './services/save-plan';
import { AgenciesPage } from './ui/agency-pages';
import {
  NewPlanPage,
  PlanDetailPage,
  planValues,
  PlansListPage,
  type PlanPageState,
} from './ui/plan-pages';
import { RevisionPage } from './ui/revision-page';

export const MANAGE = policies.backOffice('plans.plan:manage');

const DONE = {
  created: 'plans.staff.created',
  saved: 'plans.staff.saved',
  amended: 'plans.amend.done',
  imported: 'plans.import.done',
  alreadyImported: 'plans.import.already',
} as const;

async function showPlan(
  c: Context<AppEnv>,
  id: string,
  state: Partial<PlanPageState> = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const page = await getPlanPage(ctx.deps, ctx, id);
  const done = c.req.query('done') as keyof typeof DONE | undefined;
  const notice =
    done && DONE[done]
      ? { kind: 'success' as const, text: ctx.t(DONE[done], { count: c.req.query('count') ?? '' }) }
      : undefined;
  return c.html(
    <PlanDetailPage
      ctx={ctx}
      page={page}
      state={{ values: planValues(page.plan), version: page.plan.version, notice, ...state }}
    />,
    status,
  );
}

function registerAgencies(router: Router) {
  router.page('GET', AGENCIES_PATH, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const notice = c.req.query('done')
      ? { kind: 'success' as const, text: ctx.t('plans.agency.added') }
      : undefined;
    return c.html(
      <AgenciesPage
        ctx={ctx}
        agencies={await listPlanAgencies(ctx.deps.database.db)}
        notice={notice}
      />,
    );
  });
  router.page('POST', AGENCIES_PATH, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const values = { profile: formString(body, 'profile'), code: formString(body, 'code') };
    const result = await addAgency(ctx.deps, ctx, values);
    if (result.ok) return c.redirect(`${AGENCIES_PATH}?done=added`, 303);
    return c.html(
      <AgenciesPage
        ctx={ctx}
        agencies={await listPlanAgencies(ctx.deps.database.db)}
        values={values}
        errors={result.fields}
      />,
      422,
    );
  });
}

function registerPlanPages(router: Router) {
  router.page('GET', `${PLANS_PATH}/new`, MANAGE, (c) =>
    c.html(<NewPlanPage ctx={c.get('ctx')} values={{}} />),
  );
  router.page('POST', `${PLANS_PATH}/new`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const { fields, values } = readPlanForm(await readBody(c));
    const result = await createPlan(ctx.deps, ctx, { fields });
    if (result.ok) return c.redirect(`${PLANS_PATH}/${result.plan.id}?done=created`, 303);
    const errors = result.reason === 'INVALID' ? result.fields : undefined;
    return c.html(<NewPlanPage ctx={ctx} values={values} errors={errors} />, 422);
  });
  router.page('GET', `${PLANS_PATH}/:id`, MANAGE, (c) => showPlan(c, routeParam(c, 'id')));
  router.page('POST', `${PLANS_PATH}/:id`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const { fields, values } = readPlanForm(body);
    const result = await updatePlan(ctx.deps, ctx, { id, version: formVersion(body), fields });
    if (result.ok) return c.redirect(`${PLANS_PATH}/${id}?done=saved`, 303);
    if (result.reason === 'CONFLICT')
      return showPlan(
        c,
        id,
        {
          values,
          version: result.current.version,
          current: result.current,
          notice: { kind: 'error', text: ctx.t('plans.staff.conflict') },
        },
        409,
      );
    return showPlan(c, id, { values, version: formVersion(body), errors: result.fields }, 422);
  });
  router.page('POST', `${PLANS_PATH}/:id/amend`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const { amendment, values } = readAmendForm(body);
    const result = await amendPlan(ctx.deps, ctx, { id, version: formVersion(body), amendment });
    if (result.ok) return c.redirect(`${PLANS_PATH}/${id}?done=amended`, 303);
    if (result.reason === 'CONFLICT')
      return showPlan(
        c,
        id,
        { amendment: values, notice: { kind: 'error', text: ctx.t('plans.staff.conflict') } },
        409,
      );
    return showPlan(
      c,
      id,
      { amendment: values, amendmentErrors: renameFields(result.fields, amendFieldName) },
      422,
    );
  });
  router.page('GET', `${PLANS_PATH}/:id/revisions/:revision`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const revision = Number(routeParam(c, 'revision'));
    const found = await getRevision(ctx.deps, ctx, {
      planId: routeParam(c, 'id'),
      revision: Number.isSafeInteger(revision) ? revision : -1,
    });
    return c.html(<RevisionPage ctx={ctx} {...found} />);
  });
}

/** Before the tasks' and the plan's own pages: /admin/plans/agencies is not a plan's id. */
export function registerPlanRoutes(router: Router) {
  router.page('GET', PLANS_PATH, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    return c.html(<PlansListPage ctx={ctx} plans={await findPlansForStaff(ctx.deps, ctx)} />);
  });
  registerAgencies(router);
  registerPlanPages(router);
}
