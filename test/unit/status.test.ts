/** Where the outage stands: return words in a sentence that gives no date for the return tell of none. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';

const status = (lang: string, title: string, body: string) => analyzeText(title, body, { published: '2025-05-06T12:00:00Z', lang }).status;

describe('status', () => {
  it('"no date for the return" keeps the outage going', () => {
    expect(status('en', 'Vodafone outage leaves customers without mobile data',
      'Vodafone customers across the country have been without mobile data since Tuesday morning, Downdetector showed. The company did not say when it expected service to be restored.')).toBe('ongoing');
    expect(status('fr', 'Panne chez l\'opérateur Télécâble : internet coupé depuis lundi',
      'Les abonnés de Télécâble sont privés d\'internet depuis lundi, selon Downdetector. L\'opérateur a présenté ses excuses, sans avancer de date de retour à la normale.')).toBe('ongoing');
  });
  it('a return said plainly still ends it', () => {
    expect(status('en', 'Hospital network back online after outage',
      'Computer systems at the Eastmoor hospital network went down on Tuesday morning, Downdetector showed. Service was fully restored by the evening, the company said.')).toBe('resolved');
  });
});
