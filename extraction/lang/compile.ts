/**
 * Turns a language's data file into one Lexicon whose payloads say what each term is, so that
 * a single pass over an article finds every cue, cause, date word, zone and country at once.
 * Compiled lazily, once per language.
 */
import type { CauseCategory } from '../report';
import { Lexicon, type LexMatch } from '../text/lexicon';
import { escapeRegExp } from '../text/normalize';
import { languageData } from './index';
import type { LanguageData } from './types';

export type CueKind =
  | 'outage' | 'serviceDown' | 'digital' | 'start' | 'report' | 'restore' | 'resolved' | 'partial'
  | 'ongoing' | 'update' | 'approxNum' | 'around' | 'rangeTo' | 'durationCue' | 'past' | 'unknownCause'
  | 'global' | 'userWord' | 'customerWord' | 'reportWord' | 'userBase' | 'said' | 'spokesperson'
  | 'clock' | 'am' | 'pm' | 'negation' | 'denial' | 'national' | 'causeCue' | 'pending' | 'apology' | 'noReturnYet' | 'causeLookalike' | 'authority' | 'again' | 'when' | 'speculation' | 'negator' | 'available' | 'particle';

export type NegativeGroup = keyof LanguageData['negativeContexts'];

export type Term =
  | { kind: CueKind }
  | { kind: 'neg'; group: NegativeGroup }
  | { kind: 'cause'; category: Exclude<CauseCategory, 'unknown'> }
  | { kind: 'month'; month: number }
  | { kind: 'weekday'; day: number }
  | { kind: 'relDay'; offset: number }
  | { kind: 'dayPart'; part: 'morning' | 'afternoon' | 'evening' | 'night' }
  | { kind: 'zone'; zone: string }
  | { kind: 'country'; code: string }
  | { kind: 'pastPeriod'; years: number; months: number }
  | { kind: 'number'; value: number }
  | { kind: 'multiplier'; value: number }
  | { kind: 'vague'; value: number }
  | { kind: 'durUnit'; minutes: number }
  | { kind: 'namedTime'; hour: number };

export interface CompiledLanguage {
  data: LanguageData;
  lexicon: Lexicon<Term>;
  /** The separable verbs' patterns (LanguageData.separableVerbs), on folded text. */
  separable: { re: RegExp; kind: CueKind }[];
}

/** Up to this many characters between a separable verb and its particle, within one clause. */
const SEPARABLE_REACH = 60;

