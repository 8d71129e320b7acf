/** A look back at an old outage ("a year after …") is not a report of an outage now. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';
import { Context } from '../../extraction/facts/context';
import { ArticleText } from '../../extraction/text/article-text';

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
  it('a guide to outages in general is not a report, even citing a tracker', () => {
    const r = analyzeText('Is it down for everyone or just me? How to tell when an app has failed',
      'An app will not load, messages are not sent and the website shows an error. Before restarting the router, check Downdetector, where reports from other users show whether a service is down.\nCompanies\' status pages also say when a service is down or degraded.', opts('en'));
    expect(r.isOutage).toBe(false);
    const de = analyzeText('Kein Netz? Welche Rechte Kunden bei Störungen haben',
      'Wenn das Netz ausfällt, muss der Anbieter die Störung unverzüglich beseitigen. Ob eine Störung größere Gebiete betrifft, zeigt allestörungen.de.\nAb dem dritten Tag steht Kunden eine Entschädigung zu.', opts('de'));
    expect(de.isOutage).toBe(false);
  });
  it('an outage report that tells readers how to tell if they are affected is still one', () => {
    const r = analyzeText('WhatsApp down for thousands across Europe',
      'WhatsApp was down for thousands of users across Europe on Thursday evening, Downdetector showed, with messages failing to send.\nHow to tell if it is down for everyone or just you: check the company\'s status page.\nMeta said it was working to restore service.', opts('en'));
    expect(r.isOutage).toBe(true);
  });
  it('an earlier outage told with its month alone (two to six months back) gives no cause to today\'s; a coming month is no past', () => {
    const body = 'Zoom was down for thousands of users on Thursday morning, Downdetector showed.\nIn March, Zoom was knocked offline for hours by a DNS misconfiguration.';
    const r = analyzeText('Zoom down for thousands', body, opts('en'));
    expect(r.isOutage).toBe(true);
    expect(r.cause.category).toBe('unknown');
    // "in September" of a July story is still to come: not an earlier outage.
    const at = new ArticleText('Zoom down for thousands', 'Zoom was down on Thursday.\nIn September, Zoom moves its servers to a new data centre.\nIn March, Zoom was offline for hours.');
    const ctx = new Context(at, 'en', Date.parse(opts('en').published));
    expect(at.sentences.map((x) => ctx.isPast(x))).toEqual([false, false, false, true]);
    // Nor "may" the verb (May is two months before this July story), nor آب inside "واتس اب".
    const verb = new ArticleText('Zoom down', 'Some users may still be unable to log in, Zoom said.');
    expect(new Context(verb, 'en', Date.parse(opts('en').published)).isPast(verb.sentences[1])).toBe(false);
    const name = new ArticleText('عطل في واتس اب', 'توقف تطبيق واتس اب عن العمل صباح اليوم.');
    const arCtx = new Context(name, 'ar', Date.parse('2025-10-25T09:00:00Z'));
    expect(name.sentences.map((x) => arCtx.isPast(x))).toEqual([false, false]);
  });
  it('"at the time of writing" is now, though "at the time" alone looks back', () => {
    const at = new ArticleText('Bing down', 'Bing searches were working again for many users, but Copilot was still unavailable at the time of writing.\nAt the time, Microsoft blamed a bad update.');
    const ctx = new Context(at, 'en', Date.parse(opts('en').published));
    expect(at.sentences.map((x) => ctx.isPast(x))).toEqual([false, false, true]);
  });
});
