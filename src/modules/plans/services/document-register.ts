// The register of outgoing documents (sổ văn bản đi), for every module that issues official
// documents. A number is taken inside the caller's transaction from the issuing body's counter
// row for the calendar year (Vietnam time): the row stays locked until that transaction ends, so
// concurrent issues wait in turn and never share a number, and a transaction that rolls back gives
// its number back rather than leaving a gap. Numbers start at 01 each 1 January.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { vnDay } from '../../../platform/i18n';
import { parseCalendarDay } from '../../../platform/i18n/vn-time';
import { ZRequiredText } from '../../../platform/input/text-fields';
import {
  insertRegisterEntry,
  registerEntries,
  takeNextNumber,
  type RegisterEntryRow,
} from '../db/register.repository';
import {
  documentSymbol,
  DOCUMENT_TYPES,
  ISSUER_CODE,
  type DocumentType,
} from '../domain/document-symbol';
import { canIssueNumbers } from '../permissions';
import { actingUserId } from './acting';

export interface OutgoingDocument {
  /** The issuing body's abbreviation, e.g. SKHCN (optionally with its drafting unit, SKHCN-VP). */
  issuer: string;
  docType: DocumentType;
  /** The summary (trích yếu). */
  title: string;
  /** Its date, yyyy-mm-dd (Vietnam calendar): the year it is numbered in. */
  issuedOn: string;
}

export type RegisteredDocument = RegisterEntryRow;

/** Takes the next number for the document, in the caller's transaction (the issuing command's). */
export async function numberOutgoingDocument(
  tx: Db,
  doc: OutgoingDocument,
  by: string | null,
): Promise<RegisteredDocument> {
  if (!ISSUER_CODE.test(doc.issuer) || !DOCUMENT_TYPES.includes(doc.docType))
    throw new Error(`not an issuer and document type: ${doc.issuer} ${doc.docType}`);
  const year = Number(doc.issuedOn.slice(0, 4));
  const number = await takeNextNumber(tx, doc.issuer, year);
  return insertRegisterEntry(tx, {
    issuer: doc.issuer,
    year,
    number,
    docType: doc.docType,
    symbol: documentSymbol(number, doc.docType, doc.issuer),
    title: doc.title,
    issuedOn: doc.issuedOn,
    createdBy: by,
  });
}

/**
 * issueDocumentNumber (staff, from the register's page): a number for a document drafted
 * elsewhere. Outcomes: the entry (audited) | INVALID (issuer, type, title or date).
 */
export async function issueDocumentNumber(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { issuer: string; docType: string; title: string; issuedOn?: string },
): Promise<{ ok: true; entry: RegisteredDocument } | Invalid> {
  if (!canIssueNumbers(acting.actor)) throw new AppError('NOT_FOUND');
  const errors: FieldErrors = {};
  const issuer = input.issuer.normalize('NFC').trim();
  if (!ISSUER_CODE.test(issuer)) errors.issuer = { key: 'plans.register.error.issuer' };
  const docType = DOCUMENT_TYPES.find((d) => d === input.docType);
  if (!docType) errors.docType = { key: 'validation.choice' };
  const title = ZRequiredText(500).safeParse(input.title);
  if (!title.success) errors.title = { key: 'validation.required' };
  const issuedOn = input.issuedOn?.trim() ? parseCalendarDay(input.issuedOn) : vnDay(deps.clock());
  if (!issuedOn) errors.issuedOn = { key: 'ui.date.invalid' };
  if (!docType || !title.success || !issuedOn || Object.keys(errors).length > 0)
    return invalid(errors);
  return deps.database.db.transaction(async (tx) => {
    const entry = await numberOutgoingDocument(
      tx,
      { issuer, docType, title: title.data, issuedOn },
      actingUserId(acting),
    );
    await recordAudit(tx, acting, {
      action: 'plans.register:issue',
      entityType: 'plans_register_entry',
      entityId: entry.id,
      after: { symbol: entry.symbol, year: entry.year, title: entry.title },
    });
    return { ok: true, entry } as const;
  });
}

/** The register for a year, newest number first. */
export async function readRegister(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { year: number; issuer?: string },
): Promise<RegisteredDocument[]> {
  if (!canIssueNumbers(acting.actor)) throw new AppError('NOT_FOUND');
  return registerEntries(deps.database.db, input, 500);
}
