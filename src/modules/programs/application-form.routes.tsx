// The application form's routes. Save draft and Submit are plain multipart posts carrying the
// version and a per-page-load idempotency key; a save answers 303, 422 with each question's
// messages next to what was typed, or 409 after a stale save with both copies shown. The page's
// autosave (op=draft, asking for JSON) gets the same save answered as JSON.
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import { AppError } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import type { MessageKey } from '../../platform/i18n';
import type { TAnswerError } from './domain/answers';
import { vnDeadline } from '../../platform/i18n';
import {
  answersFromForm,
  storeUploads,
  uploadsFromForm,
  withUploads,
} from './services/applications/application-answers';
import { deadlineFor } from './services/applications/application-page';
import {
  getApplication,
  getApplicationForm,
  getApplicationToEdit,
} from './services/applications/applications.queries';
import { textValues, formVersion } from '../../platform/input/form-values';
import { routeParam, readBody } from '../../platform/http/form-reader';
import {
  isEditableStatus,
  saveDraft,
  type SaveDraftResult,
} from './services/applications/save-draft';
import { saveAndSubmit } from './services/applications/submit-application';
import { APPLICATIONS_PATH, applicationEditPath, applicationPath } from './ui/application-pages';
import { keepingStored, typedFromBody } from './ui/application-values';
import { editPage, statusPage } from './application-route-pages';

/** The form route, whose body may carry files (see uploadLimits in manifest.ts). */
export const APPLICATION_FORM_ROUTE = `${APPLICATIONS_PATH}/:id/edit`;

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

export function registerApplicationFormRoutes(router: Router) {
  const session = policies.session;
  router.page('GET', APPLICATION_FORM_ROUTE, session, async (c) => {
    const ctx = c.get('ctx');
    const view = await getApplicationToEdit(ctx.deps, ctx, { applicationId: routeParam(c, 'id') });
    if (view.access !== 'edit' || !isEditableStatus(view.application.status))
      return c.redirect(applicationPath(view.application.id), 303);
    return c.html(await editPage(c, view));
  });

  router.page('POST', APPLICATION_FORM_ROUTE, session, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    // The whole application (versions, files, co-editors) only when a page is drawn again.
    const read = () => getApplication(ctx.deps, ctx, { applicationId: id });
    const target = await getApplicationForm(ctx.deps, ctx, { applicationId: id });
    if (target.access !== 'edit') throw new AppError('FORBIDDEN');
    const posted = await readBody(c);
    const values = textValues(posted);
    const typed = typedFromBody(posted);
    const version = formVersion(values);
    const form = target.call.form;
    const answers = answersFromForm(form, posted, target.application.answers);
    const stored = await storeUploads(ctx.deps.files, form, await uploadsFromForm(form, posted));
    const isAutosave = values.op === 'draft' && acceptsJson(c);
    // A refused file stores nothing and saves nothing; what was typed is shown again.
    if (!stored.ok)
      return isAutosave
        ? autosaveAnswer(c, { ok: false, reason: 'INVALID_ANSWERS', errors: stored.errors })
        : c.html(await editPage(c, await read(), { typed, version, errors: stored.errors }), 422);
    const input = {
      applicationId: id,
      expectedVersion: version,
      answers: withUploads(answers, stored.stored),
      uploads: stored.stored,
    };
    if (isAutosave) return autosaveAnswer(c, await saveDraft(ctx.deps, ctx, input));
    const result =
      values.op === 'submit'
        ? await saveAndSubmit(ctx.deps, ctx, {
            ...input,
            idempotencyKey: values.key ?? '',
            checked: target,
          })
        : await saveDraft(ctx.deps, ctx, input);
    if (result.ok) {
      const done = 'versionNumber' in result ? 'submitted' : 'saved';
      const to = done === 'submitted' ? applicationPath(id) : applicationEditPath(id);
      return c.redirect(`${to}?done=${done}`, 303);
    }
    // Past the save, the stored copy moved on: render against it, keeping what was typed.
    const again = await read();
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
            call: target.call,
            organizationId: target.application.organizationId,
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
}
