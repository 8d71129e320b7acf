/**
 * The cheap first look: headline, description and the first paragraphs only, against a short
 * list of outage words and tracker names. A page that is plainly not an outage report stops
 * here, before Readability or the full word lists are loaded. Tuned to say "maybe" readily:
 * the full analysis makes the verdict.
 */
import { QUICK_TERMS } from './lang/quick-terms.generated';
import { readHeadMeta, type HeadMeta } from './page/metadata';
import { Lexicon } from './text/lexicon';
import { foldText } from './text/normalize';
import { tokenize } from './text/tokens';

export interface QuickLook {
  candidate: boolean;
  /** Outage words and trackers seen, for the popup's "why". */
  hits: string[];
  meta: HeadMeta;
}

const SNIPPET_CHARS = 1800;
const HASHTAG_RE = /#\S*down|\S*down#/i;

const lexicons = new Map<string, Lexicon<'outage' | 'tracker'>>();

/**
 * The word list for the page's declared language (and English, which news in every language
 * quotes), or for all languages when the page declares none we read. Built from precompiled
 * terms: no folding at run time, on a page that is most likely not an outage report.
 */
function quickLexicon(lang: string | null): Lexicon<'outage' | 'tracker'> {
  const code = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  const langs = QUICK_TERMS.outage[code] ? [...new Set([code, 'en'])] : Object.keys(QUICK_TERMS.outage);
  const key = langs.join(',');
  let lex = lexicons.get(key);
  if (!lex) {
    lex = new Lexicon<'outage' | 'tracker'>({ proclitics: langs.includes('ar') ? QUICK_TERMS.proclitics : [] });
    for (const l of langs) for (const t of QUICK_TERMS.outage[l]) lex.addPrecompiled(t, 'outage');
    for (const t of QUICK_TERMS.trackers) lex.addPrecompiled(t, 'tracker');
    lexicons.set(key, lex);
  }
  return lex;
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
  const snippet = `${title}\n${lead}`.slice(0, SNIPPET_CHARS + 600);
  const { folded } = foldText(snippet);
  const matches = quickLexicon(lang).match(folded, tokenize(folded));
  const hits = [...new Set(matches.map((m) => m.term))].slice(0, 8);
  const trackers = matches.some((m) => m.payload === 'tracker');
  const hashtag = HASHTAG_RE.test(snippet);
  const titleLen = foldText(title).folded.length;
  const inTitle = matches.some((m) => m.payload === 'outage' && m.start < titleLen);
  const outageCount = matches.filter((m) => m.payload === 'outage').length;
  return { candidate: trackers || hashtag || inTitle || outageCount >= 2, hits: hashtag ? [...hits, '#…down'] : hits };
}

export function quickLook(doc: Document): QuickLook {
  if (!doc?.documentElement) return { candidate: false, hits: [], meta: { title: '', lang: null, description: '' } };
  const meta = readHeadMeta(doc);
  const { candidate, hits } = quickLookText(`${meta.title}\n${meta.description}`, leadText(doc), meta.lang);
  return { candidate, hits, meta };
}
