/**
 * The built Firefox extension (MV3) in firefox-esr: sidebar facts on an Arabic and an English
 * article, nothing on a negative, the popup. Screenshots in test-results/screenshots.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { gotoExtensionPage, launchFirefox, startTunnel, type TunnelProxy } from './firefox';
import { URLS, corpusRoutes, mainRoutes } from './routes';
import { startNewsServer, type NewsServer } from './server';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const SIDEBAR = '>>> [data-testid="sidebar"]';

let server: NewsServer;
let tunnel: TunnelProxy;
let browser: Browser;
const negatives = corpusRoutes(3);

async function open(url: string): Promise<Page> {
  const p = await browser.newPage();
  await p.setViewport({ width: 1366, height: 900 });
  await p.goto(url, { waitUntil: 'load' });
  return p;
}

async function text(p: Page, testId: string): Promise<string> {
  const el = await p.waitForSelector(`>>> [data-testid="${testId}"]`, { timeout: 15_000 });
  return (await el!.evaluate((e) => (e as HTMLElement).innerText)) ?? '';
}

before(async () => {
  server = await startNewsServer([...mainRoutes(), ...negatives]);
  tunnel = await startTunnel(server.port);
  browser = await launchFirefox(tunnel.port);
});
after(async () => {
  await browser?.close();
  await tunnel?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('Arabic article: sidebar with WhatsApp, Meta and the start time', async () => {
    const p = await open(URLS.arabic);
    await p.waitForSelector(SIDEBAR, { timeout: 20_000 });
    assert.match(await text(p, 'headline'), /WhatsApp/);
    assert.match(await text(p, 'headline'), /Meta/);
    assert.match(await text(p, 'fact-start'), /07:0\d/);
    await p.screenshot({ path: `${SHOTS}/firefox-ar-sidebar.png` });
    await p.close();
  });

  it('English article: sidebar with Cloudflare, start and sources', async () => {
    const p = await open(URLS.english);
    await p.waitForSelector(SIDEBAR, { timeout: 20_000 });
    assert.match(await text(p, 'headline'), /Cloudflare/);
    assert.match(await text(p, 'fact-start'), /11:2\d/);
    assert.match(await text(p, 'fact-sources'), /Downdetector/);
    await p.screenshot({ path: `${SHOTS}/firefox-en-sidebar.png` });
    // The popup, opened as a page beside the article tab: it acts on the article tab.
    const popup = await browser.newPage();
    await gotoExtensionPage(popup, 'popup.html');
    assert.match(await text(popup, 'popup-verdict'), /Outage report/);
    assert.match(await text(popup, 'popup-headline'), /Cloudflare/);
    await popup.screenshot({ path: `${SHOTS}/firefox-popup.png` });
    await popup.close();
    await p.close();
  });

  it('negative pages get nothing', async () => {
    for (const url of [URLS.englishNegative, ...negatives.map((r) => r.url)]) {
      const p = await open(url);
      await new Promise((r) => setTimeout(r, 2000));
      const count = await p.evaluate(() => document.querySelectorAll('outage-lens-sidebar').length);
      assert.equal(count, 0, url);
      await p.close();
    }
  });

  it('no request leaves the extension: on a self-contained page, only that page is fetched', async () => {
    tunnel.hosts.length = 0;
    const p = await open(URLS.french);
    await p.waitForSelector(SIDEBAR, { timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 1000));
    await p.close();
    // Every connection Firefox made (pages, extension, background) went through our proxy.
    assert.deepEqual([...new Set(tunnel.hosts)], [new URL(URLS.french).hostname]);
  });
});
