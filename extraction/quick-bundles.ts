/**
 * The detector ships in one bundle per language of the news sites: a French site's pages parse
 * the French and English word lists only, not all twelve languages' (the lists are most of the
 * detector, and parsing them was most of its cost on a page that is not an outage report).
 * Sites with more than one language besides English, and the sites a reader adds, get the
 * bundle with every list. wxt.config.ts writes the bundles and declares each for its sites.
 * @module
 */
import { guessLanguages, OTHER_SCRIPTS, primarySubtag } from './quick-look';
import { quickSpaced } from './quick-match';
import type { PackedQuickTerms } from './quick-terms-source';

/**
 * Where a bundle declares its word lists, ahead of the detector's code. A `var` of the content
 * script's own global: an element the page names so (id="__outageLensQuickTerms") cannot stand
 * in for it, as the global's own property comes before the page's named elements.
 */
export const QUICK_TERMS_GLOBAL = '__outageLensQuickTerms';

/**
 * The languages the first look has lists for, where the generated lists are not at hand (the
 * background: they would add 70 KB to it). A unit test keeps this equal to the lists' keys.
 */
export const FIRST_LOOK_LANGUAGES: readonly string[] = ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'pt', 'ru', 'tr', 'zh'];

/** The bundle with every language's lists. */
export const FULL_DETECTOR_FILE = 'detector.js';

/** The languages a site's bundle carries (its own and English), or null when it needs them all. */
export function bundleLanguages(siteLanguages: readonly string[]): string[] | null {
  const own = [...new Set(siteLanguages.filter((l) => l !== 'en'))];
  return own.length > 1 ? null : ['en', ...own];
}

/** The detector file for a site of these languages, given the languages that have lists. */
export function detectorFileFor(siteLanguages: readonly string[], listed: readonly string[]): string {
  const langs = bundleLanguages(siteLanguages);
  if (!langs || langs.some((l) => !listed.includes(l))) return FULL_DETECTOR_FILE;
  return `detector-${langs[langs.length - 1]}.js`;
}

/**
 * The bundle for a site the reader adds, from the language of the page they add it on: that
 * language's own bundle, or English's for a language without lists (its pages can only be
 * matched on the English words they quote). Every kilobyte of lists and code a page parses costs
 * on each of its visits, so a French site gets French and English, not all twelve languages.
 */
export function detectorFileForLanguage(lang: string, listed: readonly string[]): string {
  return detectorFileFor(listed.includes(lang) ? [lang] : ['en'], listed);
}

/**
 * The language of the page a reader adds a site on, for the site's bundle: its declared language
 * where there are lists for it, else the one language besides English its text shows (by script
 * or function words, as the full bundle guesses an undeclared page's); null where the text shows
 * several, or is too short to tell, and the site keeps the bundle with every list.
 */
export function addedSiteLanguage(declared: string | null, text: string, listed: readonly string[]): string | null {
  const code = primarySubtag((declared ?? '').trim());
  if (listed.includes(code)) return code;
  const shown = guessLanguages(quickSpaced(text.slice(0, 4000))).filter((l) => listed.includes(l));
  const own = shown.filter((l) => l !== 'en');
  return own.length === 0 ? 'en' : own.length === 1 ? own[0] : null;
}

/** The part of the lists a bundle of these languages needs. */
export function quickTermsFor(terms: PackedQuickTerms, langs: readonly string[]): PackedQuickTerms {
  const pick = (lists: Record<string, string>) => Object.fromEntries(langs.filter((l) => Object.prototype.hasOwnProperty.call(lists, l)).map((l) => [l, lists[l]]));
  return {
    outage: pick(terms.outage),
    headline: pick(terms.headline),
    trackers: terms.trackers,
    trackersOtherScripts: langs.some((l) => OTHER_SCRIPTS.includes(l)) ? terms.trackersOtherScripts : '',
    proclitics: langs.includes('ar') ? terms.proclitics : '',
  };
}

/** A bundle's first statement: its lists, as a plain object literal. */
export function quickTermsDeclaration(terms: PackedQuickTerms): string {
  return `var ${QUICK_TERMS_GLOBAL}=${JSON.stringify(terms)};`;
}

/** The lists the running bundle declared; null in a build without them. */
export function bundledQuickTerms(): PackedQuickTerms | null {
  const g = globalThis as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(g, QUICK_TERMS_GLOBAL)) return null;
  const terms = g[QUICK_TERMS_GLOBAL] as PackedQuickTerms | undefined;
  return terms && typeof terms === 'object' && terms.outage ? terms : null;
}
