import { describe, expect, it } from 'vitest';
import { Context } from '../../extraction/facts/context';
import { ArticleText } from '../../extraction/text/article-text';
import { findTimes } from '../../extraction/time/resolve';
import { localToUtc } from '../../extraction/time/zones';
import { analyzeText } from '../../extraction/index';

function times(body: string, lang: string, published: string | null) {
  const ctx = new Context(new ArticleText('t', body), lang, published ? Date.parse(published) : null);
  return findTimes(ctx).times.map((t) => ({ text: t.point.text, iso: t.point.iso, approximate: t.point.approximate, precision: t.point.precision }));
}

describe('clock times resolved to UTC', () => {
  it('of two zones written together before the time, the longer names it ("豪州東部時間" holds "東部時間")', () => {
    expect(times('通信障害は豪州東部時間6日午前9時ごろに始まった。', 'ja', '2025-03-06T06:00:00Z')[0]?.iso).toBe('2025-03-05T22:00:00Z');
    expect(times('通信障害は東部時間6日午前9時ごろに始まった。', 'ja', '2025-03-06T20:00:00Z')[0]?.iso).toBe('2025-03-06T14:00:00Z');
  });
  it('English: 0750 GMT, 3 am EDT, 12:30 pm IST', () => {
    const r = times('Reports rose from 0750 GMT. In Delhi it was 12:30 pm IST. It began at 3 am EDT on Tuesday.', 'en', '2024-03-06T12:00:00Z');
    expect(r.map((x) => x.iso)).toEqual(['2024-03-06T07:50:00Z', '2024-03-06T07:00:00Z', '2024-03-05T07:00:00Z']);
  });
  it('a zone that opens a bracket restates the time elsewhere; midnight is 零时', () => {
    // 0:00 Beijing time on the 12th, 12:00 Eastern on the 11th (the bracket's restatement).
    expect(times('北京时间12日零时左右（美国东部时间11日中午），某云平台出现故障。', 'zh', '2025-03-12T06:00:00Z').map((x) => x.iso)[0]).toBe('2025-03-11T16:00:00Z');
    // With no zone before the time, the bracket holds its own: 0h Brasília time.
    expect(times('O bloqueio começou logo após a 0h (horário de Brasília) de sábado (15).', 'pt', '2025-03-15T12:00:00Z').map((x) => x.iso)[0]).toBe('2025-03-15T03:00:00Z');
  });
  it('an offset written against the zone: "UTC+8", "GMT -5", "local time (GMT+3)", "بالتوقيت المحلي (غرينتش+3)"', () => {
    expect(times('It began at 9:30 UTC+8 on Monday.', 'en', '2025-03-04T12:00:00Z').map((x) => x.iso)).toEqual(['2025-03-03T01:30:00Z']);
    expect(times('It began at 9:30 GMT -5 on Monday.', 'en', '2025-03-04T12:00:00Z').map((x) => x.iso)).toEqual(['2025-03-03T14:30:00Z']);
    expect(times('It began at 9:30 local time (GMT+3) on Monday.', 'en', '2025-03-04T12:00:00Z').map((x) => x.iso)).toEqual(['2025-03-03T06:30:00Z']);
    expect(times('توقفت الخدمة عند الساعة السادسة والنصف صباحاً بالتوقيت المحلي (غرينتش+3) يوم الاثنين.', 'ar', '2025-03-04T12:00:00Z').map((x) => x.iso)).toEqual(['2025-03-03T03:30:00Z']);
  });
  it('a weekday late in the UTC day may be the next day east of UTC ("Thursday" in Sydney, published Wednesday 23:10 UTC)', () => {
    const r = times('Problems started at about 1.45am AEDT on Thursday.', 'en', '2025-02-26T23:10:00Z');
    expect(r.map((x) => x.iso)).toEqual(['2025-02-26T14:45:00Z']);
    // Early in the UTC day, "Thursday" is the one before.
    expect(times('Problems started at about 1.45am AEDT on Thursday.', 'en', '2025-02-26T05:00:00Z').map((x) => x.iso)).toEqual(['2025-02-19T14:45:00Z']);
  });
  it('a.m./p.m. written against the digits: "10am GMT", "5.08pm BST"', () => {
    const r = times('It began at 10am GMT on Tuesday. At 5.08pm BST the company posted an all clear.', 'en', '2025-04-16T20:00:00Z');
    expect(r.map((x) => x.iso)).toEqual(['2025-04-15T10:00:00Z', '2025-04-15T16:08:00Z']);
  });
  it('a named zone keeps its offset of the day: Moscow time was UTC+4 in 2014, UTC+3 since; Turkey UTC+2 in a 2014 winter', () => {
    expect(times('Сбой начался около 18:00 по московскому времени.', 'ru', '2014-07-27T20:00:00Z')[0].iso).toBe('2014-07-27T14:00:00Z');
    expect(times('Сбой начался около 18:00 по московскому времени.', 'ru', '2021-07-27T20:00:00Z')[0].iso).toBe('2021-07-27T15:00:00Z');
    expect(times('Kesinti saat 10.00 TSİ itibarıyla başladı.', 'tr', '2014-01-15T12:00:00Z')[0].iso).toBe('2014-01-15T08:00:00Z');
  });
  it('a day that opens another time\'s phrase is that time\'s, not the one before it ("02.15 WIB, atau Kamis pukul 14.15 waktu pantai timur AS")', () => {
    const r = times('Pada Jumat (8/8/2025) dini hari, laporan gangguan melonjak sekitar pukul 02.15 WIB, atau Kamis pukul 15.15 waktu pantai timur AS.', 'id', '2025-08-08T06:00:00Z');
    expect(r.map((x) => x.iso)).toEqual(['2025-08-07T19:15:00Z', '2025-08-07T19:15:00Z']);
  });
  it('a date restating a time in parentheses is neither the day of the time before it nor the story\'s day from then on', () => {
    const r = times("Sorun 4 Mart'ta Pasifik saatiyle 07.10'da başladı ve Pasifik saatiyle 17.20'ye (TSİ 5 Mart 04.20) kadar sürdü. İlk düzelme TSİ 21.05 civarında görüldü.", 'tr', '2025-03-07T09:00:00Z');
    expect(r.map((x) => x.iso)).toEqual(['2025-03-04T15:10:00Z', '2025-03-05T01:20:00Z', '2025-03-04T18:05:00Z']);
  });
  it('a month\'s day is not taken from a time\'s hour after it ("5 Mart 04.20")', () => {
    const ctx = new Context(new ArticleText('t', 'Kesinti 5 Mart 04.20 civarında bitti.'), 'tr', Date.parse('2025-03-07T09:00:00Z'));
    expect(ctx.dates.map((d) => new Date(d.dayMs!).toISOString().slice(0, 10))).toEqual(['2025-03-05']);
  });
  it('a weekday with its day of the month ("del martes 14", "mardi 3") is that day, not the last such weekday', () => {
    expect(times('La caída empezó a las 19:00 UTC del martes 14, según la empresa.', 'es', '2023-03-22T09:30:00Z')[0].iso).toBe('2023-03-14T19:00:00Z');
    expect(times('La panne a commencé mardi 3, à 9 h 10 GMT.', 'fr', '2025-06-12T09:30:00Z')[0].iso).toBe('2025-06-03T09:10:00Z');
  });
  it('the night of one weekday to the next: an evening hour is the first day\'s, a morning hour the second\'s', () => {
    expect(times('La coupure a commencé dans la nuit de lundi à mardi, vers 23 h 40 GMT.', 'fr', '2025-06-12T09:30:00Z')[0].iso).toBe('2025-06-09T23:40:00Z');
    expect(times('La coupure a commencé dans la nuit de lundi à mardi, vers 2 h 15 GMT.', 'fr', '2025-06-12T09:30:00Z')[0].iso).toBe('2025-06-10T02:15:00Z');
    expect(times('قطعت الخدمة عند الساعة 21:00 بتوقيت غرينتش ليل الاثنين على الثلاثاء.', 'ar', '2025-06-12T09:30:00Z')[0].iso).toBe('2025-06-09T21:00:00Z');
  });
  it('a weekday or part of the day beside a written date takes that date, not the week\'s or today\'s', () => {
    expect(times('Serangan terjadi pada Kamis (20/6/2024) dini hari pukul 00.54 WIB.', 'id', '2024-06-24T12:00:00Z')[0].iso).toBe('2024-06-19T17:54:00Z');
    expect(times('The fault began on Tuesday, 5 March 2024, in the morning at 9:10 GMT.', 'en', '2024-03-08T12:00:00Z')[0].iso).toBe('2024-03-05T09:10:00Z');
  });
  it('a local time restated in parentheses with its zone is that instant ("à 12h45 (10h45 GMT)")', () => {
    expect(times('Les cotations ont repris à 12h45 (10h45 GMT).', 'fr', '2020-10-19T18:00:00Z').map((t) => t.iso)).toEqual(['2020-10-19T10:45:00Z']);
    expect(times('El corte se produjo hacia las 4:50 de la tarde del jueves (20:50 GMT).', 'es', '2019-03-08T15:00:00Z').map((t) => t.iso)).toEqual(['2019-03-07T20:50:00Z']);
  });
  it('a range\'s first time takes the zone and a.m./p.m. written after its second', () => {
    expect(times('انقطعت الخدمة صباح الثلاثاء من الساعة السادسة حتى الثامنة بتوقيت بغداد.', 'ar', '2025-08-26T09:00:00Z').map((t) => t.iso)).toEqual(['2025-08-26T03:00:00Z', '2025-08-26T05:00:00Z']);
    expect(times('The site was down from 6 to 8 p.m. GMT on Monday.', 'en', '2024-03-05T12:00:00Z').map((t) => t.iso)).toEqual(['2024-03-04T18:00:00Z', '2024-03-04T20:00:00Z']);
    // 11 to 1 p.m.: the first is 11 a.m., so p.m. does not carry back; with no zone either, it stays no time.
    expect(times('Payments failed from 11 to 1 p.m. on Monday.', 'en', '2024-03-05T12:00:00Z').map((t) => t.text)).toEqual(['1 p.m']);
    // Counts, not times: "from 6 to 8 million users".
    expect(times('Between 6 and 8 million users in GMT zones were hit.', 'en', '2024-03-05T12:00:00Z')).toEqual([]);
  });
  it('of a day written before a time and one just after it, the nearer is its day', () => {
    const r = times('عادت الخدمة فجر الجمعة، بعد عطل بدأ عند الساعة 17:51 بتوقيت غرينتش مساء الخميس.', 'ar', '2025-06-13T06:30:00Z');
    expect(r.map((t) => t.iso)).toEqual(['2025-06-12T17:51:00Z']);
    expect(times('Service returned on Friday after a fault that began at 17:51 GMT on Thursday.', 'en', '2025-06-13T06:30:00Z')[0].iso).toBe('2025-06-12T17:51:00Z');
  });
  it('a zone written after a range\'s end, across a day, serves both ends', () => {
    expect(times('Dalle 23.52 di lunedì 14 luglio alle 00.54 di martedì 15, ora italiana, il DNS è risultato irraggiungibile.', 'it', '2025-07-15T08:00:00Z').map((t) => t.iso)).toEqual(['2025-07-14T21:52:00Z', '2025-07-14T22:54:00Z']);
  });
  it('noon and midnight are times; "après-midi" is not noon', () => {
    expect(times('El servicio volvió hacia el mediodía del domingo, hora del Este.', 'es', '2025-01-19T19:30:00Z')[0].iso).toBe('2025-01-19T17:00:00Z');
    expect(times('Le service est revenu dans l\'après-midi, vers 15 heures, heure de Paris.', 'fr', '2025-01-19T19:30:00Z').map((t) => t.iso)).toEqual(['2025-01-19T14:00:00Z']);
  });
  it('a four-digit time with its zone is a time, not a year ("3 p.m. ET (1900 GMT)")', () => {
    const r = times('Problems began at 1900 GMT, and at 2030 UTC most users were back.', 'en', '2025-07-25T00:20:00Z');
    expect(r.map((x) => x.iso)).toEqual(['2025-07-24T19:00:00Z', '2025-07-24T20:30:00Z']);
  });
  it('with no day written, the day is the publication day where the time was read', () => {
    // Published 04:10 WIB on 12 December (21:10 UTC on the 11th): "00.30 WIB" is that night.
    const r = times('Layanan terganggu sejak pukul 00.30 WIB.', 'id', '2024-12-11T21:10:00Z');
    expect(r[0].iso).toBe('2024-12-11T17:30:00Z');
  });
  it('a zone written a little after the time, with the day between, is the time\'s zone', () => {
    const r = times('بدأت المشكلة عند الساعة 9:45 من صباح السبت بتوقيت الإمارات.', 'ar', '2025-09-07T08:30:00Z');
    expect(r[0].iso).toBe('2025-09-06T05:45:00Z');
  });
  it('a zone written once carries to later times of the story', () => {
    const r = times('It began at 9:15 a.m. ET. It was fixed by 11:40 a.m.', 'en', '2023-07-10');
    expect(r.map((x) => x.iso)).toEqual(['2023-07-10T13:15:00Z', '2023-07-10T15:40:00Z']);
  });
  it('a time without any zone stays unresolved, never guessed', () => {
    const r = times('The app stopped working at 9:30 this morning.', 'en', '2023-07-10');
    expect(r).toHaveLength(1);
    expect(r[0].iso).toBeNull();
  });
  it('yesterday and weekdays anchor on the publication date', () => {
    const r = times('Users reported problems yesterday at 22:10 GMT.', 'en', '2023-07-10T08:00:00Z');
    expect(r[0].iso).toBe('2023-07-09T22:10:00Z');
  });
  it('Europe/Paris summer and winter time', () => {
    expect(new Date(localToUtc(2021, 5, 2, 16, 45, 'Europe/Paris')!).toISOString()).toBe('2021-06-02T14:45:00.000Z');
    expect(new Date(localToUtc(2021, 11, 2, 16, 45, 'Europe/Paris')!).toISOString()).toBe('2021-12-02T15:45:00.000Z');
  });
  it('"around" marks a time approximate', () => {
    const r = times('Service came back at around 9:50 GMT.', 'en', '2022-10-25');
    expect(r[0]).toMatchObject({ iso: '2022-10-25T09:50:00Z', approximate: true, precision: 'minute' });
  });
  it('numbers that are not times are left alone', () => {
    expect(times('Shares fell 3.45 percent; 27,000 reports; version 10.2 in 2022.', 'en', '2022-10-25')).toEqual([]);
  });
});

