/**
 * Debian's Chromium with the built extension (playwright-core; no downloaded browser).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request: its URL and whether the extension (worker or extension page) made it. */
  requests: { url: string; fromExtension: boolean; frameUrl: string }[];
  close(): Promise<void>;
}

/** Service-worker requests are reported only with this switch (Playwright, Chromium). */
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export async function launchWithExtension(resolverRules: string, opts: { locale?: string; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number }; headless?: boolean; timezoneId?: string } = {}): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ol-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    locale: opts.locale ?? 'en-US',
    // A reader away from GMT, so "your time" differs from the article's.
    timezoneId: opts.timezoneId ?? 'Asia/Riyadh',
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1366, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${resolverRules}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${opts.locale ?? 'en-US'}`,
    ],
  });
  const requests: ExtensionBrowser['requests'] = [];
  context.on('request', (r) => {
    let frameUrl = '';
    try {
      frameUrl = r.frame().url();
    } catch {
      frameUrl = ''; // service-worker requests have no frame
    }
    requests.push({ url: r.url(), fromExtension: Boolean(r.serviceWorker()) || frameUrl.startsWith('chrome-extension://'), frameUrl });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, requests, close: () => context.close() };
}

/** The popup, opened as a page for the given tab (popup reads ?tab=). */
export async function openPopup(b: ExtensionBrowser, forPage: Page): Promise<Page> {
  await forPage.bringToFront();
  // The extension has no "tabs" permission, so it cannot read tab URLs: take the active tab.
  const tabId = await b.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (tabId === null) throw new Error(`no active tab for ${forPage.url()}`);
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
