/**
 * The analysis context: an article's text with every word-list match found once, grouped by
 * sentence, so that each fact finder only asks questions ("does this sentence speak of a
 * restoration?") instead of scanning the text again.
 */
import type { CompiledLanguage, CueKind, Term } from '../lang/compile';
import { negatedAvailability, compiledLanguage, separableMatches } from '../lang/compile';
import type { ArticleText, Sentence } from '../text/article-text';
import type { LexMatch } from '../text/lexicon';
import { findClockTimes, type ClockTime } from '../time/clock';
import { findDates, type DateMark } from '../time/dates';
import { entityLexicon, serviceEntry, type EntityRef } from './entities';

export type TermMatch = LexMatch<Term>;
export type EntityMatch = LexMatch<EntityRef>;

/** A figure right after a word: "cai 13%", "down by 5", "fällt um 3 %". */
const FIGURE_AFTER_RE = /^\s*(?:(?:by|em|de|um|of|en|di|par|на|по)\s+)?[-−+]?\p{N}/u;

export class Context {
  readonly at: ArticleText;
  readonly lang: CompiledLanguage;
  /** Publication instant (ms since epoch) or null. */
  readonly published: number | null;
  readonly terms: TermMatch[];
  readonly entities: EntityMatch[];
  private termsBySentence: TermMatch[][];
  private entitiesBySentence: EntityMatch[][];
  /** Sentences about an earlier incident (kept out of the current facts). */
  readonly past: Set<number>;
  /** Calendar dates in the text, resolved against the publication date. */
  readonly dates: DateMark[];

