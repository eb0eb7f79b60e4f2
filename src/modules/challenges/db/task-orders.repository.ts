// The S&T tasks ordered from challenges and the steps of their chains.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { editableColumns, type EditablePatch } from '../../../platform/db/editable';
import { nextVersion, type ChangeStamp } from '../../../platform/db/versioned';
import { challengesTaskOrders as orders, challengesTaskOrderSteps as steps } from './tables';

export type TaskOrderRow = typeof orders.$inferSelect;
export type TaskOrderStepRow = typeof steps.$inferSelect;

/** An order stays with its challenge; its status moves with the chain's last step only. */
const ORDER_OWNED = ['challengeId', 'status'] as const;
const orderEditable = editableColumns(orders, ORDER_OWNED);
export type TaskOrderPatch = EditablePatch<typeof orders, (typeof ORDER_OWNED)[number]>;

/** The order, or undefined when the challenge already has one. */
export async function insertTaskOrder(
  db: Db,
  row: typeof orders.$inferInsert,
): Promise<TaskOrderRow | undefined> {
  const [created] = await db.insert(orders).values(row).onConflictDoNothing().returning();
  return created;
}

export async function taskOrderOfChallenge(
  db: Db,
  challengeId: string,
): Promise<TaskOrderRow | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.challengeId, challengeId));
  return row;
}

/** The challenge's order locked until the transaction ends: steps recorded at once queue. */
export async function lockTaskOrderOfChallenge(
  tx: Db,
  challengeId: string,
): Promise<TaskOrderRow | undefined> {
  const [row] = await tx
    .select()
    .from(orders)
    .where(eq(orders.challengeId, challengeId))
    .for('update');
  return row;
}

/** Changes an order the caller has locked and moves its version. */
export async function touchTaskOrder(
  tx: Db,
  id: string,
  patch: TaskOrderPatch & { status?: 'ordering' | 'accepted' },
  stamp: ChangeStamp,
): Promise<TaskOrderRow> {
  const { status, ...rest } = patch;
  const [row] = await tx
    .update(orders)
    .set({
      ...orderEditable.pick(rest),
      ...(status ? { status } : {}),
      ...nextVersion(orders, stamp),
    })
    .where(eq(orders.id, id))
    .returning();
  return row!;
}

export async function insertTaskOrderStep(
  tx: Db,
  row: typeof steps.$inferInsert,
): Promise<TaskOrderStepRow | undefined> {
  const [created] = await tx.insert(steps).values(row).onConflictDoNothing().returning();
  return created;
}

export const stepsOfTaskOrder = (db: Db, orderId: string): Promise<TaskOrderStepRow[]> =>
  db
    .select()
    .from(steps)
    .where(eq(steps.orderId, orderId))
    .orderBy(asc(steps.happenedOn), asc(steps.createdAt));
