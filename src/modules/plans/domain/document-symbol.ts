// Numbers and symbols of outgoing documents (Decree 30/2020, Art. 15): numbered per issuing body
// from 01 each 1 January, numbers below 10 with a leading zero, "Số: 15/BC-SKHCN".

/** The kinds of administrative documents the register gives numbers to, by abbreviation. */
export const DOCUMENT_TYPES = ['BC', 'KH', 'QĐ', 'TTr', 'TB', 'CV', 'BB', 'GM'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** An issuing body's abbreviation: capitals, digits and Đ, optionally a drafting unit (SKHCN-VP). */
export const ISSUER_CODE = /^[A-ZĐ][A-ZĐ0-9]{1,11}(?:-[A-ZĐ0-9]{1,8})?$/u;

export const paddedNumber = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The symbol as printed after "Số:". A công văn (CV) carries no type abbreviation: the body and
 * its drafting unit follow the number ("123/SKHCN-VP").
 */
export function documentSymbol(number: number, docType: DocumentType, issuer: string): string {
  return docType === 'CV'
    ? `${paddedNumber(number)}/${issuer}`
    : `${paddedNumber(number)}/${docType}-${issuer}`;
}
