import { describe, expect, it } from 'vitest';
import { ArticleText } from '../../extraction/text/article-text';
import { Lexicon } from '../../extraction/text/lexicon';
import { foldTerm, foldText } from '../../extraction/text/normalize';
import { tokenize } from '../../extraction/text/tokens';

describe('foldText', () => {
  it('folds Arabic-Indic, Persian and full-width digits to ASCII', () => {
    expect(foldText('٠٧:١٧ ۰۸:۵۰ １２：３０').folded).toBe('07:17 08:50 12:30');
  });
  it('drops Arabic diacritics and tatweel and maps offsets back', () => {
    const original = 'أكّدت ميـــتا';
    const { folded, origin } = foldText(original);
    expect(folded).toBe('اكدت ميتا');
    const at = folded.indexOf('ميتا');
    expect(original.slice(origin[at], origin[at + 4 - 1] + 1)).toBe('ميـــتا');
  });
  it('lower-cases, keeps length-changing characters aligned', () => {
    const { folded, origin } = foldText('İstanbul DOWN');
    expect(folded.endsWith('down')).toBe(true);
    expect(origin[folded.length]).toBe('İstanbul DOWN'.length);
  });
});

describe('Lexicon', () => {
  const lex = new Lexicon<string>({ proclitics: ['وال', 'و', 'ال', 'لل', 'ب', 'ل'] })
    .add('outage*', 'outage')
    .add('went down', 'down')
    .add('واتس اب', 'whatsapp')
    .add('عطل', 'fault')
    .add('障害', 'fault-ja');
  const find = (s: string) => {
    const { folded } = foldText(s);
    return lex.match(folded, tokenize(folded)).map((m) => `${m.payload}:${folded.slice(m.start, m.end)}`);
  };
  it('matches stems and multi-word terms on word boundaries', () => {
    expect(find('Outages hit; the site went  down')).toEqual(['outage:outages', 'down:went  down']);
    expect(find('the downward trend')).toEqual([]);
  });
  it('matches Arabic terms with glued proclitics', () => {
    expect(find('والعطل لواتس اب')).toEqual(['fault:والعطل', 'whatsapp:لواتس اب']);
    // Only the pairs the list holds, in their order: "ل" then "و" glue nothing.
    expect(find('لوعطل')).toEqual([]);
  });
  it('matches CJK terms without spaces', () => {
    expect(find('通信障害が発生')).toEqual(['fault-ja:障害']);
  });
});

describe('ArticleText sentences', () => {
  it('splits on sentence ends but not on a.m., U.S. or 07.17', () => {
    const at = new ArticleText('Title', 'It began at 3 a.m. EDT in the U.S. and at 07.17 GMT. It ended. ولم يتضح بعد سبب العطل؟ نعم.');
    expect(at.sentences.map((s) => at.sentenceText(s))).toEqual([
      'Title',
      'It began at 3 a.m. EDT in the U.S. and at 07.17 GMT.',
      'It ended.',
      'ولم يتضح بعد سبب العطل؟',
      'نعم.',
    ]);
  });
  it('a day written as an ordinal ("am 2. November", "der 3. große") does not end the sentence; a number that ends one does', () => {
    const at = new ArticleText('Titel', 'Von Donnerstag, 2. November, 11.44 Uhr, bis zum 4. Nov. war alles gestört. Es war der 3. große Ausfall. Betroffen waren 12. Danach kam die Meldung.');
    expect(at.sentences.map((s) => at.sentenceText(s))).toEqual([
      'Titel',
      'Von Donnerstag, 2. November, 11.44 Uhr, bis zum 4. Nov. war alles gestört.',
      'Es war der 3. große Ausfall.',
      'Betroffen waren 12.',
      'Danach kam die Meldung.',
    ]);
  });
});

describe('foldTerm', () => {
  it('folds a term as foldText folds text, with its white space collapsed (on any mix of characters)', () => {
    const reference = (t: string) => foldText(t).folded.replace(/\s+/g, ' ').trim();
    const pool = ['A', 'z', 'İ', 'ı', 'أ', 'ى', 'ک', '\u064b', '\u0640', '٣', '۷', '１', 'Ａ', '：', '\u00a0', '\u1680', '\u2009', '\t', ' ', '  ', '’', '–', '\u200f', 'ß', 'ǅ', '中', 'ア', 'é'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 5000; i++) {
      let s = '';
      for (let j = Math.floor(next() * 9); j > 0; j--) s += pool[Math.floor(next() * pool.length)];
      expect(foldTerm(s)).toBe(reference(s));
    }
  });
});
