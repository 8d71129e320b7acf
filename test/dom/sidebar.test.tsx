// @vitest-environment happy-dom
/**
 * The sidebar and popup components, rendered with Preact into happy-dom (WXT's fakeBrowser
 * stands in for the extension API; i18n falls back to English).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup';
import { Sidebar } from '../../components/Sidebar';
import { analyzeText } from '../../extraction/index';
import { tabVerdictOf } from '../../utils/tab-state';

const report = analyzeText(
  'WhatsApp down worldwide <script>window.__pwned = 1</script>',
  'WhatsApp users could not send messages from 07:17 GMT, according to Downdetector, which logged more than 27,000 reports.\nMeta said service was restored at 08:50 GMT and apologised. "We fixed the issue and apologise for any inconvenience," a Meta spokesperson said.\nThe cause was not immediately clear.',
  { published: '2022-10-25T12:00:00Z', lang: 'en' },
);

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
});

function mount(props: Partial<Parameters<typeof Sidebar>[0]> = {}) {
  const handlers = { onFact: vi.fn(), onCollapse: vi.fn(), onClose: vi.fn(), onNotOutage: vi.fn() };
  act(() => {
    render(<Sidebar report={report} collapsed={false} locale="en" dir="ltr" readerZone="Asia/Riyadh" live={[{ service: 'WhatsApp', downdetector: 'https://downdetector.com/status/whatsapp/' }]} {...handlers} {...props} />, root);
  });
  return handlers;
}

describe('Sidebar', () => {
  it('is a labelled landmark with the service, company and status', () => {
    mount();
    const aside = root.querySelector('aside')!;
    expect(aside.getAttribute('aria-label')).toMatch(/Outage Lens/);
    expect(root.querySelector('[data-testid="headline"]')!.textContent).toContain('WhatsApp');
    expect(root.querySelector('[data-testid="headline"]')!.textContent).toContain('Meta');
    expect(root.querySelector('[data-testid="status"]')!.textContent).toBe('Resolved');
  });

  it('shows times as written and in the reader zone, and the drawn strip', () => {
    mount();
    const start = root.querySelector('[data-testid="fact-start"]')!.textContent!;
    expect(start).toContain('07:17 GMT');
    expect(start).toContain('10:17 your time');
    expect(root.querySelector('[data-testid="timeline-strip"]')).not.toBeNull();
    expect(root.querySelectorAll('.tick').length).toBeGreaterThan(0);
  });

  it('a click on a fact hands its evidence to the page highlighter', () => {
    const h = mount();
    (root.querySelector('[data-testid="fact-start"] button') as HTMLButtonElement).click();
    expect(h.onFact).toHaveBeenCalledWith(expect.objectContaining({ sentence: expect.stringContaining('07:17 GMT') }));
  });

  it('Esc collapses it to a tab; "Not an outage" is reported', () => {
    const h = mount();
    root.querySelector('aside')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(h.onCollapse).toHaveBeenCalledWith(true);
    (root.querySelector('[data-testid="not-outage"]') as HTMLButtonElement).click();
    expect(h.onNotOutage).toHaveBeenCalled();
  });

  it('renders page text as text: markup in a headline is shown, never run', () => {
    mount({ report: { ...report, services: [] } });
    const headline = root.querySelector('[data-testid="headline"]')!;
    expect(headline.textContent).toContain('<script>');
    expect(headline.querySelector('script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('right to left when asked, mixed text with dir=auto', () => {
    mount({ dir: 'rtl' });
    expect(root.querySelector('aside')!.getAttribute('dir')).toBe('rtl');
    expect(root.querySelectorAll('[dir="auto"]').length).toBeGreaterThan(3);
  });

  it('collapsed: a small tab that opens it again', () => {
    const h = mount({ collapsed: true });
    const tab = root.querySelector('[data-testid="sidebar-tab"]') as HTMLButtonElement;
    expect(tab.getAttribute('aria-label')).toBeTruthy();
    tab.click();
    expect(h.onCollapse).toHaveBeenCalledWith(false);
  });
});

describe('Popup', () => {
  it('shows the verdict and headline facts, and its buttons act', () => {
    const actions = { onToggleSidebar: vi.fn(), onAnalyse: vi.fn(), onSiteToggle: vi.fn(), onAutoOpen: vi.fn() };
    act(() => {
      render(
        <Popup verdict={tabVerdictOf('https://www.bbc.com/x', report, true)} site={{ origin: 'https://www.bbc.com', builtIn: true, granted: false, disabled: false }} canAnalyse sidebarVisible autoOpen busy={false} error={null} dir="ltr" incidentsUrl="options.html" {...actions} />,
        root,
      );
    });
    expect(root.querySelector('[data-testid="popup-verdict"]')!.textContent).toMatch(/Outage report · Resolved/);
    expect(root.querySelector('[data-testid="popup-headline"]')!.textContent).toContain('WhatsApp');
    (root.querySelector('[data-testid="popup-toggle"]') as HTMLButtonElement).click();
    (root.querySelector('[data-testid="popup-analyse"]') as HTMLButtonElement).click();
    const site = root.querySelector('[data-testid="popup-site"]') as HTMLInputElement;
    expect(site.checked).toBe(true);
    site.click();
    expect(actions.onToggleSidebar).toHaveBeenCalled();
    expect(actions.onAnalyse).toHaveBeenCalled();
    expect(actions.onSiteToggle).toHaveBeenCalledWith(false);
  });
});
