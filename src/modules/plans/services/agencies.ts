// The agencies taking part in plans: directory organisations of a public kind (a department, a
// university, a research institute), each with the abbreviation used in document symbols and in
// task appendices. addAgency outcomes: added (audited) | INVALID (no such profile, not an
// agency, code malformed or taken, already listed).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { lastSegment } from '../../../platform/input/form-values';
import { organizationFactsByIds, organizationFactsBySlug } from '../../directory';
import { agenciesByIds, insertAgency, listAgencies } from '../db/plans.repository';
import { ISSUER_CODE } from '../domain/document-symbol';
import { canManagePlans } from '../permissions';
import { actingUserId } from './acting';

/** Directory kinds that are public bodies able to lead a plan's task. */
export const AGENCY_KINDS: readonly string[] = [
  'government_agency',
  'university',
  'research_institute',
];

export interface Agency {
  id: string;
  code: string;
  name: string;
  slug: string;
}

/** Every listed agency with its directory name, by code. */
export async function listPlanAgencies(db: Db): Promise<Agency[]> {
  const rows = await listAgencies(db);
  const facts = await organizationFactsByIds(
    db,
    rows.map((r) => r.organizationId),
  );
  return rows.map((r) => {
    const f = facts.get(r.organizationId);
    return { id: r.organizationId, code: r.code, name: f?.name ?? r.code, slug: f?.slug ?? '' };
  });
}

/** The listed agencies among these ids (unlisted ones are left out). */
export async function listedAgencyIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  return new Set((await agenciesByIds(db, ids)).map((a) => a.organizationId));
}

export async function addAgency(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { profile: string; code: string },
): Promise<{ ok: true; agency: Agency } | Invalid> {
  if (!canManagePlans(acting.actor)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const code = input.code.normalize('NFC').trim().toUpperCase();
  const slug = lastSegment(input.profile);
  const org = slug ? await organizationFactsBySlug(db, slug) : undefined;
  if (!org || !org.isLive) return invalid({ profile: { key: 'plans.agency.error.profile' } });
  if (!AGENCY_KINDS.includes(org.kind))
    return invalid({ profile: { key: 'plans.agency.error.kind' } });
  if (!ISSUER_CODE.test(code)) return invalid({ code: { key: 'plans.agency.error.code' } });
  try {
    await db.transaction(async (tx) => {
      await insertAgency(tx, {
        organizationId: org.id,
        code,
        createdAt: deps.clock(),
        createdBy: actingUserId(acting),
      });
      await recordAudit(tx, acting, {
        action: 'plans.agency:add',
        entityType: 'plans_agency',
        entityId: org.id,
        after: { code, name: org.name },
      });
    });
  } catch (err) {
    const constraint = violatedUnique(err);
    if (constraint === 'plans_agencies_code_idx')
      return invalid({ code: { key: 'plans.agency.error.codeTaken' } });
    if (constraint) return invalid({ profile: { key: 'plans.agency.error.listed' } });
    throw err;
  }
  return { ok: true, agency: { id: org.id, code, name: org.name, slug: org.slug } };
}
