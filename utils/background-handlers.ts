/**
 * What the background does for each message, apart from its wiring (entrypoints/background.ts)
 * so that it can be tested with fakeBrowser.
 */
import { browser } from 'wxt/browser';
import type { DetailedReport } from '../extraction/analyze';
import { addedSiteLanguage, FIRST_LOOK_LANGUAGES } from '../extraction/quick-bundles';
import { parseImport } from './export';
import { addToHistory, clearHistory, mergeIntoHistory, readHistory, removeFromHistory, serialized } from './history';
import { conflictsOf, mergeTimelines, relatedFromHistory } from './incidents';
import { fail, ok, type CsToBg, type HistoryRelated, type Message, type Replies, type Result, type SiteState } from './messages';
import { grantedPatterns, hostOf, isNewsHost, originPattern, syncRegistration, type SitesApi } from './sites';
import { disabledSitesItem, siteLanguagesItem, tabItem } from './storage';
import { tabVerdictOf } from './tab-state';

export const ANALYSER_FILE = '/content-scripts/sidebar.js';

const BADGE_COLOURS: Record<DetailedReport['status'], string> = { ongoing: '#b42318', partial: '#9a6700', resolved: '#1a7f37', unknown: '#57606a' };

export async function injectAnalyser(tabId: number, force: boolean): Promise<void> {
  if (force) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => { (globalThis as { __outageLensForce?: boolean }).__outageLensForce = true; } });
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ANALYSER_FILE] });
}

let registering: Promise<unknown> = Promise.resolve();

/**
 * Registers the detector for the reader's sites, each with its stored language's bundle. One at
 * a time: granting a site fires permissions.onAdded while the popup's message about the same
 * site is handled, and two interleaved re-registrations would register one id twice.
 */
export function resyncSites(api: SitesApi): Promise<string[]> {
  const next = registering.catch(() => {}).then(async () => syncRegistration(api, await siteLanguagesItem.getValue()));
  registering = next;
  return next;
}

/**
 * The language of the page in a tab, for the bundle of a site the reader adds on it (null when
 * the tab cannot be read or its text shows several languages). Only the declared language and
 * the text's first few KB are read, in the extension's own world; nothing leaves the browser.
 */
export async function tabLanguage(tabId: number): Promise<string | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => ({ lang: document.documentElement.lang, text: `${document.title}\n${document.body?.innerText ?? ''}`.slice(0, 4000) }),
    });
    const page = injection?.result as { lang?: unknown; text?: unknown } | undefined;
    if (typeof page?.text !== 'string') return null;
    return addedSiteLanguage(typeof page.lang === 'string' ? page.lang : null, page.text, FIRST_LOOK_LANGUAGES);
  } catch {
    return null;
  }
}

/** Stores (or, with null, forgets) the language of a reader's site. */
async function setSiteLanguage(pattern: string, lang: string | null): Promise<void> {
  const stored = await siteLanguagesItem.getValue();
  const next: Record<string, string> = {};
  // Only well-formed entries carry over: a corrupted value is dropped, not kept alongside.
  if (stored && typeof stored === 'object') for (const [k, v] of Object.entries(stored)) if (typeof v === 'string' && k !== pattern) next[k] = v;
  if (lang) next[pattern] = lang;
  await siteLanguagesItem.setValue(next);
}

export async function isSiteDisabled({ url }: { url: string }): Promise<boolean> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return true;
  }
  const disabled = await disabledSitesItem.getValue();
  return Array.isArray(disabled) && disabled.includes(origin);
}

export async function onReport(tabId: number, payload: { url: string; report: DetailedReport; shown: boolean }, incognito = false): Promise<void> {
  const { url, report, shown } = payload;
  await tabItem(tabId).setValue(tabVerdictOf(url, report, shown));
  await browser.action.setBadgeText({ tabId, text: report.isOutage ? '!' : '' });
  if (report.isOutage) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[report.status] ?? BADGE_COLOURS.unknown });
    if (!incognito) await addToHistory(url, report);
  }
}

