import type { LanguageData } from './types';

const de: LanguageData = {
  code: 'de',
  name: 'German',
  dir: 'ltr',
  spaces: true,
  stopwords: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'von', 'mit', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'auch', 'es', 'werden',
    'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird', 'bei', 'noch', 'wie', 'über', 'sind', 'oder', 'wurde', 'einer', 'zum', 'zur',
  ],

  outageTerms: [
    'störung', 'störungen', 'großstörung', 'netzstörung', 'internetstörung', 'serverstörung', 'mobilfunkstörung', 'systemstörung', 'it-störung', 'technische störung',
    'ausfall', 'ausfälle', 'ausfällen', 'ausfalls', 'totalausfall', 'teilausfall', 'serverausfall', 'netzausfall', 'internetausfall', 'systemausfall', 'it-ausfall',
    'ausgefallen', 'fällt aus', 'fallen aus', 'fiel aus', 'fielen aus', 'lahmgelegt', 'lahmgelegte', 'legte lahm', 'legten lahm', 'lahmgelegt worden',
    'nicht erreichbar', 'nicht mehr erreichbar', 'kaum erreichbar', 'unerreichbar', 'nicht verfügbar', 'nicht mehr verfügbar', 'nicht funktioniert', 'funktioniert nicht',
    'funktionieren nicht', 'funktionierte nicht', 'funktionierten nicht', 'offline', 'down', 'panne', 'pannen', 'it-panne', 'computerpanne', 'softwarepanne', 'technikpanne',
    'technische probleme', 'technisches problem', 'technischen problemen', 'technische schwierigkeiten', 'fehlermeldung*', 'verbindungsprobleme', 'zugriffsprobleme',
    'kein zugriff', 'keinen zugriff', 'kein netz', 'kein empfang', 'keine verbindung', 'abgestürzt', 'absturz', 'abstürze', 'zusammengebrochen', 'zusammenbruch', 'blackout',
    'gestört', 'stillstand', 'nichts geht mehr', 'ging nichts mehr', 'nicht nutzbar', 'nicht mehr nutzbar', 'unterbrechung*', 'unterbrochen', 'probleme beim',
    'probleme mit', 'massive probleme', 'großflächig*', 'netzprobleme', 'serverprobleme', 'loginprobleme', 'login-probleme',
    'grossstörung', 'totalstörung', 'netzwerkstörung', 'telefonstörung', 'festnetzstörung', 'kabelstörung', 'dsl-störung', 'app-störung', 'großausfall', 'grossausfall',
    'komplettausfall', 'mobilfunkausfall', 'serverausfälle', 'netzausfälle', 'internetausfälle', 'technischen probleme', 'technischer probleme', 'technischen störung',
    'beeinträchtigt', 'beeinträchtigung', 'beeinträchtigungen', 'nicht mehr möglich', 'nicht aufrufbar', 'nicht mehr aufrufbar', 'nicht abrufbar',
    'funktioniert nur eingeschränkt',
  ],
  serviceDownTerms: [
    'down', 'gestört', 'ausgefallen', 'offline', 'nicht erreichbar', 'geht nicht', 'funktioniert nicht', 'störung', 'ausfall', 'lahmgelegt', 'streikt', 'streiken',
    'hat probleme', 'mit problemen', 'spinnt', 'fällt aus',
  ],
  digitalTerms: [
    'handelssystem*', 'elektronische handel', 'handelsplattform*', 'technische störung', 'technisches problem', 'technische probleme',
    'portal*', 'zahlungsterminal*', 'geldautomat*', 'it-system*', 'computersystem*',
    'app', 'apps', 'anwendung*', 'nutzer', 'nutzerinnen', 'nutzern', 'user', 'plattform*', 'internet', 'online', 'website*', 'webseite*', 'internetseite*', 'server*', 'cloud',
    'netz', 'netzwerk*', 'nachrichten', 'messenger', 'login', 'anmeldung', 'einloggen', 'anmelden', 'e-mail*', 'mails', 'rechenzentr*', 'dienst', 'dienste', 'diensten',
    'soziale medien', 'sozialen medien', 'sozialen netzwerke*', 'verbindung', 'mobilfunk*', 'handy*', 'smartphone*', 'breitband', 'glasfaser', 'software', 'digital*',
    'streaming', 'onlinebanking', 'online-banking', 'zahlungen', 'kartenzahlung*', 'ec-karte*', 'girocard', 'kartenterminal*', 'überweisungen', 'telefonie', 'anrufe',
    'kunden', 'dns', 'api', 'web', 'festnetz', 'wlan', 'mobiles internet', 'datenverbindung', 'it-systeme', 'it', 'systeme',
  ],
  negativeContexts: {
    maintenance: [
      'wartungsarbeiten', 'geplante wartung', 'planmäßige wartung', 'geplanten wartung', 'wartung', 'wartungsfenster', 'geplante arbeiten', 'wird nicht erreichbar sein',
      'wird nicht verfügbar sein', 'werden nicht verfügbar sein', 'vorübergehend nicht verfügbar sein', 'systemumstellung', 'serverwartung', 'während der wartung',
      'angekündigte wartung', 'geplante unterbrechung', 'geplante abschaltung',
    ],
    power: [
      'stromausfall', 'stromausfälle', 'stromausfällen', 'stromausfalls', 'stromnetz', 'strom', 'stromversorgung', 'blackout*', 'ohne strom', 'kein strom',
      'netzbetreiber', 'umspannwerk', 'stromleitung*', 'unwetter', 'sturm', 'gewitter', 'hitzewelle', 'energieversorger', 'stadtwerke', 'stromsperre', 'elektrizität',
    ],
    breach: [
      'datenleck*', 'datenpanne*', 'datendiebstahl', 'gestohlene daten', 'persönliche daten', 'personenbezogene daten', 'offengelegt', 'kompromittiert',
      'sicherheitslücke*', 'abgeflossen', 'abgegriffen', 'geleakt', 'leak', 'hacker erbeuteten', 'kundendaten',
    ],
    finance: [
      'aktie', 'aktien', 'aktienkurs', 'börse', 'börsen', 'index', 'dax', 'nasdaq', 'dow jones', 'wall street', 'anleger', 'investoren', 'kurs', 'kurse', 'handel',
      'gewinn', 'umsatz', 'quartalszahlen', 'märkte', 'kursrutsch', 'kurseinbruch', 'börsenwert', 'marktwert',
    ],
    mechanical: [
      'auto', 'autos', 'fahrzeug*', 'motor', 'motorschaden', 'aufzug', 'aufzüge', 'fahrstuhl', 'rolltreppe*', 'zug', 'züge', 'zügen', 's-bahn', 'u-bahn', 'straßenbahn',
      'bus', 'busse', 'flugzeug*', 'reifen', 'reifenpanne', 'autopanne', 'bremse*', 'pannenhilfe', 'pannendienst', 'adac', 'abschleppdienst', 'werkstatt', 'mechanisch*',
      'triebwerk', 'liegen geblieben', 'liegengeblieben', 'weichenstörung', 'signalstörung', 'stellwerk*', 'oberleitung*', 'lokführer', 'heizung',
    ],
    opinion: ['kommentar', 'meinung', 'leitartikel', 'gastbeitrag', 'kolumne', 'analyse'],
    discontinued: [
      'wird eingestellt', 'werden eingestellt', 'stellt ein', 'endgültig eingestellt', 'für immer', 'wird abgeschaltet', 'nicht mehr unterstützt', 'support endet',
      'ende des supports', 'verabschiedet sich', 'macht dicht', 'schließt endgültig', 'wird nicht mehr funktionieren', 'funktioniert bald nicht mehr', 'ältere smartphones',
      'alten handys', 'älteren geräten', 'älteren handys', 'aus für',
    ],
  },

  startCues: [
    'begann', 'begannen', 'beginn', 'seit', 'ab', 'von', 'zunächst', 'erste meldungen', 'ersten meldungen', 'traten auf', 'trat auf', 'häuften sich', 'sprunghaft',
    'schnellte', 'schnellten', 'spitze', 'höhepunkt', 'in der spitze', 'ging los', 'tauchten auf', 'machten sich bemerkbar',
    'begonnen', 'beginnt', 'beginnen', 'angefangen', 'fing an', 'startete', 'setzte ein', 'setzten ein', 'eingesetzt', 'aufgetreten', 'auftraten', 'tritt auf', 'treten auf',
    'seit dem morgen', 'seit den frühen morgenstunden',
  ],
  reportCues: [
    'meldeten', 'gemeldet', 'melden', 'meldungen', 'beschwerten sich', 'beschweren sich', 'berichteten', 'berichten', 'klagten', 'klagen', 'laut downdetector',
    'nach angaben von downdetector', 'beschwerden', 'verzeichnete', 'registrierte', 'machten ihrem ärger luft', 'in sozialen netzwerken',
  ],
  restoreCues: [
    'wiederhergestellt', 'wiederherstellung', 'wieder erreichbar', 'wieder online', 'wieder verfügbar', 'funktioniert wieder', 'funktionieren wieder', 'läuft wieder',
    'laufen wieder', 'wieder da', 'normalisiert', 'normalbetrieb', 'entwarnung', 'wieder nutzbar', 'wieder möglich', 'wieder aufgenommen', 'erholt', 'wieder im netz',
    'wieder wie gewohnt', 'wieder normal', 'wieder reibungslos', 'wieder stabil', 'wieder funktionsfähig', 'wieder in betrieb', 'wieder hergestellt',
    'wieder empfang', 'wieder zugreifen', 'wieder zugänglich', 'wieder aufrufbar', 'wieder möglich',
  ],
  resolvedCues: [
    'behoben', 'gelöst', 'beseitigt', 'vollständig wiederhergestellt', 'komplett wiederhergestellt', 'alle dienste laufen wieder', 'problem ist behoben',
    'störung ist behoben',
    'störung behoben', 'fehler behoben', 'wieder stabil', 'läuft wieder stabil', 'entschuldigt', 'entschuldigte sich', 'entschuldigen uns', 'entschuldigung',
    'bedauert', 'bedauern',
  ],
  partialCues: ['tage dauern', 'wochen dauern', 'von hand', 'manuell', 'nur eingeschränkt', 'teilweise wieder', 
    'teilweise', 'teils', 'zum teil', 'einige nutzer', 'einige kunden', 'manche nutzer', 'manche kunden', 'schrittweise', 'nach und nach', 'allmählich', 'sporadisch',
    'zeitweise', 'zeitweilig', 'vereinzelt', 'ein teil der', 'einen teil der', 'einem teil der', 'großteil', 'grossteil', 'mehrheit der', 'eingeschränkt', 'in einigen regionen', 'regional', 'noch nicht vollständig', 'einige dienste', 'langsam', 'holprig',
  ],
  ongoingCues: [
    'weiterhin', 'noch immer', 'immer noch', 'nach wie vor', 'dauert an', 'dauern an', 'anhaltend', 'andauernde', 'bis zur stunde', 'zum zeitpunkt', 'derzeit nicht',
    'aktuell nicht', 'zurzeit nicht', 'derzeit gestört', 'aktuell gestört', 'untersucht', 'unklar ist wann', 'noch unklar wann', 'noch nicht behoben',
    'noch nicht wiederhergestellt', 'bis auf weiteres', 'redaktionsschluss',
  ],
  negations: ['ausgeschlossen', 'kein hinweis auf', 'keine hinweise auf', 'nicht', 'noch nicht', 'kein', 'keine', 'ohne', 'nie', 'schloss aus', 'schließt aus', 'dementiert', 'dementierte', 'soll', 'sollen', 'dürfte', 'dürften', 'wird', 'werden', 'erwartet'],
  updateCues: [
    'arbeiten an', 'arbeitet an', 'arbeiten daran', 'arbeitet daran', 'mit hochdruck', 'untersuch*', 'prüfen', 'prüft', 'ist bekannt', 'sind bekannt',
    'sind uns bewusst', 'identifiziert', 'techniker', 'ingenieure', 'update*', 'lösung', 'fehlersuche', 'analysier*',
  ],

  numberWords: {
    'ein': 1, 'eine': 1, 'einen': 1, 'einem': 1, 'einer': 1, 'eines': 1, 'zwei': 2, 'drei': 3, 'vier': 4, 'fünf': 5, 'sechs': 6, 'sieben': 7, 'acht': 8,
    'neun': 9, 'zehn': 10, 'elf': 11, 'zwölf': 12, 'fünfzehn': 15, 'zwanzig': 20, 'dreißig': 30, 'vierzig': 40, 'fünfzig': 50, 'sechzig': 60, 'neunzig': 90,
    'einhundert': 100, 'zweitausend': 2000, 'dreitausend': 3000, 'fünftausend': 5000, 'zehntausend': 10000, 'hunderttausend': 100000, 'halb': 0.5, 'halbe': 0.5,
    'halben': 0.5, 'anderthalb': 1.5, 'eineinhalb': 1.5, 'zweieinhalb': 2.5, 'mehrere': 3, 'mehreren': 3, 'einige': 3, 'einigen': 3, 'ein dutzend': 12,
  },
  multipliers: {
    'hundert': 100, 'tausend': 1000, 'tsd': 1000, 'k': 1000, 'million': 1e6, 'millionen': 1e6, 'mio': 1e6, 'milliarde': 1e9, 'milliarden': 1e9, 'mrd': 1e9,
  },
  vagueQuantities: {
    'dutzende': 24, 'dutzenden': 24, 'hunderte': 100, 'hunderten': 100, 'tausende': 1000, 'tausenden': 1000, 'zehntausende': 10000, 'zehntausenden': 10000,
    'hunderttausende': 100000, 'hunderttausenden': 100000, 'millionen': 1e6, 'milliarden': 1e9,
  },
  approximateCues: [
    'mehr als', 'über', 'rund', 'etwa', 'ungefähr', 'fast', 'knapp', 'beinahe', 'mindestens', 'bis zu', 'annähernd', 'gut', 'zirka', 'circa', 'ca.', 'an die',
    'weit über', 'in der spitze', 'schätzungsweise', 'über die',
  ],

  months: [
    ['januar', 'jänner', 'jan'], ['februar', 'feber', 'feb'], ['märz', 'maerz', 'mär'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ],
  weekdays: [
    ['sonntag', 'sonntags', 'sonntagmorgen', 'sonntagfrüh', 'sonntagvormittag', 'sonntagmittag', 'sonntagnachmittag', 'sonntagabend', 'sonntagnacht'],
    ['montag', 'montags', 'montagmorgen', 'montagfrüh', 'montagvormittag', 'montagmittag', 'montagnachmittag', 'montagabend', 'montagnacht'],
    ['dienstag', 'dienstags', 'dienstagmorgen', 'dienstagfrüh', 'dienstagvormittag', 'dienstagmittag', 'dienstagnachmittag', 'dienstagabend', 'dienstagnacht'],
    ['mittwoch', 'mittwochs', 'mittwochmorgen', 'mittwochfrüh', 'mittwochvormittag', 'mittwochmittag', 'mittwochnachmittag', 'mittwochabend', 'mittwochnacht'],
    ['donnerstag', 'donnerstags', 'donnerstagmorgen', 'donnerstagfrüh', 'donnerstagvormittag', 'donnerstagmittag', 'donnerstagnachmittag', 'donnerstagabend',
    'donnerstagnacht'],
    ['freitag', 'freitags', 'freitagmorgen', 'freitagfrüh', 'freitagvormittag', 'freitagmittag', 'freitagnachmittag', 'freitagabend', 'freitagnacht'],
    ['samstag', 'samstags', 'samstagmorgen', 'samstagfrüh', 'samstagvormittag', 'samstagmittag', 'samstagnachmittag', 'samstagabend', 'samstagnacht', 'sonnabend'],
  ],
  relativeDays: { 'heute': 0, 'gestern': -1, 'vorgestern': -2, 'am vortag': -1, 'tags zuvor': -1, 'vortag': -1, 'heutigen': 0, 'gestrigen': -1 },
  dayParts: {
    'heute morgen': 'morning', 'heute früh': 'morning', 'heute vormittag': 'morning', 'heute mittag': 'afternoon', 'heute nachmittag': 'afternoon',
    'heute abend': 'evening', 'heute nacht': 'night', 'in der nacht': 'night', 'über nacht': 'night', 'vergangene nacht': 'night', 'vergangenen nacht': 'night',
    'letzte nacht': 'night', 'letzten nacht': 'night', 'in der nacht auf': 'night', 'in der nacht zu': 'night',
  },
  am: ['morgens', 'früh', 'vormittags', 'am morgen', 'am vormittag', 'in der früh', 'frühmorgens'],
  pm: ['nachmittags', 'abends', 'am nachmittag', 'am abend', 'spätabends'],
  clockWords: ['um', 'gegen', 'ab', 'seit', 'bis', 'von', 'uhr', 'zwischen', 'vor', 'nach', 'kurz vor', 'kurz nach', 'bis um', 'ab etwa'],
  zones: {
    'mez': '+01:00', 'mesz': '+02:00', 'mitteleuropäischer zeit': '+01:00', 'mitteleuropäische zeit': '+01:00', 'mitteleuropäischer sommerzeit': '+02:00',
    'deutscher zeit': 'Europe/Berlin', 'deutsche zeit': 'Europe/Berlin', 'deutscher sommerzeit': '+02:00', 'österreichischer zeit': 'Europe/Vienna',
    'wiener zeit': 'Europe/Vienna',
    'schweizer zeit': 'Europe/Zurich', 'ortszeit': 'local', 'lokalzeit': 'local', 'lokaler zeit': 'local', 'örtlicher zeit': 'local',
    'utc': 'Z', 'gmt': 'Z', 'weltzeit': 'Z', 'koordinierter weltzeit': 'Z', 'cet': '+01:00', 'cest': '+02:00', 'osteuropäischer zeit': '+02:00', 'oez': '+02:00',
    'oesz': '+03:00',
    'britischer zeit': 'Europe/London', 'londoner zeit': 'Europe/London', 'bst': '+01:00', 'moskauer zeit': '+03:00',
    'ostküstenzeit': 'America/New_York', 'us-ostküstenzeit': 'America/New_York', 'new yorker zeit': 'America/New_York', 'edt': '-04:00', 'est': '-05:00',
    'westküstenzeit': 'America/Los_Angeles', 'us-westküstenzeit': 'America/Los_Angeles', 'pazifikzeit': 'America/Los_Angeles', 'kalifornischer zeit': 'America/Los_Angeles',
    'pdt': '-07:00', 'pst': '-08:00', 'cdt': '-05:00', 'cst': '-06:00', 'japanischer zeit': '+09:00', 'chinesischer zeit': '+08:00', 'indischer zeit': '+05:30',
  },
  aroundCues: ['gegen', 'etwa', 'ungefähr', 'rund', 'circa', 'ca.', 'zirka', 'kurz vor', 'kurz nach', 'knapp', 'um die', 'gegen ende', 'fast', 'früh', 'spät'],
  rangeTo: ['bis', 'und', 'bis um', 'bis gegen', 'bis etwa'],
  durationUnits: {
    'minute': 1, 'minuten': 1, 'min': 1, 'stunde': 60, 'stunden': 60, 'std': 60, 'tag': 1440, 'tage': 1440, 'tagen': 1440, 'tages': 1440, 'woche': 10080,
    'wochen': 10080, 'halbe stunde': 30, 'halben stunde': 30, 'viertelstunde': 15, 'dreiviertelstunde': 45, 'anderthalb stunden': 90, 'eineinhalb stunden': 90,
  },
  durationCues: [
    'für', 'lang', 'dauerte', 'dauerten', 'andauernd', 'nach', 'mehr als', 'fast', 'etwa', 'rund', 'über', 'knapp', 'während', 'seit', 'insgesamt',
  ],

  pastPeriods: {
    'letztes jahr': { years: -1 }, 'im vergangenen jahr': { years: -1 }, 'vergangenes jahr': { years: -1 }, 'im letzten jahr': { years: -1 }, 'im vorjahr': { years: -1 },
    'vor einem jahr': { years: -1 }, 'vor zwei jahren': { years: -2 }, 'vor drei jahren': { years: -3 }, 'vor vier jahren': { years: -4 },
    'letzten monat': { months: -1 }, 'im vergangenen monat': { months: -1 }, 'vergangenen monat': { months: -1 }, 'vor einem monat': { months: -1 },
    'im vormonat': { months: -1 },
    'vor zwei monaten': { months: -2 }, 'anfang des jahres': { months: 0 }, 'anfang dieses jahres': { months: 0 }, 'zu jahresbeginn': { months: 0 },
    'zu beginn des jahres': { months: 0 },
  },
  pastCues: [
    'damals', 'zuvor', 'bereits im', 'schon einmal', 'im vergangenen jahr', 'letztes jahr', 'frühere störung', 'vorherige störung', 'ähnliche störung', 'ähnlicher ausfall',
    'ähnlichen ausfall', 'ähnliche panne', 'vor einem jahr', 'zuletzt', 'das letzte mal', 'im jahr 2019', 'im jahr 2020', 'im jahr 2021', 'im jahr 2022', 'im jahr 2023',
    'im jahr 2024', 'im jahr 2025', 'vor jahren', 'zurückgeführt', 'der letzte große', 'die letzte große', 'nicht zum ersten mal', 'nicht das erste mal', 'früheren ausfällen',
    'in der vergangenheit',
  ],

  causes: {
    configuration: [
      'konfigurationsänderung*', 'konfigurationsfehler*', 'fehlkonfiguration', 'fehlerhafte konfiguration', 'fehlerhaften konfiguration', 'falsche konfiguration',
      'konfigurationsdatei', 'routinewartung', 'menschliches versagen', 'menschlicher fehler', 'änderung an', 'fehlerhafte einstellung', 'falsche einstellung',
    ],
    'software-update': [
      'software-update*', 'softwareupdate*', 'migration', 'netzmigration', 'systemmigration', 'netzumstellung', 'fehlerhaftes update', 'fehlerhaften update', 'update', 'updates', 'aktualisierung', 'softwareaktualisierung', 'patch',
      'upgrade', 'umstellung', 'systemumstellung', 'neue version',
    ],
    'software-bug': [
      'softwarefehler*', 'software-fehler*', 'bug', 'programmierfehler', 'softwareproblem', 'software-problem', 'fehler in der software', 'codefehler', 'programmfehler',
    ],
    network: [
      'netzwerkproblem*', 'netzwerkfehler', 'netzprobleme', 'netzwerkstörung', 'router', 'routing', 'backbone', 'netzwerkkomponente', 'im netzwerk', 'netzknoten',
      'verbindungsprobleme', 'netzwerktechnik','kabelbruch', 'beschädigtes kabel', 'kabel beschädigt', 'kabel durchtrennt', 'durchtrenntes kabel', 'glasfaserkabel', 'bagger', 'baggerarbeiten', 'bauarbeiten', 'unterseekabel', 'seekabel', 'kabeldiebstahl'],
    dns: ['dns', 'domain name system', 'namensauflösung', 'dns-server', 'dns-problem'],
    bgp: ['bgp', 'border gateway protocol'],
    power: [
      'stromausfall im rechenzentrum', 'stromausfall in einem rechenzentrum', 'stromversorgung', 'stromprobleme', 'problem mit der stromversorgung', 'stromausfall',
      'netzteil', 'notstrom', 'spannungsschwankung*',
    ],
    cyberattack: [
      'cyberangriff*', 'cyber-angriff*', 'cyberattacke*', 'hackerangriff*', 'hacker-angriff*', 'ddos', 'ddos-angriff*', 'ddos-attacke*', 'überlastungsangriff*',
      'hacker', 'ransomware', 'erpressersoftware', 'schadsoftware', 'angreifer', 'attacke', 'angriff',
    ],
    hardware: ['hardwarefehler', 'hardware-defekt', 'hardwaredefekt', 'defekte hardware', 'hardware', 'defekt', 'defektes bauteil', 'feuer', 'wasserschaden'],
    'third-party': ['dienstleister', 'drittanbieter', 'externer dienstleister', 'externen dienstleister', 'zulieferer', 'it-dienstleister', 'externen anbieter',
    'crowdstrike'],
    capacity: [
      'überlastung', 'überlastet', 'überlast*', 'hohe nachfrage', 'ansturm', 'großer andrang', 'andrang', 'kapazität*', 'zu viele zugriffe', 'hohes datenaufkommen',
      'verkehrsspitze', 'lastspitze', 'hohe last',
    ],
    'government-shutdown': [
      'internetsperre', 'internet-sperre', 'abschaltung des internets', 'internet abgeschaltet', 'netz abgeschaltet', 'behördlich gesperrt', 'von den behörden gesperrt',
      'sperrung', 'blockiert von', 'zensur',
      'angeordnet', 'auf anordnung', 'gedrosselt', 'drosselung', 'netzsperre*'
    ],
    other: ['sabotage', 'vandalismus', 'hochwasser', 'überschwemmung', 'erdbeben', 'streik', 'brand'],
  },
  causeCues: ['ursache', 'verursacht', 'ausgelöst', 'aufgrund', 'wegen', 'zurückzuführen', 'schuld'],
  unknownCause: [
    'die ursache ist noch unklar', 'ursache ist noch unklar', 'ursache ist unklar', 'ursache war zunächst unklar', 'ursache blieb zunächst unklar',
    'ursache ist bislang unklar',
    'ursache ist bisher unklar', 'ursache noch unklar', 'ursache unklar', 'ursache ist unbekannt', 'unbekannte ursache', 'ursache zunächst unbekannt',
    'ursache ist nicht bekannt',
    'ursache noch nicht bekannt', 'keine angaben zur ursache', 'äußerte sich nicht zur ursache', 'nannte keine gründe',
    'gründe sind unklar', 'gründe sind noch unklar', 'hintergründe sind unklar', 'hintergründe sind noch unklar', 'woran es lag', 'ursache wird noch untersucht',
    'ursachenforschung', 'machte keine angaben', 'ist noch unklar', 'war zunächst unklar', 'blieb zunächst unklar', 'woran es liegt', 'woran der ausfall liegt',
    'woran die störung liegt', 'woran die probleme liegen', 'ist bisher nicht bekannt', 'ist noch nicht bekannt', 'sind noch nicht bekannt', 'bislang nicht bekannt',
    'ursache ist bislang nicht', 'ursache ist noch nicht', 'ursache nicht genannt', 'nannte keine ursache', 'keine angaben zu den gründen', 'ursache noch offen',
  ],
  nationalTerms: ['bundesweit', 'deutschlandweit', 'landesweit', 'im ganzen land', 'österreichweit', 'schweizweit'],
  globalTerms: [
    'weltweit', 'global', 'international', 'rund um den globus', 'auf der ganzen welt', 'in der ganzen welt', 'in vielen ländern', 'in mehreren ländern',
    'länderübergreifend', 'weltweiten', 'weltweite',
  ],
  countries: {
    US: ['usa', 'vereinigte staaten', 'vereinigten staaten', 'amerika'], GB: ['großbritannien', 'vereinigtes königreich', 'vereinigten königreich', 'england',
    'schottland', 'wales'],
    CA: ['kanada'], AU: ['australien'], NZ: ['neuseeland'], IE: ['irland'], IN: ['indien'], PK: ['pakistan'], BD: ['bangladesch'], LK: ['sri lanka'], NP: ['nepal'],
    CN: ['china'], JP: ['japan'], KR: ['südkorea'], KP: ['nordkorea'], TW: ['taiwan'], HK: ['hongkong', 'hong kong'], MO: ['macau'], SG: ['singapur'], MY: ['malaysia'],
    ID: ['indonesien'], PH: ['philippinen'], TH: ['thailand'], VN: ['vietnam'], MM: ['myanmar', 'birma'], KH: ['kambodscha'],
    FR: ['frankreich'], DE: ['deutschland', 'bundesrepublik'], ES: ['spanien'], PT: ['portugal'], IT: ['italien'], NL: ['niederlande', 'niederlanden', 'holland'],
    BE: ['belgien'], LU: ['luxemburg'], CH: ['schweiz'], AT: ['österreich'], LI: ['liechtenstein'], SE: ['schweden'], NO: ['norwegen'], DK: ['dänemark'], FI: ['finnland'],
    IS: ['island'], PL: ['polen'], CZ: ['tschechien', 'tschechische republik', 'tschechischen republik'], SK: ['slowakei'], SI: ['slowenien'], HR: ['kroatien'],
    HU: ['ungarn'], RO: ['rumänien'], BG: ['bulgarien'], GR: ['griechenland'], CY: ['zypern'], MT: ['malta'], EE: ['estland'], LV: ['lettland'], LT: ['litauen'],
    UA: ['ukraine'], BY: ['belarus', 'weißrussland'], MD: ['moldau', 'moldawien', 'republik moldau'], RU: ['russland'], TR: ['türkei'], RS: ['serbien'],
    BA: ['bosnien und herzegowina', 'bosnien-herzegowina', 'bosnien'], ME: ['montenegro'], MK: ['nordmazedonien'], AL: ['albanien'], GE: ['georgien'], AM: ['armenien'],
    AZ: ['aserbaidschan'], AD: ['andorra'], MC: ['monaco'], SM: ['san marino'], VA: ['vatikan', 'vatikanstadt'],
    BR: ['brasilien'], MX: ['mexiko'], AR: ['argentinien'], CL: ['chile'], CO: ['kolumbien'], PE: ['peru'], VE: ['venezuela'], EC: ['ecuador'], BO: ['bolivien'],
    PY: ['paraguay'], UY: ['uruguay'], GT: ['guatemala'], SV: ['el salvador'], HN: ['honduras'], NI: ['nicaragua'], CR: ['costa rica'], PA: ['panama'], CU: ['kuba'],
    DO: ['dominikanische republik', 'dominikanischen republik'], HT: ['haiti'], PR: ['puerto rico'], JM: ['jamaika'], TT: ['trinidad und tobago'], GY: ['guyana'],
    SR: ['suriname'], BZ: ['belize'],
    ZA: ['südafrika'], NG: ['nigeria'], KE: ['kenia'], GH: ['ghana'], ET: ['äthiopien'], TZ: ['tansania'], UG: ['uganda'], SN: ['senegal'], CI: ['elfenbeinküste'],
    CM: ['kamerun'], CD: ['demokratische republik kongo', 'dr kongo', 'kongo'], AO: ['angola'], MZ: ['mosambik'], CV: ['kap verde'], GW: ['guinea-bissau'],
    ST: ['são tomé und príncipe'], GQ: ['äquatorialguinea'], TL: ['osttimor', 'timor-leste'],
    EG: ['ägypten'], SA: ['saudi-arabien'], AE: ['vereinigte arabische emirate', 'vereinigten arabischen emiraten', 'vae', 'emirate', 'dubai', 'abu dhabi'],
    QA: ['katar'], KW: ['kuwait'], BH: ['bahrain'], OM: ['oman'], YE: ['jemen'], JO: ['jordanien'], LB: ['libanon'], SY: ['syrien'], IQ: ['irak'], IR: ['iran'],
    IL: ['israel'], PS: ['palästina', 'palästinensische gebiete', 'gaza', 'gazastreifen', 'westjordanland'], MA: ['marokko'], DZ: ['algerien'], TN: ['tunesien'],
    LY: ['libyen'], SD: ['sudan'], MR: ['mauretanien'], AF: ['afghanistan'], KZ: ['kasachstan'], UZ: ['usbekistan'],
  },
  userWords: [
    'nutzer', 'nutzerinnen', 'nutzern', 'nutzende', 'nutzenden', 'user', 'usern', 'anwender', 'anwenderinnen', 'menschen', 'personen', 'konten', 'accounts', 'spieler',
    'spielern', 'fahrgäste', 'passagiere', 'internetnutzer', 'handynutzer', 'betroffene', 'betroffenen',
  ],
  customerWords: [
    'kunden', 'kundinnen', 'kundschaft', 'bankkunden', 'mobilfunkkunden', 'festnetzkunden', 'internetkunden', 'privatkunden', 'geschäftskunden', 'abonnenten',
    'haushalte', 'haushalten', 'anschlüsse', 'anschlüssen', 'unternehmen', 'firmen', 'geschäfte', 'händler',
  ],
  reportWords: ['meldungen', 'störungsmeldungen', 'problemmeldungen', 'beschwerden', 'berichte', 'nutzermeldungen', 'nutzerberichte', 'störungsberichte', 'hinweise'],
  userBaseCues: [
    'genutzt von', 'verwendet von', 'hat mehr als', 'hat über', 'zählt', 'zählt mehr als', 'monatlich aktive', 'täglich aktive', 'aktive nutzer', 'nutzerbasis',
    'mit mehr als', 'mit über', 'versorgt', 'bedient', 'setzen auf', 'angewiesen', 'beliebt bei', 'nutzen den dienst', 'nutzen die app',
  ],
  saidVerbs: [
    'sagte', 'sagt', 'teilte mit', 'teilte', 'mitteilte', 'erklärte', 'erklärt', 'bestätigte', 'bestätigt', 'schrieb', 'schreibt', 'kündigte an', 'hieß es', 'heißt es',
    'räumte ein', 'fügte hinzu', 'betonte', 'nannte', 'nennt', 'laut', 'zufolge', 'nach angaben', 'postete', 'twitterte', 'entschuldigte sich', 'sprach von', 'berichtete',
  ],
  spokespersonTerms: [
    'sprecher', 'sprecherin', 'unternehmenssprecher', 'unternehmenssprecherin', 'konzernsprecher', 'konzernsprecherin', 'pressesprecher', 'pressesprecherin', 'vertreter',
    'mitteilung', 'in einer mitteilung', 'stellungnahme', 'statusseite', 'das unternehmen', 'der konzern', 'der anbieter', 'pressestelle',
  ],
  serviceNames: {},
  companyNames: {},
  sourceNames: {
    dpa: ['deutsche presse-agentur', 'deutschen presse-agentur', 'deutsche presseagentur', 'dpa'], AFP: ['agence france-presse', 'agence france presse', 'afp'],
    Reuters: ['reuters', 'nachrichtenagentur reuters'], AP: ['associated press', 'nachrichtenagentur ap'], EFE: ['nachrichtenagentur efe'],
    ANSA: ['nachrichtenagentur ansa'], Downdetector: ['downdetector', 'down detector', 'downdetector.de', 'downdetector.com', 'allestörungen', 'allestörungen.de', 'allestoerungen.de', 'allestörungen.at', 'allestörungen.ch'],
  },
};

export default de;
