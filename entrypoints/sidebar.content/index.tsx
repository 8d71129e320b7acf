/**
 * The analyser and sidebar, injected by the background into a tab whose first look found a
 * candidate (or on "Analyse this page"). Runs the full analysis on a clone of the page, sends
 * the report to the background (badge, history) and mounts the sidebar in a shadow root.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Sidebar } from '../../components/Sidebar';
import type { LiveStatusLink } from '../../components/RelatedIncidents';
import css from '../../components/sidebar.css?inline';
import { serviceEntry } from '../../extraction/facts/entities';
import { analyzeText, prepareAnalysis, readDocument, type DetailedReport } from '../../extraction/index';
import type { Evidence } from '../../extraction/report';
import { clearEvidence, showEvidence } from '../../utils/highlight';
import { uiLanguage } from '../../utils/i18n';
import { isMessage, message, ok, type Replies } from '../../utils/messages';
import { dismissPage, isDismissed, settingsItem, validSettings } from '../../utils/storage';
import { slimReport } from '../../utils/slim-report';

const HOST_NAME = 'outage-lens-sidebar';
const SIDE_BY_SIDE_MIN_WIDTH = 1200;
const PANEL_WIDTH = 380;

type Globals = { __outageLens?: SidebarController; __outageLensForce?: boolean };

/** Lets the page handle input and paint between two pieces of our work. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

class SidebarController {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private report: DetailedReport | null = null;
  private collapsed = false;
  private visible = false;
  private savedMargin: string | null = null;
  private alsoReadSrc: string | null = null;

  constructor(private ctx: ContentScriptContext) {
    browser.runtime.onMessage.addListener(this.onMessage);
    ctx.onInvalidated(() => this.dispose());
  }

  private onMessage = (msg: unknown): Promise<Replies['bg:toggle-sidebar'] | Replies['bg:sidebar-state']> | undefined => {
    if (!isMessage(msg)) return undefined;
    if (msg.type === 'bg:toggle-sidebar') {
      const show = (msg.payload as { show?: boolean }).show ?? !this.visible;
      return (show ? this.show(false) : Promise.resolve(this.clear())).then(() => ok({ visible: this.visible }));
    }
    if (msg.type === 'bg:sidebar-state') return Promise.resolve(ok({ visible: this.visible, mounted: this.ui !== null }));
    return undefined;
  };

  /** Analyse the page as it is now and show or remove the sidebar. */
  async rerun(): Promise<void> {
    const g = globalThis as Globals;
    // Set by the background to exactly true; a page element named "__outageLensForce" (DOM clobbering) is not.
    const forced = g.__outageLensForce === true;
    g.__outageLensForce = false;
    let report: DetailedReport;
    try {
      // Four tasks, not one long one: this script's own evaluation (a large bundle), the page's
      // part (Readability), the gazetteer's matcher, then the text's, with a pause for the page
      // between each.
      await yieldToPage();
      if (this.ctx.isInvalid) return;
      const page = readDocument(document, { url: location.href });
      await yieldToPage();
      if (this.ctx.isInvalid) return;
      prepareAnalysis();
      await yieldToPage();
      if (this.ctx.isInvalid) return;
      report = analyzeText(page.title, page.body, page.options);
    } catch (err) {
      console.warn('[Outage Lens] analysis failed:', err);
      return;
    }
    this.report = report;
    const dismissed = !forced && (await isDismissed(location.href));
    const show = (report.isOutage && !dismissed) || forced;
    await browser.runtime.sendMessage(message('cs:report', { url: location.href, report: slimReport(report), shown: show })).catch(() => {});
    if (!show) {
      this.clear();
      return;
    }
    this.alsoReadSrc = report.isOutage ? await this.historyFrameSrc(report) : null;
    const settings = validSettings(await settingsItem.getValue());
    await this.show(!settings.autoOpen && !forced);
  }

  /**
   * The same incident in the reader's history, if any: only the count comes back here (to
   * decide whether to show the frame); the frame itself fetches and shows the articles.
   */
  private async historyFrameSrc(report: DetailedReport): Promise<string | null> {
    const payload = { url: location.href, services: report.services.map((s) => s.name), start: report.start?.iso ?? null, published: report.published };
    try {
      const r = (await browser.runtime.sendMessage(message('cs:history-related', payload))) as Replies['cs:history-related'];
      if (!r?.ok || r.value.others.length === 0) return null;
    } catch {
      return null;
    }
    const q = new URLSearchParams({ url: payload.url, services: payload.services.join(','), ...(payload.start ? { start: payload.start } : {}), ...(payload.published ? { published: payload.published } : {}) });
    return `${browser.runtime.getURL('/also-read.html')}?${q}`;
  }

  async show(collapsed: boolean): Promise<void> {
    if (!this.report || this.ctx.isInvalid) return;
    this.collapsed = collapsed;
    if (!this.ui || !document.querySelector(HOST_NAME)) {
      this.ui?.remove();
      this.ui = await createShadowRootUi<void>(this.ctx, {
        name: HOST_NAME,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css,
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount: (container) => this.paint(container),
        onRemove: () => {
          if (this.ui) render(null, this.ui.uiContainer);
        },
      });
      this.ui.mount();
    } else {
      this.paint(this.ui.uiContainer);
    }
    this.visible = true;
    this.sideBySide(!this.collapsed);
  }

  dispose(): void {
    browser.runtime.onMessage.removeListener(this.onMessage);
    this.clear();
  }

  clear(): void {
    this.ui?.remove();
    this.ui = null;
    this.visible = false;
    this.sideBySide(false);
    clearEvidence();
  }

  private paint(container: HTMLElement): void {
    const report = this.report;
    if (!report) return;
    const { lang, dir } = uiLanguage();
    const live: LiveStatusLink[] = report.services.slice(0, 2).flatMap((s) => {
      const e = serviceEntry(s.name);
      return e && (e.statusPage || e.downdetector) ? [{ service: s.name, statusPage: e.statusPage, downdetector: e.downdetector }] : [];
    });
    render(
      <Sidebar
        report={report}
        collapsed={this.collapsed}
        locale={lang}
        dir={dir === 'rtl' || report.language === 'ar' ? 'rtl' : 'ltr'}
        live={live}
        alsoReadSrc={this.alsoReadSrc}
        onFact={(e: Evidence) => showEvidence(document, e.sentence)}
        onCollapse={(c) => {
          this.collapsed = c;
          this.paint(container);
          this.sideBySide(!c);
        }}
        onClose={() => this.clear()}
        onNotOutage={() => {
          void dismissPage(location.href);
          this.clear();
        }}
      />,
      container,
    );
  }

  /** On a wide window, make room beside the article instead of covering its text. */
  private sideBySide(on: boolean): void {
    const html = document.documentElement;
    if (on && window.innerWidth >= SIDE_BY_SIDE_MIN_WIDTH) {
      if (this.savedMargin === null) this.savedMargin = html.style.marginInlineEnd;
      html.style.marginInlineEnd = `${PANEL_WIDTH}px`;
    } else if (this.savedMargin !== null) {
      html.style.marginInlineEnd = this.savedMargin;
      this.savedMargin = null;
    }
  }
}

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // WXT's extra window.postMessage at start-up reaches the page's own "message" listeners (and
  // tells the page our extension id); the document event WXT also sends is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top !== window) return;
    const g = globalThis as Globals;
    // Injected again (SPA navigation, "Analyse this page"): the new context replaces the old
    // one, which WXT invalidates; take its sidebar down first so only one is ever mounted.
    // Our own property only: <div id="__outageLens"> also shows as window.__outageLens here.
    if (Object.prototype.hasOwnProperty.call(g, '__outageLens')) g.__outageLens?.dispose();
    const controller = new SidebarController(ctx);
    g.__outageLens = controller;
    ctx.onInvalidated(() => {
      if (g.__outageLens === controller) delete g.__outageLens;
    });
    void controller.rerun();
  },
});
