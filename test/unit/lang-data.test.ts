/**
 * The language files agree with the gazetteer and with the generated first-look terms.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPANIES } from '../../extraction/data/companies';
import { SERVICES } from '../../extraction/data/services';
import { SOURCES } from '../../extraction/data/sources';
import { LANGUAGES } from '../../extraction/lang/index';
import { quickTermsSource } from '../../extraction/quick-terms-source';

const langs = Object.values(LANGUAGES);

describe('language files', () => {
  it('twelve languages are registered', () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'pt', 'ru', 'tr', 'zh']);
  });
  it.each(langs.map((l) => [l.code, l] as const))('%s: local names point at gazetteer entries', (_code, l) => {
    const services = new Set(SERVICES.map((s) => s.name));
    const companies = new Set(COMPANIES.map((c) => c.name));
    const sources = new Set(SOURCES.map((s) => s.name));
    expect(Object.keys(l.serviceNames ?? {}).filter((n) => !services.has(n))).toEqual([]);
    expect(Object.keys(l.companyNames ?? {}).filter((n) => !companies.has(n))).toEqual([]);
    expect(Object.keys(l.sourceNames ?? {}).filter((n) => !sources.has(n))).toEqual([]);
  });
  it.each(langs.map((l) => [l.code, l] as const))('%s: 12 months, 7 weekdays, outage words', (_code, l) => {
    expect(l.months).toHaveLength(12);
    expect(l.weekdays).toHaveLength(7);
    expect(l.outageTerms.length).toBeGreaterThan(15);
  });
});

it('the first-look terms are generated from the current language files (npm run gen)', () => {
  const onDisk = readFileSync(new URL('../../extraction/lang/quick-terms.generated.ts', import.meta.url), 'utf8');
  expect(onDisk).toBe(quickTermsSource());
});
