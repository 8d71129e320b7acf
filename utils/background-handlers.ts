/**
 * What the background does for each message, apart from its wiring (entrypoints/background.ts)
 * so that it can be tested with fakeBrowser.
 */
import { browser } from 'wxt/browser';
import type { DetailedReport } from '../extraction/analyze';
import { addToHistory } from './history';
import { fail, ok, type Message, type Result, type SiteState } from './messages';
import { grantedPatterns, hostOf, isNewsHost, originPattern, syncRegistration, type SitesApi } from './sites';
import { disabledSitesItem, tabItem } from './storage';
import { tabVerdictOf } from './tab-state';

export const ANALYSER_FILE = '/content-scripts/sidebar.js';

const BADGE_COLOURS: Record<DetailedReport['status'], string> = { ongoing: '#b42318', partial: '#9a6700', resolved: '#1a7f37', unknown: '#57606a' };

export async function injectAnalyser(tabId: number, force: boolean): Promise<void> {
  if (force) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => { (globalThis as { __outageLensForce?: boolean }).__outageLensForce = true; } });
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ANALYSER_FILE] });
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
      const { origin } = msg.payload as { origin: string };
      const list = (await disabledSitesItem.getValue()) ?? [];
      await disabledSitesItem.setValue(list.filter((o) => o !== origin));
      await syncRegistration(api);
      return ok(await siteState(api, origin));
    }
    case 'ui:site-disable': {
      const { origin } = msg.payload as { origin: string };
      const list = (await disabledSitesItem.getValue()) ?? [];
      if (!list.includes(origin)) await disabledSitesItem.setValue([...list, origin]);
      const pattern = originPattern(origin);
      if (pattern && (await grantedPatterns(api)).includes(pattern)) await api.permissions.remove({ origins: [pattern] });
      await syncRegistration(api);
      return ok(await siteState(api, origin));
    }
    default:
      return fail(`unknown message ${msg.type}`);
  }
}
