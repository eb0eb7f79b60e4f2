// Trigrams as pg_trgm makes them: each word padded with two spaces before and one after, so
// "bach khoa" gives "  b", " ba", "bac", "ach", "ch ", "  k", " kh", "kho", "hoa", "oa ".

export function trigramsOf(key: string): Set<string> {
  const grams = new Set<string>();
  for (const word of key.split(' ')) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/**
 * The share of what was typed found in a name, as pg_trgm's word_similarity (≥ 0.6 is its
 * default for `<%`): "mekng capital" keeps 11 of its 14 trigrams in "quy dau tu me kong capital".
 */
export const TYPO_THRESHOLD = 0.6;
