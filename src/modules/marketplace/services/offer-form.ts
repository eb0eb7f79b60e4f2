// The offer form as posted, read into a command's input, and an offer as the form shows it.
import {
  formString,
  formStrings,
  parseVnd,
  pipeLines,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import type { TOfferFieldsInput } from '../contracts';
import type { OfferRow } from '../db/offers.repository';
import { OFFER_RESTRICTABLE } from '../domain/confidentiality';
import type { OfferInput } from './offer-input';
import { readTiers, tierValues } from './tier-form';

export const OFFER_TEXT_FIELDS = [
  'owner',
  'title',
  'summary',
  'problem',
  'advantages',
  'applications',
  'trl',
  'ipKind',
  'ipNumber',
  'ipJurisdiction',
  'ipExpiresOn',
  'coOwners',
  'isStateFunded',
  'priceVnd',
  'isNegotiable',
  'allowsDirectIntroduction',
  'inventors',
  'contactEmail',
] as const;

/** What the form shows: its texts and the choices ticked. */
export interface OfferFormState {
  values: FormValues;
  sectors: string[];
  transferForms: string[];
}

const lines = (typed: string) =>
  typed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** "Name | share" a line; a share that is not a whole number is left for the schema to refuse. */
const coOwnersOf = (typed: string) =>
  pipeLines(typed).map(([name = '', share = '']) => ({
    name,
    share: /^\d{1,3}$/.test(share.replace('%', '').trim())
      ? Number(share.replace('%', '').trim())
      : Number.NaN,
  }));

export function readOfferForm(body: FormBody): {
  input: OfferInput & { submissionKey: string };
  state: OfferFormState;
} {
  const values: FormValues = {};
  for (const f of OFFER_TEXT_FIELDS) values[f] = formString(body, f);
  const sectors = formStrings(body, 'sectors');
  const transferForms = formStrings(body, 'transferForms');
  const v = (name: string) => values[name] ?? '';
  const chosen = readTiers(body, OFFER_RESTRICTABLE);
  Object.assign(values, chosen.values);
  const fields: TOfferFieldsInput = {
    title: v('title'),
    summary: v('summary'),
    problem: v('problem'),
    advantages: v('advantages'),
    applications: v('applications'),
    sectors: sectors as TOfferFieldsInput['sectors'],
    trl: v('trl'),
    ipKind: v('ipKind') as TOfferFieldsInput['ipKind'],
    ipNumber: v('ipNumber'),
    ipJurisdiction: v('ipJurisdiction'),
    ipExpiresOn: v('ipExpiresOn') || undefined,
    coOwners: coOwnersOf(v('coOwners')),
    isStateFunded: v('isStateFunded') === 'yes',
    transferForms: transferForms as TOfferFieldsInput['transferForms'],
    priceVnd: parseVnd(v('priceVnd')),
    isNegotiable: v('isNegotiable') === 'yes',
    allowsDirectIntroduction: v('allowsDirectIntroduction') === 'yes',
    inventors: lines(v('inventors')),
    contactEmail: v('contactEmail'),
    visibility: chosen.tiers as TOfferFieldsInput['visibility'],
  };
  return {
    input: { owner: v('owner'), fields, submissionKey: formString(body, 'submissionKey') },
    state: { values, sectors, transferForms },
  };
}

export function offerFormState(offer: OfferRow, ownerSlug: string): OfferFormState {
  return {
    values: {
      owner: ownerSlug,
      title: offer.title,
      summary: offer.summary,
      problem: offer.problem,
      advantages: offer.advantages,
      applications: offer.applications,
      trl: String(offer.trl),
      ipKind: offer.ipKind,
      ipNumber: offer.ipNumber,
      ipJurisdiction: offer.ipJurisdiction,
      ipExpiresOn: offer.ipExpiresOn ?? '',
      coOwners: offer.coOwners.map((o) => `${o.name} | ${o.share}`).join('\n'),
      isStateFunded: offer.isStateFunded ? 'yes' : '',
      priceVnd: offer.priceVnd === null ? '' : offer.priceVnd.toString(),
      isNegotiable: offer.isNegotiable ? 'yes' : '',
      allowsDirectIntroduction: offer.allowsDirectIntroduction ? 'yes' : '',
      inventors: offer.inventors.map((i) => i.slug).join('\n'),
      contactEmail: offer.contactEmail,
      ...tierValues(offer.visibility, OFFER_RESTRICTABLE, 'public'),
    },
    sectors: offer.sectors,
    transferForms: offer.transferForms,
  };
}
