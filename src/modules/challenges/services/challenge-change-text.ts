// A correction of a challenge in words, for its public log and for the mail to its solvers.
import { formatDateTime, type Locale, type Translate } from '../../../platform/i18n';
import type { ChallengeChange } from '../domain/challenge-edit';

export function describeChanges(
  t: Translate,
  locale: Locale,
  changes: readonly ChallengeChange[],
): string[] {
  return changes.map((c) => {
    if (c.field === 'opensAt' || c.field === 'closesAt')
      return t(`challenges.change.${c.field}`, {
        from: c.from ? formatDateTime(new Date(c.from), locale) : '',
        to: c.to ? formatDateTime(new Date(c.to), locale) : '',
      });
    return t(`challenges.change.${c.field}`);
  });
}
