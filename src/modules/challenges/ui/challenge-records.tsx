// What a challenge's page shows beside its text: its documents and datasets (links, and files
// with their kind and size, which its owner and the centre publish and remove here), and the log
// of corrections made since it was published.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatFileSize } from '../../../platform/i18n';
import type { FormValues } from '../../../platform/input/form-values';
import { ActionButton } from '../../../platform/ui/action-button';
import { SelectField } from '../../../platform/ui/choice-controls';
import { FileField, TextField } from '../../../platform/ui/text-controls';
import { DOCUMENT_KINDS } from '../domain/challenge';
import { canManageChallenge } from '../permissions';
import { describeChanges } from '../services/challenge-change-text';
import { CHALLENGE_FILE_MAX_BYTES } from '../services/challenge-file-check';
import type { ChallengePage } from '../services/challenges.queries';
import { challengePath } from './paths';

type Props = {
  ctx: RequestContext;
  data: ChallengePage;
  errors?: FieldErrors;
  values?: FormValues;
};

export const challengeFilePath = (c: { slug: string }, fileId: string) =>
  `${challengePath(c)}/files/${fileId}`;

function UploadForm({ ctx, data, errors, values }: Props) {
  const { t } = ctx;
  const common = { t, errors };
  return (
    <form
      method="post"
      action={`${challengePath(data.challenge)}/files`}
      enctype="multipart/form-data"
      class="stack card"
    >
      <h3>{t('challenges.file.upload')}</h3>
      <TextField
        {...common}
        name="fileTitle"
        label={t('challenges.file.title')}
        value={values?.fileTitle}
        required
      />
      <SelectField
        {...common}
        name="fileCategory"
        label={t('challenges.file.category')}
        value={values?.fileCategory}
        options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`challenges.document.${k}`) }))}
      />
      <FileField
        {...common}
        name="file"
        label={t('challenges.file.file')}
        hint={t('challenges.file.fileHint', { maxMb: CHALLENGE_FILE_MAX_BYTES / 1_048_576 })}
        accept=".pdf,.docx,.xlsx,.pptx,.csv,.zip"
        required
      />
      <p>
        <button type="submit">{t('challenges.file.submit')}</button>
      </p>
    </form>
  );
}

export function ChallengeDocuments(props: Props) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const c = data.challenge;
  const manages = canManageChallenge(data.access);
  if (c.documents.length === 0 && data.files.length === 0 && !manages) return null;
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('challenges.challenge.documents')}</h2>
      {c.isConfidential && data.files.length > 0 && (
        <p class="muted">{t('challenges.file.confidential')}</p>
      )}
      <ul>
        {data.files.map((f) => (
          <li>
            {t(`challenges.document.${f.category}` as never)}:{' '}
            <a href={challengeFilePath(c, f.id)} download>
              {f.title}
            </a>{' '}
            <span class="muted">
              (
              {t('challenges.file.meta', {
                kind: f.kind.toUpperCase(),
                size: formatFileSize(f.bytes, locale),
              })}
              )
            </span>
            {manages && (
              <>
                {' '}
                <ActionButton
                  action={`${challengeFilePath(c, f.id)}/remove`}
                  label={t('challenges.file.remove', { title: f.title })}
                  kind="secondary"
                />
              </>
            )}
          </li>
        ))}
        {c.documents.map((d) => (
          <li>
            {t(`challenges.document.${d.kind}`)}:{' '}
            <a href={d.url} rel="noopener nofollow">
              {d.title}
            </a>
          </li>
        ))}
      </ul>
      {manages && <UploadForm {...props} />}
    </section>
  );
}

export function ChangeLog({ ctx, data }: Props) {
  const { t, locale } = ctx;
  if (data.changes.length === 0) return null;
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{t('challenges.changes.title')}</h2>
      <ul>
        {data.changes.map((entry) => (
          <li>
            <time datetime={entry.changedAt.toISOString()}>
              {t('challenges.changes.entry', { date: formatDate(entry.changedAt, locale) })}
            </time>{' '}
            {describeChanges(t, locale, entry.changes).join('; ')}
            {entry.note && <> — {entry.note}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
