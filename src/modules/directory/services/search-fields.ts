import { translate, type MessageKey } from '../../../platform/i18n';
import { searchKey, sortKey } from '../../../platform/text/vietnamese';
import { provinceByCode } from '../domain/provinces';
import type { TOrganizationFields } from '../contracts';

// "Công ty Cổ phần …", "Công ty TNHH MTV …": people look a company up by what follows.
const LEGAL_FORM =
  /^(c[oô]ng ty|cty)(\s+(c[oổ] ph[aầ]n|cp|tnhh|trách nhiệm hữu hạn)(\s+(một thành viên|mtv|hai thành viên trở lên))?)?\s+/iu;

/** The name an organisation is sorted under. */
export const sortName = (f: { legalName: string; shortName?: string | null }) =>
  (f.shortName || f.legalName).replace(LEGAL_FORM, '');

const bothLanguages = (key: MessageKey) => `${translate('vi', key)} ${translate('en', key)}`;

/** The normalised texts search and sorting use; recomputed on every write. */
export function organizationSearchFields(f: TOrganizationFields) {
  const province = f.provinceCode ? provinceByCode(f.provinceCode) : undefined;
  const body = [
    f.descriptionVi,
    f.descriptionEn,
    f.products,
    bothLanguages(`directory.kind.${f.kind}` as MessageKey),
    ...f.sectors.map((s) => bothLanguages(`directory.sector.${s}` as MessageKey)),
    f.stage && bothLanguages(`directory.stage.${f.stage}` as MessageKey),
    province && `${province.name} ${province.formerProvinces.map((p) => p.shortName).join(' ')}`,
  ];
  return {
    nameSearch: searchKey([f.legalName, f.shortName, f.taxCode].filter(Boolean).join(' ')),
    bodySearch: searchKey(body.filter(Boolean).join(' ')).slice(0, 20_000),
    sortKey: sortKey(sortName(f)),
  };
}

/** What someone typed, as a search key and a prefix query on its words. */
export function searchTerms(q: string | undefined) {
  const key = searchKey(q ?? '');
  if (!key) return undefined;
  const words = key.split(' ').slice(0, 12);
  return { key: words.join(' '), tsquery: words.map((w) => `${w}:*`).join(' & ') };
}
