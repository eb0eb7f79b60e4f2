// Between the password and the code, better-auth keeps the account in a verification row named by
// its signed "two_factor" cookie. Limits on codes count per account, so it is looked up here.
import type { AppDeps } from '../../../platform/deps';
import { authFor } from './auth';
import type { CallerSession } from './caller-session';

const CHALLENGE_COOKIE = /(?:^|;\s*)(?:__Secure-)?innohub\.two_factor=([^;]+)/;

/** The id of the account whose second factor is awaited, when the challenge is known. */
export async function secondFactorAccount(
  deps: AppDeps,
  session: CallerSession,
): Promise<string | undefined> {
  const signed = CHALLENGE_COOKIE.exec(session.cookie)?.[1];
  if (!signed) return undefined;
  // "<identifier>.<signature>"; better-auth checks the signature when the code is verified, and
  // an identifier that is not a live challenge names no account here.
  const identifier = decodeURIComponent(signed).split('.')[0] ?? '';
  const store = (await authFor(deps).$context).internalAdapter;
  const row = await store.findVerificationValue(identifier);
  return row?.value;
}
