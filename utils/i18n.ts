/**
 * UI strings from `_locales` through `browser.i18n` (the language follows the browser), with
 * the English file as fallback where the API is missing (unit tests, a detached context).
 */
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

type Key = keyof typeof en;
export type MessageKey = Key;

export function t(key: Key, ...subs: (string | number)[]): string {
  const values = subs.map(String);
  try {
    const m = browser.i18n.getMessage(key, values);
    if (m) return m;
  } catch {
    // fall through to English
  }
  const entry = en[key] as { message: string } | undefined;
  if (!entry) return key;
  return entry.message.replace(/\$P(\d)\$/g, (_, n) => values[Number(n) - 1] ?? '');
}

/** The UI language (BCP 47) and its direction. */
export function uiLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  let lang = 'en';
  try {
    lang = browser.i18n.getUILanguage() || 'en';
  } catch {
    lang = typeof navigator !== 'undefined' ? navigator.language : 'en';
  }
  const base = lang.split('-')[0];
  return { lang, dir: ['ar', 'fa', 'he', 'ur'].includes(base) ? 'rtl' : 'ltr' };
}
