/** Causes named in everyday words, and words that only look like them. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';

const cause = (lang: string, title: string, body: string) => analyzeText(title, body, { published: '2025-06-10T12:00:00Z', lang }).cause.category;

describe('cause', () => {
  it('an exceeded storage quota is a capacity problem', () => {
    expect(cause('en', 'Gmail down for an hour', 'Gmail was down for about an hour on Tuesday. Google said the outage happened because an internal storage quota had been exceeded.')).toBe('capacity');
  });
  it('a broken cooling system is hardware', () => {
    expect(cause('ru', 'Сбой в работе ВКонтакте', 'Пользователи ВКонтакте сообщили о сбое во вторник. В компании сообщили, что сбой произошел из-за выхода из строя системы охлаждения в дата-центре.')).toBe('hardware');
  });
  it('luggage is not a software bug', () => {
    expect(cause('ru', 'Сбой в системе регистрации Аэрофлота', 'Во вторник в аэропорту произошел сбой системы регистрации пассажиров. Пассажиры ждали своего багажа несколько часов.')).not.toBe('software-bug');
  });
  it('authorities who justify a cut, or restrict a region\'s mobile internet, ordered it', () => {
    expect(cause('fr', 'Internet mobile coupé depuis dimanche au Tchad', 'L\'internet mobile est coupé depuis dimanche au Tchad. Le ministre de la Communication a justifié la mesure par des « raisons sécuritaires ».')).toBe('government-shutdown');
    expect(cause('ru', 'В Курской области пропал мобильный интернет', 'В среду в Курской области пропал мобильный интернет. Губернатор сообщил, что работа мобильного интернета временно ограничена ради безопасности жителей.')).toBe('government-shutdown');
  });
  it('pages that stopped refreshing, and a statement "in its update", are no software update', () => {
    expect(cause('ar', 'عطل يضرب منصة إكس', 'تعطلت منصة إكس مساء الثلاثاء، إذ لم يتمكن مستخدمون من تحديث صفحاتهم أو نشر تغريدات جديدة، وفق موقع داون ديتيكتور.')).not.toBe('software-update');
    expect(cause('ar', 'عطل يضرب منصة إكس', 'تعطلت منصة إكس مساء الثلاثاء بعد تحديث برمجي خاطئ، وفق موقع داون ديتيكتور.')).toBe('software-update');
    expect(cause('tr', "Spotify'da erişim sorunu", "Spotify'da salı akşamı erişim sorunu yaşandı. Şirket, gece yaptığı güncellemede sorunun giderildiğini duyurdu.")).not.toBe('software-update');
  });
  it('a cut fibre line is a network cause', () => {
    expect(cause('zh', '支付宝出现故障', '周二下午，支付宝出现大面积故障，部分用户无法付款。官方表示，故障原因是光缆被挖断，正在抢修。')).toBe('network');
  });
  it('an order of the authorities outranks the mechanism that carried it out (DNS, BGP)', () => {
    expect(cause('fr', 'Facebook et WhatsApp inaccessibles au Gabon', 'Facebook et WhatsApp sont inaccessibles depuis samedi au Gabon. Selon NetBlocks, les requêtes DNS échouent : un blocage imposé par les autorités aux fournisseurs d\'accès.')).toBe('government-shutdown');
    expect(cause('ru', 'В Минске пропал мобильный интернет', 'В воскресенье в Минске пропал мобильный интернет. Оператор сообщил, что скорость снижена по требованию госорганов.')).toBe('government-shutdown');
    // a DNS fault with no order is a DNS fault
    expect(cause('fr', 'Panne géante chez Orange', 'Une panne a touché Orange mardi. Selon l\'opérateur, un serveur DNS défaillant est en cause.')).toBe('dns');
  });
  it('a cyber-attack denied at the end of a Turkish clause, or not yet ruled out in Japanese, is no cause', () => {
    expect(cause('tr', 'Garanti BBVA mobil uygulamasında kesinti', 'Garanti BBVA mobil uygulamasına sabah saatlerinden bu yana erişilemiyor. Banka, yaşananların bir siber saldırıdan kaynaklanmadığını açıkladı.')).toBe('unknown');
    expect(cause('ja', 'みずほ銀行でシステム障害', 'みずほ銀行で６日朝からシステム障害が発生し、ATMが使えなくなった。同行はサイバー攻撃の可能性も排除せずに調べている。')).toBe('unknown');
    expect(cause('tr', 'Garanti BBVA mobil uygulamasında kesinti', 'Garanti BBVA mobil uygulamasına sabah saatlerinden bu yana erişilemiyor. Banka, kesintinin bir siber saldırıdan kaynaklandığını açıkladı.')).toBe('cyberattack');
  });
  it('too many transactions or an unprecedented load on the servers is a capacity problem', () => {
    expect(cause('zh', '支付宝深夜宕机', '支付宝昨晚出现大面积故障，用户无法付款。官方表示，故障是因系统交易量过高所致，目前已恢复。')).toBe('capacity');
    expect(cause('ar', 'عطل في منصة شاهد', 'تعطلت منصة شاهد مساء السبت. وقالت الشركة إن الضغط غير المسبوق على الخوادم تسبب في تعثر الخدمة.')).toBe('capacity');
  });
  it('a verb of denial governs its whole clause: a cause reported as a rumour and denied is no cause', () => {
    expect(cause('id', 'Spotify Down, Pengguna Tak Bisa Memutar Lagu', 'Layanan Spotify mengalami gangguan pada Rabu malam sehingga lagu tidak bisa diputar. Spotify membantah kabar yang beredar di media sosial bahwa gangguan itu disebabkan peretasan.')).toBe('unknown');
    expect(cause('en', 'Spotify down for thousands of users', 'Spotify was down for thousands of users on Wednesday. The company said reports of a security hack were false and that engineers were still working on a fix.')).toBe('unknown');
    expect(cause('id', 'Spotify Down, Pengguna Tak Bisa Memutar Lagu', 'Layanan Spotify mengalami gangguan pada Rabu malam sehingga lagu tidak bisa diputar. Spotify menyebut gangguan itu disebabkan peretasan.')).toBe('cyberattack');
  });
  it('an update of the news is no software update ("in its latest update, the company said")', () => {
    expect(cause('en', 'Outlook down for thousands', 'Outlook was down for thousands of users on Tuesday. In its latest update, Microsoft said the fix was rolling out faster than expected.')).toBe('unknown');
    expect(cause('en', 'Outlook down for thousands', 'Outlook was down for thousands of users on Tuesday after a faulty update, Microsoft said.')).toBe('software-update');
  });
  it('a cause the headline gives counts, even where the headline has no outage word ("shuts systems after cyberattack")', () => {
    expect(cause('en', 'Pharmacies back on paper as Change Healthcare shuts systems after cyberattack', 'Pharmacies across the US could not process prescriptions on Thursday after Change Healthcare took its systems offline. The outage left claims unpaid, and the company did not say when its services would be back.')).toBe('cyberattack');
  });
  it('a cut of internet access itself, told beside the authorities, is the authorities\' doing; a cable cut is not', () => {
    expect(cause('es', 'Provincia sin internet por tercer día',
      'Los habitantes de la provincia siguen sin internet desde el lunes. El corte fue dispuesto por el Gobierno provincial ante las protestas, y la telefonía móvil también está interrumpida.')).toBe('government-shutdown');
    expect(cause('en', 'Island still without internet after subsea cable cut',
      'The island has been without internet since Sunday after a ship anchor cut the subsea cable. The government said repairs would take two weeks.')).not.toBe('government-shutdown');
  });
  it('a cause told as speculation or an unproven claim is no cause; one stated plainly still is', () => {
    expect(cause('en', 'Lotto app down for hours', 'The Lotto app was down for hours on Saturday evening, Downdetector showed. Speculation about a cyberattack spread on social media, but the operator has not said what went wrong.')).toBe('unknown');
    expect(cause('de', 'Störung bei Stadtwerke-App', 'Die App der Stadtwerke war am Montag stundenlang nicht erreichbar. Gerüchte über einen Hackerangriff machten die Runde.')).toBe('unknown');
    expect(cause('en', 'Lotto app down for hours', 'The Lotto app was down for hours on Saturday evening, Downdetector showed. The operator said a cyberattack had knocked its servers offline.')).toBe('cyberattack');
  });
  it('the authorities who told of a cut whose cause is not known did not make it; a rumour before a stated cause, past a comma, leaves it', () => {
    expect(cause('en', 'Internet disrupted across the country', 'Internet access was disrupted across the country on Tuesday, the government said. The cause of the disruption is not yet known, and mobile data was down in several cities.')).not.toBe('government-shutdown');
    expect(cause('en', 'Lotto app down for hours', 'The Lotto app was down for hours on Tuesday, Downdetector showed. Despite rumours on social media, the operator confirmed a cyberattack caused the outage.')).toBe('cyberattack');
  });
  it('an update dated by its clock time is the status page\'s, not a software update', () => {
    expect(cause('ja', 'クラウドで障害 決済アプリつながらず', 'クラウドで障害が発生し、決済アプリがつながらなくなった。同社は午後5時51分の更新で、事象は収まったと伝えた。')).toBe('unknown');
    expect(cause('en', 'Cloud outage knocks payment apps offline', 'A cloud outage knocked payment apps offline on Tuesday. In an update at 17:51 GMT, the company said the issue had been mitigated.')).toBe('unknown');
    // A software update told as the cause still is one.
    expect(cause('en', 'Cloud outage knocks payment apps offline', 'A cloud outage knocked payment apps offline on Tuesday. The company said a faulty software update caused the failure.')).toBe('software-update');
  });
  it('the authorities or the regulator named as the ones who speak are no order to cut ("當局隨即啟用後備系統", "В РКН указали на аварию")', () => {
    expect(cause('zh', '港鐵車站顯示屏故障 乘客無法查看班次', '港鐵多個車站的電子顯示屏今早故障，乘客無法查看班次資訊。當局隨即啟用後備系統，並派員在月台廣播。')).not.toBe('government-shutdown');
    expect(cause('ru', 'Сайт налоговой перестал открываться', 'Сайт налоговой службы перестал открываться утром во вторник. В РКН указали на аварию в сети провайдера.')).not.toBe('government-shutdown');
  });
});
