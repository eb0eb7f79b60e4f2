// The applicant's pages. Apply (eligibility first) → the form (Save draft and Submit are plain
// multipart posts carrying the version and a per-page-load idempotency key) → the status page.
// A save answers 303, 422 with each question's messages next to what was typed, or 409 after a
// stale save with both copies shown; the page's autosave (op=draft, asking for JSON) gets the
// same save answered as JSON. Those who may edit add and remove co-editors on the status page.
// Attachments are served only to those who may read the application (everyone else: 404).
import { randomUUID } from 'node:crypto';
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import { AppError, type FieldErrors } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import type { MessageKey } from '../../platform/i18n';
import type { TAnswerError } from './domain/answers';
import type { TAnswers } from './domain/call-form';
import { vnDeadline } from '../../platform/i18n';
import { canReopenApplications } from './permissions';
import { addCoEditor } from './services/co-editors/add-co-editor';
import {
  answersFromForm,
  storeUploads,
  uploadsFromForm,
  withUploads,
} from './services/applications/application-answers';
import { applyOptions, deadlineFor } from './services/applications/application-page';
import {
  findMyApplications,
  getApplication,
  getAttachment,
  type ApplicationView,
} from './services/applications/applications.queries';
import { getCall } from './services/calls/calls.queries';
import { coEditorsPanel } from './services/co-editors/co-editors.queries';
import { textValues, formVersion } from '../../platform/input/form-values';
import { routeParam, readBody } from '../../platform/http/form-reader';
import { removeCoEditor } from './services/co-editors/remove-co-editor';
import { reopenApplication } from './services/applications/reopen-application';
import { decisionOfApplication } from './services/reviews/review.queries';
import {
  isEditableStatus,
  saveDraft,
  type SaveDraftResult,
} from './services/applications/save-draft';
import { startApplication } from './services/applications/start-application';
import { saveAndSubmit } from './services/applications/submit-application';
import { withdrawApplication } from './services/applications/withdraw-application';
import {
  APPLICATIONS_PATH,
  applicationEditPath,
  applicationPath,
  ApplicationEditPage,
  ApplicationStatusPage,
  ApplyPage,
  MyApplicationsPage,
  type PageNotice,
} from './ui/application-pages';
import {
  keepingStored,
  typedFromAnswers,
  typedFromBody,
  type Typed,
} from './ui/application-values';
import { PUBLIC_PATH } from './ui/programmes-page';
import { privateDownload } from './ui/private-download';

/** The form route, whose body may carry files (see uploadLimits in index.ts). */
export const APPLICATION_FORM_ROUTE = `${APPLICATIONS_PATH}/:id/edit`;

const newKey = () => randomUUID();

const DONE: Record<string, MessageKey> = {
  saved: 'programs.application.saved',
  withdrawn: 'programs.application.withdrawn',
  reopened: 'programs.application.reopened',
  coEditorAdded: 'programs.coEditors.added',
  coEditorRemoved: 'programs.coEditors.removed',
};
function doneNotice(c: AppContext, view: ApplicationView): PageNotice | undefined {
  const { t } = c.get('ctx');
  const done = c.req.query('done');
  if (done === 'submitted')
    return {
      kind: 'success',
      text: t('programs.application.submitted', { receipt: view.application.receiptNumber ?? '' }),
    };
  const key = done && Object.hasOwn(DONE, done) ? DONE[done] : undefined;
  return key ? { kind: 'success', text: t(key) } : undefined;
}

async function editPage(
  c: AppContext,
  view: ApplicationView,
  given: {
    typed?: Typed;
    version?: number;
    notice?: PageNotice;
    errors?: Parameters<typeof ApplicationEditPage>[0]['errors'];
    reasons?: Parameters<typeof ApplicationEditPage>[0]['reasons'];
    storedCopy?: TAnswers;
  } = {},
) {
  const ctx = c.get('ctx');
  const deadline = await deadlineFor(ctx.deps, ctx, {
    call: view.call,
    organizationId: view.application.organizationId,
  });
  return (
    <ApplicationEditPage
      ctx={ctx}
      view={view}
      typed={given.typed ?? typedFromAnswers(view.call.form, view.application.answers)}
      version={given.version ?? view.application.version}
      idempotencyKey={newKey()}
      deadline={deadline}
      notice={given.notice ?? doneNotice(c, view)}
      errors={given.errors}
      reasons={given.reasons}
      storedCopy={given.storedCopy}
    />
  );
}

