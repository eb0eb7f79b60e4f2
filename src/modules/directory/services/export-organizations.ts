// The directory's downloads as services: the staff export of a filtered list (audited: who, which
// filters, which format) and the open-data files of public fields. The words and the day of a
// file come in `env` (the caller's locale and deps.clock()).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { STAFF_COLUMNS, type ExportEnv } from '../export/columns';
import { digestOf, openCsv, openJson, staffCsv, staffXlsx } from '../export/stream';
import type { TDirectoryQuery } from './organizations.queries';

/** The staff export's stream, once the export is in the audit log. */
export async function exportOrganizations(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { format: 'csv' | 'xlsx'; query: TDirectoryQuery; env: ExportEnv },
) {
  const { format, query, env } = input;
  const { db } = deps.database;
  const filters = Object.fromEntries(
    Object.entries(query).filter(([k, v]) => v !== undefined && k !== 'page'),
  );
  await recordAudit(db, acting, {
    action: 'directory.export:run',
    entityType: 'organization',
    after: { format, filters, columns: STAFF_COLUMNS.length },
  });
  return format === 'csv' ? staffCsv(db, query, env) : staffXlsx(db, query, env);
}

/** How many public rows a filtered list has and when the newest changed, as of deps.clock(). */
export const openDataDigest = (
  deps: Pick<AppDeps, 'database' | 'clock'>,
  input: { query: TDirectoryQuery },
) => digestOf(deps.database.db, input.query, deps.clock());

/** An open-data file's stream: CSV, or JSON under `meta`. */
export function openDataFile(
  deps: Pick<AppDeps, 'database'>,
  input:
    | { format: 'csv'; query: TDirectoryQuery; env: ExportEnv }
    | { format: 'json'; query: TDirectoryQuery; env: ExportEnv; meta: Record<string, unknown> },
) {
  const { db } = deps.database;
  return input.format === 'csv'
    ? openCsv(db, input.query, input.env)
    : openJson(db, input.query, input.env, input.meta);
}
