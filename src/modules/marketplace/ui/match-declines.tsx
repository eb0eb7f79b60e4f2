// Declining a suggestion on its card (a disclosure holding a short form: a reason, a comment),
// and the declined ones below the list, each with its undo button. Plain forms: no script.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { RadioGroup } from '../../../platform/ui/choice-controls';
import { ActionButton } from '../../../platform/ui/action-button';
import { LongTextField } from '../../../platform/ui/text-controls';
import { DECLINE_COMMENT_MAX, DECLINE_REASONS, type DeclineReason } from '../domain/match-declines';

/** The form's values and errors after a refused decline of one suggestion. */
export interface DeclineState {
  counterpartId: string;
  reason: string;
  comment: string;
  errors: FieldErrors;
}

export const reasonLabel = (ctx: RequestContext, reason: string) =>
  (DECLINE_REASONS as readonly string[]).includes(reason)
    ? ctx.t(`marketplace.decline.reason.${reason as DeclineReason}`)
    : reason;

export function DeclineForm(props: {
  ctx: RequestContext;
  base: string;
  counterpart: { id: string; title: string };
  state?: DeclineState;
}) {
  const { ctx, counterpart } = props;
  const { t } = ctx;
  const state = props.state?.counterpartId === counterpart.id ? props.state : undefined;
  const id = (name: string) => `${name}-${counterpart.id}`;
  return (
    <details class="decline" open={state !== undefined}>
      <summary>{t('marketplace.decline.summary')}</summary>
      <form method="post" action={`${props.base}/matches/decline`}>
        <input type="hidden" name="counterpart" value={counterpart.id} />
        <RadioGroup
          t={t}
          name="reason"
          id={id('reason')}
          legend={t('marketplace.decline.legend')}
          options={DECLINE_REASONS.map((r) => ({ value: r, label: reasonLabel(ctx, r) }))}
          value={state?.reason}
          errors={state?.errors}
          required
        />
        <LongTextField
          t={t}
          name="comment"
          id={id('comment')}
          label={t('marketplace.decline.comment')}
          value={state?.comment}
          errors={state?.errors}
          rows={2}
          maxlength={DECLINE_COMMENT_MAX}
        />
        <button
          type="submit"
          class="secondary"
          aria-label={t('marketplace.decline.submitLabel', { title: counterpart.title })}
        >
          {t('marketplace.decline.submit')}
        </button>
      </form>
    </details>
  );
}

export interface DeclinedItem {
  id: string;
  title: string;
  href: string;
  reason: string;
  comment: string;
}

export function DeclinedList(props: { ctx: RequestContext; base: string; items: DeclinedItem[] }) {
  const { ctx } = props;
  const { t } = ctx;
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="declined-title">
      <h2 id="declined-title">{t('marketplace.decline.declinedTitle')}</h2>
      <p class="muted">{t('marketplace.decline.declinedLead')}</p>
      <ul>
        {props.items.map((d) => (
          <li>
            <a href={d.href}>{d.title}</a> —{' '}
            {t('marketplace.decline.declinedAs', { reason: reasonLabel(ctx, d.reason) })}
            {d.comment && <span class="muted"> ({d.comment})</span>}{' '}
            <ActionButton
              action={`${props.base}/matches/undo`}
              label={t('marketplace.decline.undo')}
              ariaLabel={t('marketplace.decline.undoLabel', { title: d.title })}
              kind="secondary"
              hidden={{ counterpart: d.id }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