function separablePatterns(data: LanguageData): CompiledLanguage['separable'] {
  return (data.separableVerbs ?? []).map(({ kind, verbs, particle }) => ({
    kind,
    // The particle ends the clause: a stop, a comma, a conjunction or the end of the text follows it.
    // (The conjunctions are German's: German alone among the twelve has verbs whose particle parts.)
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${verbs.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])(?:[^.;:!?,\n]|(?<=\\d)[.:](?=\\d)){1,${SEPARABLE_REACH}}?\\s${escapeRegExp(particle)}(?=\\s*(?:[.;:!?,\n]|$|\\s(?:und|oder|aber)\\s))`, 'gu'),
  }));
}

/** The separable verbs' cues in folded text, as term matches (the verb's start to the particle's end). */
export function separableMatches(language: CompiledLanguage, folded: string): LexMatch<Term>[] {
  const out: LexMatch<Term>[] = [];
  for (const { re, kind } of language.separable) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length, term: m[0], payload: { kind } as Term });
  }
  return out;
}

/** Up to this many characters between a negator and the availability word it negates ("ist seit Montag nicht mehr erreichbar"). */
const NEGATED_REACH = 24;
/** Up to this many characters a phrase that holds a negator may start before it ("لا تزال"). */
const LONGEST_HOLDER = 40;
/**
 * An obligation between the two: "you no longer need to sign in", "il n'est plus nécessaire de
 * se connecter", "ya no hace falta iniciar sesión" tell of a feature, not a failure.
 */
const OBLIGATION_BETWEEN = /\b(?:need|needs|have to|has to|must|required|nécessaire|besoin|faut|doit|necesita|hace falta|tiene que|debe|precisa|tem que|deve|bisogno|serve|muss|müssen|braucht|nötig)\b/u;

/**
 * "nicht mehr zur Verfügung", "ne fonctionne plus", "sigue sin funcionar", "не работает": a negator
 * and an availability word after it, in one clause, tell of a service down, as an outage term does.
 * `terms` come sorted by start (Lexicon.match).
 */
export function negatedAvailability(terms: LexMatch<Term>[], folded: string, negatorAfter = false): LexMatch<Term>[] {
  const out: LexMatch<Term>[] = [];
  const available = terms.filter((t) => t.payload.kind === 'available');
  if (available.length === 0) return out;
  const negators = terms.filter((t) => t.payload.kind === 'negator');
  if (negators.length === 0) return out;
  // (Not the second half of a split negation, "pas" of "n'est pas disponible": it negates, it announces nothing.)
  const particles = terms.filter((t) => t.payload.kind === 'particle');
  const modals = terms.filter((t) => t.payload.kind === 'negation' && !particles.some((p) => p.start === t.start && p.end === t.end));
  /** Index of the first term starting at or after `pos` (binary search). */
  const firstFrom = (list: LexMatch<Term>[], pos: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Not a negator inside a longer phrase of another sense ("لا تزال": still).
  const heldByLonger = (n: LexMatch<Term>) => {
    for (let i = firstFrom(terms, n.start - LONGEST_HOLDER); i < terms.length && terms[i].start <= n.start; i++) {
      const t = terms[i];
      if (t.payload.kind !== 'negator' && t.payload.kind !== 'negation' && t.end > n.end) return true;
    }
    return false;
  };
  // "ne sera pas possible de se connecter", "non sarà possibile accedere": a window announced,
  // told with the future or modal words of the negations list beside it, is a notice.
  const announced = (from: number, to: number) => {
    for (let i = firstFrom(modals, from - 12 - LONGEST_HOLDER); i < modals.length && modals[i].start <= to + 12; i++) {
      const m = modals[i];
      if (m.end >= from - 12 && !(m.start <= from && m.end >= to) && !negators.some((n) => n.start === m.start && n.end === m.end)) return true;
    }
    return false;
  };
  const clauseBetween = (from: number, to: number) => !/[,.;:!?،。，；]/.test(folded.slice(from, to)) && !OBLIGATION_BETWEEN.test(folded.slice(from, to));
  for (const a of available) {
    let n: LexMatch<Term> | undefined;
    for (let i = firstFrom(negators, a.start - NEGATED_REACH - LONGEST_HOLDER); i < negators.length && negators[i].start < a.start; i++) {
      const x = negators[i];
      if (x.end <= a.start && a.start - x.end <= NEGATED_REACH && clauseBetween(x.end, a.start) && !heldByLonger(x)) {
        n = x;
        break;
      }
    }
    if (n && !announced(n.start, a.end)) out.push({ start: n.start, end: a.end, term: folded.slice(n.start, a.end), payload: { kind: 'outage' } as Term });
    // Where the verb ends the clause, the negator follows: "erişilebilir değil".
    if (n || !negatorAfter) continue;
    const i = firstFrom(negators, a.end);
    const after = negators[i] && negators[i].start - a.end <= 3 && !heldByLonger(negators[i]) ? negators[i] : undefined;
    if (after && !announced(a.start, after.end)) out.push({ start: a.start, end: after.end, term: folded.slice(a.start, after.end), payload: { kind: 'outage' } as Term });
  }
  return out;
}

/** Zone names every language may use after a time. */
const UNIVERSAL_ZONES: Record<string, string> = { gmt: 'Z', utc: 'Z', 'utc+0': 'Z', z: 'Z', ...writtenOffsets() };

/**
 * "GMT+3", "UTC+8", "غرينتش+3": "+" belongs to words (Disney+, Canal+), so an offset glued to
 * the zone makes one word, listed here. (A minus, or a space before the sign, is read after the
 * zone by the clock reader.)
 */
function writtenOffsets(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let h = 1; h <= 14; h++) {
    const offset = `+${String(h).padStart(2, '0')}:00`;
    for (const name of ['gmt', 'utc', 'غرينتش', 'جرينتش']) out[`${name}+${h}`] = offset;
  }
  return out;
}

const cache = new Map<string, CompiledLanguage>();

export function compiledLanguage(code: string): CompiledLanguage {
  const hit = cache.get(code);
  if (hit) return hit;
  const data = languageData(code);
  const lex = new Lexicon<Term>({ proclitics: data.proclitics });
  const cue = (list: string[] | undefined, kind: CueKind) => lex.addAll(list ?? [], { kind });
  cue(data.outageTerms, 'outage');
  cue(data.consequenceTerms, 'outage');
  cue(data.serviceDownTerms, 'serviceDown');
  cue(data.digitalTerms, 'digital');
  cue(data.startCues, 'start');
  cue(data.reportCues, 'report');
  cue(data.restoreCues, 'restore');
  cue(data.resolvedCues, 'resolved');
  cue(data.partialCues, 'partial');
  cue(data.ongoingCues, 'ongoing');
  cue(data.updateCues, 'update');
  cue(data.approximateCues, 'approxNum');
  cue(data.aroundCues, 'around');
  cue(data.rangeTo, 'rangeTo');
  cue(data.durationCues, 'durationCue');
  cue(data.pastCues, 'past');
  cue(data.unknownCause, 'unknownCause');
  cue(data.globalTerms, 'global');
  cue(data.userWords, 'userWord');
  cue(data.customerWords, 'customerWord');
  cue(data.reportWords, 'reportWord');
  cue(data.userBaseCues, 'userBase');
  cue(data.saidVerbs, 'said');
  cue(data.spokespersonTerms, 'spokesperson');
  cue(data.clockWords, 'clock');
  cue(data.am, 'am');
  cue(data.pm, 'pm');
  cue(data.negations, 'negation');
  cue(data.denialVerbs, 'denial');
  cue(data.pendingCues, 'pending');
  cue(data.apologyCues, 'apology');
  cue(data.authorityWords, 'authority');
  cue(data.againWords, 'again');
  cue(data.whenWords, 'when');
  cue(data.speculationCues, 'speculation');
  cue(data.negators, 'negator');
  cue(data.availabilityWords, 'available');
  cue(data.negationParticles, 'particle');
  cue(data.noReturnYetCues, 'noReturnYet');
  cue(data.nationalTerms, 'national');
  cue(data.causeCues, 'causeCue');
  cue(data.causeLookalikes, 'causeLookalike');
  for (const [group, terms] of Object.entries(data.negativeContexts ?? {})) lex.addAll(terms ?? [], { kind: 'neg', group: group as NegativeGroup });
  for (const [category, terms] of Object.entries(data.causes ?? {})) lex.addAll(terms ?? [], { kind: 'cause', category: category as Exclude<CauseCategory, 'unknown'> });
  (data.months ?? []).forEach((forms, month) => lex.addAll(forms, { kind: 'month', month }));
  (data.weekdays ?? []).forEach((forms, day) => lex.addAll(forms, { kind: 'weekday', day }));
  for (const [t, offset] of Object.entries(data.relativeDays ?? {})) lex.add(t, { kind: 'relDay', offset });
  for (const [t, part] of Object.entries(data.dayParts ?? {})) lex.add(t, { kind: 'dayPart', part });
  for (const [t, zone] of Object.entries({ ...UNIVERSAL_ZONES, ...(data.zones ?? {}) })) lex.add(t, { kind: 'zone', zone });
  for (const [code2, names] of Object.entries(data.countries ?? {})) lex.addAll(names, { kind: 'country', code: code2 });
  for (const [t, p] of Object.entries(data.pastPeriods ?? {})) lex.add(t, { kind: 'pastPeriod', years: p.years ?? 0, months: p.months ?? 0 });
  for (const [t, value] of Object.entries(data.numberWords ?? {})) lex.add(t, { kind: 'number', value });
  for (const [t, value] of Object.entries(data.multipliers ?? {})) lex.add(t, { kind: 'multiplier', value });
  for (const [t, value] of Object.entries(data.vagueQuantities ?? {})) lex.add(t, { kind: 'vague', value });
  for (const [t, minutes] of Object.entries(data.durationUnits ?? {})) lex.add(t, { kind: 'durUnit', minutes });
  for (const [t, hour] of Object.entries(data.namedTimes ?? {})) lex.add(t, { kind: 'namedTime', hour });
  const compiled = { data, lexicon: lex, separable: separablePatterns(data) };
  cache.set(code, compiled);
  return compiled;
}
