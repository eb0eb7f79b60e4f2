// Assessment frameworks (staff). createFramework: a framework with its name and source, no levels
// yet. saveFramework: its name, source and levels with their criteria as the form posts them.
// Outcomes: the framework (audited) | INVALID (field messages) | CONFLICT (changed meanwhile: a
// stale form is never written over the newer one) | NOT_FOUND (thrown, also to non-staff).
import { randomUUID } from 'node:crypto';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { ZRequiredText, ZText } from '../../../platform/input/text-fields';
import { isUuid } from '../../../platform/input/uuid';
import {
  assessmentsOf,
  findFramework,
  insertFramework,
  listFrameworks,
  updateFrameworkAtVersion,
  type AssessmentRow,
  type FrameworkRow,
} from '../db/assessments.repository';
import { checkLevels, criteriaOf, type LevelDraft } from '../domain/framework';
import { canManagePlans } from '../permissions';
import { actingUserId } from './acting';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface FrameworkInput {
  name: string;
  description: string;
}

export type FrameworkResult =
  | { ok: true; framework: FrameworkRow }
  | { ok: false; reason: 'CONFLICT'; current: FrameworkRow }
  | Invalid;

function staffOnly(acting: AuditContext) {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
}

function checkFields(input: FrameworkInput, errors: FieldErrors) {
  const name = ZRequiredText(200).safeParse(input.name);
  const description = ZText(2000).safeParse(input.description);
  if (!name.success) errors.name = { key: 'validation.required' };
  if (!description.success)
    errors.description = { key: 'validation.tooLong', params: { max: 2000 } };
  return name.success && description.success
    ? { name: name.data, description: description.data }
    : undefined;
}

export async function createFramework(
  deps: Deps,
  acting: AuditContext,
  input: FrameworkInput,
): Promise<FrameworkResult> {
  staffOnly(acting);
  const errors: FieldErrors = {};
  const fields = checkFields(input, errors);
  if (!fields) return invalid(errors);
  const by = actingUserId(acting);
  return deps.database.db.transaction(async (tx) => {
    const framework = await insertFramework(tx, { ...fields, createdBy: by, updatedBy: by });
    await recordAudit(tx, acting, {
      action: 'plans.framework:create',
      entityType: 'plans_framework',
      entityId: framework.id,
      after: fields,
    });
    return { ok: true, framework } as const;
  });
}

export async function saveFramework(
  deps: Deps,
  acting: AuditContext,
  input: FrameworkInput & { id: string; version: number; levels: LevelDraft[] },
): Promise<FrameworkResult> {
  const before = await getFramework(deps, acting, input.id);
  const errors: FieldErrors = {};
  const fields = checkFields(input, errors);
  const known = new Set(criteriaOf(before.levels).map((c) => c.id));
  const checked = checkLevels(input.levels, known, randomUUID);
  if ('errors' in checked) Object.assign(errors, checked.errors);
  if (!fields || 'errors' in checked) return invalid(errors);
  return deps.database.db.transaction(async (tx) => {
    const framework = await updateFrameworkAtVersion(
      tx,
      before.id,
      input.version,
      { ...fields, levels: checked.levels },
      { by: actingUserId(acting), now: deps.clock() },
    );
    if (!framework)
      return { ok: false, reason: 'CONFLICT', current: (await findFramework(tx, before.id))! };
    await recordAudit(tx, acting, {
      action: 'plans.framework:update',
      entityType: 'plans_framework',
      entityId: framework.id,
      before: { name: before.name, levels: before.levels },
      after: { name: framework.name, levels: framework.levels },
    });
    return { ok: true, framework } as const;
  });
}

export async function getFramework(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  id: string,
): Promise<FrameworkRow> {
  staffOnly(acting);
  const framework = isUuid(id) ? await findFramework(deps.database.db, id) : undefined;
  if (!framework) throw new AppError('NOT_FOUND');
  return framework;
}

export async function frameworkPage(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  id: string,
): Promise<{ framework: FrameworkRow; assessments: AssessmentRow[] }> {
  const framework = await getFramework(deps, acting, id);
  return { framework, assessments: await assessmentsOf(deps.database.db, framework.id) };
}

export async function frameworksList(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
): Promise<FrameworkRow[]> {
  staffOnly(acting);
  return listFrameworks(deps.database.db);
}
