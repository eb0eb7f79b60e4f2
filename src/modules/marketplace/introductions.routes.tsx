// Introductions: asking for one (a listed offer or an open need), its record for the parties and
// the brokers, the brokers' steps and the deal, and the brokers' back-office page with the funnel.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formVersion, postedFiles } from '../../platform/input/form-values';
import { contentDisposition, privateDownload } from '../../platform/http/download';
import { DOCUMENT_TYPES } from '../../platform/files';
import { INTRODUCTION_STEPS } from './domain/introduction';
import { STAFF_PATH } from './permissions';
import { listingOf } from './services/introduction-parties';
import { readDealForm } from './services/introduction-form';
import { takeIntroductionStep } from './services/introduction-steps';
import { getThreadAttachment, postIntroductionMessage } from './services/introduction-thread';
import { brokerQueue, funnelFigures, getIntroduction } from './services/introductions.queries';
import { ownersOf } from './services/owners';
import { confirmDeal } from './services/confirm-deal';
import { recordDeal } from './services/record-deal';
import { getSignedContract, registrationDossier } from './services/registration-dossier';
import { requestIntroduction } from './services/request-introduction';
import { BrokerPage, IntroductionPage, RequestIntroductionPage } from './ui/introduction-pages';
import { INTRODUCTIONS_PATH, introductionPath } from './ui/paths';

const DONE = ['requested', 'deal', 'confirm', 'message', ...INTRODUCTION_STEPS] as const;

interface ShownState {
  status?: 409 | 422;
  errors?: FieldErrors;
  dealValues?: Record<string, string>;
  thread?: { body: string; key: string; errors?: FieldErrors };
}

async function showIntroduction(c: Context<AppEnv>, id: string, extra: ShownState = {}) {
  const ctx = c.get('ctx');
  const view = await getIntroduction(ctx.deps, ctx.actor, id);
  const done = z.enum(DONE).safeParse(c.req.query('done'));
  const notice =
    extra.status === 409
      ? { kind: 'error' as const, text: ctx.t('marketplace.conflict') }
      : extra.status === 422 && !extra.errors
        ? { kind: 'error' as const, text: ctx.t('marketplace.step.notApplicable') }
        : done.success
          ? { kind: 'success' as const, text: ctx.t(`marketplace.introduction.done.${done.data}`) }
          : undefined;
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    <IntroductionPage
      ctx={ctx}
      view={view}
      notice={notice}
      errors={extra.errors}
      dealValues={extra.dealValues}
      formKey={extra.thread?.key ?? randomUUID()}
      threadBody={extra.thread?.body}
      threadErrors={extra.thread?.errors}
    />,
    extra.status ?? 200,
  );
}

function registerRequest(router: Router) {
  router.page('GET', `${INTRODUCTIONS_PATH}/new`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const listing = await listingOf(
      ctx.deps.database.db,
      { offerId: c.req.query('offer'), needId: c.req.query('need') },
      ctx.deps.clock(),
    );
    const owners = await ownersOf(ctx.deps.database.db, ctx.actor);
    return c.html(
      <RequestIntroductionPage ctx={ctx} listing={listing} owners={owners} values={{}} />,
    );
  });
  router.page('POST', `${INTRODUCTIONS_PATH}/new`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const input = {
      offerId: formString(body, 'offer') || undefined,
      needId: formString(body, 'need') || undefined,
      message: formString(body, 'message'),
      requesterOrg: formString(body, 'requesterOrg') || undefined,
    };
    const result = await requestIntroduction(ctx.deps, ctx, input);
    if (result.ok)
      return c.redirect(`${introductionPath(result.introduction.id)}?done=requested`, 303);
    const db = ctx.deps.database.db;
    const listing = await listingOf(db, input, ctx.deps.clock());
    return c.html(
      <RequestIntroductionPage
        ctx={ctx}
        listing={listing}
        owners={await ownersOf(db, ctx.actor)}
        values={{ message: input.message, requesterOrg: input.requesterOrg ?? '' }}
        errors={result.fields}
      />,
      422,
    );
  });
}

