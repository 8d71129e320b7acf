/**
 * The shape of one language's data file. Adding a language = writing one file of this shape
 * and listing it in `lang/index.ts`. Data only: no logic, no regular expressions.
 *
 * How terms are matched (see text/lexicon.ts):
 * - Matching is done on normalised text: lower case, digits folded to ASCII (Arabic-Indic,
 *   Persian, full-width), Arabic diacritics and tatweel removed, أ/إ/آ folded to ا, ى to ي,
 *   ة kept. Write terms in that normalised form or as they are usually spelt: the loader
 *   normalises them the same way.
 * - A term matches whole words: it may not be glued to a letter on either side, except
 *   - a trailing `*` makes it a stem: "restor*" matches restored, restoring, restoration;
 *   - `proclitics` (Arabic و ف ب ل ك ال …) may stand glued before any term;
 *   - languages with `spaces: false` (Japanese, Chinese) match terms anywhere.
 * - Spaces inside a term match any run of white space.
 */
import type { CauseCategory } from '../report';

/** IANA zone name ("Europe/Paris") or fixed offset ("+03:00", "Z"). */
export type ZoneRef = string;

export interface LanguageData {
  /** BCP 47 primary tag: "ar", "en", "fr" … */
  code: string;
  /** English name of the language. */
  name: string;
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  /** false for languages written without spaces between words (ja, zh). */
  spaces: boolean;
  /**
   * The verb ends the clause (Japanese, Turkish): "11.47'de başladı, 12.12'de giderildi" — a time's
   * phase word follows it rather than precedes it.
   */
  verbFinal?: boolean;
  /** The verb opens the clause (Arabic): "توقف واتساب", "يوقف «تيك توك»" — a failure verb may stand before the service it tells of. */
  verbFirst?: boolean;
  /**
   * Verbs whose particle stands apart at the end of the clause (German "Das Netz fiel am Montag
   * stundenlang aus", "Gegen 13.30 Uhr liefen die meisten Dienste wieder"): a form of the verb and,
   * within the same clause, the particle as its last word read as one cue of the given kind. The
   * joined forms ("fiel aus") stay in the word lists.
   */
  separableVerbs?: { kind: 'outage' | 'serviceDown' | 'restore'; verbs: string[]; particle: string }[];
  /** Attachable prefixes that may be glued before any term (Arabic: و ف ب ل ك ال لل). Longest first. */
  proclitics?: string[];
  /** Very common function words, used to tell Latin-script languages apart. ~30 words. */
  stopwords: string[];

  // ---- the verdict ----
  /** Words that on their own speak of an outage/failure/disruption ("outage", "panne", "عطل", "انقطاع"). */
  outageTerms: string[];
  /**
   * A failure told through its consequences ("back to pen and paper", "cash only", "screens went
   * dark", "buckled under demand"): outage words to the analyser. The first look, which runs on
   * every page, searches them in the headline only.
   */
  consequenceTerms?: string[];
  /** Short words that mean an outage only right after a service name ("down", "en panne"). Matched as "<service> <term>". */
  serviceDownTerms: string[];
  /** Words that place the story in the digital world ("app", "users", "servers", "internet", "تطبيق", "منصة"). */
  digitalTerms: string[];
  /** Phrases of other stories that share the words: each group lowers the score and is named in `why`. */
  negativeContexts: {
    /** planned/scheduled maintenance notices */
    maintenance: string[];
    /** power cuts of the grid, not of a digital service ("blackout", "power cut", "انقطاع الكهرباء") */
    power: string[];
    /** data breaches, leaks, hacks without an outage */
    breach: string[];
    /** markets, shares, prices going "down" */
    finance: string[];
    /** cars, lifts, trains, planes breaking down (mechanical, not digital) */
    mechanical: string[];
    /** products discontinued/shut down for good */
    discontinued: string[];
    /** opinion pieces, editorials, columns ("opinion", "tribune", "社説", "رأي"): outages in general, not one outage */
    opinion?: string[];
    /** looking back at an old outage ("a year after", "一周年"): a retrospective, not a report of one now */
    retrospective?: string[];
    /** guides to outages in general: how to tell if a service is down, your rights ("is it down for everyone", "welche Rechte") */
    explainer?: string[];
    /** sports reports: a player "out" for weeks, a side's "crash" (injury, striker, league, coach) */
    sports?: string[];
    /** drills and exercises that play out an outage ("cyber drill", "simulacro", "演習"): nothing failed */
    exercise?: string[];
  };

