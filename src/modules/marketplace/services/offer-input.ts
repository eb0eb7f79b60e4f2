// An offer's input checked as one: its fields against their schema, its owner against the
// directory (and whether the author may write for it), its inventors against the directory's
// people.
import { isSignedIn, type Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { lastSegment } from '../../../platform/input/form-values';
import { fieldErrors } from '../../../platform/input/validation';
import { personAccountBySlug } from '../../directory';
import { ZOfferFields, type TOfferFields, type TOfferFieldsInput } from '../contracts';
import type { Inventor } from '../domain/offer';
import type { NewOfferRow } from '../db/offers.repository';
import { canManageListings } from '../permissions';
import { actsFor, ownerBySlug, type Owner } from './owners';

export interface OfferInput {
  /** The owner's directory profile: slug or page address. */
  owner: string;
  fields: TOfferFieldsInput;
}

/** The columns an offer's fields write. */
export type OfferColumns = Omit<
  NewOfferRow,
  'id' | 'ownerOrgId' | 'ownerKind' | 'ownerProvince' | 'status' | 'submissionKey'
>;

async function resolveInventors(db: Db, typed: readonly string[]) {
  const inventors: Inventor[] = [];
  for (const entry of typed) {
    const person = await personAccountBySlug(db, lastSegment(entry));
    if (!person)
      return { error: { key: 'marketplace.error.inventor' as const, params: { name: entry } } };
    if (!inventors.some((i) => i.personId === person.personId))
      inventors.push({ personId: person.personId, slug: person.slug, name: person.fullName });
  }
  return { inventors };
}

export const columnsOf = (fields: TOfferFields, inventors: Inventor[]): OfferColumns => ({
  ...fields,
  ipExpiresOn: fields.ipExpiresOn ?? null,
  priceVnd: typeof fields.priceVnd === 'bigint' ? fields.priceVnd : null,
  inventors,
});

/** Whether the actor writes for this owner: a member of its managing account, or staff. */
export async function mayWriteFor(db: Db, actor: Actor, owner: Owner): Promise<boolean> {
  return canManageListings(actor) || (await actsFor(db, actor, owner));
}

/** The owner named by the form, if the actor may write for it (else the field's message). */
export async function checkOwner(
  db: Db,
  actor: Actor,
  typed: string,
): Promise<{ ok: true; owner: Owner } | Invalid> {
  if (!isSignedIn(actor)) throw new AppError('NOT_FOUND');
  const owner = typed.trim() ? await ownerBySlug(db, typed) : undefined;
  if (!owner) return invalid({ owner: { key: 'marketplace.error.owner' } });
  if (!(await mayWriteFor(db, actor, owner)))
    return invalid({ owner: { key: 'marketplace.error.notYourOwner' } });
  return { ok: true, owner };
}

export async function checkOfferFields(
  db: Db,
  fields: TOfferFieldsInput,
): Promise<{ ok: true; columns: OfferColumns } | Invalid> {
  const errors: FieldErrors = {};
  const parsed = ZOfferFields.safeParse(fields);
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error));
  const people = parsed.success ? await resolveInventors(db, parsed.data.inventors) : undefined;
  if (people?.error) errors.inventors = people.error;
  if (!parsed.success || !people?.inventors || Object.keys(errors).length > 0)
    return invalid(errors);
  return { ok: true, columns: columnsOf(parsed.data, people.inventors) };
}
