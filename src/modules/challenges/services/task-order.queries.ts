// What the centre reads of a challenge's task order: the order, its recorded steps, the solvers
// it may name as performer, the signed documents and the two generated ones (DOCX).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { officialDocxBytes } from '../../../platform/documents';
import { AppError } from '../../../platform/errors';
import { organizationFactsByIds } from '../../directory';
import { acceptedSolverIds } from '../db/pilots.repository';
import { stepsOfTaskOrder, taskOrderOfChallenge } from '../db/task-orders.repository';
import {
  councilMinutesDocument,
  selectionDecisionDocument,
  type TaskOrderRecord,
} from './task-order-documents';
import { orderableChallenge } from './task-orders';

type Deps = Pick<AppDeps, 'database'>;

export async function taskOrderPage(deps: Deps, acting: AuditContext, slug: string) {
  const db = deps.database.db;
  const challenge = await orderableChallenge(deps, acting, slug);
  const order = await taskOrderOfChallenge(db, challenge.id);
  const [steps, solverIds] = await Promise.all([
    order ? stepsOfTaskOrder(db, order.id) : [],
    acceptedSolverIds(db, challenge.id),
  ]);
  const orgs = await organizationFactsByIds(db, [
    challenge.ownerOrganizationId,
    ...solverIds,
    ...(order?.performerOrganizationId ? [order.performerOrganizationId] : []),
  ]);
  const nameOf = (id: string | null | undefined) => (id ? orgs.get(id)?.legalName : undefined);
  return {
    challenge,
    order,
    steps,
    solvers: solverIds.map((id) => ({ id, name: nameOf(id) ?? id })),
    ownerName: nameOf(challenge.ownerOrganizationId) ?? '',
    performerName: nameOf(order?.performerOrganizationId),
  };
}
export type TaskOrderPageData = Awaited<ReturnType<typeof taskOrderPage>>;

/** A recorded step's signed document, for the private download. */
export async function taskOrderFile(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string; stepId: string },
) {
  const { steps } = await taskOrderPage(deps, acting, input.slug);
  const step = steps.find((s) => s.id === input.stepId);
  if (!step) throw new AppError('NOT_FOUND');
  return step;
}

export const TASK_ORDER_DOCUMENTS = {
  minutes: { build: councilMinutesDocument, file: 'bien-ban-hoi-dong-tu-van' },
  decision: { build: selectionDecisionDocument, file: 'quyet-dinh-to-chuc-chu-tri' },
} as const;
export type TaskOrderDocumentName = keyof typeof TASK_ORDER_DOCUMENTS;

/** The minutes or the decision as DOCX; NOT_FOUND until its step is recorded. */
export async function taskOrderDocx(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string; document: TaskOrderDocumentName },
) {
  const data = await taskOrderPage(deps, acting, input.slug);
  if (!data.order) throw new AppError('NOT_FOUND');
  const record: TaskOrderRecord = { ...data, order: data.order };
  const { build, file } = TASK_ORDER_DOCUMENTS[input.document];
  const doc = build(record);
  if (!doc) throw new AppError('NOT_FOUND');
  return {
    bytes: await officialDocxBytes(doc),
    fileName: `${file}-${data.challenge.slug}.docx`,
  };
}
