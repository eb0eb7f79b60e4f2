// Text inside XML documents we write (feeds, sitemaps): escaped, and with the characters XML 1.0
// cannot hold at all removed.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const escapeXml = (s: string) =>
  s.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** W3C date-time, to the second (sitemaps, Atom). */
export const w3cDateTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
