/**
 * Where the extension runs: the news list, and the reader's own grants registered as a
 * runtime content script (the browser API is a small fake here).
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleUiMessage } from '../../utils/background-handlers';
import { message } from '../../utils/messages';
import { DETECTOR_FILE, DETECTOR_SCRIPT_ID, isNewsHost, originPattern, syncRegistration, type SitesApi } from '../../utils/sites';
import { siteLanguagesItem } from '../../utils/storage';

function fakeApi(origins: string[]) {
  const registered = new Map<string, { matches: string[]; js: string[] }>();
  const api: SitesApi = {
    permissions: {
      getAll: async () => ({ origins }),
      contains: async ({ origins: o }) => o.every((x) => origins.includes(x)),
      request: async () => true,
      remove: async () => true,
    },
    scripting: {
      getRegisteredContentScripts: async (f) => [...registered.keys()].filter((id) => !f?.ids || f.ids.includes(id)).map((id) => ({ id })),
      registerContentScripts: async (s) => s.forEach((x) => registered.set(x.id, { matches: x.matches, js: x.js })),
      unregisterContentScripts: async (f) => (f?.ids ?? [...registered.keys()]).forEach((id) => registered.delete(id)),
    },
  };
  return { api, registered };
}

describe('sites', () => {
  it('knows the bundled news hosts and their subdomains, not look-alikes', () => {
    expect(isNewsHost('www.aljazeera.net')).toBe(true);
    expect(isNewsHost('arabic.cnn.com')).toBe(true);
    expect(isNewsHost('g1.globo.com')).toBe(true);
    expect(isNewsHost('notbbc.com')).toBe(false);
    expect(isNewsHost('bbc.com.evil.example')).toBe(false);
  });

  it('asks for one origin only', () => {
    expect(originPattern('https://blog.example.org')).toBe('https://blog.example.org/*');
    expect(originPattern('chrome://settings')).toBeNull();
  });

  it('registers the detector for granted origins only, and unregisters when none is left', async () => {
    const granted = ['https://blog.example.org/*', '*://*.bbc.com/*'];
    const { api, registered } = fakeApi(granted);
    expect(await syncRegistration(api)).toEqual(['https://blog.example.org/*']);
    expect(registered.get(DETECTOR_SCRIPT_ID)).toEqual({ matches: ['https://blog.example.org/*'], js: [DETECTOR_FILE] });
    granted.splice(0, 1);
    expect(await syncRegistration(api)).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it('gives each added site the bundle of its stored language, and every list where none is known', async () => {
    const { api, registered } = fakeApi(['https://blog.example.org/*', 'https://journal.example.fr/*', 'https://nouvelles.example.ca/*', 'https://other.example.net/*']);
    const languages = { 'https://journal.example.fr/*': 'fr', 'https://nouvelles.example.ca/*': 'fr', 'https://blog.example.org/*': 'en' };
    await syncRegistration(api, languages);
    expect([...registered.values()].sort((a, b) => a.js[0].localeCompare(b.js[0]))).toEqual([
      { matches: ['https://blog.example.org/*'], js: ['detector-en.js'] },
      { matches: ['https://journal.example.fr/*', 'https://nouvelles.example.ca/*'], js: ['detector-fr.js'] },
      { matches: ['https://other.example.net/*'], js: [DETECTOR_FILE] },
    ]);
    // A site's language changes: its old bundle's registration goes, whichever it was.
    await syncRegistration(api, { ...languages, 'https://blog.example.org/*': 'fr' });
    expect([...registered.values()].map((r) => r.js[0]).sort()).toEqual(['detector-fr.js', DETECTOR_FILE]);
  });

  it('passes over a corrupted stored language and keeps the site with every list', async () => {
    const { api, registered } = fakeApi(['https://blog.example.org/*', 'https://journal.example.fr/*']);
    await syncRegistration(api, { 'https://blog.example.org/*': '<script>', 'https://journal.example.fr/*': 42 });
    expect([...registered.values()]).toEqual([{ matches: ['https://blog.example.org/*', 'https://journal.example.fr/*'], js: [DETECTOR_FILE] }]);
    await syncRegistration(api, 'not an object');
    expect(registered.get(DETECTOR_SCRIPT_ID)?.matches).toHaveLength(2);
  });

  it('stores the language of the page a site is added on, and forgets it when the site is turned off', async () => {
    fakeBrowser.reset();
    const origin = 'https://journal.example.fr';
    const { api, registered } = fakeApi([`${origin}/*`]);
    const page = { lang: '', text: 'Les élus ont annoncé mardi que la bibliothèque ouvrira dans le quartier des Halles au printemps, après un long retard. '.repeat(5) };
    const read = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, documentId: 'd', result: page }] as never);
    await handleUiMessage(message('ui:site-enable', { origin, tabId: 7 }), api);
    expect(read).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [0] } }));
    expect(await siteLanguagesItem.getValue()).toEqual({ [`${origin}/*`]: 'fr' });
    expect([...registered.values()]).toEqual([{ matches: [`${origin}/*`], js: ['detector-fr.js'] }]);
    // A page that cannot be read (a tab closed meanwhile): the site keeps every list.
    read.mockRejectedValue(new Error('No tab with id: 7'));
    await handleUiMessage(message('ui:site-enable', { origin, tabId: 7 }), api);
    expect(await siteLanguagesItem.getValue()).toEqual({});
    expect([...registered.values()]).toEqual([{ matches: [`${origin}/*`], js: [DETECTOR_FILE] }]);
    await siteLanguagesItem.setValue({ [`${origin}/*`]: 'fr', 'https://other.example.net/*': 'de' });
    await handleUiMessage(message('ui:site-disable', { origin }), api);
    expect(await siteLanguagesItem.getValue()).toEqual({ 'https://other.example.net/*': 'de' });
  });
});
