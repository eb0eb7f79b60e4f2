// What the public list's words search in a challenge: its title, track and summary, its problem's
// title and its owner's names, without diacritics — the same when published and when corrected.
import { searchKey } from '../../../platform/text/vietnamese';

export const challengeSearchKey = (
  challenge: { title: string; track: string; summary: string },
  problem: { title: string } | undefined,
  owner: { legalName: string; name: string } | undefined,
) =>
  searchKey(
    [
      challenge.title,
      challenge.track,
      challenge.summary,
      problem?.title,
      owner?.legalName,
      owner?.name,
    ]
      .filter(Boolean)
      .join(' '),
  );
