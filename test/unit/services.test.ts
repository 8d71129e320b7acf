/**
 * Which service failed: the network where people complained is not it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';
import { Context } from '../../extraction/facts/context';
import { ArticleText } from '../../extraction/text/article-text';

const services = (lang: string, title: string, body: string) => analyzeText(title, body, { published: '2025-08-30T12:00:00Z', lang }).services.map((s) => s.name);

describe('services', () => {
  it('the platform the others run on comes first where the story tells of it failing', () => {
    const names = services('en', 'Outlook and Teams down across Europe after Microsoft Azure fault', 'Outlook and Teams were down for thousands of users across Europe on Wednesday morning, Downdetector showed.\nMicrosoft said the outage was caused by a configuration change in Microsoft Azure, its cloud platform, and that it had been rolled back.');
    expect(names[0]).toBe('Microsoft Azure');
    expect(names).toEqual(expect.arrayContaining(['Outlook', 'Microsoft Teams']));
    // A cloud only mentioned in passing is not the outage.
    const passing = services('en', 'Spotify down for thousands', 'Spotify was down for thousands of users on Thursday, Downdetector showed.\nThe company, a large Google Cloud customer, said it was aware of the problem.');
    expect(passing[0]).toBe('Spotify');
  });
  it('the service the headline names first leads, though the body comes back more often to another', () => {
    const body = [
      'Les clients de Boursorama ne pouvaient plus se connecter samedi matin, selon Downdetector.',
      'La panne touchait aussi Revolut, dont l’application était en panne.',
      'Chez Revolut, la panne bloquait encore les virements en fin de matinée.',
      'Revolut a confirmé une panne de ses serveurs.',
      'Les utilisateurs de Revolut signalaient une panne dans toute la France.',
    ].join('\n');
    expect(services('fr', 'Panne chez Boursorama et Revolut : connexions impossibles', body)[0]).toBe('Boursorama');
    // The cloud the others ran on keeps its lead: the headline names what went down with it.
    const names = services('en', 'Outlook and Teams down across Europe after Microsoft Azure fault', 'Outlook and Teams were down for thousands of users across Europe on Wednesday morning, Downdetector showed.\nMicrosoft said the outage was caused by a configuration change in Microsoft Azure, its cloud platform.');
    expect(names[0]).toBe('Microsoft Azure');
  });
  it('a social network named as where users complained is not the failed service', () => {
    const names = services('fr', 'Panne géante des paiements par carte au Crédit Mutuel', 'Les clients du Crédit Mutuel ne pouvaient plus payer par carte samedi, selon Downdetector. « Trois cartes refusées, quelle panne », écrivait un client sur X.');
    expect(names[0]).toBe('Crédit Mutuel');
    expect(names).not.toContain('X');
  });
  it('"Messenger" is Meta\'s app only beside Meta or its apps; in German it is any chat app', () => {
    expect(services('de', 'Slack-Störung: Messenger stundenlang lahmgelegt', 'Der Business-Messenger Slack war am Montag stundenlang gestört, Nutzer konnten keine Nachrichten senden.')).not.toContain('Messenger');
    expect(services('en', 'Facebook and Messenger down for thousands', 'Facebook and Messenger stopped working on Tuesday evening, Downdetector showed.')).toContain('Messenger');
  });
  it('a network named as where people complained, or as the company\'s own account, is not what failed', () => {
    expect(services('id', 'Aplikasi Bank Sentosa Tak Bisa Diakses', 'Aplikasi Bank Sentosa tidak bisa diakses sejak pagi. Di media sosial X, banyak pengguna mengeluhkan gangguan tersebut.')).not.toContain('X');
    expect(services('ja', 'ハンバーガー店でシステム障害', '同社は公式Xでシステム障害による営業停止を告知した。全国の店舗でレジが使えなくなった。')).not.toContain('X');
    // A messaging app where an attack was claimed; but "une panne sur WhatsApp" is WhatsApp's own.
    expect(services('fr', 'Le site de la mairie de Lorvic inaccessible après une cyberattaque', 'Le site de la mairie de Lorvic était inaccessible lundi. Sur Telegram, un groupe de pirates a revendiqué l\'opération.')).not.toContain('Telegram');
    expect(services('fr', 'Messageries perturbées lundi', 'Les utilisateurs ont signalé une panne sur WhatsApp lundi soir, selon Downdetector.')).toContain('WhatsApp');
  });
  it('the company: the operator, or none beyond the service\'s own name', () => {
    const company = (title: string, body: string) => analyzeText(title, body, { published: '2025-08-30T12:00:00Z', lang: 'en' }).company;
    expect(company('X down for thousands of users', 'X stopped loading posts for thousands of users on Friday, Downdetector showed.')).toBe('X Corp');
    expect(company('Virgin Media outage leaves customers offline', 'Virgin Media broadband customers were offline for hours on Friday, Downdetector showed.')).toBe('Virgin Media');
  });
  it('a regulator quoted is not a report source; a tracker and an agency are', () => {
    const r = analyzeText('Instagram\'a Türkiye\'den erişim engellendi', 'Instagram\'a Türkiye\'den erişim cuma sabahı engellendi. BTK kararı sitesinde duyurdu; NetBlocks kesintiyi doğruladı, Reuters\'ın haberine göre kullanıcılar uygulamaya giremiyor.', { published: '2024-08-02T09:00:00Z', lang: 'tr' });
    expect(r.reportSources).toEqual(['NetBlocks', 'Reuters']);
  });
  it('an outlet is a source where the text cites it, not where it only names it', () => {
    const r = analyzeText('Gabon : internet coupé au soir des élections', "L'accès à internet a été coupé samedi soir dans tout le Gabon, a constaté NetBlocks. Les diffusions de France 24 et RFI ont aussi été suspendues. Selon franceinfo, la coupure durait encore dimanche.", { published: '2023-08-27T09:00:00Z', lang: 'fr' });
    expect(r.reportSources).toContain('franceinfo');
    expect(r.reportSources).not.toContain('France 24');
  });
  it('of services equally struck, the one the headline names first leads', () => {
    const names = services('fr', 'Facebook, Instagram et WhatsApp de retour après une panne', 'Instagram et WhatsApp ne fonctionnaient plus mardi soir, pas plus que Facebook, selon Downdetector. Les trois applications sont de nouveau accessibles.');
    expect(names[0]).toBe('Facebook');
  });
  it('the same network is the failed service when the story is about it', () => {
    expect(services('en', 'X down for thousands of users', 'X, formerly Twitter, went down on Saturday for thousands of users, according to Downdetector.')[0]).toBe('X');
  });
});

describe('names that are everyday words elsewhere', () => {
  it('"a Gol" is the Brazilian airline, a "Gol" in a football headline is a goal', () => {
    expect(services('pt', 'Falha no sistema de check-in da Gol atrasa voos em todo o país', 'Uma falha no sistema de check-in da Gol atrasou voos nesta segunda-feira em vários aeroportos do Brasil.')).toContain('Gol');
    expect(services('id', 'Timnas Tumbang, Lawan Pesta Gol di Kandang', 'Tim nasional kalah telak dan lawan mencetak enam gol dalam laga semalam.')).not.toContain('Gol');
  });
});

describe('company', () => {
  it('no company stands behind internet access cut by a government', () => {
    const r = analyzeText('Internet shutdown in Iraq during exams', 'Iraq cut internet access across the country on Sunday morning for the school exams, NetBlocks said. The internet shutdown lasted two hours.', { published: '2025-08-30T12:00:00Z', lang: 'en' });
    expect(r.services[0]?.name).toBe('Internet access');
    expect(r.company).toBeNull();
  });
  it('a short local name is a name only in its own language ("Tim" is Italy\'s operator, Indonesian "tim" a team)', () => {
    expect(services('it', 'Rete Tim in tilt in tutta Italia', 'Da stamattina la rete Tim è down in mezza Italia: migliaia di segnalazioni su Downdetector.')).toContain('TIM');
    expect(services('id', 'Aplikasi Gojek gangguan', 'Aplikasi Gojek gangguan sejak pagi. "Tim kami sedang menangani gangguan ini," kata juru bicara Gojek.')).not.toContain('TIM');
  });
  it('the agency of the dateline publishes the story and is no source of it; cited in the text, it is', () => {
    const title = 'Layanan Bank Mandiri gangguan, nasabah tak bisa transfer';
    const body = 'Layanan mobile banking Bank Mandiri mengalami gangguan sejak pagi hari ini, menurut Downdetector. Nasabah tidak bisa melakukan transfer.';
    const sources = (text: string) => analyzeText(title, text, { published: '2025-05-06T12:00:00Z', lang: 'id' }).reportSources;
    expect(sources(`JAKARTA (ANTARA) - ${body}`)).toEqual(['Downdetector']);
    expect(sources(`JAKARTA - ${body} Hal itu disampaikan juru bicara bank kepada ANTARA.`)).toEqual(['Downdetector', 'Antara']);
  });
  it('Allestörungen, cited by its own name, is shown as the story cites it', () => {
    const r = analyzeText('Störung bei Netzfunk: Internet fällt bundesweit aus', 'Kunden von Netzfunk hatten am Dienstagmorgen bundesweit kein Internet, wie das Portal allestörungen.de zeigte. Auch Telefonate waren gestört.', { published: '2025-05-06T12:00:00Z', lang: 'de' });
    expect(r.reportSources).toEqual(['Allestörungen']);
  });
  it('words that name a service of the story are no source: "UPI" in payments news is the payment system', () => {
    const sources = (body: string) => analyzeText('UPI down: payments fail across India', body, { published: '2025-04-12T12:00:00Z', lang: 'en' }).reportSources;
    expect(sources('UPI payments failed across India on Saturday, Downdetector showed. NPCI said UPI was facing intermittent technical issues.')).toEqual(['Downdetector']);
    expect(sources('UPI payments failed across India on Saturday, Downdetector showed, United Press International reported.')).toEqual(['Downdetector', 'UPI']);
  });
  it('a bank is its own operator: its holding company shows only where the story names it', () => {
    const company = (body: string) => analyzeText('Bank of Yokohama app outage', body, { published: '2025-05-06T12:00:00Z', lang: 'en' }).company;
    expect(company('Customers of the Bank of Yokohama could not log in to its app on Tuesday, Downdetector showed.')).toBe('Bank of Yokohama');
    expect(company('Customers of the Bank of Yokohama could not log in to its app on Tuesday, Downdetector showed. Concordia Financial Group, its parent, apologised.')).toBe('Concordia Financial Group');
  });
  it('a headline of the internet itself failing leads with access, unless one carrier alone went dark', () => {
    const shutdown = services('fr', 'Tchad : internet toujours coupé au troisième jour des manifestations',
      "Les abonnés d'Airtel et de Moov Africa n'avaient toujours pas accès aux réseaux mardi. WhatsApp et Facebook restent inaccessibles à N'Djamena, selon NetBlocks.\nLes autorités n'ont donné aucune explication.");
    expect(shutdown[0]).toBe('Internet access');
    const oneCarrier = services('de', 'Bagger kappt Kabel: Hunderte Haushalte in Kleinstadt ohne Internet',
      'Seit Dienstagmorgen funktioniert bei Hunderten Kunden der Telekom das Internet nicht. Ein Bagger hatte bei Bauarbeiten ein Glasfaserkabel beschädigt, teilte die Telekom mit.');
    expect(oneCarrier[0]).not.toBe('Internet access');
    // A column on "the internet" names no service that failed.
    expect(services('en', 'The internet has too many single points of failure', 'Every few months a website will not load, then another. It is almost always a problem far away.')).toEqual([]);
  });
  it('Arabic proclitics split once, in their listed pairs: "كوابل" (cables) is not ك + و + "ابل" (Apple)', () => {
    const ctx = new Context(new ArticleText('تلف كوابل بحرية يعطل الإنترنت في عدة دول', 'وقالت شركات الاتصالات إن إصلاح الكوابل سيستغرق أسابيع.'), 'ar', Date.now());
    expect(ctx.entities.map((e) => e.payload.name)).not.toContain('Apple');
    // A listed pair still glues: "وبالواتساب" is "and with the WhatsApp".
    expect(services('ar', 'عطل يضرب واتساب', 'تعطل تطبيق واتساب صباح اليوم، وبالواتساب توقفت الرسائل لساعتين.')).toContain('WhatsApp');
  });
  it('the entity lexicon glues the Arabic file\'s proclitic pairs ("وللفيسبوك")', () => {
    const ctx = new Context(new ArticleText('عطل يضرب فيسبوك', 'توقف الموقع صباح اليوم، وللفيسبوك ملايين المستخدمين في المنطقة.'), 'ar', Date.now());
    expect(ctx.entities.filter((e) => e.payload.name === 'Facebook').length).toBeGreaterThanOrEqual(2);
  });
  it('an unlisted service takes as its operator the one listed company its headline names', () => {
    const r = analyzeText('Posta Smart down: caselle email di Italiaonline irraggiungibili da ore',
      "Da questa mattina di martedì gli utenti di Posta Smart non riescono ad accedere alle caselle email. Il servizio di posta Posta Smart è irraggiungibile anche dall'app. Italiaonline ha confermato il guasto.", { published: '2025-08-26T12:00:00Z', lang: 'it' });
    expect(r.services[0]?.name).toBe('Posta Smart');
    expect(r.company).toBe('Italiaonline');
  });
});

describe('short names in capitals', () => {
  const names = (lang: string, text: string) => {
    const ctx = new Context(new ArticleText('t', text), lang, Date.parse('2025-08-30T12:00:00Z'));
    return ctx.entities.map((e) => e.payload.name);
  };
  it('are not the ordinary words they spell in lower case ("line up", Turkish "ama")', () => {
    expect(names('en', 'Fans line up for tickets as the site went down.')).not.toContain('LINE');
    expect(names('tr', 'Uygulama açıldı ama ödemeler yapılamadı.')).not.toContain('AMA');
  });
  it('are still names in capitals or with a capital first', () => {
    expect(names('en', 'Messages on LINE failed to send.')).toContain('LINE');
    expect(names('it', 'La rete Tim è in down in tutta Italia.')).toContain('TIM');
  });
  it('a three-letter name is not taken after an Arabic proclitic: "كابل" (cable) is not Apple', () => {
    expect(names('ar', 'وتحدثت الوكالة عن عطل في كابل ضوئي.')).not.toContain('Apple');
    expect(names('ar', 'وأعلنت شركة أبل عن عطل.')).toContain('Apple');
  });
  it('a social network after a quote mark or an account word is where people spoke, not what failed', () => {
    const ar = services('ar', 'عودة خدمات الجوال بعد انقطاع مساء الجمعة', 'عادت خدمات الهاتف الجوال إلى وضعها الطبيعي بعد انقطاع واجهه المشتركون مساء أمس.\nودعا مشتركون عبر منصة «إكس» الشركة إلى تعويضهم عن ساعات الانقطاع.');
    expect(ar[0]).not.toBe('X');
    const it = services('it', 'Rete fissa e mobile ko per ore in tutta Italia', "Da stamattina la rete mobile è andata in tilt in tutta Italia.\nPer ore le uniche notizie sono arrivate dall'account Twitter della compagnia.");
    expect(it[0]).not.toBe('X');
  });
  it('in German a name that is also a noun ("die Teams") is the word, unless the text names its company', () => {
    expect(names('de', 'Die Teams der Apotheken arbeiteten bis in den Abend.')).not.toContain('Microsoft Teams');
    expect(names('de', 'Microsoft meldet eine Störung: Teams ist seit dem Morgen nicht erreichbar.')).toContain('Microsoft Teams');
  });
});

describe('services the headline names', () => {
  it('are listed beside the platform under them, however much more the body says of the platform', () => {
    const body = [
      'Thousands of websites, including the social network X and the chatbot ChatGPT, went down on Tuesday after a fault at Cloudflare.',
      'Cloudflare said a faulty configuration file had caused the failure. Cloudflare engineers rolled back the change within three hours.',
      'Cloudflare handles traffic for a fifth of the web, and Cloudflare customers saw error pages across the world.',
      'Cloudflare apologised and said Cloudflare would publish a full account.',
      'The Cloudflare outage began at about 11:20 GMT, and the Cloudflare dashboard was down too.',
      'It is not the first Cloudflare outage this year: in June a Cloudflare fault took down its storage service.',
      'Downdetector logged 11,000 reports of the Cloudflare outage at its peak.',
    ].join('\n');
    const r = analyzeText('Cloudflare outage: X and ChatGPT among sites knocked offline', body, { published: '2025-11-18T16:00:00Z', lang: 'en' });
    expect(r.services.map((s) => s.name)).toEqual(expect.arrayContaining(['Cloudflare', 'X', 'ChatGPT']));
    expect(r.services[0].name).toBe('Cloudflare');
  });
});