async function statusPage(
  c: AppContext,
  view: ApplicationView,
  notice?: PageNotice,
  refusedCoEditor?: { chosen: string; errors: FieldErrors },
) {
  const ctx = c.get('ctx');
  const deadline = await deadlineFor(ctx.deps, ctx, {
    call: view.call,
    organizationId: view.application.organizationId,
  });
  const canEdit = view.access === 'edit';
  return (
    <ApplicationStatusPage
      ctx={ctx}
      view={view}
      deadline={deadline}
      canEdit={canEdit}
      canReopen={canReopenApplications(ctx.actor)}
      notice={notice ?? doneNotice(c, view)}
      decision={await decisionOfApplication(ctx.deps, ctx, { applicationId: view.application.id })}
      coEditors={
        canEdit
          ? { panel: await coEditorsPanel(ctx.deps, ctx, view), ...refusedCoEditor }
          : undefined
      }
    />
  );
}

/** The autosave's answer (public/draft-autosave.js): the new version, or why nothing was saved. */
function autosaveAnswer(
  c: AppContext,
  result: SaveDraftResult | { ok: false; reason: 'INVALID_ANSWERS'; errors: TAnswerError[] },
) {
  const { t } = c.get('ctx');
  const noStore = { 'Cache-Control': 'no-store' };
  if (result.ok) {
    const { version, updatedAt } = result.application;
    return c.json({ saved: true, version, savedAt: updatedAt.toISOString() }, 200, noStore);
  }
  if (result.reason === 'INVALID_ANSWERS') {
    const errors = result.errors.map((e) => ({
      questionId: e.questionId,
      message: t(e.code as MessageKey, e.params),
    }));
    return c.json({ saved: false, reason: result.reason, errors }, 422, noStore);
  }
  // STALE (another tab or a co-editor saved since) or NOT_EDITABLE: nothing was written.
  return c.json({ saved: false, reason: result.reason }, 409, noStore);
}

const acceptsJson = (c: AppContext) => (c.req.header('accept') ?? '').includes('application/json');

function registerApplyPages(router: Router) {
  const APPLY = `${PUBLIC_PATH}/:slug/calls/:call/apply`;

  router.page('GET', APPLY, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const { programme, call } = await getCall(ctx.deps, ctx, {
      programmeSlug: routeParam(c, 'slug'),
      callSlug: routeParam(c, 'call'),
    });
    const options = await applyOptions(ctx.deps, ctx, { call });
    return c.html(<ApplyPage ctx={ctx} programme={programme} call={call} options={options} />);
  });

  router.page('POST', APPLY, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const { programme, call } = await getCall(ctx.deps, ctx, {
      programmeSlug: routeParam(c, 'slug'),
      callSlug: routeParam(c, 'call'),
    });
    const organizationId = textValues(await readBody(c)).organizationId ?? '';
    const result = await startApplication(ctx.deps, ctx, { callId: call.id, organizationId });
    if (result.ok) return c.redirect(applicationEditPath(result.application.id), 303);
    const options = await applyOptions(ctx.deps, ctx, { call });
    const page = (props: Partial<Parameters<typeof ApplyPage>[0]>) => (
      <ApplyPage ctx={ctx} programme={programme} call={call} options={options} {...props} />
    );
    if (result.reason === 'CALL_CLOSED')
      return c.html(page({ notice: { kind: 'error', text: ctx.t('programs.apply.closed') } }), 409);
    return c.html(page({ refused: { organizationId, reasons: result.reasons } }), 422);
  });
}

