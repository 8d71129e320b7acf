import { describe, it, expect } from 'vitest';
import { NEWS_SITES } from '../../extraction/data/news-sites';

/** The twelve languages the default site list must cover. */
const LANGUAGES = ['ar', 'en', 'fr', 'es', 'de', 'pt', 'it', 'tr', 'ru', 'id', 'ja', 'zh'];

/** A bare lowercase domain: labels of a-z, 0-9 and inner hyphens, a letters-only top level. */
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

describe('NEWS_SITES', () => {
  it('lists at least 150 sites', () => {
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(150);
  });

  it('has no duplicate hosts', () => {
    const seen = new Set<string>();
    const duplicates = NEWS_SITES.map((s) => s.host).filter((h) => (seen.has(h) ? true : (seen.add(h), false)));
    expect(duplicates).toEqual([]);
  });

  it('gives every host as a bare lowercase domain (no scheme, path, port or www.)', () => {
    const bad = NEWS_SITES.map((s) => s.host).filter(
      (h) => !BARE_DOMAIN.test(h) || h.startsWith('www.') || h !== h.trim().toLowerCase(),
    );
    expect(bad).toEqual([]);
  });

  it('covers each of the twelve languages with at least 5 sites', () => {
    for (const lang of LANGUAGES) {
      const count = NEWS_SITES.filter((s) => s.languages.includes(lang)).length;
      expect(count, `sites for "${lang}"`).toBeGreaterThanOrEqual(5);
    }
  });

  it('fills name, languages and country with well-formed values', () => {
    for (const site of NEWS_SITES) {
      expect(site.name.trim(), site.host).not.toBe('');
      expect(site.languages.length, site.host).toBeGreaterThan(0);
      for (const lang of site.languages) expect(lang, site.host).toMatch(/^[a-z]{2,3}$/);
      expect(new Set(site.languages).size, site.host).toBe(site.languages.length);
      if (site.country !== null) expect(site.country, site.host).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('includes the outlets the product promises', () => {
    const hosts = new Set(NEWS_SITES.map((s) => s.host));
    for (const host of ['aljazeera.net', 'bbc.com', 'reuters.com', 'lemonde.fr', 'elpais.com', 'spiegel.de',
      'g1.globo.com', 'repubblica.it', 'hurriyet.com.tr', 'ria.ru', 'kompas.com', 'nhk.or.jp', 'xinhuanet.com']) {
      expect(hosts.has(host), host).toBe(true);
    }
  });
});
