// What /admin shows: every module's figures and work waiting, and the pages the actor may open.
import type { AuditContext } from '../audit';
import { can, isSignedIn } from '../authz';
import type { AppDeps } from '../deps';
import { AppError } from '../errors';
import { backofficeNavigation, overviewFigures, workWaitingFor } from '../modules/registry';
import { platformCounts } from './dashboard.repository';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The back-office does not exist for accounts that may not enter it. */
export function requireCapability(acting: AuditContext, capability: Parameters<typeof can>[1]) {
  if (!can(acting.actor, capability)) throw new AppError('NOT_FOUND');
}

export async function getBackofficeOverview(deps: AppDeps, acting: AuditContext) {
  requireCapability(acting, 'backoffice:enter');
  const { actor } = acting;
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED');
  const [figures, work] = await Promise.all([overviewFigures(deps), workWaitingFor(deps, actor)]);
  const pages = backofficeNavigation(actor).filter((p) => p.path !== '/admin');
  return { figures, work, pages };
}

/** The platform's own headline numbers: mails waiting, audit entries of the last week. */
export async function platformFigures(deps: Pick<AppDeps, 'database' | 'clock'>) {
  const since = new Date(deps.clock().getTime() - WEEK_MS);
  return platformCounts(deps.database.db, since);
}
