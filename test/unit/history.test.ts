/**
 * History storage: migration from v1 data, validation and quarantine of damaged values,
 * the size bound, and two tabs writing at once. Runs on WXT's in-memory fakeBrowser.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeText } from '../../extraction/index';
import { addToHistory, historyItem, historyQuarantineItem, MAX_HISTORY, readHistory, type HistoryEntryV1 } from '../../utils/history';

const report = (service: string, minute: number) =>
  analyzeText(`${service} down for thousands of users`, `${service} users could not log in from 07:${String(minute).padStart(2, '0')} GMT, according to Downdetector. The company said it was working on a fix.`, { published: '2024-03-05T12:00:00Z', lang: 'en' });

const v1Entry: HistoryEntryV1 = {
  url: 'https://www.bbc.com/news/whatsapp', title: 'WhatsApp down', outlet: 'bbc.com', language: 'en', published: '2022-10-25T09:00:00Z',
  seenAt: '2022-10-25T10:00:00Z', services: ['WhatsApp'], company: 'Meta', status: 'resolved', start: '2022-10-25T07:17:00Z', end: null,
  startText: '07:17 GMT', endText: null, durationMinutes: null, cause: 'unknown', regions: ['global'], reportSources: ['Downdetector'], related: [],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('history storage', () => {
  it('migrates v1 data (no timeline) to v2 without losing an entry', async () => {
    await fakeBrowser.storage.local.set({ history: [v1Entry, { ...v1Entry, url: 'https://www.bbc.com/news/other' }], history$: { v: 1 } });
    // What an extension update does at startup (the item migrates when the background loads).
    await historyItem.migrate();
    const migrated = await historyItem.getValue();
    expect(migrated).toHaveLength(2);
    expect(migrated[0]).toMatchObject({ url: v1Entry.url, services: ['WhatsApp'], timeline: [], scale: [] });
    expect((await fakeBrowser.storage.local.get('history$'))['history$']).toMatchObject({ v: 2 });
  });

  it('sets a damaged value aside, starts over, and says so', async () => {
    await historyItem.setValue({ not: 'a list' } as never);
    const { entries, problem } = await readHistory();
    expect(entries).toEqual([]);
    expect(problem).toMatch(/damaged/);
    const kept = await historyQuarantineItem.getValue();
    expect(kept[0].value).toEqual({ not: 'a list' });
  });

  it('keeps the good entries of a partly damaged list and quarantines the rest', async () => {
    await historyItem.setValue([{ ...v1Entry, timeline: [], scale: [] }, 42, { title: 'no url' }] as never);
    const { entries, problem } = await readHistory();
    expect(entries.map((e) => e.url)).toEqual([v1Entry.url]);
    expect(problem).toMatch(/2 damaged/);
    expect((await historyQuarantineItem.getValue())[0].value).toEqual([42, { title: 'no url' }]);
  });

  it(`is bounded at ${MAX_HISTORY}: the oldest go first`, async () => {
    const many = Array.from({ length: MAX_HISTORY }, (_, i) => ({ ...v1Entry, url: `https://example.com/${i}`, timeline: [], scale: [] }));
    await historyItem.setValue(many);
    const count = await addToHistory('https://example.com/new', report('WhatsApp', 17));
    expect(count).toBe(MAX_HISTORY);
    const stored = await historyItem.getValue();
    expect(stored[0].url).toBe('https://example.com/1');
    expect(stored.at(-1)!.url).toBe('https://example.com/new');
  });

  it('two tabs writing at once: no article lost', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => addToHistory(`https://example.com/tab-${i}`, report(i % 2 ? 'WhatsApp' : 'Instagram', i))));
    const stored = await historyItem.getValue();
    expect(stored).toHaveLength(20);
    expect(stored.every((e) => e.timeline.length > 0)).toBe(true);
  });
});
