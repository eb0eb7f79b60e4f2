// An IP asset's life in a university's portfolio, and what of it the public may read — no I/O.
// A disclosure is the inventors' report to their office: publishing it would destroy the
// novelty a later filing needs, so it never leaves the office. Once filed, the filing's and the
// grant's particulars are public (the IP office publishes them anyway); the inventors, the
// office's notes, the co-owners' shares, fees, licences and revenue stay inside.

export const IP_STAGES = ['disclosed', 'filed', 'granted', 'lapsed'] as const;
export type IpStage = (typeof IP_STAGES)[number];

/** The stages shown on the public portfolio page. */
export const PUBLIC_STAGES: readonly IpStage[] = ['filed', 'granted'];

/** The fields of an asset that may leave the office (page, API), in this order. */
export const PUBLIC_ASSET_FIELDS = [
  'title',
  'ipKind',
  'stage',
  'filingNumber',
  'filedOn',
  'jurisdiction',
  'grantNumber',
  'grantedOn',
  'expiresOn',
  'isStateFunded',
] as const;
export type PublicAssetField = (typeof PUBLIC_ASSET_FIELDS)[number];

export interface IpAssetFacts {
  stage: string;
  filingNumber: string;
  filedOn: string | null;
  grantNumber: string;
  grantedOn: string | null;
  expiresOn: string | null;
}

/** The particulars a stage requires, as [field, message key] for each one missing. */
export function missingForStage(a: IpAssetFacts): [keyof IpAssetFacts, 'required'][] {
  const missing: [keyof IpAssetFacts, 'required'][] = [];
  const isFiled = a.stage === 'filed' || a.stage === 'granted' || a.stage === 'lapsed';
  if (isFiled && !a.filingNumber) missing.push(['filingNumber', 'required']);
  if (isFiled && !a.filedOn) missing.push(['filedOn', 'required']);
  if (a.stage === 'granted' && !a.grantNumber) missing.push(['grantNumber', 'required']);
  if (a.stage === 'granted' && !a.grantedOn) missing.push(['grantedOn', 'required']);
  return missing;
}

/** Days that must follow each other when given: filed after granted would be a typing slip. */
export function misorderedDays(a: {
  disclosedOn: string | null;
  filedOn: string | null;
  grantedOn: string | null;
  expiresOn: string | null;
}): ('filedOn' | 'grantedOn' | 'expiresOn')[] {
  const order = [
    ['disclosedOn', a.disclosedOn],
    ['filedOn', a.filedOn],
    ['grantedOn', a.grantedOn],
    ['expiresOn', a.expiresOn],
  ] as const;
  const wrong: ('filedOn' | 'grantedOn' | 'expiresOn')[] = [];
  let latest: string | null = null;
  for (const [field, value] of order) {
    if (!value) continue;
    if (latest && value < latest && field !== 'disclosedOn') wrong.push(field);
    else latest = value;
  }
  return wrong;
}

/** The public portfolio shows an asset once it is filed, unless it lapsed. */
export const isPublicAsset = (a: { stage: string }) =>
  (PUBLIC_STAGES as readonly string[]).includes(a.stage);

/** How long before a fee falls due its reminder goes out. */
export const FEE_REMINDER_DAYS = 30;
