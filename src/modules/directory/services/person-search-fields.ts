import { translate, type Locale, type MessageKey } from '../../../platform/i18n';
import { searchKey, sortKey } from '../../../platform/text/vietnamese';
import { provinceByCode } from '../domain/provinces';
import type { TPersonFields } from './create-person';

/** Languages offered by name; any other ISO 639 code is accepted as a code. */
const COMMON_LANGUAGES = [
  'vi',
  'en',
  'fr',
  'de',
  'ja',
  'ko',
  'zh',
  'ru',
  'es',
  'th',
  'lo',
  'km',
  'it',
  'pt',
  'nl',
  'id',
  'ms',
];

const languageNames = (locale: Locale) => new Intl.DisplayNames([locale], { type: 'language' });
const NAMES = { vi: languageNames('vi'), en: languageNames('en') };

/** A language's name in the page's language ("ja" → "Tiếng Nhật" / "Japanese"). */
export const languageLabel = (code: string, locale: Locale) => NAMES[locale].of(code) ?? code;

const byName = new Map<string, string>();
for (const code of COMMON_LANGUAGES) {
  for (const locale of ['vi', 'en'] as const) {
    const name = searchKey(languageLabel(code, locale));
    byName.set(name, code);
    byName.set(name.replace(/^tieng /, ''), code);
  }
}

/** "en", "EN", "Tiếng Anh", "tieng anh" or "English" → "en"; undefined when unknown. */
export function resolveLanguage(input: string): string | undefined {
  const trimmed = input.trim();
  if (/^[a-z]{2,3}$/i.test(trimmed)) return trimmed.toLowerCase();
  return byName.get(searchKey(trimmed));
}

/**
 * The given name: the last word of the full name (Họ + đệm + Tên). The full name stays the
 * record; this is only used to sort as Vietnamese rosters do.
 */
export const givenName = (fullName: string) => fullName.trim().split(/\s+/).pop() ?? fullName;

/** Sorts by given name, then by the whole name: "Trần Văn An" < "Lê Thị Bình" < "Nguyễn Bình". */
export const personSortKey = (fullName: string) =>
  `${sortKey(givenName(fullName))}\u0002${sortKey(fullName)}`;

const bothLanguages = (key: MessageKey) => `${translate('vi', key)} ${translate('en', key)}`;

/**
 * The normalised texts search and sorting use; recomputed on every write. Only what every
 * visitor may see is indexed, so a search can never reveal a restricted bio or province.
 */
export function personSearchFields(f: TPersonFields) {
  const visibility: Record<string, string> = f.visibility;
  const isPublic = (field: string) => (visibility[field] ?? 'public') === 'public';
  const province =
    f.provinceCode && isPublic('provinceCode') ? provinceByCode(f.provinceCode) : undefined;
  const body = [
    f.headline,
    ...f.expertise,
    ...f.roles.map((r) => bothLanguages(`directory.role.${r}` as MessageKey)),
    ...f.languages.map((l) => `${languageLabel(l, 'vi')} ${languageLabel(l, 'en')}`),
    isPublic('bioVi') && f.bioVi,
    isPublic('bioEn') && f.bioEn,
    province && `${province.name} ${province.formerProvinces.map((p) => p.shortName).join(' ')}`,
  ];
  return {
    nameSearch: searchKey(f.fullName),
    bodySearch: searchKey(body.filter(Boolean).join(' ')).slice(0, 20_000),
    sortKey: personSortKey(f.fullName),
  };
}