function registerThread(router: Router) {
  router.page('POST', `${INTRODUCTIONS_PATH}/:id/messages`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const [file] = await postedFiles(body, 'file');
    const input = { id, body: formString(body, 'body'), key: formString(body, 'key'), file };
    const result = await postIntroductionMessage(ctx.deps, ctx, input);
    if (result.ok) return c.redirect(`${introductionPath(id)}?done=message#thread`, 303);
    if (result.reason === 'NOT_APPLICABLE') return showIntroduction(c, id, { status: 422 });
    return showIntroduction(c, id, {
      status: 422,
      thread: { body: input.body, key: input.key || randomUUID(), errors: result.fields },
    });
  });
  router.page(
    'GET',
    `${INTRODUCTIONS_PATH}/:id/messages/:messageId/file`,
    policies.signedIn,
    async (c) => {
      const ctx = c.get('ctx');
      const message = await getThreadAttachment(ctx.deps, ctx.actor, {
        id: routeParam(c, 'id'),
        messageId: routeParam(c, 'messageId'),
      });
      return privateDownload(c, {
        contentHash: message.fileHash,
        contentType: message.contentType,
        originalName: message.fileName,
      });
    },
  );
}

function registerDeal(router: Router) {
  const deal = `${INTRODUCTIONS_PATH}/:id/deal`;
  router.page('POST', deal, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const { fields, values } = readDealForm(body);
    const [file] = await postedFiles(body, 'signedFile');
    const version = formVersion(body);
    const result = await recordDeal(ctx.deps, ctx, { id, version, fields, file });
    if (result.ok) return c.redirect(`${introductionPath(id)}?done=deal#deal`, 303);
    if (result.reason === 'INVALID')
      return showIntroduction(c, id, { status: 422, errors: result.fields, dealValues: values });
    return showIntroduction(c, id, { status: result.reason === 'CONFLICT' ? 409 : 422 });
  });
  router.page('POST', `${deal}/confirm`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const version = formVersion(await readBody(c));
    const result = await confirmDeal(ctx.deps, ctx, { id, version });
    if (result.ok) return c.redirect(`${introductionPath(id)}?done=confirm#deal`, 303);
    return showIntroduction(c, id, { status: 409 });
  });
  router.page('GET', `${deal}/file`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    return privateDownload(c, await getSignedContract(ctx.deps, ctx.actor, routeParam(c, 'id')));
  });
  for (const format of ['docx', 'pdf'] as const)
    router.page('GET', `${deal}/registration.${format}`, policies.signedIn, async (c) => {
      const ctx = c.get('ctx');
      const id = routeParam(c, 'id');
      const { bytes, fileName } = await registrationDossier(ctx.deps, ctx.actor, { id, format });
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': DOCUMENT_TYPES[format].mime,
        'Content-Disposition': contentDisposition(fileName),
        'Cache-Control': 'private, no-store',
      });
    });
}

export function registerIntroductionRoutes(router: Router) {
  router.page(
    'GET',
    STAFF_PATH,
    policies.backOffice('marketplace.introduction:broker'),
    async (c) => {
      const ctx = c.get('ctx');
      const now = ctx.deps.clock();
      const year = Number(new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 4));
      const period = {
        from: new Date(`${year}-01-01T00:00:00+07:00`),
        to: new Date(`${year + 1}-01-01T00:00:00+07:00`),
      };
      const [queue, funnel] = await Promise.all([
        brokerQueue(ctx.deps),
        funnelFigures(ctx.deps, period),
      ]);
      return c.html(<BrokerPage ctx={ctx} queue={queue} funnel={funnel} year={year} />);
    },
  );
  registerRequest(router);
  router.page('GET', `${INTRODUCTIONS_PATH}/:id`, policies.signedIn, (c) =>
    showIntroduction(c, routeParam(c, 'id')),
  );
  registerThread(router);
  router.page('POST', `${INTRODUCTIONS_PATH}/:id/step`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const step = z.enum(INTRODUCTION_STEPS).safeParse(formString(body, 'step'));
    if (!step.success) return showIntroduction(c, id, { status: 422 });
    const result = await takeIntroductionStep(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      step: step.data,
      note: formString(body, 'note'),
      reason: formString(body, 'reason') || undefined,
    });
    if (result.ok) return c.redirect(`${introductionPath(id)}?done=${step.data}`, 303);
    if (result.reason === 'INVALID')
      return showIntroduction(c, id, { status: 422, errors: result.fields });
    return showIntroduction(c, id, { status: result.reason === 'CONFLICT' ? 409 : 422 });
  });
  registerDeal(router);
}
