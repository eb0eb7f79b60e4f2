// The letter to a challenge's solvers after a material correction: what changed, the editor's
// reason, and, when the agreement changed, that they must accept its new version before
// submitting. One letter per member of each solver's managing account, in their language.
import type { AppDeps } from '../../../platform/deps';
import type { Db } from '../../../platform/db/client';
import { translator } from '../../../platform/i18n';
import { organizationFacts } from '../../directory';
import type { ChallengeRow } from '../db/challenges.repository';
import type { ChallengeChange } from '../domain/challenge-edit';
import { challengePath } from '../ui/paths';
import { describeChanges } from './challenge-change-text';
import { contactsOf } from './pilot-reminder';

export type SolverContact = Awaited<ReturnType<typeof contactsOf>>[number] & {
  organization: string;
};

/** The members of these solvers' managing accounts, each once per solver. */
export async function solverContacts(
  deps: Pick<AppDeps, 'database'>,
  organizationIds: readonly string[],
): Promise<SolverContact[]> {
  const lists = await Promise.all(
    organizationIds.map(async (id) => {
      const facts = await organizationFacts(deps.database.db, id);
      const contacts = await contactsOf(deps, id);
      return contacts.map((c) => ({ ...c, organization: facts?.name ?? '' }));
    }),
  );
  return lists.flat();
}

export async function writeToSolvers(
  deps: Pick<AppDeps, 'mail' | 'config'>,
  tx: Db,
  input: {
    challenge: ChallengeRow;
    solvers: readonly SolverContact[];
    changes: readonly ChallengeChange[];
    note: string;
  },
): Promise<void> {
  const { challenge, changes, note } = input;
  const title = challenge.track ? `${challenge.title} — ${challenge.track}` : challenge.title;
  const isNewAgreement = changes.some((c) => c.field === 'agreement');
  for (const contact of input.solvers) {
    const t = translator(contact.locale);
    const params = {
      name: contact.name,
      title,
      organization: contact.organization,
      changes: describeChanges(t, contact.locale, changes).join('; '),
      note:
        (note ? t('challenges.edit.mailNote', { note }) : '') +
        (isNewAgreement
          ? t('challenges.edit.mailAgreement', { version: challenge.agreementVersion })
          : ''),
      url: `${deps.config.publicUrl}${challengePath(challenge)}`,
    };
    await deps.mail.queue(tx, {
      to: contact.email,
      subject: t('challenges.edit.mailSubject', params),
      text: t('challenges.edit.mailBody', params),
      template: 'challenges.challenge-changed',
    });
  }
}
