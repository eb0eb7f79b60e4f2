// A suggestion (a search key, without marks) said back in the words as typed: "Công ty Bảo mật
// Safup" with the suggestion "cong ty bao mat safeup" reads "Công ty Bảo mật safeup".
import { searchKey } from '../text/vietnamese';

/**
 * Each typed word whose key is the suggestion's word at its place stays as typed; the others
 * become the suggestion's. Typed words past the suggestion's (a search reads the first twelve)
 * follow as typed.
 */
export function respell(typed: string, suggestion: string): string {
  const tokens = typed
    .normalize('NFC')
    .split(/\s+/)
    .filter((t) => searchKey(t));
  const words = suggestion.split(' ');
  // a token that is several words to the search ("e-commerce") would shift every place after it
  if (tokens.some((t) => searchKey(t).includes(' '))) return suggestion;
  const kept = words.map((w, i) => (tokens[i] && searchKey(tokens[i]) === w ? tokens[i] : w));
  return [...kept, ...tokens.slice(words.length)].join(' ');
}
