// The staff's page of an event's registration questions: the programmes' form builder, posted whole
// on every button (no JavaScript), saved with the event's version (a stale save is refused).
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { PageNotice } from '../../../platform/ui/notice';
import { FormBuilder, type FormDraft } from '../../programs';
import type { EventRow } from '../db/events.repository';
import { STAFF_PATH } from '../permissions';
import { EVENT_QUESTION_KINDS } from '../services/registration-questions';

export const questionsPath = (eventId: string) => `${STAFF_PATH}/${eventId}/questions`;

export function QuestionsPage(props: {
  ctx: RequestContext;
  event: EventRow;
  draft: FormDraft;
  version: number;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, event, draft } = props;
  const { t } = ctx;
  const path = questionsPath(event.id);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('events.questions.title', { title: event.titleVi })}
      errors={props.errors}
      notice={props.notice}
    >
      <p class="row">
        <a href={`${STAFF_PATH}/${event.id}`}>{event.titleVi}</a>
      </p>
      <form method="post" action={path} class="stack">
        <input type="hidden" name="version" value={String(props.version)} />
        {draft.length === 0 && <p class="muted">{t('events.questions.none')}</p>}
        <FormBuilder
          ctx={ctx}
          draft={draft}
          errors={props.errors}
          kinds={EVENT_QUESTION_KINDS}
          title={t('events.questions.builder')}
          lead={t('events.questions.lead')}
        />
        <p class="row">
          <button type="submit" name="op" value="save">
            {t('events.questions.save')}
          </button>
        </p>
      </form>
    </BackofficePage>
  );
}
