/**
 * Detector bundles: each news site's bundle carries its languages' first-look lists (and
 * English), finds what the full lists find in those languages, and reads its lists from its
 * own global only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { NEWS_SITES } from '../../extraction/data/news-sites';
import { QUICK_TERMS } from '../../extraction/lang/quick-terms.generated';
import { addedSiteLanguage, bundledQuickTerms, bundleLanguages, detectorFileFor, detectorFileForLanguage, FIRST_LOOK_LANGUAGES, FULL_DETECTOR_FILE, QUICK_TERMS_GLOBAL, quickTermsDeclaration, quickTermsFor } from '../../extraction/quick-bundles';
import { arabicProclitics, everyListed, guessLanguages, lookAtText, quickLookText } from '../../extraction/quick-look';

const LISTED = Object.keys(QUICK_TERMS.outage);

describe('detector bundles', () => {
  it('gives a site its own language and English, or every list when it has several languages', () => {
    expect(bundleLanguages(['fr', 'en'])).toEqual(['en', 'fr']);
    expect(bundleLanguages(['en'])).toEqual(['en']);
    expect(bundleLanguages(['ar', 'fr', 'en'])).toBeNull();
    expect(detectorFileFor(['ar', 'en'], LISTED)).toBe('detector-ar.js');
    expect(detectorFileFor(['en'], LISTED)).toBe('detector-en.js');
    expect(detectorFileFor(['de', 'fr'], LISTED)).toBe(FULL_DETECTOR_FILE);
    // A language without lists (none yet) gets the full bundle rather than none of its words.
    expect(detectorFileFor(['ko'], LISTED)).toBe(FULL_DETECTOR_FILE);
  });

  it('names a bundle for every news site, and one per listed language at most', () => {
    const files = new Set(NEWS_SITES.map((s) => detectorFileFor(s.languages, LISTED)));
    expect(files.size).toBeLessThanOrEqual(LISTED.length + 1);
    for (const f of files) expect(f).toMatch(/^detector(-[a-z]{2})?\.js$/);
  });

  it('keeps only its languages, the other-script trackers where needed, proclitics for Arabic', () => {
    const fr = quickTermsFor(QUICK_TERMS, ['en', 'fr']);
    expect(Object.keys(fr.outage).sort()).toEqual(['en', 'fr']);
    expect(Object.keys(fr.headline).sort()).toEqual(['en', 'fr']);
    expect(fr.trackers).toBe(QUICK_TERMS.trackers);
    expect(fr.trackersOtherScripts).toBe('');
    expect(fr.proclitics).toBe('');
    const ar = quickTermsFor(QUICK_TERMS, ['en', 'ar']);
    expect(ar.trackersOtherScripts).toBe(QUICK_TERMS.trackersOtherScripts);
    expect(ar.proclitics).toBe(QUICK_TERMS.proclitics);
    expect(quickTermsDeclaration(fr).length).toBeLessThan(quickTermsDeclaration(QUICK_TERMS).length / 3);
  });

  it('finds with a bundle what the full lists find in its languages', () => {
    const fr = quickTermsFor(QUICK_TERMS, ['en', 'fr']);
    const ar = quickTermsFor(QUICK_TERMS, ['en', 'ar']);
    expect(quickLookText('Panne géante chez Orange', '', 'fr', fr).candidate).toBe(true);
    expect(quickLookText('WhatsApp down for thousands of users', '', 'fr', fr).candidate).toBe(true);
    expect(quickLookText('عطل يضرب واتساب حول العالم', '', 'ar', ar).candidate).toBe(true);
    expect(quickLookText('Election : ce que l’on sait', 'Les électeurs ont voté dimanche dans le calme.', 'fr', fr).candidate).toBe(false);
    // A page declared in a language the bundle lacks is read with the lists the bundle has.
    expect(quickLookText('Outage hits the bank’s app', '', 'de', fr).candidate).toBe(true);
    expect(quickLookText('Störung bei der Bank', 'Kunden konnten sich nicht anmelden.', null, fr).candidate).toBe(false);
  });

  it('a site’s own bundle searches both of its lists on a page that declares no language', () => {
    const fr = quickTermsFor(QUICK_TERMS, ['en', 'fr']);
    expect(everyListed('', fr, null).sort()).toEqual(['en', 'fr']);
    // And on a page that declares English: a site's own bundle reads no language tag.
    expect(everyListed('', fr, 'en').sort()).toEqual(['en', 'fr']);
    // English prose long enough for the guesser to rule French out, under a French headline.
    const lead = 'The weather was mild this week and the markets were calm as traders waited for the central bank. '.repeat(5);
    expect(lookAtText('Grosse panne chez Orange', lead, null, fr, guessLanguages).candidate).toBe(false);
    expect(lookAtText('Grosse panne chez Orange', lead, null, fr, everyListed).candidate).toBe(true);
    expect(lookAtText('Election : ce que l’on sait', lead, null, fr, everyListed).candidate).toBe(false);
  });
});

describe('words glued to Arabic proclitics', () => {
  it('are read by the bundles that carry the reader for them, and only by those', () => {
    const ar = quickTermsFor(QUICK_TERMS, ['en', 'ar']);
    // "and the fault goes on": the outage word only with "و" and "ال" glued before it.
    expect(lookAtText('والعطل مستمر منذ الصباح', '', 'ar', ar, everyListed, arabicProclitics).candidate).toBe(true);
    expect(lookAtText('والعطل مستمر منذ الصباح', '', 'ar', ar, everyListed).candidate).toBe(false);
    // The Node API reads them too.
    expect(quickLookText('والعطل مستمر منذ الصباح', '', 'ar', QUICK_TERMS).candidate).toBe(true);
  });
});

describe('the bundle of a site the reader adds', () => {
  const english = 'The council said on Tuesday that the new library would open next spring, after a long delay caused by the rising cost of building materials and a shortage of workers in the region. '.repeat(3);
  const french = 'Le conseil municipal a annoncé mardi que la nouvelle bibliothèque ouvrira ses portes au printemps, après un long retard dû à la hausse des prix des matériaux et au manque de main-d’œuvre dans la région. '.repeat(3);

  it('knows the languages that have lists without loading them', () => {
    expect([...FIRST_LOOK_LANGUAGES].sort()).toEqual(LISTED.sort());
  });

  it('takes the declared language where it has lists, else the one the text shows', () => {
    expect(addedSiteLanguage('fr-CA', english, LISTED)).toBe('fr');
    expect(addedSiteLanguage(null, french, LISTED)).toBe('fr');
    expect(addedSiteLanguage(null, english, LISTED)).toBe('en');
    expect(addedSiteLanguage('', 'انقطاع الخدمة في عدة مدن بحسب ما أعلنت الشركة مساء الأحد. '.repeat(8), LISTED)).toBe('ar');
    // A declared language without lists: read as its text shows (here only English words to find).
    expect(addedSiteLanguage('ko', '서울시는 화요일 새 도서관이 내년 봄에 문을 연다고 밝혔다. '.repeat(20), LISTED)).toBe('en');
  });

  it('keeps every list where the text is too short to tell, or shows several languages', () => {
    expect(addedSiteLanguage(null, 'Home', LISTED)).toBeNull();
    expect(addedSiteLanguage(null, `${french} Der Rat sagte, die Bibliothek und das Archiv werden nicht vor dem Frühjahr öffnen, und die Kosten sind gestiegen. ${english}`, LISTED)).toBeNull();
  });

  it('gives a language without lists the English bundle', () => {
    expect(detectorFileForLanguage('fr', LISTED)).toBe('detector-fr.js');
    expect(detectorFileForLanguage('en', LISTED)).toBe('detector-en.js');
    expect(detectorFileForLanguage('ko', LISTED)).toBe('detector-en.js');
  });
});

describe('the running bundle’s lists', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g[QUICK_TERMS_GLOBAL];
  });
  it('are read from the global the bundle declares', () => {
    expect(bundledQuickTerms()).toBeNull();
    // eslint-disable-next-line no-new-func
    new Function(`${quickTermsDeclaration(quickTermsFor(QUICK_TERMS, ['en']))} globalThis.${QUICK_TERMS_GLOBAL} = ${QUICK_TERMS_GLOBAL};`)();
    expect(Object.keys(bundledQuickTerms()?.outage ?? {})).toEqual(['en']);
  });
  it('are not taken from an inherited property (an element the page named so) or a stray value', () => {
    const proto = Object.getPrototypeOf(globalThis) as Record<string, unknown>;
    proto[QUICK_TERMS_GLOBAL] = { outage: { en: ' outage' } };
    try {
      expect(bundledQuickTerms()).toBeNull();
    } finally {
      delete proto[QUICK_TERMS_GLOBAL];
    }
    g[QUICK_TERMS_GLOBAL] = 'not lists';
    expect(bundledQuickTerms()).toBeNull();
  });
});
