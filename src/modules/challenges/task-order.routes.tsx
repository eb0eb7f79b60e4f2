// The centre's đặt hàng path of a challenge: open the task order, record each step of the chain
// with its signed document (checked by its bytes, as the funded projects' steps are), download
// the documents and the council's minutes and the decision as DOCX. After a change the page is
// loaded again (303); a refusal shows it with what was typed (422, or 409 for a stale form).
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { contentDisposition, privateDownload } from '../../platform/http/download';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import {
  formString,
  formVersion,
  parseVnd,
  textValues,
  type FormBody,
} from '../../platform/input/form-values';
import { STEP_FILES, storeProjectFiles, uploadLimitOf } from '../programs';
import { taskOrderDocx, taskOrderFile, taskOrderPage } from './services/task-order.queries';
import { openTaskOrder, recordTaskOrderStep } from './services/task-orders';
import { taskOrderPath, TaskOrderPage, type TaskOrderForm } from './ui/task-order-page';

const ORDER = policies.backOffice('challenges.task:order');
const TASK_ORDER = taskOrderPath({ slug: ':slug' });
export const TASK_ORDER_STEP_ROUTE = `${TASK_ORDER}/steps`;
/** The step's form carries its signed document. */
export const TASK_ORDER_UPLOAD_LIMITS = { [TASK_ORDER_STEP_ROUTE]: uploadLimitOf(STEP_FILES) };

async function show(c: Context<AppEnv>, form?: TaskOrderForm, status: 200 | 409 | 422 = 200) {
  const ctx = c.get('ctx');
  const data = await taskOrderPage(ctx.deps, ctx, routeParam(c, 'slug'));
  const done = c.req.query('done');
  const notice =
    status === 200 && (done === 'opened' || done === 'recorded')
      ? { kind: 'success' as const, text: ctx.t(`challenges.taskOrder.done.${done}`) }
      : undefined;
  return c.html(<TaskOrderPage ctx={ctx} data={data} form={form} notice={notice} />, status);
}

const refuse = (c: Context<AppEnv>, body: FormBody, errors: FieldErrors, status: 409 | 422) =>
  show(c, { values: textValues(body), errors }, status);

const back = (c: Context<AppEnv>, done: string) =>
  c.redirect(`${taskOrderPath({ slug: routeParam(c, 'slug') })}?done=${done}`, 303);

export function registerTaskOrderRoutes(router: Router) {
  router.page('GET', TASK_ORDER, ORDER, (c) => show(c));

  router.page('POST', TASK_ORDER, ORDER, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const budget = parseVnd(formString(body, 'budgetVnd'));
    if (budget === 'invalid')
      return refuse(c, body, { budgetVnd: { key: 'challenges.error.vnd' } }, 422);
    const field = (name: string) => formString(body, name);
    const result = await openTaskOrder(ctx.deps, ctx, {
      slug: routeParam(c, 'slug'),
      taskName: field('taskName'),
      objectives: field('objectives'),
      expectedResults: field('expectedResults'),
      budgetVnd: budget ?? null,
      durationMonths: field('durationMonths'),
      issuerParent: field('issuerParent'),
      issuerName: field('issuerName'),
      place: field('place'),
      signerPosition: field('signerPosition'),
      signerName: field('signerName'),
    });
    if (result.ok) return back(c, 'opened');
    if (result.reason === 'INVALID') return refuse(c, body, result.fields, 422);
    return refuse(c, body, { _: { key: 'challenges.taskOrder.error.ALREADY_OPEN' } }, 409);
  });

  router.page('POST', TASK_ORDER_STEP_ROUTE, ORDER, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    await taskOrderPage(ctx.deps, ctx, slug);
    const body = await readBody(c);
    const files = await storeProjectFiles(ctx.deps.files, body, 'file', STEP_FILES);
    if (!files.ok) return refuse(c, body, { file: files.message }, 422);
    const field = (name: string) => formString(body, name);
    const result = await recordTaskOrderStep(ctx.deps, ctx, {
      slug,
      version: formVersion(body),
      kind: field('kind') as never,
      happenedOn: field('happenedOn'),
      documentNumber: field('documentNumber'),
      note: field('note'),
      councilMembers: field('councilMembers'),
      councilConclusion: field('councilConclusion'),
      selectionMode: field('selectionMode'),
      performerOrganizationId: field('performerOrganizationId'),
      file: files.stored[0],
    });
    if (result.ok) return back(c, 'recorded');
    if (result.reason === 'INVALID') return refuse(c, body, result.fields, 422);
    if (result.reason === 'DATE_BEFORE_PREVIOUS_STEP') {
      const key = 'challenges.taskOrder.error.DATE_BEFORE_PREVIOUS_STEP' as const;
      return refuse(c, body, { happenedOn: { key } }, 422);
    }
    return refuse(c, body, { _: { key: `challenges.taskOrder.error.${result.reason}` } }, 409);
  });

  router.page('GET', `${TASK_ORDER}/files/:step`, ORDER, async (c) => {
    const ctx = c.get('ctx');
    const step = await taskOrderFile(ctx.deps, ctx, {
      slug: routeParam(c, 'slug'),
      stepId: routeParam(c, 'step'),
    });
    return privateDownload(c, step);
  });

  for (const document of ['minutes', 'decision'] as const) {
    router.page('GET', `${TASK_ORDER}/${document}.docx`, ORDER, async (c) => {
      const ctx = c.get('ctx');
      const { bytes, fileName } = await taskOrderDocx(ctx.deps, ctx, {
        slug: routeParam(c, 'slug'),
        document,
      });
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': contentDisposition(fileName),
        'Cache-Control': 'private, no-store',
      });
    });
  }
}
