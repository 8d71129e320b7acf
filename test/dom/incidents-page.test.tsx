// @vitest-environment happy-dom
/**
 * The incidents page rendered with Preact into happy-dom (WXT's fakeBrowser stands in for the
 * extension API; strings fall back to English): search, detail with conflicts and the merged
 * timeline, exports, import messages and the delete confirmation.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IncidentsPage, type IncidentsPageProps } from '../../components/IncidentsPage';
import { INCIDENTS } from '../../extraction/data/incidents';
import { cleanEntry, type HistoryEntry } from '../../utils/history';

function entry(p: Partial<HistoryEntry> & { url: string }): HistoryEntry {
  return cleanEntry({
    title: 'WhatsApp down',
    outlet: new URL(p.url).hostname.replace(/^www\./, ''),
    language: 'en',
    published: '2022-10-25T09:00:00Z',
    seenAt: '2022-10-25T12:00:00Z',
    services: ['WhatsApp'],
    company: 'Meta',
    status: 'resolved',
    cause: 'unknown',
    ...p,
  })!;
}

const history = [
  entry({
    url: 'https://www.afp.com/ar/wa',
    language: 'ar',
    title: 'عطل عالمي يوقف واتساب',
    start: '2022-10-25T07:17:00Z',
    startText: '07,17 بتوقيت غرينتش',
    timeline: [{ at: '2022-10-25T07:17:00Z', atText: '07,17', kind: 'report', text: 'بدأت البلاغات' }],
  }),
  entry({
    url: 'https://www.reuters.com/wa',
    title: 'WhatsApp back after outage',
    start: '2022-10-25T07:20:00Z',
    startText: '0720 GMT',
    timeline: [
      { at: '2022-10-25T08:50:00Z', atText: '0850 GMT', kind: 'restore', text: 'Service returned' },
      { at: null, atText: null, kind: 'statement', text: 'Meta apologised' },
    ],
  }),
  entry({ url: 'https://www.bbc.com/slack', title: 'Slack outage hits offices', services: ['Slack'], company: 'Salesforce', start: '2024-02-26T14:00:00Z', published: '2024-02-26T15:00:00Z', cause: 'dns' }),
];

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
});

function mount(props: Partial<IncidentsPageProps> = {}) {
  const handlers = {
    download: vi.fn(),
    onImport: vi.fn(async () => ({ ok: true as const, value: { added: 2, updated: 1, skipped: 0, total: 5 } })),
    onRemove: vi.fn(async () => ({ ok: true as const, value: { total: 2 } })),
    onClear: vi.fn(async () => ({ ok: true as const, value: { total: 0 } })),
  };
  act(() => {
    render(<IncidentsPage history={history} catalogue={INCIDENTS} locale="en" dir="ltr" now={() => new Date('2024-05-01T00:00:00Z')} {...handlers} {...props} />, root);
  });
  return handlers;
}

const $ = (id: string) => root.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
const items = () => [...root.querySelectorAll('[data-testid="incident-item"]')] as HTMLElement[];
const flush = () => new Promise((r) => setTimeout(r, 0));

function type(text: string) {
  const input = $('incidents-search') as HTMLInputElement;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('IncidentsPage', () => {
  it('shows the stored count and the history incidents with the catalogue', () => {
    mount();
    expect($('history-count')!.textContent).toBe('Articles stored: 3');
    // 2 incidents from history (WhatsApp with two outlets, Slack) + the catalogue.
    expect(items()).toHaveLength(Math.min(100, 2 + INCIDENTS.length));
    expect(root.querySelector('svg[role="img"]')!.getAttribute('aria-label')).toMatch(/^Incidents per year: /);
  });

  it('search filters the list (Arabic text, outlets, services)', () => {
    mount();
    type('واتساب');
    expect(items()).toHaveLength(1);
    expect(items()[0].textContent).toContain('WhatsApp');
    type('reuters.com');
    expect(items()).toHaveLength(1);
    type('slack offices');
    expect(items()).toHaveLength(1);
    expect(items()[0].textContent).toContain('Slack outage hits offices');
    type('no such outage anywhere');
    expect(items()).toHaveLength(0);
    expect(root.textContent).toContain('No incident matches the search.');
  });

  it('filters by origin and cause', () => {
    mount();
    const origin = root.querySelector('#filter-origin') as HTMLSelectElement;
    act(() => {
      origin.value = 'history';
      origin.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(items()).toHaveLength(2);
    const cause = root.querySelector('#filter-cause') as HTMLSelectElement;
    act(() => {
      cause.value = 'dns';
      cause.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(items()).toHaveLength(1);
  });

  it('the detail shows the start conflict side by side with outlets, and the merged timeline citing outlets', () => {
    mount();
    type('whatsapp reuters');
    const btn = items()[0].querySelector('button')!;
    act(() => btn.click());
    const detail = $('incident-detail')!;
    expect(detail).not.toBeNull();
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    const conflict = detail.querySelector('[data-testid="conflict-start"]')!;
    const cards = [...conflict.querySelectorAll('.value-card')].map((c) => c.textContent);
    expect(cards).toHaveLength(2);
    expect(cards[0]).toContain('07:17 GMT');
    expect(cards[0]).toContain('afp.com');
    expect(cards[0]).toContain('07,17 بتوقيت غرينتش');
    expect(cards[1]).toContain('07:20 GMT');
    expect(cards[1]).toContain('reuters.com');
    const events = [...detail.querySelectorAll('[data-testid="merged-timeline"] li')].map((li) => li.textContent);
    expect(events).toHaveLength(3);
    expect(events[0]).toContain('afp.com');
    expect(events[1]).toContain('Service returned');
    expect(events[2]).toContain('Meta apologised');
    expect(detail.querySelector('.event-text')!.getAttribute('dir')).toBe('auto');
    expect(detail.querySelectorAll('[data-testid="incident-source"]')).toHaveLength(2);
    // Escape closes the detail.
    act(() => {
      detail.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect($('incident-detail')).toBeNull();
  });

  it('a catalogue incident shows its reference links', () => {
    mount();
    const origin = root.querySelector('#filter-origin') as HTMLSelectElement;
    act(() => {
      origin.value = 'catalogue';
      origin.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => items()[0].querySelector('button')!.click());
    const links = [...$('incident-detail')!.querySelectorAll('[data-testid="incident-references"] a')] as HTMLAnchorElement[];
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((a) => a.href.startsWith('http') && a.rel.includes('noopener'))).toBe(true);
  });

  it('exports the shown incidents in each format through download()', () => {
    const h = mount();
    type('whatsapp');
    for (const id of ['export-json', 'export-csv', 'export-md', 'export-ics']) act(() => $(id)!.click());
    expect(h.download).toHaveBeenCalledTimes(4);
    const [json, csv, md, ics] = h.download.mock.calls as unknown as [string, string, string][];
    expect(json[0]).toBe('outage-lens-incidents-20240501.json');
    expect(JSON.parse(json[2]).entries).toHaveLength(2);
    expect(csv[1]).toContain('text/csv');
    expect(md[2]).toContain('| Outlet | Title |');
    expect(ics[2]).toContain('BEGIN:VEVENT');
  });

  it('import: sends the file text and says what was added; a refused file gets its translated message', async () => {
    const h = mount();
    const input = $('import-file') as HTMLInputElement;
    const file = new File(['{"format":"outage-lens-export"}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await flush();
    });
    expect(h.onImport).toHaveBeenCalledWith('{"format":"outage-lens-export"}');
    expect($('import-message')!.textContent).toBe('Import done: 2 added, 1 updated.');

    h.onImport.mockImplementationOnce(async () => ({ ok: false, error: 'newer-version', detail: 'version 3' }) as never);
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await flush();
    });
    expect($('import-message')!.textContent).toMatch(/newer version of Outage Lens.*Nothing was changed/);
  });

  it('delete all asks first; delete one article asks first', async () => {
    const h = mount();
    act(() => $('delete-all')!.click());
    expect(h.onClear).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Delete all 3 stored articles?');
    await act(async () => {
      $('delete-all-confirm')!.click();
      await flush();
    });
    expect(h.onClear).toHaveBeenCalledTimes(1);

    type('slack');
    act(() => items()[0].querySelector('button')!.click());
    const source = $('incident-detail')!.querySelector('[data-testid="incident-source"]')!;
    act(() => (source.querySelector('button') as HTMLButtonElement).click());
    expect(h.onRemove).not.toHaveBeenCalled();
    await act(async () => {
      (source.querySelector('button.danger') as HTMLButtonElement).click();
      await flush();
    });
    expect(h.onRemove).toHaveBeenCalledWith('https://www.bbc.com/slack');
  });

  it('renders right to left for an Arabic UI, and never links a non-web URL', () => {
    mount({ dir: 'rtl', locale: 'ar', history: [entry({ url: 'javascript:alert(1)', title: 'bad', start: '2022-01-01T00:00:00Z' })] });
    expect(root.querySelector('main')!.getAttribute('dir')).toBe('rtl');
    type('bad');
    act(() => items()[0].querySelector('button')!.click());
    const a = $('incident-detail')!.querySelector('[data-testid="incident-source"] a')!;
    expect(a.hasAttribute('href')).toBe(false);
  });
});
