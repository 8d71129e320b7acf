/**
 * Where the extension runs: the bundled news list by default, any other site the reader asks
 * for (one origin, through optional host permissions and a runtime-registered content script),
 * and none the reader turned off. Browser APIs are passed in, so tests can drive it.
 */
import { NEWS_SITES } from '../extraction/data/news-sites';

export const DETECTOR_SCRIPT_ID = 'outage-lens-detector';
export const DETECTOR_FILE = 'detector.js';

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

/** Re-register the detector for exactly the granted origins (at startup and on permission changes). */
export async function syncRegistration(api: SitesApi): Promise<string[]> {
  const patterns = await grantedPatterns(api);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
  if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
  if (patterns.length > 0) {
    await api.scripting.registerContentScripts([{ id: DETECTOR_SCRIPT_ID, matches: patterns, js: [DETECTOR_FILE], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true }]);
  }
  return patterns;
}