describe('local time, hours in words, and a local time restated in another zone', () => {
  it('"local time" is the zone of the one country the story names, where it keeps one', () => {
    const my = times('据报道，马来西亚的银行系统当地时间5日晚9时20分左右发生故障。', 'zh', '2024-04-05T14:50:00Z');
    expect(my[0]?.iso).toBe('2024-04-05T13:20:00Z');
    // Brazil keeps several zones: local time there stays unresolved.
    const br = times('A rede caiu às 11h no horário local no Brasil.', 'pt', '2024-02-17T21:30:00Z');
    expect(br[0]?.iso ?? null).toBeNull();
  });
  it('an Arabic hour in words with a fraction and a part of the day is a time, with no clock word before it', () => {
    const r = times('بات متعذراً الوصول إلى الموقع منذ نحو العاشرة والنصف صباحاً بتوقيت بيروت.', 'ar', '2024-01-22T12:15:00Z');
    expect(r.map((x) => x.iso)).toEqual(['2024-01-22T08:30:00Z']);
    // A bare ordinal is no time: "the tenth day".
    expect(times('وفي اليوم العاشر عاد الموقع.', 'ar', '2024-01-22T12:15:00Z')).toEqual([]);
  });
  it('a part of the day after "of" makes the hour pm or am: "9:45 من مساء الثلاثاء", "9:45 in the evening"', () => {
    expect(times('انقطعت الشبكة قرابة الساعة 9:45 من مساء الثلاثاء بتوقيت دمشق.', 'ar', '2013-05-08T06:00:00Z')[0]?.iso).toBe('2013-05-07T18:45:00Z');
    expect(times('The network went down at 9:45 in the evening GMT on Tuesday.', 'en', '2013-05-08T06:00:00Z')[0]?.iso).toBe('2013-05-07T21:45:00Z');
  });
  it('Italian "all\'una" is one o\'clock', () => {
    expect(times("Il guasto era cominciato all'una di questa notte (ora italiana).", 'it', '2019-05-05T12:00:00Z')[0]?.iso).toBe('2019-05-04T23:00:00Z');
  });
  it('a day after "or" restates the moment in another calendar and is not the time\'s day', () => {
    expect(times('Layanan tumbang pada Jumat (27/12/2024). Masalah mulai muncul sekitar pukul 01.40 WIB, atau Kamis siang waktu Amerika Serikat.', 'id', '2024-12-27T06:30:00Z')[0]?.iso).toBe('2024-12-26T18:40:00Z');
  });
  it('a time in "local time" restated in a bracket in a named zone is that instant', () => {
    const r = times('A falha começou por volta das 11h no horário local (12h no horário de Brasília) e atingiu todos.', 'pt', '2024-02-17T21:30:00Z');
    expect(r.map((x) => x.iso)).toEqual(['2024-02-17T15:00:00Z']);
  });
});

