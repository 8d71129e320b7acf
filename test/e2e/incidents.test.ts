/**
 * One incident from two outlets, end to end in Chromium: read two articles on the same
 * WhatsApp outage; the second's sidebar names the first (inside the extension's own frame);
 * the incidents page lists one incident with both sources; export, then import into a fresh
 * profile, gives the same incident; a corrupt file is refused and the history is unchanged.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { URLS, mainRoutes } from './routes';
import { startNewsServer, type NewsServer } from './server';

const SHOTS = 'test-results/screenshots';
let server: NewsServer;
let b: ExtensionBrowser;
let exported = '';

async function sidebar(url: string): Promise<Page> {
  const p = await b.context.newPage();
  await p.goto(url);
  await p.locator('outage-lens-sidebar [data-testid="sidebar"]').waitFor({ timeout: 15_000 });
  return p;
}

async function incidentsPage(browser: ExtensionBrowser): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await p.locator('[data-testid="incident-list"]').waitFor();
  return p;
}

/** History incidents (not catalogue ones) that hold two articles. */
const twoArticleItems = (p: Page) => p.locator('[data-testid="incident-item"]', { hasText: /Articles: 2/ });

before(async () => {
  server = await startNewsServer(mainRoutes());
  b = await launchWithExtension(server.resolverRules());
});
after(async () => {
  await b?.close();
  await server?.close();
});

describe('one incident, many articles', () => {
  it('the second article’s sidebar names the first, in a frame the page cannot read', async () => {
    const first = await sidebar(URLS.arabic);
    await first.close();
    const second = await sidebar(URLS.arabic2);
    const frame = second.frameLocator('outage-lens-sidebar [data-testid="also-read-frame"]');
    await frame.locator('[data-testid="also-read"]').waitFor({ timeout: 10_000 });
    assert.match(await frame.locator('[data-testid="also-read"]').innerText(), /aljazeera\.net/);
    // The start times differ (07:05 vs 07:15 GMT): both shown with their outlets.
    assert.match(await frame.locator('[data-testid="conflicts"]').innerText(), /07:05.*aljazeera.*07:15.*skynewsarabia/s);
    // The page itself cannot see the history: no other article's URL in the page's DOM.
    const leaked = await second.evaluate(() => document.documentElement.outerHTML.includes('aljazeera') || (document.querySelector('outage-lens-sidebar')?.shadowRoot?.innerHTML ?? '').includes('aljazeera'));
    assert.equal(leaked, false);
    await second.screenshot({ path: `${SHOTS}/chromium-also-read.png` });
    await second.close();
  });

  it('the incidents page lists one incident with both sources, and exports it', async () => {
    const p = await incidentsPage(b);
    assert.equal(await twoArticleItems(p).count(), 1);
    await twoArticleItems(p).first().locator('button').click();
    const detail = p.locator('[data-testid="incident-detail"]');
    await detail.waitFor();
    const sources = await detail.locator('[data-testid="incident-sources"]').innerText();
    assert.match(sources, /aljazeera\.net/);
    assert.match(sources, /skynewsarabia\.com/);
    await p.screenshot({ path: `${SHOTS}/chromium-incidents.png`, fullPage: true });
    const download = p.waitForEvent('download');
    await p.locator('[data-testid="export-json"]').click();
    const file = await (await download).path();
    exported = readFileSync(file, 'utf8');
    assert.match(exported, /outage-lens-export/);
    await p.close();
  });

  it('import into a fresh profile gives the same incident; a corrupt file is refused and nothing changes', async () => {
    const fresh = await launchWithExtension(server.resolverRules());
    try {
      const p = await incidentsPage(fresh);
      const dir = mkdtempSync(join(tmpdir(), 'ol-import-'));
      const good = join(dir, 'export.json');
      writeFileSync(good, exported);
      await p.locator('[data-testid="import-file"]').setInputFiles(good);
      await p.locator('[data-testid="import-message"]', { hasText: /2 added/ }).waitFor({ timeout: 10_000 });
      assert.equal(await twoArticleItems(p).count(), 1);
      const before = await p.locator('[data-testid="history-count"]').innerText();
      const bad = join(dir, 'broken.json');
      writeFileSync(bad, '{"format":"outage-lens-export","version":1,"entries":[{"url":');
      await p.locator('[data-testid="import-file"]').setInputFiles(bad);
      await p.locator('[data-testid="import-message"].error').waitFor({ timeout: 10_000 });
      assert.equal(await p.locator('[data-testid="history-count"]').innerText(), before);
      assert.equal(await twoArticleItems(p).count(), 1);
      await p.screenshot({ path: `${SHOTS}/chromium-import-refused.png` });
    } finally {
      await fresh.close();
    }
  });
});
