/** Stock exchanges: a halt by a technical fault is an outage; a fall in prices is not. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';

const opts = (lang: string) => ({ published: '2025-03-04T15:00:00Z', lang });

describe('stock exchanges', () => {
  it('a trading halt caused by a fault in the trading system is an outage of the exchange', () => {
    const r = analyzeText('Technical glitch halts trading on the London Stock Exchange',
      'Trading on the London Stock Exchange was halted for almost two hours on Tuesday morning after a technical glitch in its trading system.\nThe exchange said the problem was not caused by a cyberattack and that investors could trade again from 10:15 GMT.\nShares in the FTSE 100 index were little changed when trading resumed.', opts('en'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('London Stock Exchange');
  });

  it('a fall in prices on the same exchange is not', () => {
    const r = analyzeText('La Bolsa de Madrid cierra con una caída del 2%',
      'La Bolsa de Madrid cerró la sesión del martes con una caída del 2%, arrastrada por los bancos.\nLos inversores vendieron acciones ante el temor a nuevas subidas de tipos.\nEl índice acumula una caída del 5% en la semana.', opts('es'));
    expect(r.isOutage).toBe(false);
  });
});

describe('a report says what is down', () => {
  it('a column on outages in general, naming no service or tracker, is not a report', () => {
    const r = analyzeText('When the app goes down: outages are the new normal',
      'Another outage, another morning without online banking. The app went down again, users could not log in and payments failed for hours.\nEach time the service is restored, we forget. But outages are now part of daily life, and the companies behind our apps are rarely held to account.\nUntil regulators act, the next outage is only a matter of time.', { published: '2025-03-04T15:00:00Z', lang: 'en' });
    // The words alone would make it one: what it lacks is a service or a tracker.
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.isOutage).toBe(false);
  });
  it('an exchange down by a cyber attack is an outage, though no system noun is written', () => {
    const r = analyzeText('NZX down for a fourth day as cyber attacks force another trading halt',
      'The NZX halted trading again on Friday after a fourth day of cyber attacks from offshore flooded its network, the exchange said.\nMarket participants and investors said the halt hurt confidence.', opts('en'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('NZX');
  });
});