  // ---- status and phases ----
  /** The outage began / reports began ("began", "started", "since", "منذ", "depuis"). */
  startCues: string[];
  /** People reported problems ("reported", "complained", "أفاد", "signalé"). */
  reportCues: string[];
  /** Service came back, possibly partly ("restored", "back", "returned", "عودة", "rétabli"). */
  restoreCues: string[];
  /** The fault was fixed / fully resolved ("fixed", "resolved", "fully restored", "أصلح", "réglé"). */
  resolvedCues: string[];
  /** Only partly ("partially", "some users", "gradually", "بعض", "partiellement"). */
  partialCues: string[];
  /** Still going on ("still", "continues", "ongoing", "لا يزال", "toujours"). */
  ongoingCues: string[];
  /** Working on it ("working to restore", "investigating", "تعمل على", "travaille à"). */
  updateCues: string[];
  /**
   * Words that make a return an aim, not a fact, right before it ("working to restore", "para
   * restablecer", "pour rétablir"), or right after it in verb-final languages and those written
   * without spaces ("復旧に向け", "düzeltmek için"): the service is not back yet.
   */
  pendingCues?: string[];
  /**
   * An apology ("apologised", "pide disculpas", "お詫び"): companies apologise while still down as
   * often as once it is over, so it says "resolved" only where nothing else in the sentence does.
   */
  apologyCues?: string[];
  /**
   * The state acting ("government", "the authorities", "власти", "السلطات", "政府"): beside an
   * outage of internet access itself, a cut the authorities made.
   */
  authorityWords?: string[];
  /**
   * A cause told as unconfirmed: a guess, a rumour, a claim ("speculation", "allegedly", "якобы",
   * "疑似", "iddia"). A cause phrase in the same clause is no cause.
   */
  speculationCues?: string[];
  /** Plain negators ("not", "no longer", "nicht mehr", "sin", "не", "tidak", "لا"): not the future or denial words of `negations`. */
  negators?: string[];
  /**
   * "Available", "working", "reachable", "zur Verfügung", "funcionar", "работает": after a negator
   * in one clause, a service down ("steht nicht mehr zur Verfügung", "no funciona").
   */
  availabilityWords?: string[];
  /** The second half of a split negation ("pas", "plus", "jamais" of French "ne … pas"): not a negator alone, not a future either. */
  negationParticles?: string[];
  /** "Again" ("wieder", "yeniden", "снова", "重新"): a start word right after it tells of a return ("yeniden başladı": started again). */
  againWords?: string[];
  /**
   * "When", "délai", "tempi", "сроки", "めど": a return word after one in its clause is asked
   * about ("cannot say when service will return", "aucune indication sur un délai de
   * rétablissement"), not told. Not "until": "bloqués jusqu'à la reprise, à 12h45" tells a return.
   */
  whenWords?: string[];
  /**
   * "No date yet for the return" ("did not say when", "sans avancer de date", "сроки восстановления
   * не называют", "sem previsão"): the sentence says the outage goes on, whatever return words it holds.
   */
  noReturnYetCues?: string[];
  /** Words that negate a cue right after them ("not", "not yet", "لم", "pas", "noch nicht"): "not yet resolved" is not resolved. */
  negations?: string[];
  /**
   * Verbs of denial ("denied", "ruled out", "membantah", "descartó", "dementierte"): they govern a
   * whole clause ("membantah kabar … bahwa gangguan disebabkan peretasan"), not just the next words.
   */
  denialVerbs?: string[];

  // ---- numbers ----
  /** Number words: {"two": 2, "dozens": 24 …}. Include forms by gender/case. */
  numberWords: Record<string, number>;
  /** Multipliers after a number: {"thousand": 1000, "million": 1e6, "ألف": 1000, "mille": 1000}. */
  multipliers: Record<string, number>;
  /** Vague quantities: {"thousands": 1000, "hundreds": 100, "آلاف": 1000, "milliers": 1000}. Reported with value null, approximate true. */
  vagueQuantities: Record<string, number>;
  /** "more than", "over", "أكثر من", "plus de" — the number is a lower bound (approximate). */
  approximateCues: string[];

