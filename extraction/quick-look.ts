/**
 * The cheap first look: headline, description and the first paragraphs only, against a short
 * list of outage words and tracker names. A page that is plainly not an outage report stops
 * here, before Readability or the full word lists are loaded. Tuned to say "maybe" readily:
 * the full analysis makes the verdict.
 *
 * The word lists are passed in: the Node side and the background use every language's
 * (quick.ts), the detector on a news site only its site's (quick-bundles.ts).
 */
import { readHeadMeta, type HeadMeta } from './page/metadata';
import { PACK_SEPARATOR, procliticStart, quickSpaced, scanPacked, textWords, type GluedStart } from './quick-match';
import type { PackedQuickTerms } from './quick-terms-source';

export interface QuickLook {
  candidate: boolean;
  meta: HeadMeta;
}

const SNIPPET_CHARS = 1800;
const TITLE_END = '\u0001';
/** Languages written in a script other than Latin, whose pages may name trackers in it. */
export const OTHER_SCRIPTS = ['ar', 'ru', 'ja', 'zh'];
const HASHTAG_RE = /#\S*down|\S*down#/i;

// Scripts and, for Latin-script text, a few function words: the languages an undeclared page
// may be in, so it is matched against those lists only (twelve languages' lists cost more to
// search than the rest of the first look).
const SCRIPT_LANGS: [RegExp, string[]][] = [
  [/[\u0600-\u06ff]/, ['ar']],
  [/[\u3040-\u30ff]/, ['ja']],
  [/[\u4e00-\u9fff]/, ['zh', 'ja']],
  [/[\u0400-\u04ff]/, ['ru']],
];
/** Any of those scripts: one search on a Latin-script page instead of four (each is compiled cold on every page). */
const OTHER_SCRIPT_RE = /[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff]/;
const FUNCTION_WORDS: Record<string, string[]> = {
  fr: [' les ', ' des ', ' une ', ' est ', ' dans '],
  es: [' los ', ' las ', ' del ', ' una ', ' por '],
  de: [' der ', ' die ', ' und ', ' nicht ', ' ist '],
  pt: [' os ', ' não ', ' uma ', ' com ', ' pelo '],
  it: [' il ', ' della ', ' che ', ' gli ', ' sono '],
  tr: [' ve ', ' bir ', ' bu ', ' için ', ' ile '],
  id: [' yang ', ' dan ', ' untuk ', ' dengan ', ' dari '],
};

/**
 * The languages an undeclared page's folded, spaced text may be in (English always), among
 * those `terms` holds (a detector bundle carries a site's languages only).
 */
export function guessLanguages(spaced: string, terms?: PackedQuickTerms): string[] {
  const langs = new Set(['en']);
  const listed = (l: string) => !terms || hasList(terms, l);
  if (OTHER_SCRIPT_RE.test(spaced)) {
    for (const [re, ls] of SCRIPT_LANGS) if (ls.some(listed) && re.test(spaced)) ls.forEach((l) => langs.add(l));
  }
  // Too little Latin text to tell: every Latin-script list.
  const short = spaced.length < 400;
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    if (!listed(lang)) continue;
    let seen = 0;
    for (const w of words) if (spaced.includes(w)) seen++;
    if (short || seen >= 2) langs.add(lang);
  }
  return [...langs].filter(listed);
}

/**
 * How a bundle reads words glued to what precedes them, given its lists: `arabicProclitics` for
 * the bundles with the Arabic lists; none for the others, which then carry none of its code.
 */
export type GlueReader = (terms: PackedQuickTerms) => GluedStart | null;

/** The Arabic proclitics of the lists, split once per page that needs them (and again only for other lists). */
let proclitics: { packed: string; glued: GluedStart | null } | null = null;
export const arabicProclitics: GlueReader = (terms) => {
  if (proclitics?.packed !== terms.proclitics) proclitics = { packed: terms.proclitics, glued: procliticStart(terms.proclitics.split(PACK_SEPARATOR).filter(Boolean)) };
  return proclitics.glued;
};

function hasList(terms: PackedQuickTerms, lang: string): boolean {
  return Object.prototype.hasOwnProperty.call(terms.outage, lang);
}

/**
 * The page's declared language and English, which news in every language quotes; null when
 * `terms` hold no list for it.
 */
function declaredLanguages(lang: string | null, terms: PackedQuickTerms): string[] | null {
  const code = primarySubtag(lang);
  return hasList(terms, code) ? [...new Set([code, 'en'])].filter((l) => hasList(terms, l)) : null;
}

