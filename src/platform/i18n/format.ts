import type { Locale } from './locale';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const intlLocale = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-GB');

/**
 * One formatter per locale and kind: building an Intl formatter costs far more than using it,
 * and a directory page formats a hundred counts.
 */
function perLocale<F>(make: (locale: Locale) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = make(locale)));
    return formatter;
  };
}

const dateFormat = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(intlLocale(locale), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: TIME_ZONE,
    }),
);
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});
const numberFormat = perLocale(
  (locale) => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US'),
);
const vndFormat = perLocale(
  (locale) =>
    new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
      style: 'currency',
      currency: 'VND',
      maximumFractionDigits: 0,
    }),
);

/** dd/mm/yyyy in Asia/Ho_Chi_Minh, for both languages (the Vietnamese convention). */
export function formatDate(date: Date, locale: Locale = 'vi'): string {
  return dateFormat(locale).format(date);
}

/** dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function formatDateTime(date: Date, locale: Locale = 'vi'): string {
  return `${formatDate(date, locale)} ${timeFormat.format(date)}`;
}

export function formatNumber(value: number | bigint, locale: Locale = 'vi'): string {
  return numberFormat(locale).format(value);
}

/** Integer đồng, no decimals: 1.234.568 ₫ */
export function formatVnd(value: number | bigint, locale: Locale = 'vi'): string {
  return vndFormat(locale).format(value);
}

/** A file's size as people read it: 1,2 MB, 340 KB (never 0 KB). */
export function formatFileSize(bytes: number, locale: Locale = 'vi'): string {
  return bytes >= 1024 * 1024
    ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
}
