// Where to send a visitor back to (`?next=`): only a page of this site. Browsers drop tabs and
// line breaks from a URL and read a backslash as a slash, so "/\t/evil.example" and
// "/\evil.example" lead to another site; the URL parser sees them as a browser does.

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
/** Any origin serves: a relative address that stays on one origin stays on every origin. */
const BASE = 'http://innohub.invalid';

/** The path, query and fragment of `next` when it stays on this site, else the home page. */
export function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || CONTROL_CHARACTERS.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  return url.origin === BASE ? url.pathname + url.search + url.hash : '/';
}
