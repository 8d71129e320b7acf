/**
 * Every stored item, in one place, each with a version from day one (migrations go here).
 * Values read back are validated: a corrupt value falls back instead of breaking the UI.
 */
import { storage } from 'wxt/utils/storage';
import type { TabVerdict } from './tab-state';

export interface Settings {
  /** Open the sidebar by itself on an outage report (false: wait as a small tab). */
  autoOpen: boolean;
}

export const DEFAULT_SETTINGS: Settings = { autoOpen: true };

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Origins ("https://example.com") the reader turned off, built-in or granted. */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', { fallback: [], version: 1 });

/**
 * The language of each origin the reader added (match pattern → language code), read from the
 * page they added it on: the site's detector bundle carries that language's lists (sites.ts).
 */
export const siteLanguagesItem = storage.defineItem<Record<string, string>>('local:siteLanguages', { fallback: {}, version: 1 });

/** Pages the reader marked "not an outage" (URL without hash), newest last, bounded. */
export const dismissedPagesItem = storage.defineItem<string[]>('local:dismissedPages', { fallback: [], version: 1 });
export const MAX_DISMISSED = 1000;

export function tabItem(tabId: number) {
  return storage.defineItem<TabVerdict | null>(`session:tab-${tabId}`, { fallback: null });
}

export function validSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Settings>;
  return { autoOpen: typeof v.autoOpen === 'boolean' ? v.autoOpen : DEFAULT_SETTINGS.autoOpen };
}

export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.toString();
  } catch {
    return url;
  }
}

export async function isDismissed(url: string): Promise<boolean> {
  const list = await dismissedPagesItem.getValue();
  return Array.isArray(list) && list.includes(pageKey(url));
}

export async function dismissPage(url: string): Promise<void> {
  const list = (await dismissedPagesItem.getValue()) ?? [];
  const key = pageKey(url);
  const next = [...(Array.isArray(list) ? list : []).filter((u) => u !== key), key].slice(-MAX_DISMISSED);
  await dismissedPagesItem.setValue(next);
}
