// When a call takes submissions. A call is open from opens_at (included) until closes_at
// (excluded): a submission one second before closes_at is on time, one at closes_at is late.
// An extension granted to one applicant moves that applicant's closing time later; the latest
// grant wins, so staff can also shorten an extension they gave by mistake — never below the
// call's own deadline (a call moved past an extension carries that applicant too).

export interface CallWindow {
  opensAt: Date;
  closesAt: Date;
}

export interface Extension {
  organizationId: string;
  closesAt: Date;
  createdAt: Date;
}

export type CallPhase = 'upcoming' | 'open' | 'closed';

export function phaseAt(window: CallWindow, now: Date): CallPhase {
  if (now.getTime() < window.opensAt.getTime()) return 'upcoming';
  return now.getTime() < window.closesAt.getTime() ? 'open' : 'closed';
}

/** The closing time that applies to one applicant: the call's, or its latest extension's. */
export function closesAtFor(
  window: CallWindow,
  extensions: readonly Extension[],
  organizationId: string,
): Date {
  let latest: Extension | undefined;
  for (const e of extensions) {
    if (e.organizationId !== organizationId) continue;
    if (!latest || e.createdAt.getTime() > latest.createdAt.getTime()) latest = e;
  }
  return latest && latest.closesAt.getTime() > window.closesAt.getTime()
    ? latest.closesAt
    : window.closesAt;
}

/** True when this applicant may submit at `now`. */
export function isOpenFor(
  window: CallWindow,
  extensions: readonly Extension[],
  organizationId: string,
  now: Date,
): boolean {
  const closesAt = closesAtFor(window, extensions, organizationId);
  return phaseAt({ opensAt: window.opensAt, closesAt }, now) === 'open';
}
