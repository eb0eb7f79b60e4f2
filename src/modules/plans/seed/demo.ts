// The demo plan loaded on a fresh database outside production (after the directory's demo
// set): the agencies as directory profiles listed for plans, the plan with its tasks and the
// targets of 002 I, and two quarters of agency reports at every state. The same data every
// time; nothing when plans already exist.
import { ANONYMOUS } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import type { Db } from '../../../platform/db/client';
import { createOrganization, manageDemoProfile } from '../../directory';
import { demoAccountOrganizations } from '../../identity';
import { insertAgency, insertPlan, listPlans } from '../db/plans.repository';
import { insertTarget, replaceTargetYears } from '../db/targets.repository';
import { insertTask, replaceBudgets } from '../db/tasks.repository';
import { levelOf, parentCodeOf } from '../domain/task-tree';
import { DEMO_AGENCIES, DEMO_PLAN, DEMO_TARGETS, DEMO_TASKS } from './demo-plan';
import { seedDemoReports } from './demo-reports';
import { vnDay } from '../../../platform/i18n';

const SEED = { actor: ANONYMOUS, label: 'demo seed' };

async function demoAgencies(deps: Pick<AppDeps, 'database'>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const a of DEMO_AGENCIES) {
    const created = await createOrganization(deps.database.db, SEED, {
      kind: a.kind,
      legalName: a.legalName,
      provinceCode: '31',
    });
    if (!created.ok) throw new Error(`demo agency ${a.code}: ${JSON.stringify(created.fields)}`);
    ids.set(a.code, created.organization.id);
  }
  return ids;
}

/** The demo agency account's department manages its profile, so its officer has tasks to see. */
async function linkDemoOfficers(db: Db, agencies: Map<string, string>) {
  const accounts = await demoAccountOrganizations(db);
  for (const a of DEMO_AGENCIES) {
    const account = accounts.get(a.legalName);
    if (account)
      await manageDemoProfile(db, {
        organizationId: agencies.get(a.code)!,
        accountOrganizationId: account,
      });
  }
}

export async function seedPlansDemo(deps: Pick<AppDeps, 'database' | 'clock'>): Promise<void> {
  const db = deps.database.db;
  if ((await listPlans(db)).length > 0) return;
  const agencies = await demoAgencies(deps);
  await linkDemoOfficers(db, agencies);
  const id = (code: string) => agencies.get(code)!;
  await db.transaction(async (tx) => {
    for (const [code, organizationId] of agencies)
      await insertAgency(tx, { organizationId, code, createdBy: 'demo' });
    const plan = await insertPlan(tx, { ...DEMO_PLAN, createdBy: 'demo', updatedBy: 'demo' });
    const tasks = new Map<string, string>();
    for (const [position, d] of DEMO_TASKS.entries()) {
      const parent = parentCodeOf(d.code);
      const task = await insertTask(tx, {
        planId: plan.id,
        parentId: parent ? tasks.get(parent)! : null,
        code: d.code,
        level: levelOf(d.code),
        title: d.title,
        leadAgencyId: id(d.lead),
        coordinatingAgencyIds: (d.coordinating ?? []).map(id),
        startsOn: d.startsOn,
        dueOn: d.dueOn,
        deliverables: d.deliverables,
        status: d.status ?? 'not_started',
        percentDone: d.percentDone ?? 0,
        progressNote: d.progressNote ?? '',
        position: position + 1,
      });
      tasks.set(d.code, task.id);
      const budgets = Object.entries(d.budgets ?? {}).map(([source, amountVnd]) => ({
        source,
        amountVnd,
      }));
      await replaceBudgets(tx, task.id, budgets);
    }
    await seedDemoReports(tx, plan.id, agencies, vnDay(deps.clock()));
    for (const [position, d] of DEMO_TARGETS.entries()) {
      const target = await insertTarget(tx, {
        planId: plan.id,
        code: d.code,
        name: d.name,
        unit: d.unit,
        source: d.source,
        indicatorId: d.indicatorId ?? null,
        isPublic: d.isPublic ?? false,
        position: position + 1,
      });
      await replaceTargetYears(
        tx,
        target.id,
        d.targets.map((value, i) => {
          const year = DEMO_PLAN.periodStart + i;
          const entered = d.entered?.[year];
          return {
            year,
            targetValue: BigInt(value),
            enteredValue: entered === undefined ? null : BigInt(entered),
          };
        }),
      );
    }
  });
}
