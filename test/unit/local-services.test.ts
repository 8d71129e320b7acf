/**
 * Local services of each language's markets (data/services-local.ts): named as the service that
 * failed, by their Latin names or their local-script ones; and a maintenance notice that names one
 * is still no outage report. Articles made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';

const opts = (lang: string) => ({ published: '2025-05-12T09:00:00Z', lang });

describe('local services', () => {
  it('names a local bank by its Latin name', () => {
    const r = analyzeText('Capitec app down for thousands of customers on payday',
      'Customers of Capitec could not log in to the banking app or pay by card on Monday morning, with Downdetector showing thousands of reports.\nThe bank said engineers were working to restore the service.', opts('en'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('Capitec');
  });

  it('names a local bank by its local-script name', () => {
    const r = analyzeText('常陽銀行でシステム障害　ATMや振り込みが利用できず',
      '常陽銀行は12日、システム障害が発生し、午前9時ごろからATMやインターネットバンキングでの振り込みが利用できない状態になっていると発表した。\n同行は復旧作業を急いでいる。', opts('ja'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('Joyo Bank');
  });

  it('a notice that a named service will be unavailable is no outage report', () => {
    // The outage word stands inside the notice's own phrase ("vai estar indisponível").
    const r = analyzeText('Portal das Finanças vai estar indisponível no sábado',
      'O Portal das Finanças vai estar indisponível das 20h de sábado às 8h de domingo, informou a Autoridade Tributária.\nA paragem serve para atualizar os sistemas informáticos.', opts('pt'));
    expect(r.reasons.map((x) => x.code)).not.toContain('title-outage');
    expect(r.isOutage).toBe(false);
  });
});
