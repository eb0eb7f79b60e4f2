// What other modules may know of an account's standing: whether its e-mail address was verified
// and when it was created (a public vote counts verified accounts and flags bursts of new ones).
import type { Db } from '../../../platform/db/client';
import { getUserById } from '../db/users.repository';

export interface AccountStanding {
  isEmailVerified: boolean;
  createdAt: Date;
}

export async function accountStanding(
  db: Db,
  userId: string,
): Promise<AccountStanding | undefined> {
  const user = await getUserById(db, userId);
  return user && { isEmailVerified: user.emailVerified, createdAt: user.createdAt };
}