describe('phases: which time began the outage and which ended it', () => {
  const phases = (lang: string, title: string, body: string, published: string) => {
    const r = analyzeText(title, body, { published, lang });
    return [r.start?.iso ?? null, r.end?.iso ?? null];
  };
  it('with no word of beginning by any time, the earliest time told right after the failure starts it', () => {
    const title = 'Barclays app outage leaves customers unable to pay';
    const failure = 'The Barclays banking app went down on Monday after a technical fault, leaving customers unable to log in.';
    const r = analyzeText(title, `${failure} Card payments froze at about 10:00 GMT across the country. Service was restored at 12:45 GMT.`, { published: '2025-03-03T18:00:00Z', lang: 'en' });
    expect([r.start?.iso, r.end?.iso]).toEqual(['2025-03-03T10:00:00Z', '2025-03-03T12:45:00Z']);
    // The same time told after a sentence of something else starts nothing.
    const unrelated = analyzeText(title, `${failure} The bank published its annual results last week. Its shares were quoted at about 10:00 GMT in London.`, { published: '2025-03-03T18:00:00Z', lang: 'en' });
    expect(unrelated.start?.iso).not.toBe('2025-03-03T10:00:00Z');
  });
  it('with no time said to be the return, the latest time of a sentence that tells of the fix ends it', () => {
    expect(phases('en', 'Barclays app outage leaves customers unable to pay', 'The Barclays banking app went down at 09:10 GMT on Monday, leaving customers unable to log in. Engineers fixed the problem step by step from about 11:00 GMT; since 11:40 GMT the app has worked as usual, the bank said.', '2025-03-03T18:00:00Z')).toEqual(['2025-03-03T09:10:00Z', '2025-03-03T11:40:00Z']);
  });
  it('where the verb ends the clause, the phase word after a time is its own (Turkish, Japanese)', () => {
    expect(phases('tr', 'Garanti BBVA mobil uygulaması çöktü', 'Garanti BBVA uygulamasındaki sorun TSİ 11.47\'de başladı, 12.12\'de ise tamamen giderildi.', '2025-12-05T12:00:00Z')).toEqual(['2025-12-05T08:47:00Z', '2025-12-05T09:12:00Z']);
    expect(phases('ja', 'ソフトバンクで通信障害', 'ソフトバンクによると、障害は日本時間6日午後1時39分ごろに発生し、同日午後6時4分ごろに復旧した。', '2018-12-06T12:00:00Z')).toEqual(['2018-12-06T04:39:00Z', '2018-12-06T09:04:00Z']);
  });
  it('hours written as words with their zone are times of day, not durations', () => {
    expect(phases('fr', 'Panne de Free', 'Les abonnés Free ont subi une panne jeudi : la panne a commencé vers 14 heures, heure de Paris, et le service est revenu vers 16 heures.', '2025-12-04T18:00:00Z')).toEqual(['2025-12-04T13:00:00Z', '2025-12-04T15:00:00Z']);
    expect(phases('fr', 'Panne de Free', 'Les abonnés Free ont subi une panne de 9 heures jeudi, a indiqué l’opérateur.', '2025-12-04T18:00:00Z')).toEqual([null, null]);
  });
  it('a lifted stop or block dates the return', () => {
    expect(phases('en', 'United ground stop after IT outage', 'United Airlines halted departures after an IT outage that began at 6 p.m. ET on Tuesday. The ground stop was lifted at 8 p.m. ET, the airline said.', '2025-08-07T12:00:00Z')).toEqual(['2025-08-05T22:00:00Z', '2025-08-06T00:00:00Z']);
  });
  it('"down until" dates the return, not the start', () => {
    expect(phases('en', 'Barclays app down', 'The Barclays app went down at 09:15 GMT. It was down until 11:40 GMT, the bank said.', '2025-12-05T12:00:00Z')).toEqual(['2025-12-05T09:15:00Z', '2025-12-05T11:40:00Z']);
  });
  it('a range\'s second time may have its day between ("bis Samstag, 4.25 Uhr UTC")', () => {
    expect(phases('de', 'Cloudflare-Ausfall', 'Von Donnerstag, 2. November, 11.44 Uhr UTC, bis Samstag, 4.25 Uhr UTC, waren Dashboard und API gestört.', '2023-11-05T10:30:00Z')).toEqual(['2023-11-02T11:44:00Z', '2023-11-04T04:25:00Z']);
  });
  it('closing the incident or remedying the problem dates the return', () => {
    expect(phases('es', 'Caída de Spotify', 'Los problemas comenzaron a las 14:30, hora peninsular. A las 18:08 hora peninsular, Spotify dio por cerrada la incidencia.', '2025-04-16T17:20:00Z')).toEqual(['2025-04-16T12:30:00Z', '2025-04-16T16:08:00Z']);
    expect(phases('en', 'NATS outage grounds flights', 'The NATS outage began at 09:30 BST. Nats said at 15:15 BST on Monday that it had remedied the problem.', '2023-08-28T19:40:00Z')).toEqual(['2023-08-28T08:30:00Z', '2023-08-28T14:15:00Z']);
  });
  it('a start and a stated length fix the return, roughly, once the story says it is over', () => {
    const r = analyzeText('Barclays app down', 'The Barclays app went down at 07:17 GMT. Service has been restored after an outage that lasted about two hours.', { published: '2025-12-05T12:00:00Z', lang: 'en' });
    expect([r.end?.iso, r.end?.approximate]).toEqual(['2025-12-05T09:17:00Z', true]);
    const ongoing = analyzeText('Barclays app down', 'The Barclays app went down at 07:17 GMT. The outage has lasted about two hours so far and customers still cannot pay.', { published: '2025-12-05T12:00:00Z', lang: 'en' });
    expect(ongoing.end).toBeNull();
  });
  it('"until" just before a later time of the sentence ends the range, however far the start', () => {
    expect(phases('it', 'Zoom down', 'Il disservizio di Zoom è cominciato alle 20.25 ora italiana ed è durato fino alle 22.12, quando il servizio è tornato.', '2025-04-16T21:00:00Z')).toEqual(['2025-04-16T18:25:00Z', '2025-04-16T20:12:00Z']);
  });
  it('in English the phase word stands before the time', () => {
    expect(phases('en', 'Barclays app down', 'The Barclays app went down at 09:15 GMT and was restored at 11:40 GMT.', '2025-12-05T12:00:00Z')).toEqual(['2025-12-05T09:15:00Z', '2025-12-05T11:40:00Z']);
  });
});

