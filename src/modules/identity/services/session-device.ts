/** A readable "browser on system" from a User-Agent header; undefined when nothing is recognised. */
export function describeUserAgent(
  userAgent: string | null | undefined,
): { browser?: string; os?: string } | undefined {
  if (!userAgent) return undefined;
  const ua = userAgent;
  const browser = /coc_coc_browser/i.test(ua)
    ? 'Cốc Cốc'
    : /Edg(e|A|iOS)?\//.test(ua)
      ? 'Edge'
      : /OPR\/|Opera/.test(ua)
        ? 'Opera'
        : /Firefox\/|FxiOS\//.test(ua)
          ? 'Firefox'
          : /Chrome\/|CriOS\//.test(ua)
            ? 'Chrome'
            : /Safari\//.test(ua)
              ? 'Safari'
              : undefined;
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : undefined;
  return browser || os ? { browser, os } : undefined;
}
