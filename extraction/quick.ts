/**
 * The cheap first look: headline, description and the first paragraphs only, against a short
 * list of outage words and tracker names. A page that is plainly not an outage report stops
 * here, before Readability or the full word lists are loaded. Tuned to say "maybe" readily:
 * the full analysis makes the verdict.
 */
import { QUICK_TERMS } from './lang/quick-terms.generated';
import { readHeadMeta, type HeadMeta } from './page/metadata';
import { quickMatcher, type QuickMatcher } from './quick-match';

export interface QuickLook {
  candidate: boolean;
  /** Outage words and trackers seen, for the popup's "why". */
  hits: string[];
  meta: HeadMeta;
}

const SNIPPET_CHARS = 1800;
const HASHTAG_RE = /#\S*down|\S*down#/i;

const matchers = new Map<string, { outage: QuickMatcher; trackers: QuickMatcher }>();

/**
 * The word lists for the page's declared language (and English, which news in every language
 * quotes), or for all languages when the page declares none we read.
 */
function quickMatchers(lang: string | null): { outage: QuickMatcher; trackers: QuickMatcher } {
  const code = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  const langs = QUICK_TERMS.outage[code] ? [...new Set([code, 'en'])] : Object.keys(QUICK_TERMS.outage);
  const key = langs.join(',');
  let m = matchers.get(key);
  if (!m) {
    const proclitics = langs.includes('ar') ? QUICK_TERMS.proclitics : [];
    m = { outage: quickMatcher(langs.flatMap((l) => QUICK_TERMS.outage[l]), proclitics), trackers: quickMatcher(QUICK_TERMS.trackers, proclitics) };
    matchers.set(key, m);
  }
  return m;
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

export function quickLookText(title: string, lead: string, lang: string | null = null): { candidate: boolean; hits: string[] } {
  const m = quickMatchers(lang);
  const inTitle = m.outage.find(title, 4);
  const inLead = m.outage.find(lead.slice(0, SNIPPET_CHARS), 4);
  const trackers = m.trackers.find(`${title}\n${lead.slice(0, SNIPPET_CHARS)}`, 2);
  const hashtag = HASHTAG_RE.test(title) || HASHTAG_RE.test(lead.slice(0, SNIPPET_CHARS));
  const hits = [...new Set([...inTitle, ...inLead, ...trackers])].slice(0, 8);
  return { candidate: trackers.length > 0 || hashtag || inTitle.length > 0 || inTitle.length + inLead.length >= 2, hits: hashtag ? [...hits, '#…down'] : hits };
}

export function quickLook(doc: Document): QuickLook {
  if (!doc?.documentElement) return { candidate: false, hits: [], meta: { title: '', lang: null, description: '' } };
  const meta = readHeadMeta(doc);
  const { candidate, hits } = quickLookText(`${meta.title}\n${meta.description}`, leadText(doc), meta.lang);
  return { candidate, hits, meta };
}
