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
    'netzstörung*', 'internetstörung*', 'serverstörung*', 'mobilfunkstörung*', 'systemstörung*', 'großstörung*', 'grossstörung*', 'verbindungsstörung*', 'telefonstörung*', 'notrufstörung*', 'kartenstörung*', 'terminalstörung*', 'totalausfälle', 'teilausfälle', 'systemausfälle', 'mobilfunkausfälle', 'telefonausfall', 'telefonausfälle', 'telefonieausfall', 'festnetzausfall', 'cloudausfall', 'notrufausfall', 'downtime', 'systempanne*', 'netzpanne*', 'serverpanne*', 'computerpannen', 'softwarepannen', 'technikpannen', 'it-problem*', 'computerproblem*', 'technikproblem*', 'internetproblem*', 'empfangsproblem*', 'mobilfunkproblem*', 'anmeldeproblem*', 'app-problem*', 'verbindungsproblem*', 'zugriffsproblem*', 'loginproblem*', 'login-problem*', 'anmeldeschwierigkeiten', 'verbindungsabbr*', 'it-chaos', 'technik-chaos', 'computerchaos', 'störungsbedingt', 'lahmgelegten', 'hängt sich auf', 'hängen sich auf', 'app lädt nicht', 'seite lädt nicht', 'website lädt nicht', 'webseite lädt nicht', 'seiten laden nicht', 'nicht mehr abrufbar', 'nichts ging mehr', 'geht gar nichts mehr', 'ging gar nichts mehr', 'nicht einloggen', 'nicht mehr einloggen', 'login nicht möglich', 'kein login möglich', 'einloggen nicht möglich', 'server überlastet', 'serverüberlastung', 'überlastete server', 'überlasteten server', 'überlastung der server', 'website überlastet', 'webseite überlastet', 'seite überlastet', 'portal überlastet', 'system überlastet', 'systeme überlastet', 'hotline überlastet', 'hotlines überlastet', 'netz überlastet', 'mobilfunknetz überlastet', 'server gingen in die knie', 'server ging in die knie', 'brach das system zusammen', 'brachen die server zusammen', 'brach die seite zusammen', 'kartenzahlung nicht möglich', 'kartenzahlungen nicht möglich', 'kartenzahlung unmöglich', 'kartenzahlungen unmöglich', 'nicht mehr mit karte', 'nur noch barzahlung', 'nur noch bar bezahlen', 'nur noch bar bezahlt', 'kein geld abheben', 'kein bargeld abheben', 'überweisungen nicht möglich', 'keine telefonverbindung', 'ohne internet und telefon', 'ohne telefon und internet', 'internet weg', 'netz weg', 'internet war weg', 'netz war weg', 'nicht mehr telefonieren', 'anrufe kamen nicht durch', 'anrufe kommen nicht durch', 'keine anrufe möglich', 'telefonieren nicht möglich', 'vom internet abgeschnitten', 'vom netz abgeschnitten', 'systeme heruntergefahren', 'server heruntergefahren', 'internet abgeschaltet', 'internet gesperrt', 'internet gekappt', 'internetsperre*', 'internet-sperre*', 'internetabschaltung*', 'internet-abschaltung*', 'internet-shutdown*', 'internetshutdown*', 'brach die website zusammen', 'brach das portal zusammen', 'kein internet mehr', 'kein mobilfunk mehr', 'keinen empfang mehr', 'keine kartenzahlung möglich', 'keine kartenzahlungen möglich', 'keine kartenzahlung mehr',
    'weiter brach', 'noch brach', 'brachliegen*',
    'vom netz getrennt', 'vom netz genommen', 'liegt brach', 'lag brach', 'liegen brach', 'lagen brach', 'legt lahm', 'handlungsunfähig',
    'störung', 'störungen', 'großstörung', 'netzstörung', 'internetstörung', 'serverstörung', 'mobilfunkstörung', 'systemstörung', 'it-störung', 'technische störung',
    'ausfall', 'ausfälle', 'ausfällen', 'ausfalls', 'totalausfall', 'teilausfall', 'serverausfall', 'netzausfall', 'internetausfall', 'systemausfall', 'it-ausfall',
    'ausgefallen', 'fällt aus', 'reagiert nicht mehr', 'reagierten nicht mehr', 'antwortet nicht mehr', 'antworteten nicht mehr', 'fallen aus', 'fiel aus', 'fielen aus', 'lahmgelegt', 'lahmgelegte', 'legte lahm', 'legten lahm', 'lahmgelegt worden',
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
    // a helper's proposal (blind to the evaluation set), eighth session
    'netzausf*', 'systemausf*', 'internetausf*', 'serverausf*', 'totalausf*', 'mobilfunkausf*', 'netzwerkausf*', 'computerausf*', 'technikausf*', 'teilausf*', 'unterbruch*', 'unterbrüche*', 'netzunterbr*', 'lahmleg*', 'systemproblem*', 'netzproblem*', 'serverproblem*', 'systemabsturz*', 'systemabstürz*', 'bluescreen*', 'nicht mehr funktionier*', 'nicht funktionierte', 'nicht funktionierten', 'netzüberlastung*', 'verbindungsschwierigkeiten', 'kassenstörung*', 'kassenausf*', 'internetpanne*', 'app stürzt ab', 'nur noch bar zahlen',
    // a helper's proposal (blind to the evaluation set), eleventh session, second phrasing round
    'legen lahm', 'it heruntergefahren', 'computer heruntergefahren', 'systeme herunterfahren', 'server herunterfahren', 'vorsorglich heruntergefahren', 'fuhr die systeme herunter', 'systeme abgeschaltet', 'vom internet getrennt', 'netz brach zusammen', 'system brach zusammen', 'systeme brachen zusammen', 'server brachen zusammen', 'website brach zusammen', 'netz ging in die knie', 'app stürzte ab', 'system stürzte ab', 'systeme stürzten ab', 'server stürzten ab', 'stürzt immer wieder ab', 'serverabst*', 'computerabst*', 'systemcrash*', 'systemstillstand', 'it-gau', 'serverfehler', 'verbindungsfehler', 'bildschirme blieben schwarz', 'kein internet', 'kein handyempfang', 'ohne festnetz', 'keine internetverbindung', 'weder telefon noch internet', 'kein freizeichen', 'nur noch notrufe', 'lädt nicht mehr', 'ließ sich nicht laden', 'ließen sich nicht laden', 'nicht auf ihre konten zugreifen', 'nicht auf ihr konto zugreifen', 'konnten sich nicht anmelden', 'können sich nicht anmelden', 'nicht mehr anmelden', 'anmeldung nicht möglich', 'karten wurden abgelehnt', 'karte wurde abgelehnt', 'spuckten kein geld', 'spuckte kein geld', 'sms kamen nicht an', 'nachrichten kamen nicht an', 'codes kamen nicht an', 'kassen streikten', 'computer streikten',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'reagieren nicht mehr', 'reagierte nicht mehr', 'antworten nicht mehr', 'antwortete nicht mehr', 'system stürzt ab', 'server stürzen ab', 'systeme stürzen ab', 'netz bricht zusammen', 'system bricht zusammen', 'server brechen zusammen', 'systeme brechen zusammen', 'website bricht zusammen', 'bricht das system zusammen', 'brechen die server zusammen', 'bricht die seite zusammen', 'bricht die website zusammen', 'server gehen in die knie', 'server geht in die knie', 'netz geht in die knie', 'geht nichts mehr', 'hing sich auf', 'hingen sich auf', 'funktionierte nur eingeschränkt', 'funktionieren nur eingeschränkt', 'lässt sich nicht laden', 'lassen sich nicht laden', 'karten werden abgelehnt', 'karte wird abgelehnt', 'sms kommen nicht an', 'nachrichten kommen nicht an', 'codes kommen nicht an', 'spucken kein geld', 'spuckt kein geld', 'kassen streiken', 'computer streiken', 'fährt die systeme herunter', 'fuhren die systeme herunter',
  ],
  // A failure told through what people saw (back to pen and paper, cash only, boards gone dark,
  // a site buckling under demand): outage words to the analyser; the first look reads them in the headline.
  consequenceTerms: [
    // a helper's proposal (blind to the evaluation set), twelfth session, pruned of neutral nouns
    'manuell abgefertigt', 'manuell erfasst', 'manuell eingecheckt', 'manuell bearbeitet', 'manuelles Check-in', 'manueller Betrieb', 'ohne Computer', 'ohne EDV', 'Bordkarten per Hand', 'nur Barzahlung', 'nur bar', 'nur Bargeld', 'nur Barzahlung möglich', 'Karten abgelehnt', 'Karte abgelehnt', 'keine Kartenzahlung', 'nicht mit Karte bezahlen', 'nicht mit Karte zahlen', 'Terminals streiken', 'Kartenzahlungen fallen aus', 'ächzt unter dem Ansturm', 'ächzte unter dem Ansturm', 'Ansturm auf die Website', 'Ansturm auf das Portal', 'App überlastet', 'unter der Last zusammengebrochen', 'in die Knie gezwungen', 'ging in die Knie', 'zu viele Zugriffe', 'Schranken öffneten nicht', 'Schranken blieben zu', 'Schranken blieben geschlossen', 'Schranken blieben offen', 'technische Panne', 'technischen Panne', 'IT-Störung*', 'IT-Panne*', 'IT-Probleme', 'Systemausfall*', 'Systemfehler*', 'Softwarefehler*', 'Computerpanne*', 'Computerfehler*', 'Softwarepanne*', 'Serverausfall*', 'Update-Panne', 'Netzwerkstörung*', 'EDV-Störung*', 'EDV-Panne*', 'technischer Fehler', 'Fehlfunktion*',
    'schwarze Bildschirme', 'schwarze Bildschirm*', 'Bildschirme schwarz', 'blauer Bildschirm', 'Anzeigen ausgefallen', 'Rechner ausgefallen', 'Computer ausgefallen', 'Computer fielen aus', 'Rechner fielen aus', 'Kassen ausgefallen', 'Kassen stehen still', 'Kassen standen still', 'Systeme eingefroren', 'Bildschirm eingefroren', 'Rechner heruntergefahren', 'Monitore blieben schwarz',
  ],
  serviceDownTerms: [
    'ruckelt', 'ruckelte', 'zickt', 'zickte', 'hakt', 'hakte', 'macht probleme', 'machte probleme', 'machen probleme', 'machten probleme', 'hatte probleme', 'hatten probleme', 'haben probleme', 'mit störungen', 'mit ausfällen', 'mit aussetzern', 'setzt aus', 'setzte aus', 'lädt nicht', 'hängt sich auf',
    'down', 'gestört', 'ausgefallen', 'offline', 'nicht erreichbar', 'geht nicht', 'funktioniert nicht', 'störung', 'ausfall', 'lahmgelegt', 'streikt', 'streiken',
    'hat probleme', 'mit problemen', 'spinnt', 'fällt aus', 'überlastet', 'in die knie', 'stockt', 'stockte', 'stocken', 'stockten',
    // a helper's proposal (blind to the evaluation set), eighth session
    'lahm', 'bricht zusammen', 'brach zusammen', 'brechen zusammen', 'brachen zusammen', 'macht schlapp', 'machte schlapp', 'friert ein',
    // a helper's proposal (blind to the evaluation set), eleventh session, second phrasing round
    'streikte', 'streikten', 'gab den geist auf', 'gibt den geist auf', 'fror ein',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'ging nicht', 'gingen nicht', 'gehen nicht', 'machen schlapp', 'machten schlapp', 'gaben den geist auf', 'geben den geist auf', 'den geist aufgegeben', 'setzen aus', 'setzten aus', 'frieren ein', 'froren ein', 'eingefroren', 'ruckeln', 'ruckelten', 'zicken', 'zickten', 'hakten', 'spinnen',
  ],
  digitalTerms: [
    'internet*', 'online*', 'e-banking', 'ebanking', 'mobile banking', 'mobile-banking', 'bankingapp*', 'bankomat*', 'sb-terminal*', 'selbstbedienungsterminal*', 'bezahlterminal*', 'kartenlesegerät*', 'lesegerät*', 'kartenleser*', 'ticketautomat*', 'fahrkartenautomat*', 'fahrscheinautomat*', 'entwerter', 'e-ticket*', 'kassensystem*', 'bezahlsystem*', 'zahlungssystem*', 'zahlungsverkehr', 'zahlungsdienst*', 'bezahldienst*', 'kontaktlos*', 'nfc', 'qr-code*', 'buchungssystem*', 'reservierungssystem*', 'check-in-system*', 'abfertigungssystem*', 'ticketsystem*', 'ticketportal*', 'ticketshop*', 'webshop*', 'bürgerportal*', 'serviceportal*', 'kundenportal*', 'bewerbungsportal*', 'buchungsportal*', 'lernplattform*', 'schulcloud', 'videokonferenz*', 'telekommunikation*', 'provider', 'funknetz*', 'telefonnetz*', 'telefonanlage*', 'telefonleitung*', 'hotline*', 'sms', 'mobile daten', 'mobilen daten', 'e-rezept*', 'telematikinfrastruktur', 'elektronische patientenakte', 'computer*', 'benutzerkonto*', 'nutzerkonto*', 'passwort', 'browser',
    'mail',
    'handelssystem*', 'elektronische handel', 'handelsplattform*', 'technische störung', 'technisches problem', 'technische probleme',
    'portal*', 'zahlungsterminal*', 'geldautomat*', 'it-system*', 'computersystem*',
    'app', 'apps', 'anwendung*', 'nutzer', 'nutzerinnen', 'nutzern', 'user', 'plattform*', 'internet', 'online', 'website*', 'webseite*', 'internetseite*', 'server*', 'cloud',
    'netz', 'netzwerk*', 'nachrichten', 'messenger', 'login', 'anmeldung', 'einloggen', 'anmelden', 'e-mail*', 'mails', 'rechenzentr*', 'dienst', 'dienste', 'diensten',
    'soziale medien', 'sozialen medien', 'sozialen netzwerke*', 'verbindung', 'mobilfunk*', 'handy*', 'smartphone*', 'breitband', 'glasfaser', 'software', 'digital*',
    'streaming', 'onlinebanking', 'online-banking', 'zahlungen', 'kartenzahlung*', 'ec-karte*', 'girocard', 'kartenterminal*', 'überweisungen', 'telefonie', 'anrufe',
    'kunden', 'dns', 'api', 'web', 'festnetz', 'wlan', 'mobiles internet', 'datenverbindung', 'it-systeme', 'it', 'systeme',
    // a helper's proposal (blind to the evaluation set), eighth session
    'billettautomat*', 'bancomat*', 'postomat*', 'debitkarte*', 'kernbank*', 'notrufnummer*', 'kabelnetz*', 'dsl', 'homepage*', 'betriebssystem*', 'rechner', 'laptop*', 'streamingdienst*', 'kurznachrichtendienst*', 'chatbot*', 'natel*', 'e-finance', 'bezahlapp*', 'festnetz*',
    // a helper's proposal (blind to the evaluation set), eleventh session, second phrasing round
    'telefon', 'notruf', 'pushtan', 'authentifizierung*', 'intranet', 'bestätigungscode*', 'selbstbedienungskasse*',
  ],
  negativeContexts: {
    // a helper's list (blind to the evaluation set), twelfth session; no competition names, which ticketing and streaming outages also write
    sports: ['Fußball', 'Fußballer', 'Fußballprofi', 'verletzungsbedingt', 'Verletzungspause', 'Knieverletzung', 'Muskelverletzung', 'Kreuzbandriss', 'Kreuzband*', 'Oberschenkelzerrung', 'Knie-OP', 'Stürmer', 'Torwart', 'Torhüter', 'Mittelfeldspieler', 'Innenverteidiger', 'Abwehrspieler', 'Cheftrainer', 'Bundestrainer', 'Cheftrainers', 'Tabellenführer', 'Tabellenplatz', 'Kader', 'Saisonauftakt', 'Anpfiff', 'Hattrick', 'Elfmeter', 'Rote Karte', 'Nachspielzeit', 'Abstiegskampf'],
    exercise: ['übung', 'notfallübung', 'krisenübung', 'cyberübung', 'simuliert', 'simulierte', 'simulation', 'planspiel', 'szenario', 'szenarien', 'stresstest'],
    explainer: ['welche rechte', 'so erkennen sie', 'so prüfen sie', 'ihre rechte bei', 'nur bei mir'],
    retrospective: ['ein jahr nach', 'jahre nach', 'jahrestag'],
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
  reportCues: [ 'in einem update', 'im letzten update', 'letzten update',
    'meldeten', 'gemeldet', 'melden', 'meldungen', 'beschwerten sich', 'beschweren sich', 'berichteten', 'berichten', 'klagten', 'klagen', 'laut downdetector',
    'nach angaben von downdetector', 'beschwerden', 'verzeichnete', 'registrierte', 'machten ihrem ärger luft', 'in sozialen netzwerken',
  ],
  separableVerbs: [
    { kind: 'outage', verbs: ['fiel', 'fielen', 'fällt', 'fallen'], particle: 'aus' },
    { kind: 'restore', verbs: ['lief', 'liefen', 'läuft', 'laufen', 'funktionierte', 'funktionierten', 'funktioniert', 'funktionieren'], particle: 'wieder' },
  ],
  restoreCues: ['liefen wieder', 'lief wieder', 'funktionierten wieder', 'funktionierte wieder', 'waren wieder erreichbar', 'war wieder erreichbar',
    'wiederhergestellt', 'wiederherstellung', 'wieder erreichbar', 'wieder online', 'wieder verfügbar', 'funktioniert wieder', 'funktionieren wieder', 'läuft wieder',
    'laufen wieder', 'wieder da', 'normalisiert', 'normalbetrieb', 'entwarnung', 'wieder nutzbar', 'wieder möglich', 'wieder aufgenommen', 'erholt', 'wieder im netz',
    'wieder wie gewohnt', 'wieder normal', 'wieder reibungslos', 'wieder stabil', 'wieder funktionsfähig', 'wieder in betrieb', 'wieder hergestellt',
    'wieder empfang', 'wieder zugreifen', 'wieder zugänglich', 'wieder aufrufbar', 'wieder möglich',
    // a helper's proposal (blind to the evaluation set), eighth session
    'wieder funktionier*', 'wieder hochgefahren', 'wieder abrufbar', 'wieder zur verfügung', 'wieder läuft', 'wieder am laufen', 'wieder störungsfrei', 'wieder einwandfrei', 'wieder problemlos', 'wieder angelaufen', 'wieder einloggen', 'wieder zugriff', 'wieder telefonieren', 'wieder mit karte', 'wieder im regelbetrieb', 'wieder internet',
    // a helper's proposal (blind to the evaluation set), tenth session
    'funktioniere wieder', 'funktionierte inzwischen wieder', 'laufe wieder', 'liefe wieder', 'können wieder', 'konnten wieder', 'wieder ans netz', 'wieder am netz', 'wieder funktionstüchtig', 'wieder betriebsbereit', 'wieder einsatzbereit', 'wieder benutzbar', 'wieder bedienbar', 'wieder aufgeschaltet', 'wieder freigegeben', 'wieder verbunden', 'betrieb wieder auf', 'wieder surfen', 'wieder bezahlen', 'wieder überweisen', 'wieder abheben', 'wieder anmelden', 'wieder aufrufen', 'wieder nutzen', 'wieder verschicken', 'normalisierte sich', 'normalisierten sich', 'kehrte zur normalität zurück', 'rückkehr zur normalität', 'zurück zur normalität', 'wieder im griff', 'wieder lief', 'wieder liefen', 'wieder überweisungen', 'wieder geld abheben', 'wieder kartenzahlungen', 'wieder auf ihre konten', 'wieder auf ihr konto', 'wieder nachrichten',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'erholte sich', 'erholten sich', 'kann wieder', 'konnte wieder', 'kehrt zur normalität zurück', 'kehrten zur normalität zurück', 'zur normalität zurückgekehrt',
    // a helper's proposal (blind to the evaluation set), twelfth session: forms of return, partial return and going on
    'wieder abrufbar', 'wieder störungsfrei', 'wieder uneingeschränkt', 'wieder im Normalbetrieb', 'wiederhergestellt*', 'Störung behoben', 'Störung ist behoben', 'Störung wurde behoben', 'Störung beseitigt', 'Ausfall behoben', 'Problem behoben', 'Probleme behoben', 'Probleme wurden behoben', 'Fehler behoben', 'Störung ist vorbei', 'Ausfall ist vorbei', 'Verbindung wiederhergestellt', 'stellte die Verbindung wieder her', 'stellten die Verbindung wieder her', 'stellte den Betrieb wieder her', 'stellte den Dienst wieder her', 'Betrieb wieder aufgenommen', 'wieder hochgefahren', 'Dienste laufen wieder', 'zur Normalität zurück',
    // a helper's proposal (blind to the evaluation set), fifteenth session, present-tense headline forms of the return
    'wieder her', 'wiederherstellt', 'ist zurück', 'sind zurück', 'ist wieder zurück', 'sind wieder zurück', 'klappt wieder', 'klappen wieder', 'stabilisiert sich', 'stabilisieren sich', 'betrieb wieder aufnimmt', 'wieder in ordnung', 'wieder am start', 'meldet sich zurück', 'melden sich zurück', 'internet wieder ein', 'systeme wieder hoch', 'server wieder hoch', 'wieder hochfährt', 'wieder herstellt',
  ],
  resolvedCues: ['aufgehoben', 'wieder freigeschaltet', 'entsperrt', 'behoben', 'gelöst', 'beseitigt', 'vollständig wiederhergestellt', 'komplett wiederhergestellt', 'alle dienste laufen wieder', 'problem ist behoben', 'störung ist behoben', 'störung behoben', 'fehler behoben', 'wieder stabil', 'läuft wieder stabil', 'bedauert', 'bedauern', 'gab entwarnung', 'gibt entwarnung', 'entwarnung gegeben', 'vorfall geschlossen', 'störung beendet',
    // a helper's proposal (blind to the evaluation set), eighth session
    'wieder vollständig', 'wieder uneingeschränkt', 'wieder voll funktionsfähig', 'repariert', 'instand gesetzt',
    // a helper's proposal (blind to the evaluation set), tenth session
    'störung ist vorbei', 'störung war vorbei', 'störung vorüber', 'ausfall ist vorbei', 'ausfall war vorbei', 'spuk war vorbei', 'spuk ist vorbei', 'wieder in ordnung', 'fehler korrigiert', 'funktioniert einwandfrei', 'funktionieren einwandfrei', 'funktioniert normal', 'funktionieren normal', 'läuft normal', 'laufen normal', 'läuft stabil', 'laufen stabil', 'liefen stabil', 'lief stabil', 'uneingeschränkt verfügbar', 'uneingeschränkt nutzbar', 'uneingeschränkt erreichbar', 'wieder vollumfänglich', 'vollumfänglich verfügbar', 'wieder in vollem umfang', 'vollständig wieder', 'alle systeme laufen', 'alle dienste funktionieren', 'störung ist beendet', 'störung wurde beendet', 'ausfall beendet', 'störungsfrei',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'gaben entwarnung', 'geben entwarnung', 'bedauerte', 'alle dienste liefen wieder',
    // a helper's proposal (blind to the evaluation set), fifteenth session, present-tense headline forms of the return
    'behebt', 'beheben die störung', 'beheben den fehler', 'beheben das problem', 'löst das problem', 'lösen das problem', 'hebt die sperre auf', 'heben die sperre auf', 'hebt sperre auf', 'hebt die sperrung auf', 'hebt die blockade auf', 'sperre aufhebt', 'störung vorbei', 'ausfall vorbei', 'störung endet', 'ausfall endet', 'ausfall vorüber', 'störung ist vorüber', 'internet wieder frei', 'zugang wieder frei', 'zugriff wieder frei', 'wieder freischaltet', 'wieder freigibt', 'schaltet wieder frei',
  ],
  againWords: ['wieder', 'erneut'],
  whenWords: ['wann', 'Zeitpunkt', 'Zeitplan', 'Dauer bis'],
  // A cause told as a guess, rumour or claim (a helper's list, blind to the evaluation set, eleventh session).
  speculationCues: ['spekul*', 'gerücht*', 'angeblich*', 'hypothes*', 'theorie*', 'verdacht*', 'unbestätigt*', 'nicht bestätig*', 'nicht überprüf*', 'nicht unabhängig überprüf*', 'nicht verifiz*', 'berichten zufolge', 'nicht ausgeschlossen', 'nicht auszuschließen', 'nicht ausschließen', 'bekannte sich', 'bekannten sich', 'bekenner*', 'reklamiert*', 'ohne beweis*', 'ohne beleg*'],
  negators: ['nicht', 'nicht mehr', 'nicht länger', 'kein', 'keine', 'keinen', 'nie', 'weiterhin nicht', 'noch immer nicht'],
  // Words of a service working, which a negator before them turns into a failure (a helper's list, blind to the evaluation set, eleventh session).
  availabilityWords: ['verfügbar', 'zur verfügung', 'erreichbar', 'abrufbar', 'aufrufbar', 'zugänglich', 'nutzbar', 'benutzbar', 'verwendbar', 'bedienbar', 'in betrieb', 'betriebsbereit', 'funktionsfähig', 'funktioniert', 'funktionieren', 'funktionierte', 'funktionierten', 'zugreifen', 'anmelden', 'einloggen', 'einwählen', 'verbinden', 'aufrufen', 'geladen'],
  authorityWords: ['regierung', 'behörden', 'die behörden', 'regime', 'machthaber', 'militärjunta', 'innenministerium', 'sicherheitskräfte', 'staatliche stellen'],
  apologyCues: ['entschuldigt', 'entschuldigte sich', 'entschuldigen uns', 'entschuldigung'],
  noReturnYetCues: ['ohne zeitangabe', 'unklar, wann', 'lasse sich nicht sagen', 'lässt sich nicht sagen', 'ließ sich nicht sagen', 'noch offen, wann', 'nicht absehbar', 'keine prognose', 'nicht abzusehen', 'wann genau'],
  partialCues: ['kunde für kunde', 'ein teil der dienste', 'teil der kunden', 'zum teil wieder','tage dauern', 'wochen dauern', 'von hand', 'manuell', 'nur eingeschränkt', 'teilweise wieder',
    'teilweise', 'teils', 'zum teil', 'einige nutzer', 'einige kunden', 'manche nutzer', 'manche kunden', 'schrittweise', 'nach und nach', 'allmählich', 'sporadisch',
    'zeitweise', 'zeitweilig', 'vereinzelt', 'ein teil der', 'einen teil der', 'einem teil der', 'großteil', 'grossteil', 'mehrheit der', 'eingeschränkt', 'in einigen regionen', 'regional', 'noch nicht vollständig', 'einige dienste', 'langsam', 'holprig', 'aber nicht alle', 'nachwirkung*',
    // a helper's proposal (blind to the evaluation set), twelfth session: forms of return, partial return and going on
    'teilweise wiederhergestellt', 'teilweise gestört', 'teilweise eingeschränkt', 'eingeschränkt erreichbar', 'eingeschränkt verfügbar', 'eingeschränkt nutzbar', 'weitgehend wiederhergestellt', 'größtenteils wiederhergestellt', 'weitgehend behoben', 'schrittweise wiederhergestellt', 'schrittweise wieder', 'nach und nach wieder', 'allmählich wieder', 'nicht vollständig wiederhergestellt', 'noch nicht alle', 'einzelne Nutzer', 'vereinzelte Störungen', 'vereinzelt noch', 'vereinzelt Probleme', 'Reststörungen', 'immer wieder Ausfälle', 'Verbindungsabbrüche', 'lange Ladezeiten', 'weiterhin Einschränkungen', 'Einschränkungen bestehen', 'noch zu Einschränkungen', 'noch zu Verzögerungen', 'Teilausfall', 'einzelne Dienste', 'einzelne Funktionen', 'zeitweise nicht erreichbar', 'zeitweise gestört', 'sporadische Ausfälle',
  ],
  ongoingCues: [
    'weiterhin', 'noch immer', 'immer noch', 'nach wie vor', 'dauert an', 'dauern an', 'anhaltend', 'andauernde', 'bis zur stunde', 'zum zeitpunkt', 'derzeit nicht',
    'aktuell nicht', 'zurzeit nicht', 'derzeit gestört', 'aktuell gestört', 'untersucht', 'unklar ist wann', 'noch unklar wann', 'noch nicht behoben',
    'noch nicht wiederhergestellt', 'bis auf weiteres', 'redaktionsschluss',
    // a helper's proposal (blind to the evaluation set), twelfth session: forms of return, partial return and going on
    'weiterhin gestört', 'weiterhin nicht erreichbar', 'noch immer nicht erreichbar', 'immer noch nicht erreichbar', 'nach wie vor nicht erreichbar', 'weiterhin nicht verfügbar', 'weiterhin offline', 'noch immer gestört', 'nicht wiederhergestellt', 'Störung dauert an', 'Störung hält an', 'Ausfall dauert an', 'Ausfall hält an', 'anhaltende Störung', 'anhaltender Ausfall', 'andauernde Störung', 'weiterhin Störungen', 'weiterhin Probleme', 'nach wie vor Probleme', 'nicht absehbar', 'unklar, wann', 'keine Prognose', 'zum Zeitpunkt der Veröffentlichung', 'bei Redaktionsschluss', 'zweiten Tag in Folge', 'funktioniert weiterhin nicht', 'funktioniert noch immer nicht', 'funktioniert immer noch nicht', 'mit Hochdruck an der Behebung', 'an einer Lösung', 'Behebung der Störung', 'seit Stunden gestört', 'seit Tagen gestört',
  ],
  pendingCues: ['sobald', 'bis zur', 'helfen', 'könnte dauern', 'dürfte', 'wird dauern', 'arbeitet an der', 'arbeiten an der', 'arbeitet daran', 'arbeiten daran', 'mit hochdruck an der', 'bemüht sich um', 'soll bis', 'sollen bis', 'voraussichtlich', 'rechnet mit', 'hofft auf', 'plant'],
  negations: ['ausgeschlossen', 'kein hinweis auf', 'keine hinweise auf', 'nicht', 'noch nicht', 'kein', 'keine', 'ohne', 'nie', 'schloss aus', 'schließt aus', 'dementiert', 'dementierte', 'soll', 'sollen', 'dürfte', 'dürften', 'wird', 'werden', 'erwartet'],
  denialVerbs: ['dementiert', 'dementierte', 'schloss aus', 'schließt aus', 'wies zurück', 'bestritt', 'bestreitet', 'bestreiten', 'zurückgewiesen', 'widersprach*', 'dementi', 'falschmeldung*', 'haltlos*', 'entkräft*'],
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
  namedTimes: { 'mitternacht': 0 },
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
    // a helper's proposal (blind to the evaluation set), tenth session
    'berliner zeit': 'Europe/Berlin',
    'österreichische zeit': 'Europe/Vienna',
    'zentraleuropäischer zeit': 'Europe/Berlin',
    'mitteleuropäische sommerzeit': '+02:00',
    'luxemburger zeit': 'Europe/Luxembourg',
    'pariser zeit': 'Europe/Paris',
    'französischer zeit': 'Europe/Paris',
    'spanischer zeit': 'Europe/Madrid',
    'italienischer zeit': 'Europe/Rome',
    'westeuropäischer zeit': 'Z',
    'wez': 'Z',
    'wesz': '+01:00',
    'osteuropäischer sommerzeit': '+03:00',
    'türkischer zeit': 'Europe/Istanbul',
    'israelischer zeit': 'Asia/Jerusalem',
    'kiewer zeit': 'Europe/Kyiv',
    'ukrainischer zeit': 'Europe/Kyiv',
    'washingtoner zeit': 'America/New_York',
    'pazifischer zeit': 'America/Los_Angeles',
    'pekinger zeit': 'Asia/Shanghai',
    'tokioter zeit': 'Asia/Tokyo',
    'koreanischer zeit': 'Asia/Seoul',
    'thailändischer zeit': 'Asia/Bangkok',
    'singapurer zeit': 'Asia/Singapore',
    'australischer ostküstenzeit': 'Australia/Sydney',
    'sydneyer zeit': 'Australia/Sydney',
    'dubaier zeit': 'Asia/Dubai',
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
      'konfigurationsproblem*', 'fehlkonfiguration*', 'falsch konfiguriert', 'fehlerhaft konfiguriert', 'fehlerhafte einstellung*', 'fehlerhaften einstellung*', 'falsche einstellung*', 'falschen einstellung*', 'menschlichen versagen*', 'menschlichen fehler', 'bedienfehler', 'fehler bei wartungsarbeiten', 'fehler bei den wartungsarbeiten', 'änderung der konfiguration',
      'konfigurationsänderung*', 'konfigurationsfehler*', 'fehlkonfiguration', 'fehlerhafte konfiguration', 'fehlerhaften konfiguration', 'falsche konfiguration',
      'konfigurationsdatei', 'routinewartung', 'menschliches versagen', 'menschlicher fehler', 'änderung an', 'fehlerhafte einstellung', 'falsche einstellung',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'änderung der einstellungen',
    ],
    'software-update': [
      'systemupdate*', 'sicherheitsupdate*', 'konfigurationsupdate*', 'aktualisierungen', 'systemumstellung*', 'softwareumstellung*', 'datenmigration', 'systemwechsel*', 'einführung einer neuen software',
      'software-update*', 'softwareupdate*', 'migration', 'netzmigration', 'systemmigration', 'netzumstellung', 'fehlerhaftes update', 'fehlerhaften update', 'update', 'updates', 'aktualisierung', 'softwareaktualisierung', 'patch',
      'upgrade', 'umstellung', 'systemumstellung', 'neue version',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'plattformwechsel', 'releasewechsel',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'nach einem Software-Update', 'nach einem Softwareupdate', 'nach einem Update', 'fehlerhaftes Update', 'Update wurde eingespielt', 'Update eingespielt', 'Update aufgespielt', 'Update ausgerollt', 'Update ging schief', 'neue Version aufgespielt', 'neue Softwareversion', 'Softwareaktualisierung', 'Aktualisierung der Software', 'fehlerhafte Aktualisierung', 'Upgrade schlug fehl', 'Systemumstellung', 'bei der Umstellung', 'Umstellung auf ein neues', 'IT-Umstellung', 'Migration der Daten', 'bei einer Migration', 'Datenmigration', 'Release eingespielt',
    ],
    'software-bug': [
      'softwareproblem*', 'software-problem*', 'programmfehler*', 'fehlerhafte software', 'fehlerhaften software', 'fehler im code', 'fehler im programm', 'softwarebug*', 'bugs', 'softwarepanne*','softwarefehler', 'software-fehler', 'fehlerhaftes skript', 'fehlerhaften skripts', 'fehlerhaftes programm',
      'softwarefehler*', 'software-fehler*', 'bug', 'programmierfehler', 'softwareproblem', 'software-problem', 'fehler in der software', 'codefehler', 'programmfehler',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'Fehler in einer Software', 'Bug in der Software', 'Softwarebug', 'fehlerhafter Code', 'Softwaredefekt', 'Softwarepanne', 'Softwarefehler verursachte', 'Softwarefehlers', 'Programmierfehlers', 'Schaltsekunde', 'Fehler in der Programmierung',
    ],
    network: [
      'durchtrennt*', 'kabelschäden', 'leitungsschaden', 'leitungsschäden', 'beschädigte leitung*', 'kabel wurde beschädigt', 'netzwerkstörung*', 'routingfehler','kabelschaden', 'weitverkehrsnetz',
      'netzwerkproblem*', 'netzwerkfehler', 'netzprobleme', 'netzwerkstörung', 'router', 'routing', 'backbone', 'im netzwerk', 'netzknoten',
      'verbindungsprobleme', 'netzwerktechnik','kabelbruch', 'beschädigtes kabel', 'kabel beschädigt', 'kabel durchtrennt', 'durchtrenntes kabel', 'glasfaserkabel', 'bagger', 'baggerarbeiten', 'bauarbeiten', 'unterseekabel', 'seekabel', 'kabeldiebstahl',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'glasfaserleitung*', 'kabel gekappt', 'leitung gekappt', 'baggerschaden', 'grabarbeiten', 'tiefbauarbeiten', 'leitungsunterbruch', 'glasfaserunterbruch', 'kernnetz', 'schiffsanker',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'Kabel wurde durchtrennt', 'Kabel gekappt', 'Glasfaserkabel beschädig*', 'Glasfaserkabel durchtrenn*', 'Glasfaser durchtrennt', 'Leitung beschädigt', 'Leitungen beschädigt', 'Leitung gekappt', 'Datenleitung unterbrochen', 'bei Bauarbeiten beschädigt', 'bei Tiefbauarbeiten', 'Bagger beschädigte', 'Bagger hat ein Kabel', 'Baufirma beschädigte', 'Kupferkabel gestohlen', 'Kabel wurden gestohlen', 'Seekabel beschädigt', 'Router ausgefallen', 'Störung der Datenübertragung',
    ],
    dns: ['dns', 'domain name system', 'namensauflösung', 'dns-server', 'dns-problem', 'zonendatei*', 'nameserver'],
    bgp: ['bgp', 'border gateway protocol'],
    power: [
      'stromunterbrechung*', 'notstromversorgung', 'notstromaggregat*', 'kurzschluss', 'brand im rechenzentrum',
      'stromausfall im rechenzentrum', 'stromausfall in einem rechenzentrum', 'stromversorgung', 'stromprobleme', 'problem mit der stromversorgung', 'stromausfall',
      'netzteil', 'notstrom', 'spannungsschwankung*',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'stromunterbruch*', 'strompanne*', 'stromausf*', 'umspannwerk*', 'stromzufuhr',
    ],
    cyberattack: [
      'hackerattacke*', 'cyberkriminelle*', 'erpressungstrojaner*', 'verschlüsselungstrojaner*', 'schadprogramm*', 'denial-of-service', 'hackergruppe*', 'noname057*',
      'cyberangriff*', 'cyber-angriff*', 'cyberattacke*', 'hackerangriff*', 'hacker-angriff*', 'ddos', 'ddos-angriff*', 'ddos-attacke*', 'überlastungsangriff*',
      'hacker', 'ransomware', 'erpressersoftware', 'schadsoftware', 'angreifer', 'attacke', 'angriff',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'Hackerangriff', 'Hacker-Angriff', 'Cyberangriff', 'Cyber-Angriff', 'Cyberattacke', 'Hackerattacke', 'DDoS-Angriff', 'DDoS-Attacke', 'Überlastungsangriff', 'Hacker griffen', 'Hacker haben', 'Angriff von Hackern', 'Ziel eines Cyberangriffs', 'Ziel von Hackern', 'wurde gehackt', 'Systeme wurden angegriffen', 'Angriff auf die IT', 'Erpressungssoftware', 'Erpressungstrojaner', 'mit Schadsoftware infiziert', 'Trojaner',
    ],
    hardware: [
      'hardwareproblem*', 'hardware-problem*', 'hardwaredefekt*', 'hardwareausfall', 'serverdefekt*', 'defekte festplatte*', 'defekten server*', 'überhitzung','netzwerkkomponente', 'technischer defekt', 'steuerungselement*', 'netzelement*', 'bauteil*', 'kühlsystem', 'kühlung', 'hardwarefehler', 'hardware-defekt', 'hardwaredefekt', 'defekte hardware', 'hardware', 'defekt', 'defektes bauteil', 'wasserschaden',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'speichersystem*', 'defekter server', 'gerätedefekt*',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'Server ausgefallen', 'Server fiel aus', 'Server fielen aus', 'Serverausfall', 'Hardware versagte', 'Festplatte ausgefallen', 'defekte Festplatte', 'Speichersystem ausgefallen', 'Speichersystem defekt', 'Gerät defekt', 'defektes Gerät', 'technischer Defekt an', 'Komponente ausgefallen', 'defekte Komponente', 'Server überhitzt', 'Kühlung ausgefallen', 'Klimaanlage ausgefallen', 'Router defekt', 'Netzwerkkarte defekt', 'Störung an einem Server',
    ],
    'third-party': [
      'dienstleister*', 'drittanbieter*', 'externen dienstleisters', 'cloud-anbieter*', 'cloudanbieter*', 'fremdanbieter*', 'softwareanbieter*','dienstleister', 'drittanbieter', 'externer dienstleister', 'externen dienstleister', 'zulieferer', 'it-dienstleister', 'externen anbieter',
    'crowdstrike',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'technologiepartner*',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'externer Dienstleister', 'externen Dienstleisters', 'eines Dienstleisters', 'beim Dienstleister', 'IT-Dienstleister', 'Problem bei einem Dienstleister', 'Störung beim Dienstleister', 'Ausfall bei einem Dienstleister', 'Drittanbieter', 'eines Drittanbieters', 'beim Drittanbieter', 'Zulieferer', 'beim Zulieferer', 'externer Partner', 'Partnerunternehmen', 'beim Provider', 'beauftragte Firma', 'beauftragte Baufirma', 'Cloud-Anbieter', 'beim Cloud-Anbieter', 'Fehler eines Dienstleisters', 'Panne beim Dienstleister',
    ],
    capacity: [
      'ansturm*', 'großen nachfrage', 'hohen nachfrage', 'gleichzeitigen zugriff*', 'zu viele nutzer', 'nutzerandrang',
    'massenansturm', 'nutzeransturm', 'besucheransturm', 'kundenansturm', 'ticketansturm', 'run auf', 'virtuelle warteschlange', 'virtuellen warteschlange', 'digitale warteschlange', 'digitalen warteschlange', 'zugriffszahl*', 'gleichzeitige zugriffe', 'gleichzeitigen zugriffe', 'zu viele anfragen', 'anfragenflut', 'nutzeraufkommen*', 'anrufaufkommen*', 'serverlast', 'vorverkaufsstart', 'start des vorverkaufs', 'virtueller warteraum', 'virtuellen warteraum','speicherquote', 'speicherplatz', 'kapazitätsengpass',
      'überlastung', 'überlastet', 'überlast*', 'hohe nachfrage', 'ansturm', 'großer andrang', 'andrang', 'kapazität*', 'zu viele zugriffe', 'hohes datenaufkommen',
      'verkehrsspitze', 'lastspitze', 'hohe last',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'besucherandrang', 'zugriffsspitze*',
    ],
    'government-shutdown': [
      'sperrverfügung*', 'gerichtsbeschluss',
    'internet gesperrt', 'internet gekappt', 'kappt das internet', 'kappte das internet', 'kappten das internet', 'mobilfunk gekappt', 'schaltete das internet ab', 'schalteten das internet ab', 'schaltet das internet ab', 'sperrt das internet', 'sperrte das internet', 'sperrten das internet', 'internetsperre*', 'internet-sperre*', 'internetabschaltung*', 'internet-abschaltung*', 'internet-shutdown*', 'internetshutdown*', 'internet-blackout', 'internetblackout', 'internetblockade', 'internet-blockade', 'kommunikationssperre', 'kommunikationsblockade', 'zugriff gesperrt', 'blockiert den zugang', 'blockierte den zugang', 'sperrte den zugang', 'sperrten den zugang', 'plattform gesperrt', 'messenger gesperrt', 'behördliche anordnung', 'behördlicher anordnung', 'auf anweisung der regierung', 'auf anweisung der behörden', 'medienaufsicht', 'kommunikationsaufsicht', 'roskomnadsor',
      'internetsperre', 'internet-sperre', 'abschaltung des internets', 'internet abgeschaltet', 'netz abgeschaltet', 'behördlich gesperrt', 'von den behörden gesperrt',
      'sperrung', 'blockiert von', 'zensur',
      'angeordnet', 'auf anordnung', 'gedrosselt', 'drosselung', 'netzsperre*'
    ],
    other: ['sabotage', 'vandalismus', 'hochwasser', 'überschwemmung', 'erdbeben', 'streik', 'brand', 'feuer',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'wassereinbruch',
    ],
  },
  causeCues: [
      'ursachen', 'verursach*', 'zurückgeführt', 'hervorgerufen', 'auslöser', 'liegt an', 'lag an', 'lagen an', 'infolge', 'grund dafür', 'grund für', 'grund war', 'bedingt durch','ursache', 'verursacht', 'ausgelöst', 'aufgrund', 'wegen', 'zurückzuführen', 'schuld',
    // a helper's proposal (blind to the evaluation set), eleventh session
    'ursächlich', 'ursprung der', 'führte zu', 'folge eines', 'folge einer',
  ],
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
    ANSA: ['nachrichtenagentur ansa'], Downdetector: ['downdetector', 'down detector', 'downdetector.de', 'downdetector.com'],
  },
};

export default de;
