// The publishing steps the item's status allows and the actor may take, its private preview
// link, and its history with a comparison of each version against the one before.
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { DateTimeField, LongTextField } from '../../../platform/ui/text-controls';
import type { ItemRow, RevisionRow } from '../db/items.repository';
import { stepsFrom, type ContentStatus } from '../domain/content-item';
import { canTakeStep, STAFF_PATH } from '../permissions';
import { itemPath } from './paths';

export function ItemWorkflow({ ctx, item }: { ctx: RequestContext; item: ItemRow }) {
  const { t } = ctx;
  const action = `${STAFF_PATH}/${item.id}/step`;
  const steps = stepsFrom(item.status as ContentStatus).filter((s) => canTakeStep(ctx.actor, s));
  const version = String(item.version);
  return (
    <section aria-labelledby="workflow-title">
      <h2 id="workflow-title">{t('content.staff.workflow')}</h2>
      <div class="row">
        {steps
          .filter((s) => s !== 'schedule' && s !== 'return')
          .map((step) => (
            <ActionButton
              action={action}
              label={t(`content.step.${step}`)}
              kind={step === 'unpublish' ? 'danger' : step === 'publish' ? 'primary' : 'secondary'}
              hidden={{ step, version }}
            />
          ))}
      </div>
      {steps.includes('schedule') && (
        <form method="post" action={action} class="stack">
          <input type="hidden" name="step" value="schedule" />
          <input type="hidden" name="version" value={version} />
          <DateTimeField
            t={t}
            name="publishAt"
            label={t('content.form.publishAt')}
            value={item.publishAt ?? undefined}
          />
          <p>
            <button type="submit">{t('content.step.schedule')}</button>
          </p>
        </form>
      )}
      {steps.includes('return') && (
        <form method="post" action={action} class="stack">
          <input type="hidden" name="step" value="return" />
          <input type="hidden" name="version" value={version} />
          <LongTextField
            t={t}
            name="note"
            id="return-note"
            label={t('content.form.note')}
            rows={2}
          />
          <p>
            <button type="submit" class="secondary">
              {t('content.step.return')}
            </button>
          </p>
        </form>
      )}
      <p class="row">
        <a href={itemPath(item)}>{t('content.staff.viewPublic')}</a>
        {item.status !== 'published' && (
          <a href={`${itemPath(item)}/preview?token=${item.previewToken}`}>
            {t('content.staff.previewLink')}
          </a>
        )}
      </p>
    </section>
  );
}

export function ItemHistory(props: {
  ctx: RequestContext;
  item: ItemRow;
  revisions: RevisionRow[];
}) {
  const { ctx, item, revisions } = props;
  const { t, locale } = ctx;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('content.staff.history')}</h2>
      <ol reversed>
        {revisions.map((r, i) => {
          const previous = revisions[i + 1];
          return (
            <li>
              {t('content.staff.historyEntry', {
                version: r.version,
                action: t(`content.action.${r.action}` as never),
                who: r.editedByName || '—',
                at: formatDateTime(r.editedAt, locale),
              })}
              {previous && (
                <>
                  {' '}
                  <a
                    href={`${STAFF_PATH}/${item.id}/diff?from=${previous.version}&to=${r.version}`}
                  >
                    {t('content.staff.compare')}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
