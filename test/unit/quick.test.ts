/**
 * The first look: its folding agrees with the engine's, and it says "maybe" on outage
 * headlines in several languages and scripts, and nothing on ordinary ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUICK_TERMS } from '../../extraction/lang/quick-terms.generated';
import { findNeedle, PACK_SEPARATOR, procliticStart, quickFold, quickNeedle, quickSpaced, scanPacked, textWords } from '../../extraction/quick-match';

/** A needle back as the term it stands for, to read the results. */
function needleTerm(needle: string): string {
  if (!needle.startsWith(' ')) return needle;
  return needle.endsWith(' ') ? needle.slice(1, -1) : `${needle.slice(1)}*`;
}

/** The terms (engine's precompiled form) found in a text, as the first look finds them. */
function quickMatcher(terms: string[], clitics: string[] = []) {
  const needles = terms.map(quickNeedle);
  return { find: (text: string) => needles.filter((n) => findNeedle(quickSpaced(text), n, procliticStart(clitics)) >= 0).map(needleTerm) };
}
import { quickLookText } from '../../extraction/quick';
import { foldText } from '../../extraction/text/normalize';

describe('quick matcher', () => {
  it('folds like the engine does (diacritics, alef forms, digits, case)', () => {
    for (const s of ['أكّدت ميـــتا', '٠٧:١٧ بتوقيت غرينتش', 'WhatsApp DOWN', 'ARIZA arıza']) expect(quickFold(s)).toBe(foldText(s).folded);
  });
  it('folds like the engine does on any mix of the characters it maps or drops', () => {
    // "İ" aside: its lower case is two characters, which the engine folds one by one.
    const chars = fc.constantFrom(...'aZé ıأإآٱىیکـ’‘٠٧٩۰۹\u064b\u0651\u0670\u200b\u200f\u202b\u2067\u00adعطلDOWN.'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
      const s = cs.join('');
      expect(quickFold(s)).toBe(foldText(s).folded);
    }));
  });
  it('passing over needles whose first word the text lacks finds the same needles as searching them all', () => {
    const needles = [...QUICK_TERMS.outage.en.split(PACK_SEPARATOR), ...QUICK_TERMS.headline.fr.split(PACK_SEPARATOR), ...QUICK_TERMS.outage.zh.split(PACK_SEPARATOR)].filter(Boolean);
    const packed = needles.join(PACK_SEPARATOR);
    // Texts made of the needles' own words (whole, cut short, run on, run together) and others.
    const pieces = [...new Set(needles.flatMap((n) => n.trim().split(' ')))];
    const word = fc.constantFrom(...pieces);
    const piece = fc.oneof(word, word.map((w) => w.slice(0, -1)), word.map((w) => `${w}s`), fc.constantFrom('the', 'app', 'a', '-', '.', '断'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (ws, glue) => {
      const text = quickSpaced(ws.join(glue ? '' : ' '));
      const all: string[] = [];
      const pruned: string[] = [];
      scanPacked(text, packed, null, (n, at) => (all.push(`${n}@${at}`), false));
      scanPacked(text, packed, null, (n, at) => (pruned.push(`${n}@${at}`), false), textWords(text));
      expect(pruned).toEqual(all);
    }), { numRuns: 300 });
  });
  it('finds single words, stems, phrases, proclitic-glued Arabic and CJK terms', () => {
    const m = quickMatcher(['outage*', 'went down', 'عطل', '障害'], ['و', 'ال']);
    expect(m.find('Outages hit; the site went down')).toEqual(['outage*', 'went down']);
    expect(m.find('والعطل مستمر')).toEqual(['عطل']);
    expect(m.find('通信障害が発生')).toEqual(['障害']);
    expect(m.find('a downward trend')).toEqual([]);
  });
  it('checks word boundaries at each place the word occurs, not only the first', () => {
    const m = quickMatcher(['down', 'outage*', 'عطل'], ['و', 'ال']);
    expect(m.find('Downtown traffic; later the app was down')).toEqual(['down']);
    expect(m.find('Downtown traffic, nothing else')).toEqual([]);
    expect(m.find('the blackoutage of nothing; an outage later')).toEqual(['outage*']);
    expect(m.find('تعطل ثم والعطل')).toEqual(['عطل']);
    expect(m.find('تعطل فقط')).toEqual([]);
  });
  it('one pass: a tracker or a headline word is enough, lead words need two', () => {
    expect(quickLookText('Morning briefing', 'Readers told Downdetector about the app this morning and nothing more.', 'en').candidate).toBe(true);
    expect(quickLookText('Morning briefing', 'There was an outage of enthusiasm at the meeting, one of many topics covered today.', 'en').candidate).toBe(false);
    expect(quickLookText('Morning briefing', 'An outage hit the bank on Monday, and customers said the app went down twice during the day.', 'en').candidate).toBe(true);
  });
  it('a service-down, attack or block word counts in the headline only', () => {
    const lead = 'The company said on Tuesday that it was working with investigators and that hospitals had switched to paper records.';
    expect(quickLookText('Hospital lab systems hit by ransomware', lead, 'en').candidate).toBe(true);
    expect(quickLookText('WhatsApp é bloqueado em todo o país', '', 'pt').candidate).toBe(true);
    expect(quickLookText('名古屋港のシステム、サイバー攻撃で停止', '', 'ja').candidate).toBe(true);
    // An authorities' block in a word, in the headline: "Internet di Papua Masih Diblokir", "blocage de l'internet mobile".
    expect(quickLookText('Internet di Papua Masih Diblokir, Warga Andalkan SMS', '', 'id').candidate).toBe(true);
    expect(quickLookText("Sénégal : blocage de l'internet mobile après le report du scrutin", '', 'fr').candidate).toBe(true);
    expect(quickLookText('Hospital budget talks resume', `${lead} Ransomware was not mentioned, and no system was offline.`, 'en').candidate).toBe(false);
  });
  it('a failure told through its consequences counts in the headline, not in the lead', () => {
    expect(quickLookText('Cash-only tills as the islands are cut off', '', 'en').candidate).toBe(true);
    expect(quickLookText('Island life in winter', 'Shops on the island went back to pen and paper last year, and cash-only tills are common in the villages.', 'en').candidate).toBe(false);
  });
  it('says maybe on outage headlines, nothing on others', () => {
    expect(quickLookText('WhatsApp down for thousands of users', '', 'en').candidate).toBe(true);
    expect(quickLookText('عطل يضرب واتساب حول العالم', '', 'ar').candidate).toBe(true);
    expect(quickLookText('Panne géante chez Orange', '', 'fr').candidate).toBe(true);
    expect(quickLookText('Election results: what we know so far', 'Voters went to the polls on Sunday.', 'en').candidate).toBe(false);
  });
  it('reads the headline from the document title, and from og:title where the title is empty', async () => {
    const { parseHTML } = await import('linkedom');
    const { quickLook } = await import('../../extraction/quick');
    const page = (title: string, ogTitle: string) =>
      parseHTML(`<html lang="en"><head><title>${title}</title><meta property="og:title" content="${ogTitle}"></head><body><p>Voters went to the polls on Sunday in the north of the country.</p></body></html>`).document as unknown as Document;
    expect(quickLook(page('Bank app outage leaves customers unable to pay - Daily Post', 'Election night')).candidate).toBe(true);
    expect(quickLook(page('', 'Bank app outage leaves customers unable to pay')).candidate).toBe(true);
    expect(quickLook(page('Election night - Daily Post', '')).candidate).toBe(false);
  });
});
