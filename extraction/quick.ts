/**
 * The cheap first look: headline, description and the first paragraphs only, against a short
 * list of outage words and tracker names. A page that is plainly not an outage report stops
 * here, before Readability or the full word lists are loaded. Tuned to say "maybe" readily:
 * the full analysis makes the verdict.
 */
import { QUICK_TERMS } from './lang/quick-terms.generated';
import { readHeadMeta, type HeadMeta } from './page/metadata';
import { needleMatcher, PACK_SEPARATOR, quickSpaced, type QuickMatcher } from './quick-match';

export interface QuickLook {
  candidate: boolean;
  /** Outage words and trackers seen, for the popup's "why". */
  hits: string[];
  meta: HeadMeta;
}

const SNIPPET_CHARS = 1800;
const HASHTAG_RE = /#\S*down|\S*down#/i;

const matchers = new Map<string, { outage: QuickMatcher; trackers: QuickMatcher }>();

// Scripts and, for Latin-script text, a few function words: the languages an undeclared page
// may be in, so it is matched against those lists only (twelve languages' lists cost more to
// search than the rest of the first look).
const SCRIPT_LANGS: [RegExp, string[]][] = [
  [/[\u0600-\u06ff]/, ['ar']],
  [/[\u3040-\u30ff]/, ['ja']],
  [/[\u4e00-\u9fff]/, ['zh', 'ja']],
  [/[\u0400-\u04ff]/, ['ru']],
];
const FUNCTION_WORDS: Record<string, string[]> = {
  fr: [' les ', ' des ', ' une ', ' est ', ' dans '],
  es: [' los ', ' las ', ' del ', ' una ', ' por '],
  de: [' der ', ' die ', ' und ', ' nicht ', ' ist '],
  pt: [' os ', ' não ', ' uma ', ' com ', ' pelo '],
  it: [' il ', ' della ', ' che ', ' gli ', ' sono '],
  tr: [' ve ', ' bir ', ' bu ', ' için ', ' ile '],
  id: [' yang ', ' dan ', ' untuk ', ' dengan ', ' dari '],
};

/** The languages an undeclared page's folded, spaced text may be in (English always). */
export function guessLanguages(spaced: string): string[] {
  const langs = new Set(['en']);
  for (const [re, ls] of SCRIPT_LANGS) if (re.test(spaced)) ls.forEach((l) => langs.add(l));
  // Too little Latin text to tell: every Latin-script list.
  const short = spaced.length < 400;
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    let seen = 0;
    for (const w of words) if (spaced.includes(w)) seen++;
    if (short || seen >= 2) langs.add(lang);
  }
  return [...langs];
}

/** The word lists for these languages (built once per page and language set). */
function quickMatchers(langs: string[]): { outage: QuickMatcher; trackers: QuickMatcher } {
  const key = langs.join(',');
  let m = matchers.get(key);
  if (!m) {
    const proclitics = langs.includes('ar') ? QUICK_TERMS.proclitics.split(PACK_SEPARATOR).filter(Boolean) : [];
    const outage = langs.map((l) => QUICK_TERMS.outage[l]).join(PACK_SEPARATOR).split(PACK_SEPARATOR);
    m = { outage: needleMatcher(outage, proclitics), trackers: needleMatcher(QUICK_TERMS.trackers.split(PACK_SEPARATOR), proclitics) };
    matchers.set(key, m);
  }
  return m;
}

/** The page's declared language and English, which news in every language quotes; null when we have no list for it. */
function declaredLanguages(lang: string | null): string[] | null {
  const code = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return Object.prototype.hasOwnProperty.call(QUICK_TERMS.outage, code) ? [...new Set([code, 'en'])] : null;
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
 * Stops at the first sufficient sign (a headline word, a tracker, an outage hashtag, two lead
 * words): on most pages every list is searched once and nothing matches, and on a candidate the
 * rest is not needed. `hits` holds what was seen on the way.
 */
export function quickLookText(title: string, lead: string, lang: string | null = null): { candidate: boolean; hits: string[] } {
  const snippet = lead.slice(0, SNIPPET_CHARS);
  const spacedTitle = quickSpaced(title);
  const spacedLead = quickSpaced(snippet);
  const m = quickMatchers(declaredLanguages(lang) ?? guessLanguages(spacedTitle + spacedLead));
  const inTitle = m.outage.findSpaced(spacedTitle, 4);
  if (inTitle.length > 0) return { candidate: true, hits: inTitle };
  const trackers = m.trackers.findSpaced(spacedTitle + spacedLead, 2);
  if (trackers.length > 0) return { candidate: true, hits: trackers };
  if ((title.includes('#') && HASHTAG_RE.test(title)) || (snippet.includes('#') && HASHTAG_RE.test(snippet))) return { candidate: true, hits: ['#…down'] };
  const inLead = m.outage.findSpaced(spacedLead, 4);
  return { candidate: inLead.length >= 2, hits: inLead };
}

export function quickLook(doc: Document): QuickLook {
  if (!doc?.documentElement) return { candidate: false, hits: [], meta: { title: '', lang: null, description: '' } };
  const meta = readHeadMeta(doc);
  const { candidate, hits } = quickLookText(`${meta.title}\n${meta.description}`, leadText(doc), meta.lang);
  return { candidate, hits, meta };
}