describe('a time of the failure told first is its start, before a later one a phase word dates', () => {
  it('users without signal at 14:00; "since 16:30" in a later sentence does not move the start', () => {
    const r = analyzeText('Vodafone outage: phones lose signal across the region',
      'At about 14:00 BST thousands of Vodafone customers found their phones had no signal and calls failed across the region.\nVodafone said engineers had been working on the fault since 16:30 BST, which began after a core router failed.', { published: '2025-06-08T18:00:00Z', lang: 'en' });
    expect(r.start?.iso).toBe('2025-06-08T13:00:00Z');
  });
});

describe('a time whose zone is written out, where no phase word dates any time', () => {
  it('is the start when its sentence is of the systems or the cause (the attack struck at 5.45 MESZ)', () => {
    const r = analyzeText('Hackerangriff: IT-Systeme der Landesverwaltung ausgefallen',
      'Die IT-Systeme der Landesverwaltung sind seit Dienstag ausgefallen, die Website des Landes ist nicht erreichbar. Die Angreifer hatten am Dienstag um 5.45 Uhr MESZ mit einem Cyberangriff zugeschlagen.', { published: '2022-05-25T09:30:00Z', lang: 'de' });
    expect(r.isOutage).toBe(true);
    expect(r.start?.iso).toBe('2022-05-24T03:45:00Z');
  });
  it('is not the start when its sentence is of something else (shares quoted at 10:00 GMT)', () => {
    const r = analyzeText('Barclays app outage leaves customers unable to pay',
      'The Barclays banking app went down on Monday, leaving customers unable to log in. The bank published its annual results last week. Its shares were quoted at about 10:00 GMT in London.', { published: '2025-03-03T18:00:00Z', lang: 'en' });
    expect(r.start?.iso ?? null).not.toBe('2025-03-03T10:00:00Z');
  });
});

