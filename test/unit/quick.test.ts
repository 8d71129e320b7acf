/**
 * The first look: its folding agrees with the engine's, and it says "maybe" on outage
 * headlines in several languages and scripts, and nothing on ordinary ones.
 */
import { describe, expect, it } from 'vitest';
import { quickFold, quickMatcher } from '../../extraction/quick-match';
import { quickLookText } from '../../extraction/quick';
import { foldText } from '../../extraction/text/normalize';

describe('quick matcher', () => {
  it('folds like the engine does (diacritics, alef forms, digits, case)', () => {
    for (const s of ['أكّدت ميـــتا', '٠٧:١٧ بتوقيت غرينتش', 'WhatsApp DOWN', 'ARIZA arıza']) expect(quickFold(s)).toBe(foldText(s).folded);
  });
  it('finds single words, stems, phrases, proclitic-glued Arabic and CJK terms', () => {
    const m = quickMatcher(['outage*', 'went down', 'عطل', '障害'], ['و', 'ال']);
    expect(m.find('Outages hit; the site went down')).toEqual(['outage*', 'went down']);
    expect(m.find('والعطل مستمر')).toEqual(['عطل']);
    expect(m.find('通信障害が発生')).toEqual(['障害']);
    expect(m.find('a downward trend')).toEqual([]);
  });
  it('says maybe on outage headlines, nothing on others', () => {
    expect(quickLookText('WhatsApp down for thousands of users', '', 'en').candidate).toBe(true);
    expect(quickLookText('عطل يضرب واتساب حول العالم', '', 'ar').candidate).toBe(true);
    expect(quickLookText('Panne géante chez Orange', '', 'fr').candidate).toBe(true);
    expect(quickLookText('Election results: what we know so far', 'Voters went to the polls on Sunday.', 'en').candidate).toBe(false);
  });
});
