/**
 * Word-list matching. A Lexicon compiles many terms (each with a payload) into lookup tables;
 * `match` then finds every occurrence in one pass over the tokens, so adding words costs
 * nothing per character of text. Rules for writing terms are in lang/types.ts.
 */
import { foldTerm } from './normalize';
import { isWordChar, tokenize, type Tokens } from './tokens';

export interface LexEntry<P> {
  /** Folded tokens of the term. */
  words: string[];
  /** The last token is a stem ("restor*"). */
  stem: boolean;
  payload: P;
  /** The term as written, for explanations. */
  term: string;
}

export interface LexMatch<P> {
  /** Offsets into the folded text. */
  start: number;
  end: number;
  payload: P;
  term: string;
}

export interface LexiconOptions {
  /** Prefixes that may be glued to a term's first token (Arabic proclitics), longest first. */
  proclitics?: string[];
  /** Fewest letters a one-word term must have to be taken after a proclitic (default 2). */
  procliticMinRest?: number;
}

/** Characters allowed between the tokens of a multi-word term. */
const GAP_RE = /^[\s'.\-·/]{1,3}$/;

function isCjkChar(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xac00 && code <= 0xd7af);
}

export class Lexicon<P> {
  private exact = new Map<string, LexEntry<P>[]>();
  private stems = new Map<string, LexEntry<P>[]>();
  /** Terms with CJK characters: matched by scanning, keyed by the first character's code. */
  private scan = new Map<number, { folded: string; entry: LexEntry<P> }[]>();
  /** Lowest first-character code of a scanned term: text below it is skipped without a lookup. */
  private scanMin = Infinity;
  /** First characters of the proclitics: a word starting otherwise needs no stripping. */
  private procliticHeads = new Set<number>();
  /** Distinct stem lengths, ascending: the only prefix lengths worth looking up. */
  private stemLengths: number[] = [];
  /** First two characters of every stem (as one number): most words start otherwise and skip the prefix lookups. */
  private stemHeads = new Set<number>();
  private proclitics: string[];
  private procliticMinRest: number;

  constructor(options: LexiconOptions = {}) {
    this.proclitics = (options.proclitics ?? []).map(foldTerm).filter(Boolean).sort((a, b) => b.length - a.length);
    this.procliticMinRest = options.procliticMinRest ?? 2;
    for (const p of this.proclitics) this.procliticHeads.add(p.charCodeAt(0));
  }

  add(term: string, payload: P): this {
    const raw = term.trim();
    if (!raw) return this;
    const stem = raw.endsWith('*');
    const folded = foldTerm(stem ? raw.slice(0, -1) : raw);
    if (!folded) return this;
    return this.addFolded(folded, stem, payload, raw);
  }

  /**
   * Adds a term already folded (as `precompile` writes it): no folding or tokenizing at run
   * time, for the content script's first look on every page.
   */
  addPrecompiled(compiled: string, payload: P): this {
    const stem = compiled.endsWith('*');
    const folded = stem ? compiled.slice(0, -1) : compiled;
    return this.addFolded(folded, stem, payload, folded);
  }

  private addFolded(folded: string, stem: boolean, payload: P, raw: string): this {
    if (hasCjk(folded)) {
      const first = folded.charCodeAt(0);
      const list = this.scan.get(first) ?? [];
      list.push({ folded, entry: { words: [folded], stem: false, payload, term: raw } });
      this.scan.set(first, list);
      this.scanMin = Math.min(this.scanMin, first);
      return this;
    }
    const words = /^[\p{L}\p{N}&+]+( [\p{L}\p{N}&+]+)*$/u.test(folded) ? folded.split(' ') : tokenize(folded).words;
    if (words.length === 0) return this;
    const entry: LexEntry<P> = { words, stem, payload, term: raw };
    if (stem && words.length === 1) {
      const key = words[0];
      push(this.stems, key, entry);
      this.stemHeads.add(key.length === 1 ? key.charCodeAt(0) * 65536 : key.charCodeAt(0) * 65536 + key.charCodeAt(1));
      if (!this.stemLengths.includes(key.length)) this.stemLengths = [...this.stemLengths, key.length].sort((a, b) => a - b);
    } else {
      push(this.exact, words[0], entry);
    }
    return this;
  }

  addAll(terms: Iterable<string>, payload: P): this {
    for (const t of terms) this.add(t, payload);
    return this;
  }