describe('a start word\'s time with no zone gives way to a fixed time of the failure', () => {
  it('"gece yarısı" (midnight) in the headline, "TSİ 00.52" in the body', () => {
    const r = analyzeText("Cloudflare'in DNS hizmeti gece yarısı bir saat çöktü",
      "Cloudflare'in DNS çözümleyicisi 14 Temmuz'u 15 Temmuz'a bağlayan gece TSİ 00.52'de dünya genelinde yanıt vermez hale geldi. Kesinti TSİ 01.54'te sona erdi ve hizmet yeniden normal çalışmaya başladı.", { published: '2025-07-15T06:00:00Z', lang: 'tr' });
    expect(r.start?.iso).toBe('2025-07-14T21:52:00Z');
  });
});

describe('a start time with no day of its own', () => {
  it('takes the day the story gave the start, not the return\'s day named after it', () => {
    const r = analyzeText('Jaringan Telkomsel di Sumatera kembali normal',
      'Jaringan Telkomsel di Sumatera yang sempat lumpuh sejak Selasa (11/8/2020) siang kembali normal pada Rabu (12/8/2020) pagi.\nSinyal Telkomsel hilang sejak sekitar pukul 14.30 WIB, kata perusahaan.', { published: '2020-08-12T06:00:00Z', lang: 'id' });
    expect(r.start?.iso).toBe('2020-08-11T07:30:00Z');
  });
});

