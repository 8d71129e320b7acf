/**
 * Where the extension runs: the bundled news list by default, any other site the reader asks
 * for (one origin, through optional host permissions and a runtime-registered content script
 * carrying the lists of the language its page was in), and none the reader turned off. Browser
 * APIs are passed in, so tests can drive it.
 */
import { NEWS_SITES } from '../extraction/data/news-sites';
import { detectorFileForLanguage, FIRST_LOOK_LANGUAGES, FULL_DETECTOR_FILE } from '../extraction/quick-bundles';

/** The registered detector's id (the bundle with every list); a language's bundle adds "-<file>". */
export const DETECTOR_SCRIPT_ID = 'outage-lens-detector';
export const DETECTOR_FILE = FULL_DETECTOR_FILE;

/** The parts of the browser API this module uses. */
export interface SitesApi {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    contains(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt?: 'document_idle'; allFrames?: boolean; persistAcrossSessions?: boolean }[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
}

export function hostOf(origin: string): string | null {
  try {
    return new URL(origin).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Is `host` a bundled news site or a subdomain of one? */
export function isNewsHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return NEWS_SITES.some((s) => h === s.host || h.endsWith(`.${s.host}`));
}

/** The match pattern for one origin ("https://example.com" → "https://example.com/*"). */
export function originPattern(origin: string): string | null {
  try {
    const u = new URL(origin);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** Origins the reader granted on top of the built-in list. */
export async function grantedPatterns(api: SitesApi): Promise<string[]> {
  const all = await api.permissions.getAll();
  return (all.origins ?? []).filter((p) => {
    const host = /^[a-z*]+:\/\/([^/]+)\//.exec(p)?.[1] ?? '';
    return host && !host.startsWith('*') && !isNewsHost(host);
  });
}

/**
 * The detector bundle for each granted origin: its language's (the one stored when the reader
 * added it), else the bundle with every list. A stored value that is not a language code is
 * passed over (storage may be corrupted or written by another version).
 */
export function bundlesFor(patterns: string[], languages: unknown): Map<string, string[]> {
  const known = (typeof languages === 'object' && languages !== null ? languages : {}) as Record<string, unknown>;
  const byFile = new Map<string, string[]>();
  for (const pattern of patterns) {
    const lang = Object.prototype.hasOwnProperty.call(known, pattern) ? known[pattern] : undefined;
    const file = typeof lang === 'string' && /^[a-z]{2,3}$/.test(lang) ? detectorFileForLanguage(lang, FIRST_LOOK_LANGUAGES) : DETECTOR_FILE;
    byFile.set(file, [...(byFile.get(file) ?? []), pattern]);
  }
  return byFile;
}

/** The registration id of a bundle's detector. */
function scriptId(file: string): string {
  return file === DETECTOR_FILE ? DETECTOR_SCRIPT_ID : `${DETECTOR_SCRIPT_ID}-${file.replace(/\.js$/, '')}`;
}

/**
 * Re-register the detector for exactly the granted origins, each with its language's bundle (at
 * startup and on permission changes). Every earlier registration of ours goes first, whichever
 * bundle it was for.
 */
export async function syncRegistration(api: SitesApi, languages: unknown = {}): Promise<string[]> {
  const patterns = await grantedPatterns(api);
  const ours = (await api.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id === DETECTOR_SCRIPT_ID || id.startsWith(`${DETECTOR_SCRIPT_ID}-`));
  if (ours.length > 0) await api.scripting.unregisterContentScripts({ ids: ours });
  const scripts = [...bundlesFor(patterns, languages)].map(([file, matches]) => ({ id: scriptId(file), matches, js: [file], runAt: 'document_idle' as const, allFrames: false, persistAcrossSessions: true }));
  if (scripts.length > 0) await api.scripting.registerContentScripts(scripts);
  return patterns;
}