export async function siteState(api: SitesApi, origin: string): Promise<SiteState> {
  const host = hostOf(origin) ?? '';
  const pattern = originPattern(origin);
  const granted = pattern ? (await grantedPatterns(api)).includes(pattern) : false;
  const disabled = ((await disabledSitesItem.getValue()) ?? []).includes(origin);
  return { origin, builtIn: isNewsHost(host), granted, disabled };
}

/** Validates a JSON export and merges it; a refused file changes nothing. */
export async function importHistory(payload: unknown): Promise<Replies['ui:history-import']> {
  const text = (payload as { text?: unknown } | null)?.text;
  if (typeof text !== 'string') return { ok: false, error: 'not-json', detail: 'No file text was sent.' };
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, error: parsed.error, detail: parsed.detail };
  const counts = await mergeIntoHistory(parsed.entries);
  return ok({ ...counts, skipped: parsed.skipped });
}

/**
 * The sidebar's "also in N other articles you read": the other stored articles of this page's
 * incident, and the starts/ends they disagree on (this page's stored entry included).
 */
export async function historyRelated(payload: CsToBg['cs:history-related']): Promise<HistoryRelated> {
  const url = typeof payload?.url === 'string' ? payload.url : '';
  const services = Array.isArray(payload?.services) ? payload.services.filter((s): s is string => typeof s === 'string') : [];
  const start = typeof payload?.start === 'string' ? payload.start : null;
  const published = typeof payload?.published === 'string' ? payload.published : null;
  // Through the write queue: readHistory may repair the stored value, and a report being
  // stored for this very page should land first.
  const { entries } = await serialized(() => readHistory());
  const others = relatedFromHistory({ url, services, start, published, seenAt: new Date().toISOString() }, entries);
  const self = entries.find((e) => e.url === url);
  return {
    others: others.map((e) => ({ url: e.url, title: e.title, outlet: e.outlet, start: e.start, startText: e.startText, end: e.end, endText: e.endText })),
    conflicts: conflictsOf(self ? [self, ...others] : others),
    timeline: others.length > 0 ? mergeTimelines(self ? [self, ...others] : others).slice(0, 16) : [],
  };
}

export async function handleUiMessage(msg: Message, api: SitesApi): Promise<Result<unknown>> {
  switch (msg.type) {
    case 'ui:tab-state':
      return ok(await tabItem((msg.payload as { tabId: number }).tabId).getValue());
    case 'ui:analyse-tab':
      await injectAnalyser((msg.payload as { tabId: number }).tabId, true);
      return ok(null);
    case 'ui:site-state':
      return ok(await siteState(api, (msg.payload as { origin: string }).origin));
    case 'ui:site-enable': {
      const { origin, tabId } = msg.payload as { origin: string; tabId?: number };
      const list = (await disabledSitesItem.getValue()) ?? [];
      await disabledSitesItem.setValue(list.filter((o) => o !== origin));
      // A site the reader adds gets the bundle of the language of the page they add it on.
      const pattern = originPattern(origin);
      if (pattern && !isNewsHost(hostOf(origin) ?? '') && typeof tabId === 'number') await setSiteLanguage(pattern, await tabLanguage(tabId));
      await resyncSites(api);
      return ok(await siteState(api, origin));
    }
    case 'ui:site-disable': {
      const { origin } = msg.payload as { origin: string };
      const list = (await disabledSitesItem.getValue()) ?? [];
      if (!list.includes(origin)) await disabledSitesItem.setValue([...list, origin]);
      const pattern = originPattern(origin);
      if (pattern && (await grantedPatterns(api)).includes(pattern)) {
        await api.permissions.remove({ origins: [pattern] });
        await setSiteLanguage(pattern, null);
      }
      await resyncSites(api);
      return ok(await siteState(api, origin));
    }
    case 'ui:history-import':
      return importHistory(msg.payload);
    case 'ui:history-remove': {
      const { url } = (msg.payload ?? {}) as { url?: unknown };
      if (typeof url !== 'string') return fail('no URL given');
      return ok({ total: await removeFromHistory(url) });
    }
    case 'ui:history-clear':
      await clearHistory();
      return ok({ total: 0 });
    default:
      return fail(`unknown message ${msg.type}`);
  }
}
