/** A look back at an old outage ("a year after …") is not a report of an outage now. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';

const opts = (lang: string) => ({ published: '2025-07-03T09:00:00Z', lang });

describe('retrospectives', () => {
  it('a headline looking back a year is not a report', () => {
    const r = analyzeText('A year after the Optus outage, what has changed for emergency calls',
      'The Optus outage left millions of Australians without mobile and internet service for about 12 hours last November. Twelve months on, the regulator has new rules for emergency calls.\nThe network went down after a routing change, and customers could not call triple zero.', opts('en'));
    expect(r.isOutage).toBe(false);
  });
  it('nor in Japanese, where the year comes after the outage', () => {
    const r = analyzeText('ドコモ通信障害から1年　対策は進んだか',
      'NTTドコモの大規模な通信障害から1年を迎えた。全国で通話やデータ通信がつながりにくくなった。\n同社は設備の二重化を進めている。', opts('ja'));
    expect(r.isOutage).toBe(false);
  });
  it('an outage now that recalls one a year before is still a report', () => {
    const r = analyzeText('Optus network down again across Australia',
      'Optus customers across Australia could not make calls or use mobile data on Thursday morning, Downdetector showed, a year after the outage that cut off millions.\nThe company said engineers were working to restore service.', opts('en'));
    expect(r.isOutage).toBe(true);
  });
});
