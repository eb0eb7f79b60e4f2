// The registration dossier of a technology-transfer contract (Law on Technology Transfer 2017,
// art. 31; Decree 76/2018/NĐ-CP): the request for registration (registration-form.ts) as DOCX
// and PDF in the official layout. Read by the deal's sides and the brokers only, as is the signed
// contract's file; NOT_FOUND for a deal that need not be registered, or has no file.
import type { Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { officialDocxBytes, officialPdfBytes } from '../../../platform/documents';
import { AppError } from '../../../platform/errors';
import { vnDay } from '../../../platform/i18n/vn-time';
import { isUuid } from '../../../platform/input/uuid';
import { organizationContacts } from '../../directory';
import { findDealOf, findIntroductionById } from '../db/introductions.repository';
import { introductionRoles, listingOf } from './introduction-parties';
import { ownerById } from './owners';
import { registrationDocument } from './registration-form';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

/** The deal of an introduction the actor is on (a side or a broker); NOT_FOUND otherwise. */
async function dealFor(deps: Deps, actor: Actor, id: string) {
  const db = deps.database.db;
  const intro = isUuid(id) ? await findIntroductionById(db, id) : undefined;
  const deal = intro && (await findDealOf(db, intro.id));
  if (!intro || !deal) throw new AppError('NOT_FOUND');
  const listing = await listingOf(db, intro, deps.clock());
  if ((await introductionRoles(db, actor, intro, listing)).length === 0)
    throw new AppError('NOT_FOUND');
  return deal;
}

export async function getSignedContract(deps: Deps, actor: Actor, id: string) {
  const deal = await dealFor(deps, actor, id);
  if (!deal.signedFileHash || !deal.signedFileName || !deal.signedContentType)
    throw new AppError('NOT_FOUND');
  return {
    contentHash: deal.signedFileHash,
    contentType: deal.signedContentType,
    originalName: deal.signedFileName,
  };
}

export async function registrationDossier(
  deps: Deps,
  actor: Actor,
  input: { id: string; format: 'docx' | 'pdf' },
): Promise<{ bytes: Buffer; fileName: string }> {
  const db = deps.database.db;
  const deal = await dealFor(deps, actor, input.id);
  if (!deal.registrationDueOn) throw new AppError('NOT_FOUND');
  const [supplier, recipient, contacts] = await Promise.all([
    ownerById(db, deal.supplierOrgId),
    ownerById(db, deal.recipientOrgId),
    organizationContacts(db, actor, [deal.supplierOrgId, deal.recipientOrgId]),
  ]);
  if (!supplier || !recipient) throw new AppError('NOT_FOUND');
  const parties = {
    supplier: { ...supplier, contacts: contacts.get(supplier.id) },
    recipient: { ...recipient, contacts: contacts.get(recipient.id) },
  };
  const doc = registrationDocument(deal, parties, vnDay(deps.clock()));
  const bytes =
    input.format === 'docx' ? await officialDocxBytes(doc) : await officialPdfBytes(doc);
  return { bytes, fileName: `ho-so-dang-ky-chuyen-giao-cong-nghe.${input.format}` };
}
