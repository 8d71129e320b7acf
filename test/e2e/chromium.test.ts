/**
 * The built extension in Debian's Chromium, on local pages under real news hostnames.
 * Screenshots go to test-results/screenshots (look at them).
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, type ExtensionBrowser } from './chromium';
import { URLS, corpusRoutes, mainRoutes } from './routes';
import { startNewsServer, type NewsServer } from './server';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const SIDEBAR = 'outage-lens-sidebar';
let server: NewsServer;
let b: ExtensionBrowser;
const negatives = corpusRoutes(8);

function hostOf(u: string): string {
  try {
    return new URL(u).host;
  } catch {
    return '';
  }
}

async function openArticle(url: string): Promise<Page> {
  const p = await b.context.newPage();
  await p.goto(url, { waitUntil: 'load' });
  return p;
}

async function waitForSidebar(p: Page) {
  await p.locator(`${SIDEBAR} [data-testid="sidebar"]`).waitFor({ state: 'visible', timeout: 15_000 });
}

/** Long enough for the detector (document_idle) and, on a candidate, the analyser to have run. */
async function settle(p: Page) {
  await p.waitForLoadState('load');
  await p.waitForTimeout(1500);
}

before(async () => {
  server = await startNewsServer([...mainRoutes(), ...negatives]);
  b = await launchWithExtension(server.resolverRules());
});
after(async () => {
  await b?.close();
  await server?.close();
});

describe('Chromium: outage reports get a sidebar', () => {
  it('Arabic article: WhatsApp, Meta, resolved, right-to-left, times in the reader zone', async () => {
    const p = await openArticle(URLS.arabic);
    await waitForSidebar(p);
    const side = p.locator(`${SIDEBAR} [data-testid="sidebar"]`);
    assert.equal(await side.getAttribute('dir'), 'rtl');
    assert.match(await p.locator(`${SIDEBAR} [data-testid="headline"]`).innerText(), /WhatsApp/);
    assert.match(await p.locator(`${SIDEBAR} [data-testid="headline"]`).innerText(), /Meta/);
    // As written (GMT) and in the reader's zone (Riyadh, GMT+3).
    assert.match(await p.locator(`${SIDEBAR} [data-testid="fact-start"]`).innerText(), /07:05 بتوقيت غرينتش/);
    assert.match(await p.locator(`${SIDEBAR} [data-testid="fact-start"]`).innerText(), /10:05 your time/);
    assert.equal(await p.locator(`${SIDEBAR} [data-testid="timeline-strip"]`).count(), 1);
    await p.screenshot({ path: `${SHOTS}/chromium-ar-sidebar.png` });
    await p.close();
  });

  it('English article: Cloudflare facts, and a click on a fact highlights its sentence in the page', async () => {
    const p = await openArticle(URLS.english);
    await waitForSidebar(p);
    assert.match(await p.locator(`${SIDEBAR} [data-testid="headline"]`).innerText(), /Cloudflare/);
    assert.match(await p.locator(`${SIDEBAR} [data-testid="fact-start"]`).innerText(), /11:20 GMT.*14:20 your time/s);
    assert.match(await p.locator(`${SIDEBAR} [data-testid="fact-sources"]`).innerText(), /Downdetector/);
    await p.locator(`${SIDEBAR} [data-testid="fact-start"] button`).click();
    const highlighted = await p.waitForFunction(() => {
      const reg = (CSS as unknown as { highlights?: Map<string, { values(): IterableIterator<Range> }> }).highlights;
      const h = reg?.get('outage-lens-evidence');
      if (h) return [...h.values()][0]?.toString() ?? '';
      return document.getSelection()?.toString() ?? '';
    });
    assert.match(String(await highlighted.jsonValue()), /11[:.]20/);
    await p.screenshot({ path: `${SHOTS}/chromium-en-sidebar.png` });
    await p.close();
  });

  it('Esc collapses the sidebar to a tab; the tab opens it again', async () => {
    const p = await openArticle(URLS.english);
    await waitForSidebar(p);
    await p.locator(`${SIDEBAR} [data-testid="sidebar"] button`).first().focus();
    await p.keyboard.press('Escape');
    await p.locator(`${SIDEBAR} [data-testid="sidebar-tab"]`).waitFor({ state: 'visible' });
    await p.screenshot({ path: `${SHOTS}/chromium-collapsed.png` });
    await p.locator(`${SIDEBAR} [data-testid="sidebar-tab"]`).click();
    await waitForSidebar(p);
    await p.close();
  });

  it('axe-core finds no serious or critical violation in the sidebar', async () => {
    const p = await openArticle(URLS.arabic);
    await waitForSidebar(p);
    const result = await new AxeBuilder({ page: p }).include(SIDEBAR).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await p.close();
  });

  it('usable at 360 px wide', async () => {
    const p = await b.context.newPage();
    await p.setViewportSize({ width: 360, height: 740 });
    await p.goto(URLS.english);
    await waitForSidebar(p);
    const box = await p.locator(`${SIDEBAR} [data-testid="sidebar"]`).boundingBox();
    assert.ok(box && box.width <= 360 && box.x >= 0, `sidebar box ${JSON.stringify(box)}`);
    await p.screenshot({ path: `${SHOTS}/chromium-360.png` });
    await p.close();
  });
});

