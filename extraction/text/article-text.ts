/**
 * One article's text, prepared once for every fact finder: the original text (that evidence
 * offsets point into), its folded copy and tokens, and its sentences.
 */
import type { Evidence } from '../report';
import { foldText } from './normalize';
import { tokenize, type Tokens } from './tokens';

export interface Sentence {
  /** Index in `ArticleText.sentences`. */
  index: number;
  /** Offsets into the original text, trimmed. */
  start: number;
  end: number;
  /** Offsets into the folded text. */
  foldedStart: number;
  foldedEnd: number;
  /** Paragraph number (the title is paragraph 0). */
  paragraph: number;
}

/**
 * Sentence ends: . ! ? ؟ … and CJK 。！？, followed by space or a closing quote. A dot after a
 * single letter ("a.m.", "U.S.") or a digit followed by a digit (07.17) does not end a sentence.
 */
const END_RE = /[.!?؟…。！？]+["'»”’)]*(?=\s|$)|[。！？]+/g;
/**
 * A day written as an ordinal before its month ("am 2. November", "vom 30. Okt.") or before a
 * lower-case word ("der 3. große Ausfall"): the dot is the number's, not the sentence's end.
 */
const ORDINAL_DAY_RE = /^\s+(?:\p{Ll}|(?:Jan|Feb|Mär|Maerz|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\p{L}*\b)/u;

export class ArticleText {
  readonly text: string;
  readonly folded: string;
  readonly origin: Int32Array;
  readonly tokens: Tokens;
  readonly sentences: Sentence[];
  /** Length of the title at the start of `text` (the title is the first line). */
  readonly titleEnd: number;
  private foldedIndexOf: Int32Array | null = null;

  constructor(title: string, body: string) {
    const cleanTitle = title.replace(/\s+/g, ' ').trim();
    this.text = body ? `${cleanTitle}\n${body}` : cleanTitle;
    this.titleEnd = cleanTitle.length;
    const f = foldText(this.text);
    this.folded = f.folded;
    this.origin = f.origin;
    this.tokens = tokenize(this.folded);
    this.sentences = splitSentences(this.text, this.origin);
  }

  /** Original offset of a folded offset. */
  toOriginal(foldedOffset: number): number {
    return this.origin[Math.max(0, Math.min(foldedOffset, this.origin.length - 1))];
  }

  /** Folded offset of an original offset (first folded char at or after it). */
  toFolded(originalOffset: number): number {
    if (!this.foldedIndexOf) {
      const map = new Int32Array(this.text.length + 1).fill(-1);
      for (let i = this.origin.length - 1; i >= 0; i--) map[this.origin[i]] = i;
      let next = this.folded.length;
      for (let i = map.length - 1; i >= 0; i--) {
        if (map[i] < 0) map[i] = next;
        else next = map[i];
      }
      this.foldedIndexOf = map;
    }
    return this.foldedIndexOf[Math.max(0, Math.min(originalOffset, this.text.length))];
  }

  /** The sentence holding folded offset `f` (binary search). */
  sentenceAtFolded(f: number): Sentence {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid].foldedStart <= f) lo = mid;
      else hi = mid - 1;
    }
    return s[lo];
  }

  sentenceText(s: Sentence): string {
    return this.text.slice(s.start, s.end);
  }

  foldedSentence(s: Sentence): string {
    return this.folded.slice(s.foldedStart, s.foldedEnd);
  }

  /** Evidence for a folded span, with its sentence. */
  evidence(foldedStart: number, foldedEnd: number): Evidence {
    const start = this.toOriginal(foldedStart);
    const end = Math.max(start, this.toOriginal(foldedEnd - 1) + 1);
    const s = this.sentenceAtFolded(foldedStart);
    return { start, end: Math.min(end, this.text.length), sentence: this.sentenceText(s) };
  }

  /** Evidence covering a whole sentence. */
  sentenceEvidence(s: Sentence): Evidence {
    return { start: s.start, end: s.end, sentence: this.sentenceText(s) };
  }

  isTitle(s: Sentence): boolean {
    return s.paragraph === 0;
  }

  /**
   * The sentence's paragraph number, not counting a first paragraph that only repeats the
   * headline (a page's h1 inside its article): "in the lead" means the same with or without it.
   */
  leadParagraph(s: Sentence): number {
    if (this.headlineRepeated === undefined) {
      const first = this.sentences.find((x) => x.paragraph === 1);
      this.headlineRepeated = first !== undefined && this.repeatsTitle(first);
    }
    return this.headlineRepeated && s.paragraph > 1 ? s.paragraph - 1 : s.paragraph;
  }

  private headlineRepeated: boolean | undefined;

  /** A body sentence that only repeats the headline (pages often carry the h1 inside the article). */
  repeatsTitle(s: Sentence): boolean {
    if (s.paragraph === 0 || s.paragraph > 2) return false;
    const norm = (x: string) => x.replace(/[\s"'“”«»]+/g, ' ').trim();
    return norm(this.sentenceText(s)) === norm(this.text.slice(0, this.titleEnd));
  }
}

/** An unclosed quotation in `s`: an odd count of straight quotes, or more openers than closers. */
function insideQuote(s: string): boolean {
  let straight = 0;
  let curly = 0;
  let guillemets = 0;
  for (const ch of s) {
    if (ch === '"') straight++;
    else if (ch === '“' || ch === '„') curly++;
    else if (ch === '”') curly--;
    else if (ch === '«') guillemets++;
    else if (ch === '»') guillemets--;
  }
  // A closing quote right after the end mark ('… today."') closes it: END_RE takes it along.
  return straight % 2 === 1 || curly > 0 || guillemets > 0;
}

function splitSentences(text: string, origin: Int32Array): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const pushRange = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ index: out.length, start: a, end: b, foldedStart: 0, foldedEnd: 0, paragraph });
  };
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    let last = 0;
    END_RE.lastIndex = 0;
    for (let m = END_RE.exec(line); m; m = END_RE.exec(line)) {
      const endAt = m.index + m[0].length;
      const before = line.slice(Math.max(0, m.index - 2), m.index);
      // "a.m." "U.S." "No." : a single letter before the dot is an abbreviation, not an end.
      if (m[0][0] === '.' && /(^|[\s.])[A-Za-z]$/.test(before)) continue;
      // "Nov. war", "etc. and", "z. B. die": a sentence does not begin in lower case.
      if (m[0] === '.' && /^\s+\p{Ll}/u.test(line.slice(endAt, endAt + 3))) continue;
      if (m[0] === '.' && /(^|\s)\d{1,2}$/.test(line.slice(Math.max(0, m.index - 3), m.index)) && ORDINAL_DAY_RE.test(line.slice(endAt, endAt + 12))) continue;
      // Inside an open quotation the sentence goes on (a quoted statement stays whole).
      if (insideQuote(line.slice(last, endAt))) continue;
      pushRange(lineStart + last, lineStart + endAt);
      last = endAt;
    }
    pushRange(lineStart + last, i);
    if (line.trim()) paragraph++;
    lineStart = i + 1;
  }
  if (out.length === 0) out.push({ index: 0, start: 0, end: text.length, foldedStart: 0, foldedEnd: 0, paragraph: 0 });
  // Map sentence bounds into folded offsets (origin is increasing).
  let f = 0;
  for (const s of out) {
    while (f < origin.length - 1 && origin[f] < s.start) f++;
    s.foldedStart = f;
    let g = f;
    while (g < origin.length - 1 && origin[g] < s.end) g++;
    s.foldedEnd = g;
  }
  return out;
}
