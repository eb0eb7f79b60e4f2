import type { OrganizationKind } from './taxonomy';

export const STARTUP_KINDS: readonly OrganizationKind[] = ['startup', 'sme'];

/**
 * Law 04/2017/QH14 Art. 17.1(a) and Circular 01/2018/TT-BKHCN: an innovative startup is at most
 * 5 years from its *first* business registration. Computed on the day asked (Asia/Ho_Chi_Minh
 * calendar dates), never stored, so it lapses on its own.
 */
export function isInnovativeStartup(
  org: { kind: OrganizationKind; firstRegisteredOn: string | null },
  today: Date,
): boolean {
  if (!STARTUP_KINDS.includes(org.kind) || !org.firstRegisteredOn) return false;
  const [y, m, d] = org.firstRegisteredOn.split('-').map(Number) as [number, number, number];
  const local = new Date(today.getTime() + 7 * 3600 * 1000); // UTC+7, no DST
  const limit = Date.UTC(y + 5, m - 1, d);
  const day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return day <= limit && day >= Date.UTC(y, m - 1, d);
}
