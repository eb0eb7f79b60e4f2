// Importing an office's existing asset list from XLSX: the upload is read and shown as a preview
// with each row's problems (previewIpImport), then imported in one transaction (applyIpImport) —
// every row or none, so a broken file changes nothing. The file waits in the private store between
// the two steps and is read again at import time (the portfolio may have changed meanwhile); an
// import is applied once, by the person who uploaded it. Reuses the platform's budgeted sheet
// reader, as the plans' task appendix does.
// Outcomes: preview | INVALID (the file: none, not a workbook, too large, headers missing) |
// ROWS (problems remain: nothing imported) | ALREADY_APPLIED (a second submission) | NOT_FOUND.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldMessage, type Invalid } from '../../../platform/errors';
import { readFirstSheet, type SheetRefusal } from '../../../platform/files/spreadsheet';
import type { PostedFile } from '../../../platform/input/form-values';
import { isUuid } from '../../../platform/input/uuid';
import {
  findIpImport,
  insertIpAsset,
  insertIpImport,
  ipAssetsOfOwner,
  markIpImportApplied,
  type IpImportRow,
} from '../db/ip-portfolio.repository';
import { keptPortfolio } from './ip-portfolio-access';
import { readIpAssetSheet, type IpSheetReading } from './ip-asset-sheet';
import type { Owner } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'files'>;
type Reading = Extract<IpSheetReading, { ok: true }>;

export const IP_LIST_MAX_BYTES = 2_000_000;
const LIMITS = {
  maxRows: 2_000,
  maxColumns: 40,
  maxCellLength: 4_000,
  maxCharacters: 2_000_000,
  maxExpandedBytes: 16 * 1024 * 1024,
};

const REFUSALS: Record<SheetRefusal, FieldMessage['key']> = {
  NOT_XLSX: 'marketplace.ip.import.error.notXlsx',
  EXPANDS_TOO_MUCH: 'marketplace.ip.import.error.tooLarge',
  TOO_MANY_ROWS: 'marketplace.ip.import.error.tooManyRows',
  CELL_TOO_LONG: 'marketplace.ip.import.error.cellTooLong',
  TOO_MUCH_TEXT: 'marketplace.ip.import.error.tooLarge',
};

export interface IpImportPreview {
  owner: Owner;
  upload: IpImportRow;
  reading: Reading;
}

async function readList(deps: Deps, owner: Owner, bytes: Uint8Array): Promise<Reading | Invalid> {
  const sheet = await readFirstSheet(bytes, LIMITS);
  if (!sheet.ok)
    return invalid({ file: { key: REFUSALS[sheet.refusal], params: { max: LIMITS.maxRows } } });
  const existing = await ipAssetsOfOwner(deps.database.db, owner.id);
  const reading = readIpAssetSheet(
    sheet.rows,
    new Set(existing.map((a) => a.reference).filter(Boolean)),
  );
  if (!reading.ok)
    return invalid({
      file: {
        key: 'marketplace.ip.import.error.headers',
        params: { columns: reading.missing.join(', ') },
      },
    });
  return reading;
}

const userOf = (acting: AuditContext) => {
  if (!isSignedIn(acting.actor)) throw new AppError('NOT_FOUND');
  return acting.actor.user.id;
};

export async function previewIpImport(
  deps: Deps,
  acting: AuditContext,
  input: { owner: string; file: PostedFile | undefined },
): Promise<({ ok: true } & IpImportPreview) | Invalid> {
  const owner = await keptPortfolio(deps.database.db, acting.actor, input.owner);
  const file = input.file;
  if (!file || file.bytes.length === 0)
    return invalid({ file: { key: 'marketplace.ip.import.error.noFile' } });
  if (file.bytes.length > IP_LIST_MAX_BYTES)
    return invalid({ file: { key: 'marketplace.ip.import.error.tooLarge' } });
  const reading = await readList(deps, owner, file.bytes);
  if ('reason' in reading) return reading;
  const stored = await deps.files.putPrivate(file.bytes);
  const upload = await insertIpImport(deps.database.db, {
    ownerOrgId: owner.id,
    fileHash: stored.hash,
    fileName: file.name.slice(0, 200),
    createdBy: userOf(acting),
    createdAt: deps.clock(),
  });
  return { ok: true, owner, upload, reading };
}

export type IpImportResult =
  | { ok: true; owner: Owner; count: number }
  | { ok: false; reason: 'ALREADY_APPLIED'; owner: Owner }
  | ({ ok: false; reason: 'ROWS' } & IpImportPreview)
  | Invalid;

export async function applyIpImport(
  deps: Deps,
  acting: AuditContext,
  input: { owner: string; importId: string },
): Promise<IpImportResult> {
  const db = deps.database.db;
  const owner = await keptPortfolio(db, acting.actor, input.owner);
  const upload = isUuid(input.importId) ? await findIpImport(db, input.importId) : undefined;
  if (!upload || upload.ownerOrgId !== owner.id || upload.createdBy !== userOf(acting))
    throw new AppError('NOT_FOUND');
  if (upload.appliedAt) return { ok: false, reason: 'ALREADY_APPLIED', owner };
  const bytes = await deps.files.readPrivate(upload.fileHash);
  if (!bytes) throw new AppError('NOT_FOUND');
  const reading = await readList(deps, owner, bytes);
  if ('reason' in reading) return reading;
  if (reading.problems.length > 0) return { ok: false, reason: 'ROWS', owner, upload, reading };
  const now = deps.clock();
  const by = userOf(acting);
  return db.transaction(async (tx) => {
    if (!(await markIpImportApplied(tx, upload.id, now, reading.assets.length)))
      return { ok: false, reason: 'ALREADY_APPLIED', owner } as const;
    for (const { fields } of reading.assets)
      await insertIpAsset(tx, {
        ...fields,
        ownerOrgId: owner.id,
        createdAt: now,
        updatedAt: now,
        createdBy: by,
        updatedBy: by,
      });
    await recordAudit(tx, acting, {
      action: 'marketplace.ip-asset:import',
      entityType: 'marketplace_ip_import',
      entityId: upload.id,
      after: { file: upload.fileName, assets: reading.assets.length, owner: owner.id },
    });
    return { ok: true, owner, count: reading.assets.length } as const;
  });
}
