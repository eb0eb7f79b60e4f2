// The applicant's pages. Apply (eligibility first) → the form (Save draft and Submit are plain
// multipart posts carrying the version and a per-page-load idempotency key) → the status page.
// A save answers 303, 422 with each question's messages next to what was typed, or 409 after a
// stale save with both copies shown; the page's autosave (op=draft, asking for JSON) gets the
// same save answered as JSON. Those who may edit add and remove co-editors on the status page.
// Attachments are served only to those who may read the application (everyone else: 404).
import { policies } from '../../platform/authz';
import type { Router } from '../../platform/http/router';
import { postedValues, routeCall } from './route-kit';
import { applyOptions } from './services/applications/application-page';
import {
  findMyApplications,
  getApplication,
  getAttachment,
} from './services/applications/applications.queries';
import { formVersion } from '../../platform/input/form-values';
import { routeParam } from '../../platform/http/form-reader';
import { reopenApplication } from './services/applications/reopen-application';
import { startApplication } from './services/applications/start-application';
import { withdrawApplication } from './services/applications/withdraw-application';
import {
  APPLICATIONS_PATH,
  applicationEditPath,
  applicationPath,
  ApplyPage,
  MyApplicationsPage,
} from './ui/application-pages';
import { PUBLIC_PATH } from './ui/programmes-page';
import { privateDownload } from './ui/private-download';

import { statusPage } from './application-route-pages';
import { registerApplicationFormRoutes } from './application-form.routes';
import { registerCoEditorRoutes } from './co-editors.routes';

function registerApplyPages(router: Router) {
  const APPLY = `${PUBLIC_PATH}/:slug/calls/:call/apply`;

  router.page('GET', APPLY, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const { programme, call } = await routeCall(c);
    const options = await applyOptions(ctx.deps, ctx, { call });
    return c.html(<ApplyPage ctx={ctx} programme={programme} call={call} options={options} />);
  });

  router.page('POST', APPLY, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const { programme, call } = await routeCall(c);
    const organizationId = (await postedValues(c)).organizationId ?? '';
    const result = await startApplication(ctx.deps, ctx, {
      callId: call.id,
      organizationId,
      call,
    });
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

  router.page('POST', `${ONE}/withdraw`, session, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const view = await getApplication(ctx.deps, ctx, { applicationId: id });
    const values = await postedValues(c);
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
    const values = await postedValues(c);
    const result = await reopenApplication(ctx.deps, ctx, {
      applicationId: id,
      expectedVersion: formVersion(values),
    });
    if (result.ok) return c.redirect(`${applicationPath(id)}?done=reopened`, 303);
    const view = await getApplication(ctx.deps, ctx, { applicationId: id });
    const notice = { kind: 'error', text: ctx.t('programs.error.conflict') } as const;
    return c.html(await statusPage(c, view, notice), 409);
  });

  router.page('GET', `${ONE}/files/:file`, session, async (c) => {
    const ctx = c.get('ctx');
    const attachment = await getAttachment(ctx.deps, ctx, {
      applicationId: routeParam(c, 'id'),
      attachmentId: routeParam(c, 'file'),
    });
    return privateDownload(c, attachment);
  });
}

export function registerApplicationRoutes(router: Router) {
  registerApplicationPages(router);
  registerApplicationFormRoutes(router);
  registerCoEditorRoutes(router);
  registerApplyPages(router);
}
