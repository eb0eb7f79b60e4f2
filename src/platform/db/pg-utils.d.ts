/** node-postgres's conversion of a parameter to what it sends (text, or bytes for a buffer). */
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): string | Buffer | null };
  export default utils;
}