  constructor(at: ArticleText, language: string, published: number | null) {
    this.at = at;
    this.lang = compiledLanguage(language);
    this.published = published;
    const listed = this.lang.lexicon.match(at.folded, at.tokens);
    // (Not in a sentence of a maintenance notice: "während derer die App nicht zur Verfügung steht".)
    const noticeSentences = new Set(listed.filter((m) => m.payload.kind === 'neg' && m.payload.group === 'maintenance').map((m) => at.sentenceAtFolded(m.start).index));
    const negated = negatedAvailability(listed, at.folded, this.lang.data.verbFinal === true).filter((t) => !noticeSentences.has(at.sentenceAtFolded(t.start).index));
    const composed = [...separableMatches(this.lang, at.folded), ...negated];
    this.terms = composed.length === 0 ? listed : [...listed, ...composed].sort((a, b) => a.start - b.start || b.end - a.end);
    this.entities = entityLexicon()
      .match(at.folded, at.tokens)
      .filter((m) => (!m.payload.lang || m.payload.lang === this.lang.data.code) && (!m.payload.exactCase || isExactName(at, m, this.lang.data.code)))
      .filter((m, _, all) => !m.payload.needsCompany || all.some((o) => o !== m && !o.payload.needsCompany && (o.payload.name === m.payload.needsCompany || serviceEntry(o.payload.name)?.company === m.payload.needsCompany)))
      .filter((m, i, all) => !all.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && (o.end - o.start > m.end - m.start || (j < i && o.end - o.start === m.end - m.start && o.payload.name === m.payload.name && o.payload.type === m.payload.type))));
    this.termsBySentence = groupBySentence(at, this.terms);
    this.entitiesBySentence = groupBySentence(at, this.entities);
    this.dates = findDates(this);
    this.past = this.findPastSentences();
  }

  private clockTimes: ClockTime[] | null = null;

  /** The clock times of the text, found once: the verdict, the times and the cause all read them. */
  clocks(): ClockTime[] {
    return (this.clockTimes ??= findClockTimes(this));
  }

  sentences(): Sentence[] {
    return this.at.sentences;
  }

  termsIn(s: Sentence): TermMatch[] {
    return this.termsBySentence[s.index];
  }

  entitiesIn(s: Sentence): EntityMatch[] {
    return this.entitiesBySentence[s.index];
  }

  has(s: Sentence, kind: Term['kind']): boolean {
    return this.termsBySentence[s.index].some((m) => m.payload.kind === kind);
  }

  cues(s: Sentence, kind: CueKind | Term['kind']): TermMatch[] {
    return this.termsBySentence[s.index].filter((m) => m.payload.kind === kind);
  }

  isPast(s: Sentence): boolean {
    return this.past.has(s.index);
  }

  /** A sentence that speaks of an outage: an outage word, or a "<service> down" phrase. */
  isOutageSentence(s: Sentence): boolean {
    // An outage word inside a maintenance notice's own phrase ("estará indisponível", "будут
    // недоступны") announces a planned window, not a failure.
    const notices = this.termsIn(s).filter((t) => t.payload.kind === 'neg' && t.payload.group === 'maintenance');
    const inNotice = (t: TermMatch) => notices.some((n) => n.start <= t.start && n.end >= t.end);
    if (this.cues(s, 'outage').some((t) => !inNotice(t))) return true;
    // A headline's system noun with a service-down word after it: "Site do Fundo Ambiental em
    // baixo", "the council's payment portal down again" (a name the gazetteer lacks between them).
    // "Lucro da NOS cai 13%", "Netflix subscribers down 2%": a figure that falls, not a service.
    const down = this.cues(s, 'serviceDown').filter((d) => !inNotice(d) && !FIGURE_AFTER_RE.test(this.at.text.slice(this.at.toOriginal(d.end - 1) + 1, this.at.toOriginal(d.end - 1) + 16)));
    if (this.at.isTitle(s)) {
      const nouns = this.cues(s, 'digital');
      // (Or the word right before the noun, as a verb opening the headline: "пропали интернет и связь".)
      if (down.some((d) => nouns.some((n) => (d.start >= n.end && d.start - n.end <= 40) || (n.start >= d.end && n.start - d.end <= 2)))) return true;
    }
    const ents = this.entitiesIn(s).filter((e) => e.payload.type === 'service');
    if (ents.length === 0) return false;
    // "WhatsApp down"; where the verb opens the clause, also "توقف واتساب".
    const verbFirst = this.lang.data.verbFirst === true;
    return down.some((d) => ents.some((e) => (d.start >= e.end && d.start - e.end <= 12) || (verbFirst && d.end <= e.start && e.start - d.end <= 12)));
  }

  publishedYear(): number | null {
    return this.published === null ? null : new Date(this.published).getUTCFullYear();
  }

  /**
   * A month written alone that is surely one: not part of a name ("واتس اب" holds آب, August),
   * of four letters or more ("Mei"), and in English capitalised ("may" is a verb).
   */
  private plainMonthName(d: DateMark): boolean {
    if (d.end - d.start < 4 || this.entities.some((e) => e.start < d.end && e.end > d.start)) return false;
    const written = this.at.text.slice(this.at.toOriginal(d.start), this.at.toOriginal(d.end - 1) + 1);
    return this.lang.data.code !== 'en' || /^\p{Lu}/u.test(written);
  }

  /**
   * Past sentences: a past cue ("last year", "آنذاك"), a past period, or a year before the
   * publication year; and the sentence right after one, when it goes on about an outage
   * without anything that brings it back to today.
   */
  private findPastSentences(): Set<number> {
    const past = new Set<number>();
    const year = this.publishedYear();
    let previousPast = false;
    for (const s of this.at.sentences) {
      const terms = this.termsIn(s);
      const text = this.at.foldedSentence(s);
      const period = terms.some((t) => t.payload.kind === 'pastPeriod');
      // A year, not a 24-hour time written as four digits with its zone ("1900 GMT", "2030 UTC").
      const years = year === null ? [] : (text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)(?!\s?(?:gmt|utc|z\b|bst|cet|cest|est|edt|pst|pdt|et\b|pt\b))/g) ?? []).map(Number);
      const earlierYear = years.some((y) => y < year!) && !years.includes(year!);
      // "three weeks after the 28 April blackout": a written date well before publication.
      const oldDate = this.published !== null && this.dates.some((d) => d.explicitYear && d.dayMs !== null && d.start >= s.foldedStart && d.end <= s.foldedEnd && d.dayMs < this.published! - 10 * 86_400_000);
      // "In December, ChatGPT was down …", "En noviembre pasado …" in a story of March: a month
      // named alone, two to six months back, is an earlier outage's; so is a day of the year six
      // weeks to six months back. (A month further off is as likely the coming one: "Skype closes
      // in May". Not where the sentence says the outage began then or goes on: "since 8 December".)
      const inSentence = (d: DateMark) => d.start >= s.foldedStart && d.end <= s.foldedEnd;
      const linksToNow = terms.some((t) => t.payload.kind === 'start' || t.payload.kind === 'ongoing');
      const earlierMonth = this.published !== null && !linksToNow && this.dates.some((d) => inSentence(d) && !d.explicitYear && (
        (d.precision === 'month' && d.month !== null && this.plainMonthName(d) && monthsBefore(this.published!, d.month) >= 2 && monthsBefore(this.published!, d.month) <= 6) ||
        (d.precision === 'day' && d.month !== null && d.dayMs !== null && d.dayMs < this.published! - 45 * 86_400_000 && d.dayMs > this.published! - 183 * 86_400_000)));
      const today = terms.some((t) => t.payload.kind === 'relDay' || t.payload.kind === 'dayPart');
      const clock = CLOCK_RE.test(text);
      // A past word alone ("at the time", "当时") is weak: a clock time or "today" keeps the sentence in the present.
      // (Not one inside a phrase of now: "at the time" in "at the time of writing".)
      const ofNow = terms.filter((t) => t.payload.kind === 'ongoing');
      const cue = terms.some((t) => t.payload.kind === 'past' && !ofNow.some((o) => o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start)) && !clock && !today;
      // (An old date beside a clock time is this outage told later, as in a postmortem.)
      let isPast = period || earlierYear || ((oldDate || earlierMonth) && !clock) || cue;
      if (!isPast && previousPast && !today && !clock && !this.at.isTitle(s) && terms.some((t) => t.payload.kind === 'outage')) isPast = true;
      if (isPast && today && !period && !earlierYear && !oldDate && !earlierMonth) isPast = false;
      if (isPast) past.add(s.index);
      previousPast = isPast;
    }
    return past;
  }
}