describe('a failure word dates a time only near it', () => {
  it('a failure told far later in the sentence, after "and", does not make the time a return', () => {
    const r = analyzeText('PlayStation Network caída en todo el mundo',
      'La red PlayStation Network dejó de responder hacia la 1.00 de la madrugada de este sábado, hora peninsular, y a media tarde todavía seguía sin dar señales de vida para millones de jugadores: la tienda no carga.', { published: '2025-02-08T16:30:00Z', lang: 'es' });
    expect(r.start?.iso).toBe('2025-02-08T00:00:00Z');
  });
  it('Japanese から after a time is "from": the failure after it began then', () => {
    const r = analyzeText('アカマイで障害、企業サイトが閲覧不能に', 'アカマイのサービスで、日本時間23日午前0時45分ごろから障害が起き、世界各地で企業のサイトが表示されなくなった。', { published: '2021-07-23T03:00:00Z', lang: 'ja' });
    expect(r.start?.iso).toBe('2021-07-22T15:45:00Z');
  });
});

describe('a start word after "again" tells of the return', () => {
  it('"again" before a failure word is a new failure, not a return ("again went down at 14:00")', () => {
    const r = analyzeText('Lloyds app down again', 'The Lloyds app again went down at 14:00 GMT on Tuesday, Downdetector showed, leaving thousands unable to log in.', { published: '2025-05-06T15:00:00Z', lang: 'en' });
    expect(r.start?.iso).toBe('2025-05-06T14:00:00Z');
    expect(r.status).not.toBe('resolved');
  });
  it('"yeniden başladı" (started again) ends the outage; the halt before it began it', () => {
    const r = analyzeText('Borsa İstanbul\'da işlemler teknik arıza nedeniyle durdu',
      'Borsa İstanbul\'da pay piyasasında işlemler teknik bir arıza nedeniyle TSİ 10.40\'ta durduruldu. İşlemler TSİ 12.15\'te yeniden başladı.', { published: '2025-05-06T15:00:00Z', lang: 'tr' });
    expect([r.start?.iso, r.end?.iso]).toEqual(['2025-05-06T07:40:00Z', '2025-05-06T09:15:00Z']);
  });
});

