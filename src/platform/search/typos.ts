// Typo tolerance as Meilisearch and Typesense have it: a typed word of 5 letters or more may hold
// one typo, one of 9 or more two. A typo is a letter inserted, dropped or changed, or two
// neighbours swapped (optimal string alignment distance). Shorter words must be typed right: on
// Vietnamese syllables without their marks ("ban", "bun", "bon"…) one typo would match nearly
// anything. Words with digits neither: a tax code one digit off is another organisation.

export const ONE_TYPO_FROM = 5;
export const TWO_TYPOS_FROM = 9;

/** How many typos a typed word may hold. */
export function typoBudget(word: string): number {
  if (/\d/.test(word)) return 0;
  return word.length >= TWO_TYPOS_FROM ? 2 : word.length >= ONE_TYPO_FROM ? 1 : 0;
}

/**
 * How far a close word ranks from what was typed: its typos, one more when only its beginning is
 * close ("iotbo…" for "iotro", where "iotpro" is a typo away as a whole) and one more when the
 * first letter differs, a typo people rarely make ("choone" for "shoone", next to "shopone").
 */
export function typoCost(typed: string, word: string, typos: number, wholeWord: number): number {
  const cost = wholeWord <= typos ? wholeWord : typos + 1;
  return word.charCodeAt(0) === typed.charCodeAt(0) ? cost : cost + 1;
}

/** The first index of `words` (sorted) not below `key`. */
export function lowerBound(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Visits the words of a sorted list that begin with a spelling of `typed` at most `max` typos
 * away (typed words match as prefixes, typos or not), with the fewest typos that reach them and
 * the typos to the whole word (more than `max` when only a beginning is close). Words that begin
 * with `typed` itself are exact matches and are left out.
 *
 * The list is walked as a trie: consecutive words share the rows of the edit-distance table of
 * their common beginning, and a beginning whose rows are all beyond `max` skips every word
 * under it, so a search for one typo in 100,000 words computes a few thousand rows.
 */
export function forEachCloseWord(
  words: readonly string[],
  typed: string,
  max: number,
  visit: (index: number, typos: number, wholeWord: number) => void,
) {
  const m = typed.length;
  const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => j)];
  /** best[k]: the fewest typos of `typed` against any beginning of the word up to k letters. */
  const best: number[] = [m];
  let previous = '';
  /** Rows computed for `previous` (its first `depth` letters). */
  let depth = 0;
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    let k = sharedLength(previous, word, depth);
    let dead = false;
    for (; k < word.length; k++) {
      const row = nextRow(rows, k + 1, word, typed);
      best[k + 1] = Math.min(best[k]!, row[m]!);
      // A swap reaches back two rows: both must be past hope before the branch is.
      if (best[k + 1]! > max && beyond(row, max) && beyond(rows[k]!, max - 1)) {
        dead = true;
        break;
      }
    }
    previous = word;
    depth = dead ? k + 1 : word.length;
    if (dead) {
      // No word beginning with these k + 1 letters can come within `max`.
      i = lowerBound(words, word.slice(0, k + 1) + '\uffff');
      continue;
    }
    if (best[word.length]! <= max && !word.startsWith(typed)) {
      visit(i, best[word.length]!, rows[word.length]![m]!);
    }
    i++;
  }
}

/** Rows valid for both words: those of their common beginning (at most `computed` letters). */
function sharedLength(a: string, b: string, computed: number): number {
  const n = Math.min(a.length, b.length, computed);
  let k = 0;
  while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

/** Every cell above `max`. */
function beyond(row: Int32Array, max: number): boolean {
  for (let j = 0; j < row.length; j++) if (row[j]! <= max) return false;
  return true;
}

/** Row k of the table of word[0..k) against `typed`, from rows k-1 and k-2. */
function nextRow(rows: Int32Array[], k: number, word: string, typed: string): Int32Array {
  const m = typed.length;
  const row = (rows[k] ??= new Int32Array(m + 1));
  const above = rows[k - 1]!;
  const c = word.charCodeAt(k - 1);
  row[0] = k;
  for (let j = 1; j <= m; j++) {
    const t = typed.charCodeAt(j - 1);
    let d = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (c === t ? 0 : 1));
    if (k > 1 && j > 1 && c === typed.charCodeAt(j - 2) && word.charCodeAt(k - 2) === t) {
      d = Math.min(d, rows[k - 2]![j - 2]! + 1);
    }
    row[j] = d;
  }
  return row;
}
