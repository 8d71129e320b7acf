/**
 * The first look's own word matcher. It runs on every news page, mostly on pages that are not
 * outage reports, so it leans on the engine's native parts (lower-casing, regular-expression
 * replace, substring search) and keeps interpreted work to a loop over the terms.
 * No offsets are kept: the first look only asks "is any of these words here?".
 */

/** Between the needles of a shipped list (quick-terms-source.ts): never inside a needle. */
export const PACK_SEPARATOR = '|';

// One pass for both: on most pages neither kind of character occurs, and each regular expression
// is compiled and run cold on every page.
const FOLD_RE = /[\u064b-\u065f\u0670\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00adأإآٱىیک’‘ı٠-٩۰-۹]/g;
/** What FOLD_RE's characters become; the rest (Arabic short vowels and tatweel, zero-width and direction marks, soft hyphen) are dropped. */
const MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', '’': "'", '‘': "'", 'ı': 'i',
};
// Splitting on punctuation and spaces (not on "every non-letter") keeps the pattern small: it
// compiles at once on each page, where a Unicode-property class would cost a millisecond.
const SPLIT_RE = /[\s.,;:!?"'«»“”„‚()[\]{}<>\/\\|—–\-_*#@=~^`$%،؛؟。、！？：；（）「」『』【】·…]+/;
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/** The same folding as text/normalize.ts, without the offset map. */
export function quickFold(s: string): string {
  return s.toLowerCase().replace(FOLD_RE, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
    return MAP[c] ?? '';
  });
}

/**
 * Folded text with every separator run as one space and a space at each end, so a term is a
 * substring search: " went down " (whole words), " outage" (a stem), with no word split.
 */
export function quickSpaced(text: string): string {
  return ` ${quickFold(text).replace(SPLIT_G, ' ')} `;
}
const SPLIT_G = new RegExp(SPLIT_RE.source, 'g');

/**
 * A term as the matcher searches it: whole words with a space on each side (" went down "), a
 * stem ("outage*") with a space before only (" outage"); CJK terms as they are (no spaces).
 */
export function quickNeedle(term: string): string {
  if (CJK_RE.test(term)) return term;
  return term.endsWith('*') ? ` ${term.slice(0, -1)}` : ` ${term} `;
}

/**
 * Where a needle's word, found at `at` without a space before it, may stand glued to what
 * precedes it: the glued word's start, or -1. Only the Arabic lists need one (proclitics), so
 * only the bundles with them carry the code (procliticStart).
 */
export type GluedStart = (spaced: string, at: number) => number;

/**
 * Where a needle first occurs in spaced text, or -1. The search is for the needle's word(s)
 * without the spaces that mark its boundaries, which are checked at each place found: nearly
 * every needle starts with a space, and a native search for a pattern that starts with a space
 * stops at every word of the text. On a page without the word, one native search finds nothing.
 * With `glued`, a word glued after a prefix counts too (Arabic "والعطل" for "عطل").
 */
export function findNeedle(spaced: string, needle: string, glued: GluedStart | null = null): number {
  const before = needle.charCodeAt(0) === 32;
  const after = before && needle.length > 1 && needle.charCodeAt(needle.length - 1) === 32;
  const word = before ? needle.slice(1, after ? -1 : undefined) : needle;
  for (let at = spaced.indexOf(word); at >= 0; at = spaced.indexOf(word, at + 1)) {
    if (after && spaced.charCodeAt(at + word.length) !== 32) continue;
    if (!before || spaced.charCodeAt(at - 1) === 32) return at;
    if (glued !== null) {
      const start = glued(spaced, at);
      if (start >= 0) return start;
    }
  }
  return -1;
}

/** A word glued after one or two proclitics ("و", "وال"), up to six letters of them; null without proclitics. */
export function procliticStart(clitics: readonly string[]): GluedStart | null {
  if (clitics.length === 0) return null;
  return (spaced, at) => {
    const wordStart = spaced.lastIndexOf(' ', at - 1) + 1;
    return wordStart > 0 && at - wordStart <= 6 && isClitics(spaced.slice(wordStart, at), clitics) ? wordStart : -1;
  };
}

/** Is `prefix` one or two glued proclitics ("و", "وال")? */
function isClitics(prefix: string, clitics: readonly string[]): boolean {
  for (const c of clitics) {
    if (prefix === c) return true;
    if (prefix.startsWith(c)) for (const d of clitics) if (prefix.length === c.length + d.length && prefix.endsWith(d)) return true;
  }
  return false;
}

/**
 * The words of spaced text, to pass over at once a needle whose first whole word is not among
 * them (most needles, on most pages) instead of searching the text for it. Not for text where
 * words may be glued to proclitics, nor needed for CJK needles (always searched).
 */
export function textWords(spaced: string): ReadonlySet<string> {
  return new Set(spaced.split(' '));
}

/**
 * Each needle of a shipped list (joined by PACK_SEPARATOR) found in spaced text, in list order,
 * to `onHit` until it returns true (then true). The list is walked in place, never split into an
 * array: the first look runs cold on every news page, where building the arrays cost as much as
 * searching. With `words` (textWords of the same text), a needle whose first word is whole
 * (" went down ", " went dow") is searched only when that word is in the text; a one-word
 * stem (" outage") and a CJK needle are always searched.
 */
export function scanPacked(
  spaced: string,
  packed: string,
  glued: GluedStart | null,
  onHit: (needle: string, at: number) => boolean,
  words: ReadonlySet<string> | null = null,
): boolean {
  for (let pos = 0; pos < packed.length; ) {
    let end = packed.indexOf(PACK_SEPARATOR, pos);
    if (end < 0) end = packed.length;
    const start = pos;
    pos = end + 1;
    if (end === start) continue;
    if (words !== null && packed.charCodeAt(start) === 32) {
      const wordEnd = packed.indexOf(' ', start + 1);
      if (wordEnd > start + 1 && wordEnd < end && !words.has(packed.slice(start + 1, wordEnd))) continue;
    }
    const needle = packed.slice(start, end);
    const at = findNeedle(spaced, needle, glued);
    if (at >= 0 && onHit(needle, at)) return true;
  }
  return false;
}
