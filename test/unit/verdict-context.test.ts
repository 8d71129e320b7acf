/** Stories that share an outage's words without reporting one: drills, vehicles, names of other things. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';
import { Context } from '../../extraction/facts/context';
import { ArticleText } from '../../extraction/text/article-text';

const opts = (lang: string) => ({ published: '2025-03-10T09:00:00Z', lang });

describe('verdict context', () => {
  it('a headline’s system noun with a service-down word after it tells of the failure, a name the gazetteer lacks between them', () => {
    const r = analyzeText('Portal da Câmara de Vilamar em baixo no primeiro dia de inscrições',
      'O portal da Câmara de Vilamar continua inacessível esta manhã para quem tenta inscrever-se nas atividades de verão.\nA autarquia diz que o problema técnico está a ser resolvido e pede paciência aos munícipes.', opts('pt'));
    expect(r.reasons.map((x) => x.code)).toContain('title-outage');
  });
  it('a service-down word before a figure tells of a number that fell, not of a service', () => {
    const r = analyzeText('Lucro da NOS cai 12% no segundo trimestre',
      'A operadora NOS registou um lucro de 50 milhões de euros no segundo trimestre, menos 12% do que há um ano.\nAs receitas subiram 3%, com mais clientes de fibra.', opts('pt'));
    expect(r.reasons.map((x) => x.code)).not.toContain('title-outage');
    expect(r.isOutage).toBe(false);
  });
  it('a drill that plays out a systems outage is no report', () => {
    const en = analyzeText('Banks rehearse a cyberattack that takes payment systems offline',
      'Forty banks on Monday began a cyber drill in which a simulated attack knocks online banking offline for a day. The exercise scenario has staff restore the systems from backups.\nThe regulator will publish what it learned from the drill next month.', opts('en'));
    expect(en.isOutage).toBe(false);
    const ja = analyzeText('銀行150社がサイバー攻撃演習　システム停止を想定',
      '金融庁は10日、銀行などがサイバー攻撃でシステムが停止した場面を想定した演習を始めた。ネットバンキングが使えなくなる筋書きで、復旧までの手順を確かめる。\n演習は20日まで続く。', opts('ja'));
    expect(ja.isOutage).toBe(false);
  });
  it('an outage that stops a drill is still reported', () => {
    const r = analyzeText('Microsoft Teams down across Europe on Monday morning',
      'Microsoft Teams was down for thousands of users across Europe on Monday morning, Downdetector showed, with calls failing to connect.\nOne hospital said the outage forced it to postpone a planned fire drill.\nMicrosoft said it was working to restore the service.', opts('en'));
    expect(r.isOutage).toBe(true);
  });
  it('a vehicle word inside a company name is no mechanical breakdown', () => {
    const r = analyzeText('Aplikasi Access by KAI Gangguan, Pembeli Tiket Mudik Gagal Bayar',
      'Aplikasi Access by KAI mengalami gangguan pada Senin pagi sehingga pengguna tidak bisa login dan transaksi gagal diproses.\nPT Kereta Api Indonesia meminta maaf dan menyebut gangguan sudah ditangani siang harinya.', opts('id'));
    expect(r.isOutage).toBe(true);
    expect(r.why.join(' ')).not.toMatch(/mechanical/);
  });
  it('a quoted name in a headline is no service where nothing digital is told', () => {
    const r = analyzeText('انقطاع أخبار «قافلة الأمل» في الصحراء منذ يومين',
      'انقطعت أخبار «قافلة الأمل» التي تضم عشرين متطوعا منذ صباح الجمعة في الصحراء الكبرى.\nوقال منظمون إن المتطوعين يحملون ما يكفي من الماء والطعام لأسبوع.', opts('ar'));
    expect(r.isOutage).toBe(false);
    expect(r.why.join(' ')).not.toMatch(/names a service/);
  });
  it('where the verb opens the clause, a failure verb before the service speaks of its outage', () => {
    const r = analyzeText('السلطات توقف «تيك توك» مؤقتا في البلاد',
      'أعلنت السلطات يوم الجمعة إيقاف منصة تيك توك مؤقتا، بعد ساعات من شكاوى المستخدمين من تعذر فتح التطبيق.\nولم تحدد السلطات موعدا لإعادة الخدمة.', opts('ar'));
    expect(r.reasons.map((x) => x.code)).toContain('title-outage');
    expect(r.isOutage).toBe(true);
  });
  it('ticket machines of a metro, card readers on buses: the vehicle is where the system stands, not what broke down', () => {
    const es = analyzeText('Las máquinas de billetes del metro de Valdemora, fuera de servicio cuatro horas por un fallo informático',
      'Las máquinas de venta de billetes de todas las estaciones del metro de Valdemora quedaron fuera de servicio el martes desde las 7.00 por un fallo informático en el sistema central.\nLos viajeros tuvieron que entrar sin billete mientras los técnicos revisaban el sistema, y el fallo se resolvió hacia las 11.00.', opts('es'));
    expect(es.isOutage).toBe(true);
    // A train that broke down, with no system of any kind, stays out.
    const en = analyzeText('Metro train breaks down in tunnel, passengers walk to station',
      'A metro train broke down in a tunnel on Tuesday morning and passengers were led along the tracks to the next station. The operator said the train had a mechanical fault.', opts('en'));
    expect(en.isOutage).toBe(false);
  });
  it('a negator before a word of a service working is an outage word; not in a notice of a window to come, nor in "still working"', () => {
    const outageWords = (lang: string, title: string, body: string) => {
      const ctx = new Context(new ArticleText(title, body), lang, Date.parse('2025-05-06T12:00:00Z'));
      return ctx.terms.filter((t) => t.payload.kind === 'outage').map((t) => ctx.at.folded.slice(t.start, t.end));
    };
    expect(outageWords('de', 'Stadtwerke: Kundenportal seit Sonntag gestört', 'Das Kundenportal der Stadtwerke steht seit Sonntag nicht mehr zur Verfügung.')).toContain('nicht mehr zur verfügung');
    expect(outageWords('fr', 'Impots.gouv : opération de maintenance ce week-end', 'Il ne sera pas possible de se connecter samedi entre 8 heures et midi.').some((w) => w.includes('connecter'))).toBe(false);
    expect(outageWords('ar', 'الوزارة تواصل العمل', 'لا تزال الوزارة تعمل على تطوير منصتها الإلكترونية.')).toEqual([]);
  });
  it('no negated availability across an obligation ("no longer need to sign in") or from "plus" meaning more', () => {
    const words = (lang: string, body: string) => {
      const ctx = new Context(new ArticleText('Headline', body), lang, Date.parse('2025-05-06T12:00:00Z'));
      return ctx.terms.filter((t) => t.payload.kind === 'outage').map((t) => ctx.at.folded.slice(t.start, t.end));
    };
    expect(words('en', 'Viewers no longer need to sign in on every TV in their home.')).toEqual([]);
    expect(words('fr', 'Le nouveau site de la compagnie est plus accessible aux personnes malvoyantes.')).toEqual([]);
    // The second half of a split negation negates; it announces nothing.
    expect(words('fr', "L'application de la banque n'est pas disponible depuis ce matin.").some((w) => w.includes('disponible'))).toBe(true);
  });
});

describe('headlines of a name the gazetteer lacks, and of the internet coming back', () => {
  it('"Ticketzilla crashes at noon": a failure verb right beside an unlisted name the body tells of failing', () => {
    const r = analyzeText('Ticketzilla crashes at noon as thousands queue for stadium tickets',
      'Ticketzilla\'s website and app went down at 12 noon IST, the minute the sale opened.\nThe site came back about 20 minutes later, but many fans had lost their place in the queue.', opts('en'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('Ticketzilla');
    // Not a failure word further off: a walkout that "shuts down" the network is no outage of it.
    const strike = analyzeText('Metroland Underground at a standstill as a walkout shuts down the network',
      'A strike brought Metroland Underground to a halt on Monday.\nStation gates stayed shut and the ticket machines were switched off.', opts('en'));
    expect(strike.isOutage).toBe(false);
  });
  it('"Интернет вернулся": a headline of the internet back, over a body of it failing, is an outage of access', () => {
    const r = analyzeText('Интернет в Узбекистане вернулся после часового отключения',
      'Сегодня Узбекистан почти на час остался без выхода во Всемирную сеть.\nС 13:50 до 14:40 по ташкентскому времени интернет не работал ни у абонентов мобильных операторов, ни у пользователей домашних сетей.', opts('ru'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('Internet access');
  });
  it('a two-part headline names the internet in one part and its failure in the other', () => {
    const r = analyzeText('سوريا معزولة عن الإنترنت.. والوكالة تتحدث عن عطل في كابل ضوئي',
      'أمضى السوريون ليلتهم بلا إنترنت، بعدما انقطعت الشبكة عن عموم المحافظات مساء الثلاثاء.\nوعادت الخدمة صباح الأربعاء.', opts('ar'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('Internet access');
  });
});

describe('sports stories', () => {
  it('an injured striker "out of service" reads like sports, and is no outage', () => {
    const r = analyzeText('Striker out of service for weeks after hamstring injury',
      'The striker suffered a hamstring injury in training and will be sidelined for six weeks, the head coach said. He is out of service until after the international break, and the goalkeeper is also doubtful.', opts('en'));
    expect(r.why.some((w) => w.startsWith('reads like sports'))).toBe(true);
    expect(r.isOutage).toBe(false);
  });
});

describe('a headline that denies the outage', () => {
  it('"ne connaît pas la panne" is no headline of failure', () => {
    const r = analyzeText('Sonatelo ne connaît pas la panne : un bénéfice record en 2024',
      "L'opérateur Sonatelo a publié un chiffre d'affaires en hausse et un bénéfice record, a-t-il annoncé à ses actionnaires. Son réseau mobile a gagné deux millions d'abonnés.", opts('fr'));
    expect(r.isOutage).toBe(false);
    expect(r.why.some((w) => w.startsWith('the headline speaks of an outage'))).toBe(false);
  });
});

describe('a web address names a website', () => {
  it('"iftarver.com adresine ulaşılamadı" tells of a website failing; a news site\'s dateline does not', () => {
    const r = analyzeText("Belediyenin bağış kampanyasına siber saldırı: Site yeniden bağış almaya başladı",
      "Belediyenin bağış kampanyası cuma gecesi yoğun bir siber saldırının hedefi oldu. Saldırı nedeniyle bagisver.com adresine bir süre ulaşılamadı, vatandaşlar işlemlerini tamamlayamadı.", opts('tr'));
    expect(r.isOutage).toBe(true);
    const dateline = analyzeText('Antrean panjang di bandara', 'TANGERANG, KOMPAS.com - Antrean calon penumpang mengular sejak subuh karena penerbangan tertunda akibat cuaca buruk.', opts('id'));
    expect(dateline.isOutage).toBe(false);
  });
});

describe('an attack on an organisation the gazetteer does not know', () => {
  it('reports the outage where the body tells of its systems going down, on a day it names; a breach with nothing down does not', () => {
    const r = analyzeText('Hackerangriff auf Dienstleister: Versicherte erreichen ihre Kasse nicht',
      'Nach einem Hackerangriff auf einen IT-Dienstleister mehrerer Krankenkassen sind seit Montag zahlreiche Online-Dienste nicht erreichbar.\nDie Systeme wurden vorsorglich vom Netz genommen, Telefon-Hotlines sind gestört.\nWann alles wieder läuft, ist offen.', opts('de'));
    expect(r.isOutage).toBe(true);
    const breach = analyzeText('Hackerangriff auf Dienstleister: Daten von Versicherten erbeutet',
      'Nach einem Hackerangriff auf einen IT-Dienstleister mehrerer Krankenkassen sind seit Montag Daten von Versicherten im Netz aufgetaucht.\nDie Kassen prüfen, welche Angaben betroffen sind, und informieren die Versicherten.', opts('de'));
    expect(breach.isOutage).toBe(false);
  });
});
