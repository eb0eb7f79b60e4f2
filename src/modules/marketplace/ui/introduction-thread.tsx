// An introduction's thread: the messages and their attachments, then the form to write one
// (multipart, with the form's one-time key so a double submission posts once).
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime } from '../../../platform/i18n';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { FileField, LongTextField } from '../../../platform/ui/text-controls';
import type { IntroductionView } from '../services/introductions.queries';
import { introductionPath } from './paths';

export function Thread(props: {
  ctx: RequestContext;
  view: IntroductionView;
  formKey: string;
  body?: string;
  errors?: FieldErrors;
}) {
  const { ctx, view } = props;
  const { t, locale } = ctx;
  const intro = view.introduction;
  const path = introductionPath(intro.id);
  const isOpen = ['introduced', 'talking', 'negotiating'].includes(intro.stage);
  return (
    <section aria-labelledby="thread">
      <h2 id="thread">{t('marketplace.thread.title')}</h2>
      <p class="muted">{t('marketplace.thread.lead')}</p>
      {view.thread.length === 0 ? (
        <p>{t('marketplace.thread.empty')}</p>
      ) : (
        <ol class="thread">
          {view.thread.map(({ message, authorName }) => (
            <li id={`message-${message.id}`}>
              <p class="muted">
                {t('marketplace.thread.by', {
                  name: authorName,
                  time: formatDateTime(message.createdAt, locale),
                })}
              </p>
              <p style="white-space: pre-line">{message.body}</p>
              {message.fileName && (
                <p>
                  <a href={`${path}/messages/${message.id}/file`}>{message.fileName}</a>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {isOpen ? (
        <form method="post" action={`${path}/messages`} enctype="multipart/form-data" novalidate>
          <ErrorSummary t={t} errors={props.errors} />
          <input type="hidden" name="key" value={props.formKey} />
          <LongTextField
            t={t}
            name="body"
            label={t('marketplace.thread.body')}
            value={props.body}
            rows={4}
            errors={props.errors}
            required
          />
          <FileField
            t={t}
            name="file"
            label={t('marketplace.thread.file')}
            hint={t('marketplace.thread.file.hint')}
            accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg"
            errors={props.errors}
          />
          <button type="submit">{t('marketplace.thread.send')}</button>
        </form>
      ) : (
        <p class="muted">
          {intro.stage === 'requested'
            ? t('marketplace.thread.notYet')
            : t('marketplace.thread.closed')}
        </p>
      )}
    </section>
  );
}