/** How many months back the named month last was, from the publication's month (0 = that month). */
function monthsBefore(published: number, month: number): number {
  return (new Date(published).getUTCMonth() - month + 12) % 12;
}

/** A clock time in a sentence ("07:17", "9h30", "8时56分"): the sentence tells of the story's own day. */
const CLOCK_RE = /\d{1,2}\s*[:时時点點]\s*\d{2}|\d{1,2}h\d{2}|\d{1,2}\s*[时時点點]|(?<![\d.])\d{1,2}\.\d{2}(?![\d.%])/;

/** Names that are also everyday capitalised words at the start of a sentence. */
const COMMON_WORD_NAMES = new Set(['Three', 'Free', 'Line', 'Max', 'Bell', 'Signal', 'Box', 'Threads', 'Claro', 'Vivo', 'Steam', 'Slack', 'Teams', 'Notion', 'Orange', 'Zoom', 'Sky', 'Halifax', 'Delta', 'Square', 'Discord', 'Word', 'Edge', 'Chase', 'Target', 'Bolt', 'Ring', 'Nest', 'Meet', 'Drive', 'Maps', 'Photos']);

function isExactName(at: ArticleText, m: LexMatch<EntityRef>, lang: string): boolean {
  const start = at.toOriginal(m.start);
  if (at.text.slice(start, at.toOriginal(m.end - 1) + 1) !== m.payload.exactCase) return false;
  if (COMMON_WORD_NAMES.has(m.payload.exactCase!)) {
    // German capitalises every noun: "die Teams", "die Box" are the words anywhere, unless the
    // text also names the company ("Microsoft Teams" further up).
    const company = serviceEntry(m.payload.name)?.company;
    if (lang === 'de') return company != null && at.text.includes(company);
    const s = at.sentenceAtFolded(m.start);
    // Opening a sentence it may be the ordinary word, unless the text names it again inside one.
    if (s.start === start) return new RegExp(`[\\p{L},;] ${m.payload.exactCase}(?![\\p{L}])`, 'u').test(at.text);
  }
  return true;
}

function groupBySentence<T extends { start: number }>(at: ArticleText, matches: T[]): T[][] {
  const groups: T[][] = at.sentences.map(() => []);
  for (const m of matches) groups[at.sentenceAtFolded(m.start).index].push(m);
  return groups;
}
