// The owner's side of problem intake and the scoping both sides share: the list, the new form,
// a problem's page (edit, steps, comments, invitations). After a change the page is loaded
// again (303) with `?done=` naming what happened.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formVersion } from '../../platform/input/form-values';
import { ZPage } from '../../platform/input/paging';
import { fieldErrors } from '../../platform/input/validation';
import type { PageNotice } from '../../platform/ui/notice';
import { ZProblemFields } from './contracts';
import { PROBLEM_STEPS, type ProblemStep } from './domain/problem';
import { PROBLEMS_PATH } from './permissions';
import { ownerOrganizationsOf } from './services/owners';
import { addProblemComment, inviteSolver } from './services/problem-comments';
import {
  problemFormErrors,
  problemFormState,
  readProblemForm,
  type ProblemFormState,
} from './services/problem-form';
import { takeProblemStep } from './services/problem-workflow';
import { findOwnProblems, getProblemPage } from './services/problems.queries';
import { createProblem, updateProblem } from './services/save-problem';
import { NewProblemPage, OwnProblemsPage, ProblemPage } from './ui/problem-pages';

const SESSION = policies.session;
const DONE = ['created', 'saved', 'commented', 'invited', ...PROBLEM_STEPS] as const;

function doneNotice(c: Context<AppEnv>): PageNotice | undefined {
  const { t } = c.get('ctx');
  const done = c.req.query('done') as (typeof DONE)[number] | undefined;
  if (!done || !DONE.includes(done)) return undefined;
  return { kind: 'success', text: t(`challenges.done.${done}`) };
}

async function showProblem(
  c: Context<AppEnv>,
  id: string,
  extra: {
    state?: ProblemFormState;
    version?: number;
    errors?: FieldErrors;
    notice?: PageNotice;
    current?: ProblemFormState;
  } = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const data = await getProblemPage(ctx.deps, ctx, id);
  return c.html(
    <ProblemPage
      ctx={ctx}
      data={data}
      state={extra.state ?? problemFormState(data.problem)}
      version={extra.version}
      errors={extra.errors}
      notice={extra.notice ?? doneNotice(c)}
      current={extra.current}
    />,
    status,
  );
}

function registerNewProblem(router: Router) {
  router.page('GET', `${PROBLEMS_PATH}/new`, SESSION, async (c) => {
    const ctx = c.get('ctx');
    const owners = await ownerOrganizationsOf(ctx.deps.database.db, ctx.actor);
    if (owners.length === 0) return c.redirect(PROBLEMS_PATH, 303);
    const state = { values: { ownerOrganizationId: owners[0]!.id }, indicators: [] };
    return c.html(<NewProblemPage ctx={ctx} owners={owners} state={state} />);
  });
  router.page('POST', `${PROBLEMS_PATH}/new`, SESSION, async (c) => {
    const ctx = c.get('ctx');
    const owners = await ownerOrganizationsOf(ctx.deps.database.db, ctx.actor);
    if (owners.length === 0) return c.redirect(PROBLEMS_PATH, 303);
    const { input, state, typedErrors } = readProblemForm(await readBody(c));
    const refuse = (fields: FieldErrors) =>
      c.html(<NewProblemPage ctx={ctx} owners={owners} state={state} errors={fields} />, 422);
    if (Object.keys(typedErrors).length > 0) {
      const parsed = ZProblemFields.safeParse(input);
      return refuse(
        problemFormErrors(typedErrors, parsed.success ? {} : fieldErrors(parsed.error)),
      );
    }
    if (!owners.some((o) => o.id === input.ownerOrganizationId)) {
      return refuse({ ownerOrganizationId: { key: 'validation.choice' } });
    }
    const result = await createProblem(ctx.deps, ctx, input);
    if (result.ok) return c.redirect(`${PROBLEMS_PATH}/${result.problem.id}?done=created`, 303);
    return refuse(problemFormErrors({}, result.fields));
  });
}

