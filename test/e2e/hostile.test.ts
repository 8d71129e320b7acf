/**
 * Hostile and broken pages (test/e2e/hostile, served by routes.ts under news hosts of the default
 * list), in Chromium with the built extension. For each: the page's own script still runs, no
 * error is caused by us (page errors, and uncaught exceptions from our content scripts seen over
 * the DevTools protocol), the extension still works afterwards (a normal outage page gets its
 * sidebar), and on outage pages the sidebar shows the right service and start time.
 * Screenshots: test-results/screenshots/hostile-*.png.
 *
 * Results in Chromium 156 (the "was" notes: the same test against the extension before the fixes
 * listed in the hand-over; the fixed code is marked in detector.ts, sidebar.content and
 * extraction/page/article.ts):
 *
 * | case                  | page (host)                    | what it does                                                                   | result |
 * | --------------------- | ------------------------------ | ------------------------------------------------------------------------------ | ------ |
 * | markup in text        | markup.html (theverge)         | <script>, <img onerror>, <b onmouseover> in title, description, og:title,      | pass: WhatsApp · 07:05 GMT; the quote shows "<script>…</script>" as text; no element made from it; clicking every fact runs nothing |
 * |                       |                                | JSON-LD, h1, a <code> sample and a quoted statement                            |        |
 * | 20 MB page            | huge.html + 20 MB at serve time| the article, then 20 MB of reader comments (≈160,000 elements)                 | pass: Facebook, Instagram, WhatsApp · 15:40 GMT; sidebar ≈1.2–1.6 s after a 6–8 s load |
 * | 10,000-deep DOM       | deep.html (apnews)             | the page's script nests 10,000 elements and moves the article into the deepest | pass after fix: Fastly · 09:47 GMT, longest main-thread gap ≈0.5 s (was: tab frozen for over 90 s, no sidebar) |
 * | 2,000-deep DOM        | deep.html?depth=2000           | the same at 2,000                                                              | pass after fix: gap ≈0.1 s (was: tab frozen 7.7 s by Readability) |
 * | * { all: unset }      | all-unset.html (independent)   | every property of every element unset, our host included                       | pass: Gmail · 11:47 GMT; panel 380 px, full height, at the right edge |
 * | !important restyle    | restyle-important.html (euronews) | all:unset, visibility:hidden, position:relative, overflow:hidden… !important on * | pass: Microsoft Teams, Outlook · 07:05 GMT; panel intact (the :host !important rules win) |
 * | strict CSP, Arabic    | csp-ar.html (alarabiya) + header | default-src 'none', nonce-only script and style, Trusted Types required       | pass: Facebook, Instagram · 15:00 بتوقيت غرينتش, right-to-left, styled, no CSP violation, page script ran |
 * | broken built-ins      | prototypes.html (washingtonpost) | Array.prototype.*, JSON, Object.keys, String/RegExp, bind, Promise, timers,  | pass: Amazon Web Services · 15:30 GMT |
 * |                       |                                | MutationObserver, querySelector, createElement, attachShadow, textContent…    |        |
 * | DOM clobbering        | clobber.html (dw)              | <div id="__outageLens">, <form name="__outageLensForce">                       | pass after fix: Slack · 15:00 GMT (was: "dispose is not a function", no sidebar) |
 * | DOM clobbering, neg.  | clobber-negative.html (dw)     | the same on a first-look candidate that is not an outage report               | pass after fix: no sidebar (the clobbered "force" flag no longer forces it open) |
 * | removes our host      | remove-host.html (nytimes)     | a MutationObserver removes outage-lens-sidebar whenever it is added            | pass: inserted once, removed once, never put back; page timer ticked ≈50 times in 5 s |
 * | endless pushState     | pushstate.html (aljazeera.com) | pushState to a new URL every 50 ms for 5 s (≈100 pushes)                       | pass after fix: 2 mounts (first look + one when it settles) (was: 10–12 analyses and re-mounts; in one run the page managed only 75 of its 100 pushes) |
 * | message listener      | messages.html (france24)       | a window "message" listener that calls e.data.split()                          | pass after fix (was: a TypeError in the page from WXT's start-up postMessage, which also gave the page our extension id) |
 * | frames, negative top  | frames-top.html (euronews)     | a non-outage page with outage articles in same-origin, cross-origin and srcdoc frames | pass: no sidebar in the top page or any frame; frame scripts ran |
 * | frames, outage top    | frames-outage-top.html (reuters) | an outage page with outage articles in frames                                | pass: one sidebar (Google Cloud · 17:50 GMT) in the top frame, none in frames |
 *
 * Every case also checks: the page's own load handler ran, no page error, no uncaught error or
 * failed injection from our scripts (CDP Runtime events, and the background's executeScript
 * results watched in the service worker), and a normal outage page still gets its sidebar after.
 *
 * Run: `npx wxt build && node --import tsx --test test/e2e/hostile.test.ts`.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { HOSTILE, URLS, hostileRoutes, mainRoutes } from './routes';
import { startNewsServer, type NewsServer } from './server';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const HOST = 'outage-lens-sidebar';
const PANEL = `${HOST} [data-testid="sidebar"]`;
const CASE_TIMEOUT = 90_000;

let server: NewsServer;
let b: ExtensionBrowser;

interface Watched {
  page: Page;
  /** Uncaught errors in the page's own world (Playwright "pageerror"). */
  pageErrors: string[];
  /** Uncaught exceptions and console errors whose source is one of our scripts, in any world. */
  ourErrors: string[];
}

