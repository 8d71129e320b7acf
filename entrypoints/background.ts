/**
 * The background: injects the analyser where the first look found a candidate, keeps each
 * tab's verdict (session storage: a stopped worker forgets nothing), sets the toolbar badge,
 * and keeps the reader's site choices in force. All messages go through one table.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleUiMessage, historyRelated, injectAnalyser, isSiteDisabled, onReport, resyncSites } from '../utils/background-handlers';
import { fail, isMessage, ok, type Result } from '../utils/messages';
import type { SitesApi } from '../utils/sites';
import { tabItem } from '../utils/storage';

export default defineBackground(() => {
  const api = browser as unknown as SitesApi;
  const resync = () => resyncSites(api).catch((err) => console.warn('[Outage Lens] registration:', err));
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.tabs.onRemoved.addListener((tabId) => void tabItem(tabId).removeValue());

  browser.runtime.onMessage.addListener((msg: unknown, sender): Promise<Result<unknown>> | undefined => {
    if (!isMessage(msg)) return undefined;
    const tabId = sender.tab?.id;
    const run = async (): Promise<Result<unknown>> => {
      switch (msg.type) {
        case 'cs:candidate': {
          if (tabId === undefined || sender.frameId) return ok(null);
          if (await isSiteDisabled(msg.payload as { url: string })) return ok(null);
          await injectAnalyser(tabId, false);
          return ok(null);
        }
        case 'cs:report':
          if (tabId === undefined) return ok(null);
          await onReport(tabId, msg.payload as never, Boolean(sender.tab?.incognito));
          return ok(null);
        case 'cs:clear':
          if (tabId !== undefined) {
            await tabItem(tabId).removeValue();
            await browser.action.setBadgeText({ tabId, text: '' });
          }
          return ok(null);
        case 'cs:history-related':
          return ok(await historyRelated(msg.payload as never));
        default:
          if (msg.type.startsWith('ui:')) return handleUiMessage(msg, api);
          return fail(`unknown message ${msg.type}`);
      }
    };
    return run().catch(fail);
  });
});