  get size(): number {
    let n = 0;
    for (const l of this.exact.values()) n += l.length;
    for (const l of this.stems.values()) n += l.length;
    for (const l of this.scan.values()) n += l.length;
    return n;
  }

  /** Every occurrence in `folded` (whose tokens are `tokens`), in text order. Overlaps are kept. */
  match(folded: string, tokens: Tokens): LexMatch<P>[] {
    const out: LexMatch<P>[] = [];
    const { words, starts } = tokens;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      this.matchAt(folded, tokens, i, word, starts[i], out);
      // Arabic glues up to two proclitics: a conjunction, then a preposition or the article ("وبال", "لل").
      // The list holds each such pair whole, in its one order: splitting twice freely would read
      // "كوابل" (cables) as ك + و + "ابل" (Apple).
      if (!this.procliticHeads.has(word.charCodeAt(0))) continue;
      for (const p of this.proclitics) {
        if (word.length - p.length < 2 || !word.startsWith(p)) continue;
        // (A one-word term shorter than procliticMinRest is not taken after a proclitic.)
        this.matchAt(folded, tokens, i, word.slice(p.length), starts[i], out, word.length - p.length < this.procliticMinRest);
      }
    }
    if (this.scan.size > 0) {
      for (let i = 0; i < folded.length; i++) {
        const code = folded.charCodeAt(i);
        if (code < this.scanMin) continue;
        const list = this.scan.get(code);
        if (!list) continue;
        for (const { folded: f, entry } of list) {
          // "1月" must not match inside "11月".
          if (folded.startsWith(f, i) && !(isDigit(f.charCodeAt(0)) && i > 0 && isDigit(folded.charCodeAt(i - 1)))) out.push({ start: i, end: i + f.length, payload: entry.payload, term: entry.term });
        }
      }
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    // The same term found through two proclitic splits is one match.
    return out.filter((m, i) => i === 0 || !(m.start === out[i - 1].start && m.end === out[i - 1].end && m.payload === out[i - 1].payload));
  }

  private matchAt(folded: string, tokens: Tokens, i: number, word: string, start: number, out: LexMatch<P>[], phrasesOnly = false) {
    const exact = this.exact.get(word);
    if (exact) for (const e of exact) if (!phrasesOnly || e.words.length > 1) this.tryEntry(folded, tokens, i, e, start, out);
    if (phrasesOnly) return;
    const head = word.charCodeAt(0) * 65536;
    if (this.stems.size > 0 && (this.stemHeads.has(head + word.charCodeAt(1)) || this.stemHeads.has(head))) {
      for (const len of this.stemLengths) {
        if (len > word.length) break;
        const list = this.stems.get(word.slice(0, len));
        if (list) for (const e of list) out.push({ start, end: tokens.ends[i], payload: e.payload, term: e.term });
      }
    }
  }

  private tryEntry(folded: string, tokens: Tokens, i: number, e: LexEntry<P>, start: number, out: LexMatch<P>[]) {
    const n = e.words.length;
    if (n === 1) {
      out.push({ start, end: tokens.ends[i], payload: e.payload, term: e.term });
      return;
    }
    if (i + n > tokens.words.length) return;
    for (let k = 1; k < n; k++) {
      const gap = folded.slice(tokens.ends[i + k - 1], tokens.starts[i + k]);
      if (!GAP_RE.test(gap)) return;
      const w = tokens.words[i + k];
      const want = e.words[k];
      const last = k === n - 1;
      if (last && e.stem ? !w.startsWith(want) : w !== want) return;
    }
    out.push({ start, end: tokens.ends[i + n - 1], payload: e.payload, term: e.term });
  }
}

/** A term as `addPrecompiled` takes it: folded, tokens joined by one space, "*" for a stem. */
export function precompile(term: string): string | null {
  const raw = term.trim();
  const stem = raw.endsWith('*');
  const folded = foldTerm(stem ? raw.slice(0, -1) : raw);
  if (!folded) return null;
  const isCjk = hasCjk(folded);
  const body = isCjk ? folded : tokenize(folded).words.join(' ');
  return body ? body + (stem && !isCjk ? '*' : '') : null;
}

function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isCjkChar(s.charCodeAt(i))) return true;
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True when the folded character at `i` is a word character (for callers checking edges). */
export function wordCharAt(folded: string, i: number): boolean {
  return i >= 0 && i < folded.length && isWordChar(folded.charCodeAt(i));
}