function registerApplicationPages(router: Router) {
  const session = policies.session;
  const ONE = `${APPLICATIONS_PATH}/:id`;

  router.page('GET', APPLICATIONS_PATH, session, async (c) => {
    const ctx = c.get('ctx');
    const rows = await findMyApplications(ctx.deps, ctx);
    return c.html(<MyApplicationsPage ctx={ctx} rows={rows} />);
  });

  router.page('GET', ONE, session, async (c) => {
    const ctx = c.get('ctx');
    const view = await getApplication(ctx.deps, ctx, { applicationId: routeParam(c, 'id') });
    return c.html(await statusPage(c, view));
  });

  router.page('GET', APPLICATION_FORM_ROUTE, session, async (c) => {
    const ctx = c.get('ctx');
    const view = await getApplication(ctx.deps, ctx, { applicationId: routeParam(c, 'id') });
    if (view.access !== 'edit' || !isEditableStatus(view.application.status))
      return c.redirect(applicationPath(view.application.id), 303);
    return c.html(await editPage(c, view));
  });

  router.page('POST', APPLICATION_FORM_ROUTE, session, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const view = await getApplication(ctx.deps, ctx, { applicationId: id });
    if (view.access !== 'edit') throw new AppError('FORBIDDEN');
    const posted = await readBody(c);
    const values = textValues(posted);
    const typed = typedFromBody(posted);
    const version = formVersion(values);
    const form = view.call.form;
    const answers = answersFromForm(form, posted, view.application.answers);
    const stored = await storeUploads(ctx.deps.files, form, await uploadsFromForm(form, posted));
    const isAutosave = values.op === 'draft' && acceptsJson(c);
    // A refused file stores nothing and saves nothing; what was typed is shown again.
    if (!stored.ok)
      return isAutosave
        ? autosaveAnswer(c, { ok: false, reason: 'INVALID_ANSWERS', errors: stored.errors })
        : c.html(await editPage(c, view, { typed, version, errors: stored.errors }), 422);
    const input = {
      applicationId: id,
      expectedVersion: version,
      answers: withUploads(answers, stored.stored),
      uploads: stored.stored,
    };
    if (isAutosave) return autosaveAnswer(c, await saveDraft(ctx.deps, ctx, input));
    const result =
      values.op === 'submit'
        ? await saveAndSubmit(ctx.deps, ctx, { ...input, idempotencyKey: values.key ?? '' })
        : await saveDraft(ctx.deps, ctx, input);
    if (result.ok) {
      const done = 'versionNumber' in result ? 'submitted' : 'saved';
      const to = done === 'submitted' ? applicationPath(id) : applicationEditPath(id);
      return c.redirect(`${to}?done=${done}`, 303);
    }
    // Past the save, the stored copy moved on: render against it, keeping what was typed.
    const again = await getApplication(ctx.deps, ctx, { applicationId: id });
    const current = 'current' in result ? result.current : again.application;
    const kept = keepingStored(typed, current.answers, form);
    const error = (key: MessageKey, params?: Record<string, string>) =>
      ({ kind: 'error', text: ctx.t(key, params) }) as const;
    if (
      result.reason === 'NOT_EDITABLE' ||
      result.reason === 'ALREADY_SUBMITTED' ||
      result.reason === 'WITHDRAWN'
    )
      return c.html(await statusPage(c, again, error('programs.application.notEditable')), 409);
    const base = { typed: kept, version: current.version };
    const refused = async (): Promise<[Parameters<typeof editPage>[2], 400 | 409 | 422]> => {
      switch (result.reason) {
        case 'STALE': {
          const notice = error('programs.application.stale');
          return [{ ...base, notice, storedCopy: current.answers }, 409];
        }
        case 'INVALID_ANSWERS': {
          const notice = error('programs.application.fixErrors');
          return [{ ...base, notice, errors: result.errors }, 422];
        }
        case 'NOT_ELIGIBLE':
          return [{ ...base, reasons: result.reasons }, 422];
        case 'CALL_CLOSED': {
          // The deadline that applies to this applicant, in Vietnam time.
          const closes = await deadlineFor(ctx.deps, ctx, {
            call: view.call,
            organizationId: view.application.organizationId,
          });
          const deadline = ctx.t('programs.application.deadline', {
            closes: vnDeadline(closes, ctx.locale),
          });
          const text = `${ctx.t('programs.application.callClosed')} ${deadline}`;
          return [{ ...base, notice: { kind: 'error', text } }, 422];
        }
        case 'INVALID_KEY':
          return [{ ...base, version, notice: error('programs.error.conflict') }, 400];
        default:
          return [{ ...base, notice: error('programs.application.notEditable') }, 409];
      }
    };
    const [given, status] = await refused();
    return c.html(await editPage(c, again, given), status);
  });

  router.page('POST', `${ONE}/withdraw`, session, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const view = await getApplication(ctx.deps, ctx, { applicationId: id });
    const values = textValues(await readBody(c));
    if (values.confirm !== 'yes') {
      const notice = {
        kind: 'error',
        text: ctx.t('programs.application.withdrawConfirm'),
      } as const;
      return c.html(await statusPage(c, view, notice), 422);
    }
    const result = await withdrawApplication(ctx.deps, ctx, {
      applicationId: id,
      expectedVersion: formVersion(values),
    });
    if (result.ok || result.reason === 'ALREADY_WITHDRAWN')
      return c.redirect(`${applicationPath(id)}?done=withdrawn`, 303);
    const again = await getApplication(ctx.deps, ctx, { applicationId: id });
    const notice = { kind: 'error', text: ctx.t('programs.error.conflict') } as const;
    return c.html(await statusPage(c, again, notice), 409);
  });

  router.page('POST', `${ONE}/reopen`, policies.capability('programs.call:manage'), async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const values = textValues(await readBody(c));
    const result = await reopenApplication(ctx.deps, ctx, {
      applicationId: id,
      expectedVersion: formVersion(values),
    });
    if (result.ok) return c.redirect(`${applicationPath(id)}?done=reopened`, 303);
    const view = await getApplication(ctx.deps, ctx, { applicationId: id });
    const notice = { kind: 'error', text: ctx.t('programs.error.conflict') } as const;
    return c.html(await statusPage(c, view, notice), 409);
  });

  registerCoEditorRoutes(router, ONE);

  router.page('GET', `${ONE}/files/:file`, session, async (c) => {
    const ctx = c.get('ctx');
    const attachment = await getAttachment(ctx.deps, ctx, {
      applicationId: routeParam(c, 'id'),
      attachmentId: routeParam(c, 'file'),
    });
    return privateDownload(c, attachment);
  });
}

