/** Outages told in everyday local words, of services the gazetteer may not know. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';

const report = (lang: string, title: string, body: string) => analyzeText(title, body, { published: '2025-04-15T12:00:00Z', lang });

describe('local words for an outage', () => {
  it('a government that cuts the internet of a province (es)', () => {
    const r = report('es', 'El Gobierno corta internet en la provincia de Chiriquí por las protestas',
      'La provincia de Chiriquí amaneció este lunes sin internet ni telefonía móvil. El regulador ordenó a las operadoras suspender ambos servicios mientras dure el estado de urgencia.\nComercios y hospitales dicen estar incomunicados desde la madrugada.');
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('Internet access');
  });
  it('a registration site that freezes (pt)', () => {
    const r = report('pt', 'Site de matrícula da universidade trava no primeiro dia',
      'O site de matrícula da Universidade Estadual trava desde a manhã desta segunda-feira (14), primeiro dia do prazo. Os estudantes relatam lentidão, erros e páginas que não carregam.\nA universidade diz que o sistema recebeu um número de acessos muito acima do previsto e que trabalha para estabilizá-lo.');
    expect(r.isOutage).toBe(true);
  });
  it('an app jammed when tickets go on sale (zh)', () => {
    const r = report('zh', '春節車票開賣 官網App塞車半小時 民眾卡關',
      '春節車票今天（14日）凌晨0時開放訂位，一開賣官網與App就系統塞車，不少民眾卡關近半小時，畫面出現伺服器錯誤。\n業者表示，開賣初期湧入人數超過系統容量，目前訂位已恢復順暢。');
    expect(r.isOutage).toBe(true);
  });
  it('a fault that stops the e-gates (en)', () => {
    const r = report('en', 'E-gates down at airports after fault, arrivals face long queues',
      'Passport e-gates at airports across the country stopped working on Monday evening after a fault in the border system, forcing officers to check passengers by hand.\nThe gates came back online shortly after midnight, the Home Office said.');
    expect(r.isOutage).toBe(true);
  });
});
