// The portfolio's forms as posted, read into the commands' inputs, and an asset as its form
// shows it. Days are typed as dd/mm/yyyy or come from a date control (yyyy-mm-dd); what cannot
// be read is passed on as typed so the schema names the field.
import { parseCalendarDay } from '../../../platform/i18n';
import {
  formString,
  parseVnd,
  pipeLines,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import type { TIpAssetFieldsInput } from '../contracts';
import type { IpAssetRow } from '../db/ip-portfolio.repository';
import type { IpAssetInput } from './save-ip-asset';

export const IP_ASSET_TEXT_FIELDS = [
  'reference',
  'title',
  'ipKind',
  'stage',
  'inventors',
  'notes',
  'disclosedOn',
  'filingNumber',
  'filedOn',
  'jurisdiction',
  'grantNumber',
  'grantedOn',
  'expiresOn',
  'coOwners',
  'isStateFunded',
  'offer',
] as const;

/** A typed day as yyyy-mm-dd; empty is none; anything else stays as typed for the schema. */
export const typedDay = (typed: string): string | null =>
  typed.trim() === '' ? null : (parseCalendarDay(typed.trim()) ?? typed.trim());

/** "Name | share" a line, as the offer form reads co-owners. */
export const typedCoOwners = (typed: string) =>
  pipeLines(typed).map(([name = '', share = '']) => {
    const digits = share.replace('%', '').trim();
    return { name, share: /^\d{1,3}$/.test(digits) ? Number(digits) : Number.NaN };
  });

export function ipAssetFields(v: (name: string) => string): TIpAssetFieldsInput {
  return {
    reference: v('reference'),
    title: v('title'),
    ipKind: v('ipKind') as TIpAssetFieldsInput['ipKind'],
    stage: v('stage') as TIpAssetFieldsInput['stage'],
    inventors: v('inventors'),
    notes: v('notes'),
    disclosedOn: typedDay(v('disclosedOn')),
    filingNumber: v('filingNumber'),
    filedOn: typedDay(v('filedOn')),
    jurisdiction: v('jurisdiction'),
    grantNumber: v('grantNumber'),
    grantedOn: typedDay(v('grantedOn')),
    expiresOn: typedDay(v('expiresOn')),
    coOwners: typedCoOwners(v('coOwners')),
    isStateFunded: v('isStateFunded') === 'yes',
  };
}

export function readIpAssetForm(body: FormBody): {
  input: IpAssetInput & { submissionKey: string };
  values: FormValues;
} {
  const values: FormValues = {};
  for (const f of IP_ASSET_TEXT_FIELDS) values[f] = formString(body, f);
  const v = (name: string) => values[name] ?? '';
  return {
    input: {
      fields: ipAssetFields(v),
      offer: v('offer'),
      submissionKey: formString(body, 'submissionKey'),
    },
    values,
  };
}

export function ipAssetFormValues(asset: IpAssetRow): FormValues {
  return {
    reference: asset.reference,
    title: asset.title,
    ipKind: asset.ipKind,
    stage: asset.stage,
    inventors: asset.inventors,
    notes: asset.notes,
    disclosedOn: asset.disclosedOn ?? '',
    filingNumber: asset.filingNumber,
    filedOn: asset.filedOn ?? '',
    jurisdiction: asset.jurisdiction,
    grantNumber: asset.grantNumber,
    grantedOn: asset.grantedOn ?? '',
    expiresOn: asset.expiresOn ?? '',
    coOwners: asset.coOwners.map((o) => `${o.name} | ${o.share}`).join('\n'),
    isStateFunded: asset.isStateFunded ? 'yes' : '',
    offer: asset.offerId ?? '',
  };
}

const RECORD_TEXT_FIELDS = [
  'label',
  'dueOn',
  'amountVnd',
  'paidOn',
  'licensee',
  'licensedOn',
  'isExclusive',
  'terms',
  'receivedOn',
  'licenceId',
  'note',
] as const;

/** The fee, licence and revenue forms of an asset's page and of each record's own page. */
export function readIpRecordForm(body: FormBody) {
  const v = (name: string) => formString(body, name);
  return {
    values: Object.fromEntries([...RECORD_TEXT_FIELDS].map((n) => [n, v(n)])) as FormValues,
    submissionKey: v('submissionKey'),
    fee: {
      label: v('label'),
      dueOn: typedDay(v('dueOn')) ?? '',
      amountVnd: parseVnd(v('amountVnd')),
      paidOn: typedDay(v('paidOn')),
    },
    licence: {
      licensee: v('licensee'),
      licensedOn: typedDay(v('licensedOn')) ?? '',
      isExclusive: v('isExclusive') === 'yes',
      terms: v('terms'),
    },
    revenue: {
      amountVnd: parseVnd(v('amountVnd')),
      receivedOn: typedDay(v('receivedOn')) ?? '',
      licenceId: v('licenceId') || undefined,
      note: v('note'),
    },
  };
}

/** A recorded fee, licence or revenue entry as its form shows it (amounts as plain digits, which every locale reads). */
export function ipRecordFormValues(
  row: Partial<Record<(typeof RECORD_TEXT_FIELDS)[number], string | bigint | boolean | null>>,
): FormValues {
  const values: FormValues = {};
  for (const f of RECORD_TEXT_FIELDS) {
    const value = row[f];
    if (value === undefined) continue;
    values[f] =
      typeof value === 'bigint'
        ? String(value)
        : typeof value === 'boolean'
          ? value
            ? 'yes'
            : ''
          : (value ?? '');
  }
  return values;
}