/** Open a page and watch it: page errors, and exceptions/console errors from chrome-extension:// scripts (isolated worlds included). */
async function open(url: string, opts: { waitUntil?: 'load' | 'domcontentloaded' | 'commit' } = {}): Promise<Watched> {
  await watchInjections();
  await injectionErrors(); // start clean
  const page = await b.context.newPage();
  const w: Watched = { page, pageErrors: [], ourErrors: [] };
  page.on('pageerror', (e) => w.pageErrors.push(String(e.stack ?? e.message)));
  const cdp = await b.context.newCDPSession(page);
  const ours = (s: string) => s.includes('chrome-extension://') || s.includes('[Outage Lens]') || s.includes('[wxt]');
  cdp.on('Runtime.exceptionThrown', (ev) => {
    const d = ev.exceptionDetails;
    const text = `${d.text} ${d.exception?.description ?? ''} ${d.url ?? ''} ${(d.stackTrace?.callFrames ?? []).map((f) => f.url).join(' ')}`;
    if (ours(text)) w.ourErrors.push(text);
  });
  cdp.on('Runtime.consoleAPICalled', (ev) => {
    if (ev.type !== 'error' && ev.type !== 'warning') return;
    const text = `${ev.args.map((a) => a.value ?? a.description ?? '').join(' ')} ${(ev.stackTrace?.callFrames ?? []).map((f) => f.url).join(' ')}`;
    if (ours(text)) w.ourErrors.push(text);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: opts.waitUntil ?? 'load', timeout: 60_000 });
  return w;
}

async function waitForSidebar(p: Page, timeout = 20_000) {
  await p.locator(PANEL).waitFor({ state: 'visible', timeout });
}

async function text(p: Page, testId: string): Promise<string> {
  return p.locator(`${HOST} [data-testid="${testId}"]`).first().innerText();
}

/** The page's own load handler ran (read from the DOM, not through the page's possibly broken built-ins). */
async function alive(p: Page): Promise<boolean> {
  await p.locator('body[data-alive="1"]').first().waitFor({ state: 'attached', timeout: 15_000 }).catch(() => {});
  return (await p.locator('body').first().getAttribute('data-alive')) === '1';
}

/** The sidebar panel is really on screen: its box is the panel's width, full height, at the inline-end edge (right; left for RTL). */
async function assertPanelOnScreen(p: Page) {
  const box = await p.locator(PANEL).boundingBox();
  const vw = p.viewportSize()?.width ?? 1366;
  const rtl = (await p.locator(PANEL).getAttribute('dir')) === 'rtl';
  assert.ok(box, 'sidebar has no box');
  assert.ok(box.width >= 300 && box.width <= 400, `sidebar width ${box.width}`);
  const atEdge = rtl ? Math.abs(box.x) <= 2 : Math.abs(box.x + box.width - vw) <= 2;
  assert.ok(atEdge && box.y <= 1 && box.height >= 400, `sidebar box ${JSON.stringify(box)} (${rtl ? 'rtl' : 'ltr'})`);
}

/** Facts of an outage page: service(s) and start time. */
async function assertFacts(p: Page, service: RegExp, start: RegExp) {
  assert.match(await text(p, 'headline'), service);
  assert.match(await text(p, 'fact-service'), service);
  assert.match(await text(p, 'fact-start'), start);
}

/**
 * The analyser is injected by the background (scripting.executeScript); an error thrown while it
 * starts comes back to the background as a rejected injection, not as an uncaught error in the
 * page. Record those in the service worker (test instrumentation only; re-applied before each page,
 * as the worker may have been restarted).
 */
