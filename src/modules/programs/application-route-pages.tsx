// The applicant's two pages as the application routes answer them: the form (what was typed, the
// version, a fresh idempotency key, the applicant's deadline) and the status page (decision,
// co-editors for those who may edit).
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/http/context';
import type { FieldErrors } from '../../platform/errors';
import type { MessageKey } from '../../platform/i18n';
import type { TAnswers } from './domain/call-form';
import { canReopenApplications } from './permissions';
import { deadlineFor } from './services/applications/application-page';
import type {
  ApplicationToEdit,
  ApplicationView,
} from './services/applications/applications.queries';
import { coEditorsPanel } from './services/co-editors/co-editors.queries';
import { decisionOfApplication } from './services/reviews/review.queries';
import {
  ApplicationEditPage,
  ApplicationStatusPage,
  type PageNotice,
} from './ui/application-pages';
import { typedFromAnswers, type Typed } from './ui/application-values';

const newKey = () => randomUUID();

const APPLICATION_DONE: Record<string, MessageKey> = {
  saved: 'programs.application.saved',
  withdrawn: 'programs.application.withdrawn',
  reopened: 'programs.application.reopened',
  coEditorAdded: 'programs.coEditors.added',
  coEditorRemoved: 'programs.coEditors.removed',
};
/** The notice ?done= asks for; a submission's names its receipt. */
function doneNotice(c: AppContext, view: ApplicationToEdit): PageNotice | undefined {
  const { t } = c.get('ctx');
  const done = c.req.query('done');
  if (done === 'submitted')
    return {
      kind: 'success',
      text: t('programs.application.submitted', { receipt: view.application.receiptNumber ?? '' }),
    };
  const key = done && Object.hasOwn(APPLICATION_DONE, done) ? APPLICATION_DONE[done] : undefined;
  return key ? { kind: 'success', text: t(key) } : undefined;
}

export async function editPage(
  c: AppContext,
  view: ApplicationToEdit,
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

export async function statusPage(
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
