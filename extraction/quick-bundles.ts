/**
 * The detector ships in one bundle per language of the news sites: a French site's pages parse
 * the French and English word lists only, not all twelve languages' (the lists are most of the
 * detector, and parsing them was most of its cost on a page that is not an outage report).
 * Sites with more than one language besides English, and the sites a reader adds, get the
 * bundle with every list. wxt.config.ts writes the bundles and declares each for its sites.
 * @module
 */
import { OTHER_SCRIPTS } from './quick-look';
import type { PackedQuickTerms } from './quick-terms-source';

/**
 * Where a bundle declares its word lists, ahead of the detector's code. A `var` of the content
 * script's own global: an element the page names so (id="__outageLensQuickTerms") cannot stand
 * in for it, as the global's own property comes before the page's named elements.
 */
export const QUICK_TERMS_GLOBAL = '__outageLensQuickTerms';

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