async function watchInjections(): Promise<void> {
  const worker = b.context.serviceWorkers()[0] ?? b.worker;
  await worker.evaluate(() => {
    type Scripting = { executeScript: (...a: unknown[]) => Promise<{ error?: unknown }[]>; __olWatched?: boolean };
    const g = self as unknown as { __olInjectErrors?: string[]; chrome: { scripting: Scripting } };
    g.__olInjectErrors ??= [];
    const s = g.chrome.scripting;
    if (s.__olWatched) return;
    const orig = s.executeScript.bind(s);
    s.executeScript = (...a: unknown[]) =>
      orig(...a).then(
        (res) => {
          for (const r of res ?? []) if (r && r.error !== undefined) g.__olInjectErrors!.push(String(r.error));
          return res;
        },
        (e: unknown) => {
          g.__olInjectErrors!.push(String((e as Error)?.message ?? e));
          throw e;
        },
      );
    s.__olWatched = true;
  });
}

async function injectionErrors(): Promise<string[]> {
  const worker = b.context.serviceWorkers()[0] ?? b.worker;
  return worker.evaluate(() => {
    const g = self as unknown as { __olInjectErrors?: string[] };
    const out = g.__olInjectErrors ?? [];
    g.__olInjectErrors = [];
    return out;
  });
}

async function assertNoErrors(w: Watched) {
  assert.deepEqual([...w.ourErrors, ...(await injectionErrors())], [], 'errors from the extension');
  assert.deepEqual(w.pageErrors, [], 'page errors');
}

/** After a hostile page: a normal outage article still gets its sidebar. */
async function assertExtensionStillWorks() {
  const w = await open(URLS.english);
  await waitForSidebar(w.page);
  assert.match(await text(w.page, 'headline'), /Cloudflare/);
  await assertNoErrors(w);
  await w.page.close();
}

async function sidebarsInAllFrames(p: Page): Promise<number[]> {
  const out: number[] = [];
  for (const f of p.frames()) out.push(await f.evaluate((h) => document.querySelectorAll(h).length, HOST).catch(() => -1));
  return out;
}

before(async () => {
  server = await startNewsServer([...mainRoutes(), ...hostileRoutes()]);
  b = await launchWithExtension(server.resolverRules());
});
after(async () => {
  await b?.close();
  await server?.close();
});

