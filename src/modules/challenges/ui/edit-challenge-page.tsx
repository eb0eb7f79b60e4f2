// The form that corrects a published challenge, for its owner's members and the centre: its text,
// timeline, rewards, links and agreement, with the reason shown in the public log of updates.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { LongTextField } from '../../../platform/ui/text-controls';
import type { ChallengeRow } from '../db/challenges.repository';
import { isCorrectable } from '../domain/challenge-edit';
import type { ChallengeFormState } from '../services/challenge-form';
import { ChallengeFormFields } from './challenge-form-fields';
import { challengePath } from './paths';

export const editChallengePath = (c: { slug: string }) => `${challengePath(c)}/edit`;

export function EditChallengePage(props: {
  ctx: RequestContext;
  challenge: ChallengeRow;
  state: ChallengeFormState;
  /** The version the form was loaded at. */
  version: number;
  note?: string;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, challenge, state } = props;
  const { t } = ctx;
  const name = challenge.track ? `${challenge.title} — ${challenge.track}` : challenge.title;
  const title = t('challenges.edit.title', { title: name });
  return (
    <Layout ctx={ctx} title={title} path={editChallengePath(challenge)}>
      <h1>{title}</h1>
      <p>
        <a href={challengePath(challenge)}>{t('challenges.edit.back')}</a>
      </p>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary t={t} errors={props.errors} />
      <p class="lead">{t('challenges.edit.lead')}</p>
      {isCorrectable(challenge.status) && (
        <form method="post" action={editChallengePath(challenge)} class="stack" novalidate>
          <input type="hidden" name="version" value={String(props.version)} />
          <ChallengeFormFields ctx={ctx} state={state} errors={props.errors} hasTrack={false} />
          <LongTextField
            t={t}
            errors={props.errors}
            name="note"
            label={t('challenges.edit.note')}
            hint={t('challenges.edit.noteHint')}
            value={props.note}
            rows={2}
          />
          <p>
            <button type="submit">{t('challenges.edit.submit')}</button>
          </p>
        </form>
      )}
    </Layout>
  );
}
