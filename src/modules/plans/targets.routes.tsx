// A plan's targets (staff): the dashboard of progress against target, a new target, a target's
// form; and the plan's dashboard (tasks, targets, agencies' reporting).
import type { RequestContext } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { vnDay } from '../../platform/i18n';
import { formVersion } from '../../platform/input/form-values';
import { PLANS_PATH } from './permissions';
import { MANAGE } from './plans.routes';
import { listPlanAgencies } from './services/agencies';
import { planDashboard } from './services/plan-dashboard.queries';
import { getPlan } from './services/plans.queries';
import { createTarget, updateTarget } from './services/save-target';
import { getTargetForm, readTargetForm } from './services/target-form';
import { publicTargets, targetProgress } from './services/target-progress';
import { PUBLIC_TARGETS_PATH, PublicTargetsPage } from './ui/public-targets-page';
import { policies } from '../../platform/authz';
import { PlanDashboardPage } from './ui/dashboard-page';
import { TargetDashboardPage, TargetFormPage } from './ui/target-pages';

/** The year in ?year=, else the clock's (a plan's pages keep it within the plan's period). */
function yearAsked(ctx: RequestContext, query: string | undefined): number {
  const asked = Number(query);
  return Number.isInteger(asked) ? asked : Number(vnDay(ctx.deps.clock()).slice(0, 4));
}

export function registerTargetRoutes(router: Router) {
  router.page('GET', PUBLIC_TARGETS_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    return c.html(<PublicTargetsPage ctx={ctx} {...await publicTargets(ctx.deps)} />);
  });
  router.page('GET', `${PLANS_PATH}/targets/:targetId`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const form = await getTargetForm(ctx.deps, ctx, routeParam(c, 'targetId'));
    const notice = c.req.query('done')
      ? { kind: 'success' as const, text: ctx.t('plans.target.saved') }
      : undefined;
    return c.html(
      <TargetFormPage
        agencies={await listPlanAgencies(ctx.deps.database.db)}
        ctx={ctx}
        {...form}
        version={form.target.version}
        notice={notice}
      />,
    );
  });
  router.page('POST', `${PLANS_PATH}/targets/:targetId`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'targetId');
    const form = await getTargetForm(ctx.deps, ctx, id);
    const body = await readBody(c);
    const { input, values } = readTargetForm(body, form.plan);
    const result = await updateTarget(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      target: input,
    });
    if (result.ok) return c.redirect(`${PLANS_PATH}/targets/${id}?done=saved`, 303);
    if (result.reason === 'CONFLICT')
      return c.html(
        <TargetFormPage
          agencies={await listPlanAgencies(ctx.deps.database.db)}
          ctx={ctx}
          plan={form.plan}
          target={result.current}
          values={values}
          version={result.current.version}
          notice={{ kind: 'error', text: ctx.t('plans.target.conflict') }}
        />,
        409,
      );
    return c.html(
      <TargetFormPage
        agencies={await listPlanAgencies(ctx.deps.database.db)}
        ctx={ctx}
        plan={form.plan}
        target={form.target}
        values={values}
        version={formVersion(body)}
        errors={result.fields}
      />,
      422,
    );
  });
  router.page('GET', `${PLANS_PATH}/:id/targets`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const year = yearAsked(ctx, c.req.query('year'));
    const progress = await targetProgress(ctx.deps, ctx, { planId: routeParam(c, 'id'), year });
    return c.html(<TargetDashboardPage ctx={ctx} {...progress} />);
  });
  router.page('GET', `${PLANS_PATH}/:id/dashboard`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const board = await planDashboard(ctx.deps, ctx, {
      planId: routeParam(c, 'id'),
      year: yearAsked(ctx, c.req.query('year')),
    });
    return c.html(<PlanDashboardPage ctx={ctx} board={board} />);
  });
  router.page('GET', `${PLANS_PATH}/:id/targets/new`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const plan = await getPlan(ctx.deps, ctx, routeParam(c, 'id'));
    return c.html(
      <TargetFormPage
        agencies={await listPlanAgencies(ctx.deps.database.db)}
        ctx={ctx}
        plan={plan}
        values={{ source: 'entered' }}
      />,
    );
  });
  router.page('POST', `${PLANS_PATH}/:id/targets/new`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const plan = await getPlan(ctx.deps, ctx, routeParam(c, 'id'));
    const { input, values } = readTargetForm(await readBody(c), plan);
    const result = await createTarget(ctx.deps, ctx, { planId: plan.id, target: input });
    if (result.ok) return c.redirect(`${PLANS_PATH}/${plan.id}/targets`, 303);
    const errors = result.reason === 'INVALID' ? result.fields : undefined;
    return c.html(
      <TargetFormPage
        agencies={await listPlanAgencies(ctx.deps.database.db)}
        ctx={ctx}
        plan={plan}
        values={values}
        errors={errors}
      />,
      422,
    );
  });
}