describe('Chromium: hostile outage pages still get a correct sidebar', { timeout: 20 * CASE_TIMEOUT }, () => {
  it('markup and script in title, metadata and text are shown as text, never run', { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.markup);
    const p = w.page;
    await waitForSidebar(p);
    await assertFacts(p, /WhatsApp/, /07:05 GMT/);
    // The quoted statement carries "<script>…</script>" as characters.
    const said = await p.locator(`${HOST} [data-testid="fact-statement"]`).allInnerTexts();
    assert.ok(said.some((s) => s.includes("<script>window.__olInjected = 'quote'</script>")), said.join('\n'));
    // Nothing in our shadow root was made from page text: no script, no img, no inline handler.
    const made = await p.evaluate((h) => {
      const root = document.querySelector(h)?.shadowRoot;
      if (!root) return -1;
      return root.querySelectorAll('script, img, iframe, object, embed, [onerror], [onclick], [onmouseover], [onload]').length;
    }, HOST);
    assert.equal(made, 0);
    // Click every fact (the page highlights the evidence sentence): still nothing runs.
    for (const btn of await p.locator(`${HOST} button.fact`).all()) await btn.click();
    await p.waitForTimeout(300);
    assert.equal(await p.evaluate(() => (window as { __olInjected?: string }).__olInjected ?? null), null);
    assert.ok(await alive(p), 'page script stopped');
    await p.screenshot({ path: `${SHOTS}/hostile-markup.png` });
    await assertNoErrors(w);
    await p.close();
    await assertExtensionStillWorks();
  });

  it('a 20 MB page: sidebar with the facts, page still responsive', { timeout: CASE_TIMEOUT }, async () => {
    const t0 = Date.now();
    const w = await open(HOSTILE.huge);
    const p = w.page;
    const loaded = Date.now();
    const size = await p.evaluate(() => document.documentElement.outerHTML.length);
    assert.ok(size > 19_000_000, `page is ${size} chars`);
    await waitForSidebar(p, 60_000);
    console.log(`# 20 MB page: load ${loaded - t0} ms, sidebar ${Date.now() - loaded} ms after load`);
    await assertFacts(p, /Facebook|Instagram|WhatsApp/, /15:40 GMT/);
    assert.ok(await alive(p), 'page script stopped');
    // The page answers promptly once the sidebar is up.
    const t1 = Date.now();
    await p.evaluate(() => document.title);
    assert.ok(Date.now() - t1 < 2000, 'page unresponsive');
    await p.screenshot({ path: `${SHOTS}/hostile-huge.png` });
    await assertNoErrors(w);
    await p.close();
    await assertExtensionStillWorks();
  });

  for (const depth of [10_000, 2_000]) {
    it(`a ${depth.toLocaleString('en')}-deep DOM with the article at the bottom: sidebar, and the tab never freezes`, { timeout: CASE_TIMEOUT }, async () => {
      const w = await open(`${HOSTILE.deep}?depth=${depth}`);
      const p = w.page;
      const articleDepth = await p.evaluate(() => {
        let d = 0;
        for (let n: Node | null = document.getElementById('story'); n; n = n.parentNode) d++;
        return d;
      });
      assert.ok(articleDepth > depth, `article depth ${articleDepth}`);
      await waitForSidebar(p, 30_000);
      await assertFacts(p, /Fastly/, /09:47 GMT/);
      await p.waitForTimeout(500);
      // The page's 50 ms timer: the longest the main thread was kept from it, analysis included.
      const maxGap = await p.evaluate(() => (window as { __maxGap?: number }).__maxGap ?? -1);
      console.log(`# deep ${depth}: longest main-thread gap ${Math.round(maxGap)} ms`);
      assert.ok(maxGap >= 0 && maxGap < 1500, `page main thread blocked for ${Math.round(maxGap)} ms`);
      assert.ok(await alive(p), 'page script stopped');
      await p.screenshot({ path: `${SHOTS}/hostile-deep-${depth}.png` });
      await assertNoErrors(w);
      await p.close();
      await assertExtensionStillWorks();
    });
  }

  it('* { all: unset } on every element, our host included', { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.allUnset);
    const p = w.page;
    await waitForSidebar(p);
    await assertFacts(p, /Gmail/, /11:47 GMT/);
    await assertPanelOnScreen(p);
    assert.ok(await alive(p), 'page script stopped');
    await p.screenshot({ path: `${SHOTS}/hostile-all-unset.png` });
    await assertNoErrors(w);
    await p.close();
    await assertExtensionStillWorks();
  });

  it('!important rules that unset, hide and re-position every element', { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.restyle);
    const p = w.page;
    await waitForSidebar(p);
    await assertFacts(p, /Outlook|Teams/, /07:05 GMT/);
    await assertPanelOnScreen(p);
    assert.ok(await alive(p), 'page script stopped');
    await p.screenshot({ path: `${SHOTS}/hostile-restyle.png` });
    await assertNoErrors(w);
    await p.close();
    await assertExtensionStillWorks();
  });

  it('strict Content-Security-Policy header (Arabic article): sidebar styled, page script runs, no violation', { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.csp);
    const p = w.page;
    await waitForSidebar(p);
    await assertFacts(p, /فيسبوك|Facebook|إنستغرام|Instagram/, /15[:,.]00/);
    assert.equal(await p.locator(PANEL).getAttribute('dir'), 'rtl');
    await assertPanelOnScreen(p); // a blocked stylesheet would leave the panel unstyled
    assert.ok(await alive(p), 'page script stopped');
    assert.deepEqual(await p.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations), []);
    await p.screenshot({ path: `${SHOTS}/hostile-csp-ar.png` });
    await assertNoErrors(w);
    await p.close();
    await assertExtensionStillWorks();
  });

  it("a page that breaks Array.prototype, JSON, Promise, timers and DOM methods in its own world", { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.prototypes);
    const p = w.page;
    await waitForSidebar(p);
    await assertFacts(p, /Amazon Web Services/, /15:30 GMT/);
    await assertPanelOnScreen(p);
    assert.ok(await alive(p), 'page script stopped');
    await p.screenshot({ path: `${SHOTS}/hostile-prototypes.png` });
    await assertNoErrors(w);
    await p.close();
    await assertExtensionStillWorks();
  });

  it('DOM clobbering of our window globals (id="__outageLens", name="__outageLensForce")', { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.clobber);
    const p = w.page;
    await waitForSidebar(p);
    await assertFacts(p, /Slack/, /15:00 GMT/);
    assert.ok(await alive(p), 'page script stopped');
    await p.screenshot({ path: `${SHOTS}/hostile-clobber.png` });
    await assertNoErrors(w);
    await p.close();
    // A first-look candidate that is not an outage report: the clobbered "force" flag must not open the sidebar.
    const n = await open(HOSTILE.clobberNegative);
    await n.page.waitForTimeout(2500);
    assert.equal(await n.page.locator(HOST).count(), 0);
    assert.ok(await alive(n.page), 'page script stopped');
    await assertNoErrors(n);
    await n.page.close();
    await assertExtensionStillWorks();
  });

  it('a page that removes our host element: no fight, no hang', { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.removeHost);
    const p = w.page;
    await p.waitForTimeout(5000);
    const s = await p.evaluate(() => {
      const g = window as unknown as { __hostInserted: number; __hostRemoved: number; __ticks: number };
      return { inserted: g.__hostInserted, removed: g.__hostRemoved, ticks: g.__ticks, present: document.querySelectorAll('outage-lens-sidebar').length };
    });
    console.log(`# remove-host: ${JSON.stringify(s)}`);
    assert.equal(s.inserted, 1, 'the analyser ran and mounted once, and did not put the host back');
    assert.equal(s.present, 0);
    assert.ok(s.ticks >= 40, `page timer ticked only ${s.ticks} times in 5 s`);
    assert.ok(await alive(p), 'page script stopped');
    await p.screenshot({ path: `${SHOTS}/hostile-remove-host.png` });
    await assertNoErrors(w);
    await p.close();
    await assertExtensionStillWorks();
  });

  it('endless pushState (every 50 ms for 5 s): analyses stay bounded', { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.pushState);
    const p = w.page;
    await p.waitForFunction(() => (window as { __pushDone?: boolean }).__pushDone === true, undefined, { timeout: 15_000 });
    await p.waitForTimeout(2500); // any look scheduled by the last navigation, and its analysis
    const s = await p.evaluate(() => {
      const g = window as unknown as { __hostInserted: number; __pushes: number };
      return { pushes: g.__pushes, inserted: g.__hostInserted, present: document.querySelectorAll('outage-lens-sidebar').length, url: location.href };
    });
    console.log(`# pushState: ${JSON.stringify(s)}`);
    assert.ok(s.pushes >= 80, `only ${s.pushes} pushes`);
    assert.ok(s.inserted <= 3, `the sidebar was mounted ${s.inserted} times during ${s.pushes} navigations`);
    assert.equal(s.present, 1);
    await waitForSidebar(p);
    await assertFacts(p, /\bX\b/, /05:40 GMT/);
    assert.ok(await alive(p), 'page script stopped');
    await p.screenshot({ path: `${SHOTS}/hostile-pushstate.png` });
    await assertNoErrors(w);
    await p.close();
    await assertExtensionStillWorks();
  });

  it('a careless window "message" listener: nothing of ours reaches it', { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.messages);
    const p = w.page;
    await waitForSidebar(p);
    await assertFacts(p, /YouTube/, /23:00 GMT/);
    const got = await p.evaluate(() => (window as { __messages?: string[] }).__messages ?? []);
    assert.deepEqual(got.filter((m) => m.includes(b.extensionId) || m.includes('wxt')), [], 'messages posted to the page');
    assert.ok(await alive(p), 'page script stopped');
    await p.screenshot({ path: `${SHOTS}/hostile-messages.png` });
    await assertNoErrors(w);
    await p.close();
    await assertExtensionStillWorks();
  });
});

