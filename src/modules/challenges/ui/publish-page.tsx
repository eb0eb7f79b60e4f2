// The centre's form publishing a challenge (or one more track) from an approved problem.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { ProblemRow } from '../db/problems.repository';
import { STAFF_PATH } from '../permissions';
import type { ChallengeFormState } from '../services/challenge-form';
import { ChallengeFormFields } from './challenge-form-fields';
import { ProblemText } from './problem-text';

export function PublishPage(props: {
  ctx: RequestContext;
  problem: ProblemRow;
  state: ChallengeFormState;
  errors?: FieldErrors;
}) {
  const { ctx, problem, state } = props;
  const { t } = ctx;
  const path = `${STAFF_PATH}/problems/${problem.id}/publish`;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('challenges.publish.title', { problem: problem.title })}
      lead={t('challenges.publish.lead')}
      errors={props.errors}
    >
      <details>
        <summary>{t('challenges.challenge.problem')}</summary>
        <ProblemText ctx={ctx} problem={problem} />
      </details>
      <form method="post" action={path} class="stack" novalidate>
        <ChallengeFormFields ctx={ctx} state={state} errors={props.errors} hasTrack />
        <p>
          <button type="submit">{t('challenges.publish.submit')}</button>
        </p>
      </form>
    </BackofficePage>
  );
}
