// An item as a reader of one language sees it: the English version where there is one, else the
// Vietnamese text with a notice that says so.
import type { Locale } from '../../../platform/i18n';
import type { ItemRow } from '../db/items.repository';

export interface ItemText {
  title: string;
  summary: string;
  body: string;
  coverAlt: string;
  /** English was asked for and the item has none. */
  isFallback: boolean;
}

export function textOf(item: ItemRow, locale: Locale): ItemText {
  const hasEnglish = item.titleEn !== '' && item.bodyEn !== '';
  if (locale === 'en' && hasEnglish)
    return {
      title: item.titleEn,
      summary: item.summaryEn || item.summaryVi,
      body: item.bodyEn,
      coverAlt: item.coverAltEn || item.coverAltVi,
      isFallback: false,
    };
  return {
    title: locale === 'en' && item.titleEn ? item.titleEn : item.titleVi,
    summary: item.summaryVi,
    body: item.bodyVi,
    coverAlt: item.coverAltVi,
    isFallback: locale === 'en',
  };
}