describe('Chromium: frames', { timeout: 4 * CASE_TIMEOUT }, () => {
  it('outage articles inside frames of a non-outage page: no sidebar anywhere', { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.framesTop);
    const p = w.page;
    await p.waitForTimeout(2500);
    assert.ok(p.frames().length >= 4, `frames: ${p.frames().map((f) => f.url()).join(' ')}`);
    for (const f of p.frames().slice(1)) {
      if (f.url().startsWith('https://')) assert.equal(await f.locator('body').first().getAttribute('data-alive'), '1', `frame ${f.url()} script`);
    }
    assert.deepEqual(await sidebarsInAllFrames(p), p.frames().map(() => 0));
    assert.ok(await alive(p), 'page script stopped');
    await p.screenshot({ path: `${SHOTS}/hostile-frames-negative.png` });
    await assertNoErrors(w);
    await p.close();
  });

  it('an outage page with outage articles in frames: one sidebar, top frame only', { timeout: CASE_TIMEOUT }, async () => {
    const w = await open(HOSTILE.framesOutageTop);
    const p = w.page;
    await waitForSidebar(p);
    await p.waitForTimeout(1500);
    await assertFacts(p, /Google Cloud/, /17:50 GMT/);
    const counts = await sidebarsInAllFrames(p);
    assert.equal(counts[0], 1, 'top frame');
    assert.deepEqual(counts.slice(1), counts.slice(1).map(() => 0), 'frames');
    assert.ok(await alive(p), 'page script stopped');
    await p.screenshot({ path: `${SHOTS}/hostile-frames-outage.png` });
    await assertNoErrors(w);
    await p.close();
    await assertExtensionStillWorks();
  });
});
