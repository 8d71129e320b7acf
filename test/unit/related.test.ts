/** Related incidents: earlier outages the article names by date, in the past tense or not. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';

const mentioned = (lang: string, published: string, title: string, body: string) =>
  analyzeText(title, body, { published, lang }).related.filter((r) => r.why.startsWith('mentioned')).map((r) => r.id);

describe('related incidents mentioned by date', () => {
  it('a present-tense sentence naming an earlier outage by day and month (no year)', () => {
    const ids = mentioned('fr', '2025-11-18T15:00:00Z', 'Panne chez Cloudflare : des sites inaccessibles',
      'Une panne de Cloudflare rend de nombreux sites inaccessibles depuis midi.\nAmazon Web Services a connu une panne géante le 20 octobre, avec des milliers d’applications hors service.');
    expect(ids).toContain('aws-us-east-1-2025-10-20');
  });

  it('a month named alone in a story of a later month', () => {
    const ids = mentioned('de', '2025-11-18T15:00:00Z', 'Störung bei Cloudflare legt Websites lahm',
      'Eine Störung bei Cloudflare legt seit dem Mittag viele Websites lahm.\nIm Oktober hatte ein Ausfall bei Amazon Web Services Tausende Apps stundenlang lahmgelegt.');
    expect(ids).toContain('aws-us-east-1-2025-10-20');
  });

  it('another service\'s outage a few days back, named with its date, even in a sentence not told in the past', () => {
    const ids = mentioned('en', '2022-10-31T15:00:00Z', 'Instagram down for thousands as accounts are suspended',
      'Instagram was down for thousands of users on Monday, Downdetector showed.\nIt comes less than a week after WhatsApp, also owned by Meta, goes dark for two hours on Tuesday, October 25.');
    expect(ids).toContain('whatsapp-2022-10-25');
    // (In Italian, the verb of its failing a little further from the name than an outage sentence needs.)
    const it = mentioned('it', '2022-11-01T08:00:00Z', 'Instagram in tilt, account sospesi per errore',
      'Instagram è andato in tilt ieri pomeriggio in tutto il mondo.\nMartedì 25 ottobre WhatsApp era rimasta ferma e bloccata per circa due ore.');
    expect(it).toContain('whatsapp-2022-10-25');
  });

  it('not the outage of the story itself, dated a few days back', () => {
    const ids = mentioned('en', '2025-10-22T09:00:00Z', 'Amazon explains what broke its cloud',
      'Amazon Web Services has published its account of the outage that took down thousands of apps on October 20.\nThe company said a DNS problem in its Virginia region was to blame.');
    expect(ids).not.toContain('aws-us-east-1-2025-10-20');
  });
});
