/**
 * Word tokens of folded text. A token is a run of letters, marks and digits of one script
 * family; CJK ideographs and kana are not tokens (they are matched by scanning, see lexicon.ts).
 * Apostrophes, hyphens and dots split tokens ("l'an" → l, an; "cyber-attack" → cyber, attack).
 */

export interface Tokens {
  /** Token strings. */
  words: string[];
  /** Start offset of each token in the folded text. */
  starts: Int32Array;
  /** End offset (exclusive). */
  ends: Int32Array;
}

/** A code point that belongs inside a word token. CJK ideographs, kana and hangul are excluded. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    // "&" and "+" belong to names: AT&T, e&, Disney+, Canal+.
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 38 || code === 43;
  }
  if (code >= 0x3040 && code <= 0x30ff) return false; // kana
  if (code >= 0x3400 && code <= 0x9fff) return false; // CJK ideographs
  if (code >= 0xac00 && code <= 0xd7af) return false; // hangul
  if (code >= 0xf900 && code <= 0xfaff) return false;
  if (code >= 0xff00 && code <= 0xffef) return false;
  // Unicode letters/marks/digits, looked up once per code point and remembered.
  let known = wordTable[code];
  if (known === 0) {
    known = WORD_RE.test(String.fromCharCode(code)) ? 1 : 2;
    wordTable[code] = known;
  }
  return known === 1;
}
const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
/** 0 unknown, 1 word character, 2 not. */
const wordTable = new Uint8Array(65536);

export function tokenize(folded: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && isWordChar(folded.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(folded.slice(start, i));
      starts.push(start);
      ends.push(i);
      start = -1;
    }
  }
  return { words, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
