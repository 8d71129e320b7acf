/**
 * A service the gazetteer does not know, named by the headline beside its outage or attack
 * word, or as its subject. (Made-up organisations, so no list can know them.)
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';
import { describedSystem } from '../../extraction/facts/unnamed';
import { Context } from '../../extraction/facts/context';
import { ArticleText } from '../../extraction/text/article-text';

const opts = (lang: string) => ({ published: '2025-05-06T12:00:00Z', lang });
const first = (title: string, body: string, lang: string) => {
  const r = analyzeText(title, body, opts(lang));
  return r.isOutage ? r.services[0]?.name ?? null : null;
};

describe('services outside the gazetteer', () => {
  it('a name right before the attack word is what the attack took down', () => {
    expect(first('Clinics still on paper as Medivoro cyber-attack enters second day',
      'Several clinics were still unable to book appointments on Tuesday after a ransomware attack knocked out the computer systems of Medivoro, which runs their booking platform.\nMedivoro said its engineers were restoring the systems one by one.', 'en')).toBe('Medivoro');
  });

  it('a name after "attack on", in Italian and Portuguese', () => {
    expect(first('Attacco hacker a Laborvita, sportelli chiusi in tutta la regione',
      'I sistemi informatici di Laborvita sono fuori uso da ieri dopo un attacco hacker: il sito non funziona e i referti non si possono scaricare.\nL\'azienda ha detto che i tecnici lavorano per ripristinare i servizi.', 'it')).toBe('Laborvita');
    expect(first('Ataque informático ao Hospital Santa Brígida deixa sistemas em baixo',
      'O ataque informático deixou em baixo os sistemas do Hospital Santa Brígida, e as consultas foram adiadas.\nOs serviços informáticos continuam inacessíveis e a administração diz que trabalha para os repor.', 'pt')).toBe('Hospital Santa Brígida');
  });

  it('in German only beside the word, as every noun has a capital', () => {
    expect(first('Cyberangriff auf Kommunal-IT Nordheide: Bürgerämter weiter lahmgelegt',
      'Nach dem Cyberangriff auf den Dienstleister Kommunal-IT Nordheide sind die Online-Dienste von 30 Gemeinden weiter nicht erreichbar.\nDie Server wurden vom Netz genommen; die Störung dauert an.', 'de')).toBe('Kommunal-IT Nordheide');
    expect(first('Kartenzahlung gestört: Terminals in vielen Geschäften streiken',
      'Seit dem Morgen funktionieren in vielen Geschäften die Kartenterminals nicht, die Störung betrifft bundesweit Tausende Händler.\nKunden mussten bar bezahlen.', 'de')).toBeNull();
  });

  it('a quoted name after "الهجوم على" in Arabic', () => {
    expect(first('تعطل الأنظمة بعد الهجوم على «الضمان الرقمي»',
      'تعطلت أنظمة «الضمان الرقمي» بالكامل منذ صباح الأحد بعد هجوم إلكتروني، وتعذر على المواطنين الدخول إلى المنصة.\nوقالت الهيئة إن فرقها تعمل على إعادة الخدمة.', 'ar')).toBe('الضمان الرقمي');
  });

  it('a Chinese headline\'s opening subject before a verb of telling or the fault', () => {
    expect(first('云笔记宕机近6小时 官方称存储故障已修复',
      '在线文档平台云笔记昨日出现大范围宕机，用户无法打开文档，服务中断近6小时。\n云笔记官方表示，故障由存储服务器异常导致，目前服务已全部恢复。', 'zh')).toBe('云笔记');
  });
  it('a Japanese headline\'s subject tied to the attack by に', () => {
    expect(first('市立中央病院にサイバー攻撃　電子カルテ使えず',
      '市立中央病院は5日、サイバー攻撃を受けて電子カルテのシステムが使えなくなったと発表した。外来の受け付けを停止している。\n病院は復旧の見通しは立っていないとしている。', 'ja')).toBe('市立中央病院');
  });
  it('in a title-case headline, the name is the part the text writes again', () => {
    expect(first('Kriptoku Diduga Diretas, Aplikasi dan Situs Tak Bisa Diakses',
      'Platform aset kripto Kriptoku tidak bisa diakses sejak Rabu pagi. Situs dan aplikasi Kriptoku hanya menampilkan pesan galat.\nPerusahaan mengatakan tim teknis sedang memulihkan layanan.', 'id')).toBe('Kriptoku');
  });
  it('no name from an ordinary word (the system described stands instead), a place, or a maintenance notice', () => {
    expect(first('Hospitals in Eastmoor hit by outage of booking systems',
      'Hospitals across Eastmoor could not book patients on Monday after an outage of their booking systems. The hospitals said the systems were back by the evening.', 'en')).toBe('booking systems');
    expect(first('Portal Tributo vai estar indisponível no fim de semana para manutenção',
      'O Portal Tributo vai estar indisponível entre as 20h de sábado e as 8h de domingo, por causa de uma manutenção programada dos sistemas.\nDurante esse período não será possível submeter declarações.', 'pt')).toBeNull();
  });
  it('leads the listed services when the headline names none of them; a word in an oblique case or a country does not', () => {
    const body = 'Zorvex sabah saatlerinden bu yana çalışmıyor ve kullanıcılar siteye ulaşamıyor. Zorvex yetkilileri sorunun yoğunluktan kaynaklandığını söyledi. Şikâyetler Twitter\'da gündem oldu.';
    expect(first('Zorvex ilk gününde çöktü', body, 'tr')).toBe('Zorvex');
    expect(analyzeText('Türkiye\'den Twitter\'a erişim sorunu', 'Türkiye\'den Twitter\'a erişim sabah saatlerinden bu yana sağlanamıyor. Kullanıcılar Twitter\'a ulaşamıyor.', opts('tr')).services[0]?.name).toBe('X');
  });
  it('a name that holds the outage word names no service', () => {
    const r = analyzeText('Festival Down Harmoni Kembali Digelar', 'Festival Down Harmoni kembali digelar di Bandung pada Sabtu. Ribuan pengunjung hadir dan panitia menyebut acara berjalan lancar tanpa kendala.', opts('id'));
    expect(r.isOutage).toBe(false);
  });
});

describe('what a report describes rather than names', () => {
  it('a headline telling of a digital system failing, on a day it names, reports the outage and shows the system', () => {
    const r = analyzeText('Portales de Hacienda caídos durante toda la mañana',
      'Los portales de la agencia tributaria estuvieron caídos el martes desde las 8.30 hasta el mediodía, y miles de contribuyentes no pudieron presentar sus declaraciones.\nLa página mostraba un mensaje de error y la aplicación móvil tampoco funcionaba.\nA las 12.10 el servicio volvió a funcionar con normalidad.', opts('es'));
    expect(r.isOutage).toBe(true);
    // The owner the portals are of, as the name after the noun and its joiner.
    expect(r.services[0]?.name).toBe('Hacienda');
  });
  it('the name written into a Chinese system noun, not the words around it', () => {
    const r = analyzeText('市政府網站遭DDoS攻擊癱瘓 半小時後恢復',
      '市政府官方網站今天下午3時左右遭到大量異常流量攻擊，網頁一度無法開啟，民眾無法瀏覽。\n市政府表示，網站約半小時後恢復正常運作，將持續強化防護。', opts('zh'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('市政府網站');
    // The reader is told why: described, not "names no service".
    expect(r.reasons.map((x) => x.code)).toContain('described');
    expect(r.reasons.map((x) => x.code)).not.toContain('no-service');
  });
  it('a Japanese system noun: the Latin name the run starts from is the name\'s, the fault word in the noun is not', () => {
    const r = analyzeText('QRXの運航管理システム障害で全便欠航',
      '航空会社QRXの運航管理システムに6日午前8時ごろ障害が発生し、国内線の全便が欠航した。\n同社によると、システムは午後2時ごろ復旧した。', opts('ja'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('QRXの運航管理システム');
  });
  it('a name after a preposition of place opening the headline is where, not who: "В Ханграде …"', () => {
    expect(first('В Ханграде вечером пропали интернет и мобильная связь',
      'Жители Ханграда в понедельник вечером остались без мобильного интернета и связи. В Ханграде сбой продолжался около двух часов, сообщили в местной телефонной компании. Связь восстановили к 22:00.', 'ru')).toBe('Mobile internet');
  });
  it('in a title-case headline, a quantifier or a word the text writes in lower case is no name before the system\'s noun', () => {
    const r = analyzeText('Sejumlah Situs Pemerintah Tumbang Usai Server Pusat Data Mati',
      'Sejumlah situs pemerintah tidak bisa diakses sejak Sabtu (1/3/2025) pukul 10.00 WIB karena server pusat data mati. Situs-situs itu kembali normal pada Sabtu malam.', opts('id'));
    expect(r.isOutage).toBe(true);
    expect(['Sejumlah', 'Usai', 'Server']).not.toContain(r.services[0]?.name);
  });
  it('a column on outages in general, naming no moment, reports none', () => {
    const r = analyzeText('When the apps go down, we all stand still',
      'Every few months an app goes down and a website fails to load, and millions of people find they cannot pay or message anyone.\nThe services we rely on are down more often than we admit, and each outage shows how little slack is left in our systems.\nNowadays a failure at one supplier takes hundreds of apps offline.', opts('en'));
    expect(r.isOutage).toBe(false);
  });
  it('in Latin script, the name written against the system\'s noun stands alone as the service ("NIC.XY sunucuları" → NIC.XY)', () => {
    const r = analyzeText("'.xy' uzantılı sitelere DDoS saldırısı: NIC.XY sunucuları yanıt veremiyor",
      "'.xy' uzantılı alan adlarını yöneten NIC.XY, dün sabah saat 09.00\'dan bu yana büyük bir DDoS saldırısı altında ve sunucular yanıt veremiyor.\nSaldırı nedeniyle pek çok siteye ulaşılamıyor; e-posta hizmetleri de çalışmıyor.\nYetkililer çalışmaların sürdüğünü bildirdi.", opts('tr'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('NIC.XY');
  });
  it('a quoted phrase that says something names no service ("「サイバー攻撃ではない」")', () => {
    const r = analyzeText('ネットバンキング障害「サイバー攻撃ではない」と説明',
      'みずほ銀行で6日午前9時ごろからシステム障害が発生し、全国のATMやインターネットバンキングが使えなくなった。\n同行は「サイバー攻撃ではない」と説明し、復旧作業を進めている。', opts('ja'));
    expect(r.services.map((x) => x.name)).not.toContain('サイバー攻撃ではない');
  });
  it('a quote of two clauses, a passenger\'s words, is no name: the system the headline describes stands instead', () => {
    const r = analyzeText('「睇唔到航班，唔知去邊個閘口」 機場航班顯示系統故障 職員手寫告示',
      '機場客運大樓的航班顯示系統今早故障，旅客無法查看登機閘口，「睇唔到航班，唔知去邊個閘口」成為不少旅客的心聲。系統約於早上7時出現異常，至中午仍在搶修。', opts('zh'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('機場航班顯示系統');
  });
  it('a Japanese headline\'s subject after a quote that opens it as a kicker ("「めど立たず」 X社にサイバー攻撃")', () => {
    const r = analyzeText('「再開のめど立たず」 ミナト製菓にサイバー攻撃、受注と出荷止まる',
      'ミナト製菓は3日、サイバー攻撃を受けてシステム障害が起きたと発表した。ミナト製菓では受注と出荷の業務が止まり、午後になっても復旧のめどは立っていない。', opts('ja'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('ミナト製菓');
  });
  it('a name the text writes in lower case only as its web address is still a name', () => {
    const r = analyzeText('Zenbank website still unreachable as lender denies hack',
      'Customers of Zenbank could not reach the lender\'s website on Thursday, a day after zenbank.com stopped loading on Wednesday evening. Checks on Thursday morning showed the site was still not responding, and complaints about Zenbank spread on social media. The bank said it was not hacked and blamed a connectivity problem.',
      { published: '2024-08-29T12:00:00Z', lang: 'en' });
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('Zenbank');
  });
  it('a name run into the fault by a hyphen (German) and a quoted name opening a Russian headline', () => {
    const de = analyzeText('Postwerk-Ausfall: Digitale Briefkästen seit Stunden nicht erreichbar',
      'Die Kundinnen und Kunden von Postwerk konnten am Dienstag ab 9 Uhr ihre digitalen Briefkästen nicht öffnen. Die Störung dauerte bis zum Abend, teilte Postwerk mit. Die App meldete nur Fehler.',
      { published: '2024-03-12T18:00:00Z', lang: 'de' });
    expect(de.isOutage).toBe(true);
    expect(de.services[0]?.name).toBe('Postwerk');
    const ru = analyzeText('«Ромашка» вернула к работе половину магазинов после атаки, онлайн-заказы пока недоступны',
      'Сеть «Ромашка» во вторник открыла половину своих магазинов, закрытых после атаки хакеров на прошлой неделе. Онлайн-заказы и доставка пока недоступны, сообщили в компании. Сбой затронул кассы и склады.',
      { published: '2025-07-22T12:00:00Z', lang: 'ru' });
    expect(ru.isOutage).toBe(true);
    expect(ru.services[0]?.name).toBe('Ромашка');
  });
  it('a Chinese headline\'s subject before 遭 ("suffered"), with Hong Kong\'s word for ransomware', () => {
    const r = analyzeText('海灣醫院遭勒索軟件攻擊 門診系統停擺',
      '海灣醫院周二早上發現電腦系統遭勒索軟件攻擊，門診及藥房系統全部停擺，病人須改用紙本登記。\n院方表示，系統故障仍在處理中，暫未知何時恢復。',
      { published: '2024-05-14T08:00:00Z', lang: 'zh' });
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('海灣醫院');
  });

  describe('a headline name the body takes up where it tells of the failure', () => {
    it('the headline opens with the name and no fault word stands beside it', () => {
      expect(first('Quillmart: card payments impossible in every store since morning',
        'Shoppers at Quillmart were turned away from the tills on Monday.\nThe card terminals at Quillmart went down shortly after opening and the mobile app stopped working too, leaving cash as the only way to pay.\nDowndetector showed thousands of reports of problems with Quillmart payments by noon.\nThe retailer said its engineers had restored the payment system by the evening and apologised to customers.', 'en')).toBe('Quillmart');
      expect(first('Varenik : les recharges toujours bloquées dans tout le pays',
        'Depuis lundi, les abonnés équipés des compteurs Varenik ne parviennent plus à acheter de crédit.\nLa plateforme de paiement Varenik est en panne depuis dimanche soir et le site du service client est inaccessible.\nSur Downdetector, les signalements de panne visant Varenik se comptent par milliers.\nLa société promet un retour à la normale dans la journée.', 'fr')).toBe('Varenik');
    });

    it('not a name the body repeats only away from the failure', () => {
      const r = analyzeText('Quillmart: new loyalty scheme from March',
        'Quillmart announced a new loyalty scheme on Monday.\nQuillmart said members would collect points on every purchase.\nSeparately, shoppers reported that a payment app went down for an hour in the afternoon.', opts('en'));
      expect(r.services.map((s) => s.name)).not.toContain('Quillmart');
    });

    it('not beside a service the gazetteer knows: that one is what failed', () => {
      expect(first('Quillmart: shoppers stuck at the tills',
        'Quillmart shoppers could not pay by phone on Monday because WhatsApp went down across the country.\nQuillmart said WhatsApp Pay was unavailable for three hours and that the outage was not on its side.', 'en')).not.toBe('Quillmart');
    });
  });

  it('in German, an acronym is a name, also as the subject after a quote that opens the headline', () => {
    expect(first('„Zurück zum Papier": KVNs nach Cyberangriff nur per Telefon erreichbar',
      'Die KVN sind seit Montag nach einem Cyberangriff auf ihren IT-Dienstleister nicht erreichbar: Webseiten und Online-Portale sind nicht aufrufbar, E-Mails kommen nicht an.\nDie KVN arbeiten nach eigenen Angaben mit Hochdruck daran, die Systeme wiederherzustellen.', 'de')).toBe('KVN');
  });

  it('in German, an acronym right before the fault word is what failed, also after an article', () => {
    expect(first('Nach dem Update: Online-Banking der BKW stockt seit dem Morgen',
      'Kundinnen und Kunden der BKW können seit dem frühen Morgen keine Zahlungen im Online-Banking auslösen; die App meldet einen Fehler.\nDie BKW bestätigte die Störung und arbeitet nach eigenen Angaben an einer Lösung.', 'de')).toBe('BKW');
  });
  it('a listed company written against the system\'s noun is the service ("Maybank系统故障")', () => {
    const r = analyzeText('Maybank系统故障 网银转账全面停摆',
      '据当地媒体报道，Maybank周二上午起发生系统故障，网上银行和手机转账大面积中断，客户无法付款。\n截至中午，相关服务仍未恢复。', opts('zh'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('Maybank');
    expect(r.company).toBe('Maybank');
  });
  it('where a name follows its noun with no joiner, the name is the service, not the noun ("Sistem SIPADU Lumpuh")', () => {
    expect(first('Sistem SIPADU Lumpuh Dua Hari, Warga Antre di Kantor Dinas',
      'Sistem SIPADU milik pemerintah kota tidak bisa diakses sejak Senin pagi. Warga yang hendak mengurus izin harus datang langsung ke kantor dinas.\nPetugas menyebut SIPADU sedang dalam perbaikan dan belum berfungsi normal.', 'id')).toBe('SIPADU');
  });
  it('a Japanese described system drops the particle left after a country\'s name ("台湾の行政システム…")', () => {
    const r = analyzeText('台湾の行政システムが停止 各種の電子申請に支障',
      '台湾で27日朝、行政機関の業務システムが止まり、電子申請の受け付けができなくなった。\n当局は原因を調べており、復旧の見通しは立っていない。', opts('ja'));
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toMatch(/^[^のでにがはをと]/);
  });
  it('a quoted name right before the system\'s noun is the service ("\'Kent Kart\' sitesine saldırı")', () => {
    const at = new ArticleText("'Kent Kart' sitesine siber saldırı: Site erişime kapatıldı", "Belediyenin 'Kent Kart' sitesi dün akşamdan bu yana açılmıyor.");
    expect(describedSystem(new Context(at, 'tr', Date.parse(opts('tr').published)))?.fact.name).toBe('Kent Kart');
  });
  it('a capitalised word right before a part of the day is when, not what failed ("Noel sabahı hatlar kilitlendi")', () => {
    const names = analyzeText('Noel sabahı hatlar kilitlendi: operatörler birbirini suçladı',
      'Noel sabahı Turkcell abonelerinin bir kısmı saatlerce arama yapamadı. Turkcell, sorunun giderildiğini açıkladı.', opts('tr')).services.map((x) => x.name);
    expect(names).not.toContain('Noel');
    expect(names[0]).toBe('Turkcell');
  });
  it('a return word right after a headline name counts where the body tells of the failure ("Rendez-Vite de nouveau accessible")', () => {
    expect(first('Rendez-Vite de nouveau accessible après une heure de cohue',
      "La plateforme Rendez-Vite fonctionne de nouveau normalement lundi. En début de matinée, de nombreux usagers se sont heurtés à des messages d'erreur, a reconnu le ministre sur Twitter.", 'fr')).toBe('Rendez-Vite');
    // Not a place after the return word: "вернулся на Ханград" tells where it came back.
    expect(first('Интернет вернулся на Ханград', 'Жители Ханграда восемь часов были без интернета. Связь у абонентов оператора пропала ночью.', 'ru')).not.toBe('Ханград');
  });
  it('in Japanese and Chinese a Latin-letter name beside the fault is the service; a technology\'s acronym is not', () => {
    expect(first('料金所で渋滞 東名などでTOLLPASS使えず', '東名高速の料金所で6日、TOLLPASSのレーンでバーが開かない状態が相次いだ。同社によると、TOLLPASSのシステムに障害が発生した。', 'ja')).toBe('TOLLPASS');
    expect(first('地铁闸机RFID感应失败 乘客排长队', '今天早上，地铁闸机出现故障，RFID感应失败，系统故障导致乘客无法进站。RFID读卡器故障持续两小时。', 'zh')).not.toBe('RFID');
  });
  it('a Latin name right after a Japanese return word is what came back ("約4時間ぶりに復旧 mixo")', () => {
    expect(first('約4時間ぶりに復旧 mixo、「うるう秒」挿入直後からつながりにくく', '交流サイト「mixo」で1日、午前9時ごろからサイトがつながりにくくなり、約4時間にわたって利用しにくい状態が続いた。mixoはその後、復旧した。', 'ja')).toBe('mixo');
  });
  it('a Turkish name in the locative or ablative is where, not who ("Kuzeykent\'te ... arızası")', () => {
    const names = analyzeText("Kuzeykent'te dev isale hattı arızası: 8 ilçe susuz kalacak", "Kuzeykent'te ana isale hattında meydana gelen arıza nedeniyle su kesintileri yaşanıyor. Kuzeykent'te ekipler çalışıyor.", opts('tr')).services.map((s) => s.name);
    expect(names).not.toContain("Kuzeykent'te");
  });
});