describe('Chromium: pages that are not outage reports', () => {
  it('a hard negative on a news site gets nothing', async () => {
    const p = await openArticle(URLS.englishNegative);
    await settle(p);
    assert.equal(await p.locator(SIDEBAR).count(), 0);
    await p.close();
  });

  it(`corpus pages (${negatives.length}) get nothing added`, async () => {
    for (const r of negatives) {
      const p = await openArticle(r.url);
      await settle(p);
      assert.equal(await p.locator(SIDEBAR).count(), 0, r.url);
      await p.close();
    }
  });
});

describe('Chromium: popup, navigation, privacy', () => {
  it('the popup shows the verdict and headline facts of the tab', async () => {
    const p = await openArticle(URLS.arabic);
    await waitForSidebar(p);
    const popup = await openPopup(b, p);
    await popup.locator('[data-testid="popup-headline"]').waitFor();
    assert.match(await popup.locator('[data-testid="popup-verdict"]').innerText(), /Outage report/);
    assert.match(await popup.locator('[data-testid="popup-headline"]').innerText(), /WhatsApp/);
    await popup.screenshot({ path: `${SHOTS}/chromium-popup.png` });
    const result = await new AxeBuilder({ page: popup }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => v.id), []);
    // Hide the sidebar from the popup.
    await popup.locator('[data-testid="popup-toggle"]').click();
    await p.locator(SIDEBAR).waitFor({ state: 'detached' });
    await popup.close();
    await p.close();
  });

  it('"Analyse this page" shows the sidebar on a page the first look passed over', async () => {
    // (A site outside the list needs the toolbar click's activeTab grant, which automation
    // cannot give; the same injection path is taken here on a listed site.)
    const p = await openArticle(URLS.englishNegative);
    await settle(p);
    assert.equal(await p.locator(SIDEBAR).count(), 0);
    const popup = await openPopup(b, p);
    await popup.locator('[data-testid="popup-analyse"]').click();
    await waitForSidebar(p);
    assert.match(await p.locator(`${SIDEBAR} [data-testid="not-outage-banner"]`).innerText(), /not.*outage/i);
    await p.screenshot({ path: `${SHOTS}/chromium-forced.png` });
    await popup.close();
    await p.close();
  });

  it('a pushState navigation re-runs: outage article shows the sidebar, leaving it removes it', async () => {
    const p = await openArticle(URLS.spa);
    await settle(p);
    assert.equal(await p.locator(SIDEBAR).count(), 0);
    await p.click('#go-outage');
    await waitForSidebar(p);
    await p.click('#go-home');
    await p.locator(SIDEBAR).waitFor({ state: 'detached', timeout: 10_000 });
    await p.close();
  });

  it('no request leaves the extension: nothing from its worker or pages, nothing extra on our pages', async () => {
    const fromExtension = b.requests.filter((r) => r.fromExtension && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:'));
    assert.deepEqual(fromExtension.map((r) => r.url), []);
    // Our own pages are self-contained: on them, the only requests are the documents we opened.
    const ours = new Set(mainRoutes().map((r) => new URL(r.url).host));
    const extra = b.requests.filter((r) => !r.fromExtension && ours.has(hostOf(r.frameUrl)) && !ours.has(hostOf(r.url)) && !r.url.startsWith('data:'));
    assert.deepEqual(extra.map((r) => r.url), []);
    const onOurHosts = server.log.filter((l) => ours.has(l.split(' ')[0]));
    assert.ok(onOurHosts.every((l) => !/\.(js|json|png|css|svg|ico)$/.test(l)), onOurHosts.join('\n'));
  });
});