function registerProblemPage(router: Router) {
  router.page('GET', `${PROBLEMS_PATH}/:id`, SESSION, (c) => showProblem(c, routeParam(c, 'id')));
  router.page('POST', `${PROBLEMS_PATH}/:id`, SESSION, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const { input, state, typedErrors } = readProblemForm(body);
    const version = formVersion(body);
    if (Object.keys(typedErrors).length > 0) {
      await getProblemPage(ctx.deps, ctx, id);
      return showProblem(c, id, { state, version, errors: problemFormErrors(typedErrors) }, 422);
    }
    const result = await updateProblem(ctx.deps, ctx, { ...input, id, version });
    if (result.ok) return c.redirect(`${PROBLEMS_PATH}/${id}?done=saved`, 303);
    if (result.reason === 'CONFLICT') {
      const notice = { kind: 'error', text: ctx.t('challenges.error.conflict') } as const;
      const current = problemFormState(result.current);
      return showProblem(c, id, { state, version: result.current.version, notice, current }, 409);
    }
    if (result.reason === 'LOCKED') {
      const notice = { kind: 'error', text: ctx.t('challenges.error.locked') } as const;
      return showProblem(c, id, { notice }, 409);
    }
    return showProblem(
      c,
      id,
      { state, version, errors: problemFormErrors({}, result.fields) },
      422,
    );
  });
}

function registerScoping(router: Router) {
  router.page('POST', `${PROBLEMS_PATH}/:id/step`, SESSION, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const step = formString(body, 'step') as ProblemStep;
    if (!PROBLEM_STEPS.includes(step)) {
      await getProblemPage(ctx.deps, ctx, id);
      return showProblem(
        c,
        id,
        { notice: { kind: 'error', text: ctx.t('challenges.error.notApplicable') } },
        422,
      );
    }
    const version = formVersion(body);
    const result = await takeProblemStep(ctx.deps, ctx, {
      id,
      version,
      step,
      comment: formString(body, 'comment'),
    });
    if (result.ok) return c.redirect(`${PROBLEMS_PATH}/${id}?done=${step}`, 303);
    if (result.reason === 'INVALID' || result.reason === 'INCOMPLETE')
      return showProblem(c, id, { errors: result.fields }, 422);
    const key =
      result.reason === 'CONFLICT' ? 'challenges.error.conflict' : 'challenges.error.notApplicable';
    return showProblem(c, id, { notice: { kind: 'error', text: ctx.t(key) } }, 409);
  });
  router.page('POST', `${PROBLEMS_PATH}/:id/comments`, SESSION, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const result = await addProblemComment(ctx.deps, ctx, {
      id,
      body: formString(await readBody(c), 'body'),
    });
    if (result.ok) return c.redirect(`${PROBLEMS_PATH}/${id}?done=commented#comments-title`, 303);
    return showProblem(c, id, { errors: result.fields }, 422);
  });
  router.page('POST', `${PROBLEMS_PATH}/:id/invitations`, SESSION, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const result = await inviteSolver(ctx.deps, ctx, {
      id,
      organizationSlug: formString(await readBody(c), 'organizationSlug'),
    });
    if (result.ok) return c.redirect(`${PROBLEMS_PATH}/${id}?done=invited#invited-title`, 303);
    return showProblem(c, id, { errors: result.fields }, 422);
  });
}

export function registerProblemRoutes(router: Router) {
  router.page('GET', PROBLEMS_PATH, SESSION, async (c) => {
    const ctx = c.get('ctx');
    const page = ZPage.catch(1).parse(c.req.query('page'));
    const result = await findOwnProblems(ctx.deps, ctx, { page });
    return c.html(
      <OwnProblemsPage ctx={ctx} result={result} canCreate={result.ownerChoices.length > 0} />,
    );
  });
  // Before the problem's own routes: "new" is not a problem's id.
  registerNewProblem(router);
  registerProblemPage(router);
  registerScoping(router);
}