/** "en-GB", "pt_BR" → "en", "pt", lower-cased (no regular expression: each one compiles on every page that runs it). */
export function primarySubtag(tag: string | null): string {
  const lower = (tag ?? '').toLowerCase();
  let end = lower.length;
  for (const sep of ['-', '_']) {
    const at = lower.indexOf(sep);
    if (at >= 0 && at < end) end = at;
  }
  return lower.slice(0, end);
}

/** The first paragraphs' text, up to a few KB, without walking the whole page. */
function leadText(doc: Document): string {
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  if (!scope) return '';
  let out = '';
  const paragraphs = scope.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < 40 && out.length < SNIPPET_CHARS; i++) {
    const t = paragraphs[i].textContent ?? '';
    if (t.length > 30) out += `${t.slice(0, 800)}\n`;
  }
  return out;
}

/**
 * Stops at the first sufficient sign: a tracker, an outage word or a service-down or attack word
 * in the headline, two outage words in the lead, an outage hashtag. The trackers and outage
 * words are searched in headline and lead at once, the headline's own words in the headline
 * only: on most pages nothing matches, and these searches are most of the first look's work.
 * It keeps no record of the words it saw: nothing reads one, and every byte of this code is
 * parsed on every news page (the full analysis explains its verdict).
 */
export function quickLookText(title: string, lead: string, lang: string | null, terms: PackedQuickTerms): { candidate: boolean } {
  return lookAtText(title, lead, lang, terms, declaredOrGuessed, arabicProclitics);
}

/**
 * Which of the lists a page is searched with, given its folded text and declared language:
 * `declaredOrGuessed` (the declared language and English, else the languages the text shows) where
 * the lists hold every language; `everyListed` where they hold English and one more language only
 * (a site's own bundle), which then needs no code to read a language tag or guess one (every
 * kilobyte of the detector's code costs about a tenth of a millisecond to parse and compile on
 * every news page). A site's own bundle so searches an English page with its other list too.
 */
export type LanguageGuess = (spaced: string, terms: PackedQuickTerms, declared: string | null) => string[];
export const everyListed: LanguageGuess = (_spaced, terms) => Object.keys(terms.outage);
export const declaredOrGuessed: LanguageGuess = (spaced, terms, declared) => declaredLanguages(declared, terms) ?? guessLanguages(spaced, terms);

export function lookAtText(title: string, lead: string, lang: string | null, terms: PackedQuickTerms, guess: LanguageGuess, glue?: GlueReader): { candidate: boolean } {
  const snippet = lead.slice(0, SNIPPET_CHARS);
  // Headline and lead folded at once, the headline's end marked by a character no list holds.
  const text = quickSpaced(`${title} ${TITLE_END} ${snippet}`);
  const titleEnd = text.indexOf(TITLE_END);
  const langs = guess(text, terms, lang);
  const glued = glue && langs.includes('ar') ? glue(terms) : null;
  // The text's words, to pass over most needles unsearched: a Set lookup instead of a search
  // through the whole text for each needle (measured in a cold isolated world on 99 news pages:
  // 0.06 ms less at the median for English alone). A word glued to a proclitic is no word of
  // its own: Arabic text is searched needle by needle.
  const words = glued === null ? textWords(text) : null;
  const sure = () => true;
  if (scanPacked(text, terms.trackers, glued, sure, words)) return { candidate: true };
  if (langs.some((l) => OTHER_SCRIPTS.includes(l)) && scanPacked(text, terms.trackersOtherScripts, glued, sure, words)) return { candidate: true };
  // The headline's own words, searched in the headline only (a few hundred characters).
  const headline = text.slice(0, titleEnd);
  for (const l of langs) if (scanPacked(headline, terms.headline[l], glued, sure, words)) return { candidate: true };
  // An outage word in the headline, or a second one in the lead.
  let inLead = 0;
  for (const l of langs) if (scanPacked(text, terms.outage[l], glued, (_needle, at) => at < titleEnd || ++inLead >= 2, words)) return { candidate: true };
  return { candidate: (title.includes('#') && HASHTAG_RE.test(title)) || (snippet.includes('#') && HASHTAG_RE.test(snippet)) };
}

export function quickLook(doc: Document, terms: PackedQuickTerms): QuickLook {
  return lookAtDocument(doc, terms, declaredOrGuessed, arabicProclitics);
}

export function lookAtDocument(doc: Document, terms: PackedQuickTerms, guess: LanguageGuess, glue?: GlueReader): QuickLook {
  if (!doc?.documentElement) return { candidate: false, meta: { title: '', lang: null, description: '' } };
  const meta = readHeadMeta(doc);
  return { candidate: lookAtText(`${meta.title}\n${meta.description}`, leadText(doc), meta.lang, terms, guess, glue).candidate, meta };
}
