/**
 * Where the extension runs: the news list, and the reader's own grants registered as a
 * runtime content script (the browser API is a small fake here).
 */
import { describe, expect, it } from 'vitest';
import { DETECTOR_FILE, DETECTOR_SCRIPT_ID, isNewsHost, originPattern, syncRegistration, type SitesApi } from '../../utils/sites';

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
});