/** Adding and removing co-editors: 303 back to the status page, or the page with the refusal. */
function registerCoEditorRoutes(router: Router, one: string) {
  router.page('POST', `${one}/co-editors`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const userId = textValues(await readBody(c)).userId ?? '';
    // An empty choice still goes through the command, so an outsider learns nothing but 404.
    const result = await addCoEditor(ctx.deps, ctx, { applicationId: id, userId });
    if (result.ok) return c.redirect(`${applicationPath(id)}?done=coEditorAdded`, 303);
    const view = await getApplication(ctx.deps, ctx, { applicationId: id });
    const errors: FieldErrors = {
      userId: userId
        ? { key: 'programs.coEditors.notAMember', params: { organization: view.organization.name } }
        : { key: 'programs.coEditors.choose' },
    };
    return c.html(await statusPage(c, view, undefined, { chosen: userId, errors }), 422);
  });

  router.page('POST', `${one}/co-editors/:user/remove`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    // NOT_A_CO_EDITOR (one already removed, e.g. a double click) leaves what was asked for.
    await removeCoEditor(ctx.deps, ctx, {
      applicationId: id,
      userId: routeParam(c, 'user'),
    });
    return c.redirect(`${applicationPath(id)}?done=coEditorRemoved`, 303);
  });
}

export function registerApplicationRoutes(router: Router) {
  registerApplicationPages(router);
  registerApplyPages(router);
}
