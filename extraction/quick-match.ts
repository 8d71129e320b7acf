/**
 * The first look's own word matcher. It runs on every news page, mostly on pages that are not
 * outage reports, so it leans on the engine's native parts (lower-casing, regular-expression
 * split and replace, Set lookups) and keeps interpreted work to a loop over a few hundred words.
 * No offsets are kept: the first look only asks "is any of these words here?".
 */

/** Terms as gen-quick-terms writes them: folded, tokens joined by one space, "*" for a stem. */
export interface QuickMatcher {
  /** Terms found in `text` (folded forms), at most `limit`. */
  find(text: string, limit?: number): string[];
}

const DROP_RE = /[\u064b-\u065f\u0670\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad]/g;
const MAP_RE = /[أإآٱىیکـ’‘ı٠-٩۰-۹]/g;
const MAP: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', '’': "'", '‘': "'", 'ı': 'i' };
// Splitting on punctuation and spaces (not on "every non-letter") keeps the pattern small: it
// compiles at once on each page, where a Unicode-property class would cost a millisecond.
const SPLIT_RE = /[\s.,;:!?"'«»“”„‚()[\]{}<>\/\\|—–\-_*#@=~^`$%،؛؟。、！？：；（）「」『』【】·…]+/;
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/** The same folding as text/normalize.ts, without the offset map. */
export function quickFold(s: string): string {
  return s.toLowerCase().replace(DROP_RE, '').replace(MAP_RE, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
    return MAP[c] ?? c;
  });
}

export function quickMatcher(terms: string[], proclitics: string[] = []): QuickMatcher {
  const single = new Set<string>();
  const stems = new Set<string>();
  const stemLengths = new Set<number>();
  const phrases = new Map<string, string[][]>();
  const cjk: string[] = [];
  for (const t of terms) {
    if (CJK_RE.test(t)) {
      cjk.push(t);
      continue;
    }
    const stem = t.endsWith('*');
    const words = (stem ? t.slice(0, -1) : t).split(' ');
    if (words.length === 1) {
      if (stem) {
        stems.add(words[0]);
        stemLengths.add(words[0].length);
      } else single.add(words[0]);
    } else {
      const list = phrases.get(words[0]) ?? [];
      list.push(stem ? [...words.slice(0, -1), `${words[words.length - 1]}*`] : words);
      phrases.set(words[0], list);
    }
  }
  const lengths = [...stemLengths].sort((a, b) => a - b);
  const clitics = [...proclitics].sort((a, b) => b.length - a.length);

  const wordHits = (w: string, words: string[], i: number, out: string[]) => {
    if (single.has(w)) out.push(w);
    for (const len of lengths) {
      if (len > w.length) break;
      const head = w.slice(0, len);
      if (stems.has(head)) out.push(`${head}*`);
    }
    const list = phrases.get(w);
    if (list) {
      for (const p of list) {
        let ok = true;
        for (let k = 1; k < p.length && ok; k++) {
          const want = p[k];
          const got = words[i + k];
          ok = got !== undefined && (want.endsWith('*') ? got.startsWith(want.slice(0, -1)) : got === want);
        }
        if (ok) out.push(p.join(' '));
      }
    }
  };

  return {
    find(text: string, limit = 8): string[] {
      const folded = quickFold(text);
      const out: string[] = [];
      const words = folded.split(SPLIT_RE);
      for (let i = 0; i < words.length && out.length < limit; i++) {
        const w = words[i];
        if (!w) continue;
        wordHits(w, words, i, out);
        // Up to two glued proclitics, as the engine strips them ("و" + "ال" in "والعطل").
        for (const c of clitics) {
          if (w.length - c.length < 2 || !w.startsWith(c)) continue;
          const rest = w.slice(c.length);
          wordHits(rest, words, i, out);
          for (const d of clitics) if (rest.length - d.length >= 2 && rest.startsWith(d)) wordHits(rest.slice(d.length), words, i, out);
        }
      }
      if (cjk.length > 0 && CJK_RE.test(folded)) for (const t of cjk) if (out.length < limit && folded.includes(t)) out.push(t);
      return out;
    },
  };
}
