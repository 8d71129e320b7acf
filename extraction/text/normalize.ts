/**
 * Text folding for matching, with a map back to the original offsets.
 *
 * Matching runs on a folded copy of the article text (lower case, ASCII digits, Arabic without
 * diacritics, one form of alef …); evidence must point into the original text. `foldText`
 * returns both the folded string and, for each folded character, its index in the original.
 */

export interface FoldedText {
  /** The folded text that matchers read. */
  folded: string;
  /** `origin[i]` is the index in the original text of folded character `i`; `origin[folded.length]` is the original length. */
  origin: Int32Array;
}

/** Characters dropped while folding: Arabic diacritics and tatweel, zero-width and bidi controls, soft hyphen. */
function isDropped(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640 ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) || code === 0x00ad || code === 0xfeff
  );
}

/** Folds one (already lower-cased) character; returns it unchanged when nothing applies. */
function foldChar(ch: string, code: number): string {
  // Digits: Arabic-Indic, Persian (Extended Arabic-Indic), full-width.
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(48 + code - 0xff10);
  // Full-width Latin letters and the colon used in CJK times.
  if (code >= 0xff41 && code <= 0xff5a) return String.fromCharCode(97 + code - 0xff41);
  if (code >= 0xff21 && code <= 0xff3a) return String.fromCharCode(97 + code - 0xff21);
  // Other full-width ASCII punctuation （ ） ， ： → ( ) , :
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  switch (code) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 'ا'; // أ إ آ ٱ → ا
    case 0x0649: case 0x06cc: return 'ي'; // ى, Persian ye → ي
    case 0x06a9: return 'ك'; // Persian kaf
    case 0x0131: return 'i'; // Turkish dotless ı: "ARIZA" and "arıza" must meet
    case 0x066b: return ','; // Arabic decimal separator
    case 0x066c: return ','; // Arabic thousands separator
    case 0xff1a: return ':';
    case 0x2019: case 0x2018: case 0x02bc: case 0x00b4: return "'";
    case 0x00a0: case 0x202f: case 0x2009: case 0x2007: case 0x3000: return ' ';
    case 0x2013: case 0x2014: case 0x2212: return '-';
    default: return ch;
  }
}

const NON_ASCII_OR_DROP = /[^\x00-\x7f]/;

/** Folds `text` for matching. Linear time, one pass. */
export function foldText(text: string): FoldedText {
  let lower = text.toLowerCase();
  // Fast path: plain ASCII folds to its lower case, one to one.
  if (lower.length === text.length && !NON_ASCII_OR_DROP.test(lower)) {
    const origin = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) origin[i] = i;
    return { folded: lower, origin };
  }
  // A few characters change length when lower-cased (e.g. "İ"); fall back to per-character then.
  const perChar = lower.length !== text.length;
  if (perChar) lower = text;
  const out: string[] = [];
  const origin = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    let ch = lower[i];
    if (perChar) ch = ch.toLowerCase()[0] ?? ch;
    const code = ch.charCodeAt(0);
    if (isDropped(code)) continue;
    out.push(foldChar(ch, code));
    origin[n++] = i;
  }
  origin[n] = text.length;
  return { folded: out.join(''), origin: origin.subarray(0, n + 1) };
}

/**
 * Folds a short term the same way (for word lists). The analyser folds every term of a language
 * when it first runs on a page: no offset map is kept, and plain ASCII is only lower-cased.
 */
export function foldTerm(term: string): string {
  const lower = term.toLowerCase();
  let folded = lower;
  if (lower.length !== term.length || NON_ASCII_OR_DROP.test(lower)) {
    const perChar = lower.length !== term.length;
    const from = perChar ? term : lower;
    let out = '';
    for (let i = 0; i < from.length; i++) {
      let ch = from[i];
      if (perChar) ch = ch.toLowerCase()[0] ?? ch;
      const code = ch.charCodeAt(0);
      if (!isDropped(code)) out += foldChar(ch, code);
    }
    folded = out;
  }
  return SPACES_TO_FOLD.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
}
/** Runs of white space, or any at an end: what a term's folding collapses. */
const SPACES_TO_FOLD = /\s\s|^\s|\s$|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** A word as a regular expression that matches it literally: Disney+ → Disney\+. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