describe('status: where the outage stands', () => {
  const status = (body: string) => analyzeText('Barclays app down', body, { published: '2025-01-31T14:00:00Z', lang: 'en' }).status;
  it('a return promised for later is not a return', () => {
    expect(status('The Barclays app went down on Friday morning. Barclays could not say when services would be back to normal.')).toBe('ongoing');
  });
  it('"some customers" describing who was hit does not make the outage partial', () => {
    expect(status('The Barclays app went down on Friday morning, leaving some customers unable to pay. The app was restored at 11:40 GMT.')).toBe('resolved');
  });
  it('some still waiting after a return is partial', () => {
    expect(status('The Barclays app went down on Friday morning. Service was restored at 11:40 GMT, but some customers still cannot log in.')).toBe('partial');
  });
});

describe('a return asked about is no return', () => {
  it('"cannot say when service will return to normal", "aucune indication sur un délai de rétablissement"', () => {
    const it = analyzeText('Attacco hacker, il sito di Trenitalia fuori servizio', "Il sito e l'app di Trenitalia sono fuori servizio da questa notte dopo un attacco informatico. L'azienda ammette che oggi non è possibile stimare quando si tornerà alla normalità.", { published: '2024-06-06T12:00:00Z', lang: 'it' });
    expect(it.status).toBe('ongoing');
    const fr = analyzeText("Panne d'internet géante chez Orange Maroc", "Les abonnés d'Orange Maroc sont privés d'internet depuis midi, une panne qui touche tout le pays. Aucune indication n'a été donnée sur un délai de rétablissement.", { published: '2025-04-28T18:00:00Z', lang: 'fr' });
    expect(fr.status).toBe('ongoing');
  });
});

describe('a return as an aim is no return', () => {
  const status = (lang: string, title: string, body: string) => analyzeText(title, body, { published: '2025-05-06T12:00:00Z', lang }).status;
  it('"working to restore" leaves the outage ongoing', () => {
    expect(status('en', 'Instagram down for thousands of users', 'Instagram was down for thousands of users on Tuesday, according to Downdetector. Meta said its engineers were working to restore access as quickly as possible.')).toBe('ongoing');
  });
  it('"para restablecer" leaves it ongoing too', () => {
    expect(status('es', 'Caída de Instagram en todo el mundo', 'Instagram sufre una caída en todo el mundo este martes, según Downdetector. Meta dijo que sus equipos trabajan para restablecer el servicio lo antes posible.')).toBe('ongoing');
  });
});

describe('an apology is no end', () => {
  it('"still down, bank apologises" in the headline is ongoing', () => {
    const r = analyzeText('Lloyds app still down for thousands as bank apologises', 'The Lloyds banking app was still down on Friday afternoon for thousands of customers, Downdetector showed. The bank apologised and said its teams were investigating.', { published: '2025-05-06T15:00:00Z', lang: 'en' });
    expect(r.status).toBe('ongoing');
  });
});