  // ---- time ----
  /** 12 arrays, January first, every form in use (Arabic: يناير, كانون الثاني, جانفي). */
  months: string[][];
  /** 7 arrays, Sunday first. */
  weekdays: string[][];
  /** Relative day words: {"today": 0, "yesterday": -1, "اليوم": 0, "hier": -1, "avant-hier": -2}. */
  relativeDays: Record<string, number>;
  /** Parts of the day that tie a time to today: {"this morning": "morning", "صباح اليوم": "morning", "ce soir": "evening"}. */
  dayParts: Record<string, 'morning' | 'afternoon' | 'evening' | 'night'>;
  /** Words after a time meaning a.m./p.m. ("am", "a.m.", "صباحا", "du matin"). */
  am: string[];
  pm: string[];
  /** Words that introduce a clock time ("at", "الساعة", "à"): optional, helps find bare "9h30". */
  clockWords: string[];
  /** Times of day named by a word: {"noon": 12, "midnight": 0, "à midi": 12} (with a word before it where the bare one has other senses: "après-midi"). */
  namedTimes?: Record<string, number>;
  /** Zone phrases written after a time: {"GMT": "Z", "بتوقيت غرينتش": "Z", "ت غ": "Z", "heure de Paris": "Europe/Paris", "EDT": "-04:00"}. */
  zones: Record<string, ZoneRef>;
  /** Approximation words before a time/number ("around", "about", "حوالى", "نحو", "vers", "environ"). */
  aroundCues: string[];
  /** Words that turn "HH:MM" into a range end ("to", "until", "حتى", "jusqu'à"); the time before is the start. */
  rangeTo: string[];
  /** Duration units: {"minute": 1, "minutes": 1, "hour": 60, "hours": 60, "ساعة": 60, "ساعتين": 120 (dual counts itself)}. Value = minutes per unit. */
  durationUnits: Record<string, number>;
  /** Words that make a number+unit a duration of the outage ("for", "lasted", "لمدة", "pendant", "durant"). */
  durationCues: string[];

  // ---- the past: related incidents and context to keep out of the current facts ----
  /** Relative past periods: {"last year": {years: -1}, "العام الماضي": {years: -1}, "l'an dernier": {years: -1}, "last month": {months: -1}}. */
  pastPeriods: Record<string, { years?: number; months?: number }>;
  /** Words that mark a sentence as about an earlier incident ("at the time", "previously", "آنذاك", "à l'époque", "similar outage"). */
  pastCues: string[];

  // ---- facts ----
  /** Cause phrases by category. */
  causes: Partial<Record<Exclude<CauseCategory, 'unknown'>, string[]>>;
  /** "cause not yet known", "ولم يتضح بعد سبب", "la cause reste inconnue". */
  unknownCause: string[];
  /** Words that introduce a cause ("caused by", "due to", "blamed", "بسبب", "à cause de", "原因"): a cause phrase beside them weighs more. */
  causeCues?: string[];
  /**
   * Phrases holding a cause word that name something else: the symptom "couldn't refresh their
   * pages" (Arabic تحديث is both "update" and "refresh"). A cause phrase they overlap is no cause.
   */
  causeLookalikes?: string[];
  /** "worldwide", "global", "العالمي", "حول العالم", "dans le monde entier". */
  globalTerms: string[];
  /** "nationwide", "across the country", "في أنحاء البلاد", "dans tout le pays", "bundesweit", "全国": the outlet's own country. */
  nationalTerms?: string[];
  /** Country names (nouns; add "the US"-style short forms) by ISO 3166-1 alpha-2 code. Demonyms NOT here. At least the 60 most populous countries + all Arab League and francophone countries for ar/fr. */
  countries: Record<string, string[]>;
  /** Nouns that count people hit: users. */
  userWords: string[];
  /** Nouns that count customers/subscribers. */
  customerWords: string[];
  /** Nouns that count reports/complaints. */
  reportWords: string[];
  /** Phrases that make a count a user base, not the affected ("used by", "has", "يستخدمه", "utilisé par", "monthly active"). */
  userBaseCues: string[];
  /** Speech verbs ("said", "told", "announced", "قال", "أكد", "a déclaré"). Stems with * welcome. */
  saidVerbs: string[];
  /** "spokesperson", "spokeswoman", "متحدث باسم", "porte-parole". */
  spokespersonTerms: string[];
  /** Local names of services, by the gazetteer's canonical English name: {"WhatsApp": ["واتساب", "واتس اب"]}. */
  serviceNames: Record<string, string[]>;
  /** Local names of companies, by canonical name: {"Meta": ["ميتا"]}. */
  companyNames: Record<string, string[]>;
  /** Local names of report sources and news agencies, by canonical name: {"Downdetector": ["داون ديتيكتور"], "AFP": ["فرانس برس"]}. */
  sourceNames: Record<string, string[]>;
}
