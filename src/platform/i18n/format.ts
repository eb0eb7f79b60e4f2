import type { Locale } from './locale';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const intlLocale = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-GB');

/** dd/mm/yyyy in Asia/Ho_Chi_Minh, for both languages (the Vietnamese convention). */
export function formatDate(date: Date, locale: Locale = 'vi'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function formatDateTime(date: Date, locale: Locale = 'vi'): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(date);
  return `${formatDate(date, locale)} ${time}`;
}

export function formatNumber(value: number | bigint, locale: Locale = 'vi'): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US').format(value);
}

/** Integer đồng, no decimals: 1.234.568 ₫ */
export function formatVnd(value: number | bigint, locale: Locale = 'vi'): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(value);
}
