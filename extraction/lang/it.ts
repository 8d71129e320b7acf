import type { LanguageData } from './types';

const it: LanguageData = {
  code: 'it',
  name: 'Italian',
  dir: 'ltr',
  spaces: true,
  stopwords: [
    'il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'che', 'è', 'un', 'una', 'per', 'con', 'non', 'sono', 'da', 'in', 'al', 'alla', 'dei', 'delle', 'anche',
    'come', 'più', 'ma', 'nel', 'nella', 'questo', 'stato', 'ha', 'hanno', 'degli', 'sul', 'dalla', 'ed',
  ],

  outageTerms: [
    'problema informatico', 'problemi informatici', 'intoppo tecnico', 'schermata bianca', 'caricamento infinito', 'crashat*', 'impallat*', 'collasso dei server', 'collasso del sito', 'server al collasso', 'crollo del sito', 'sito intasato', 'linee intasate', 'server non hanno retto', 'caduta della rete', 'caduta della linea', 'caduta della connessione', 'perdita del segnale', 'assenza di rete', 'niente internet', 'telefoni muti', 'linee mute', 'impossibile telefonare', 'impossibile chiamare', 'impossibile prelevare', 'impossibile pagare', 'non riescono a prelevare', 'non è possibile prelevare', 'non è possibile accedere', 'prelievi impossibili', 'pagamenti respinti', 'carte rifiutate', 'carte inutilizzabili', 'non funzionant*', 'app inutilizzabile', 'impossibile connettersi', 'impossibile iscriversi', 'spegnimento di internet', 'internet spento', 'blocco di internet', 'blocco dei social', 'social oscurati', 'oscuramento dei social', 'sospensione di internet', 'restrizioni su internet', 'caos informatico', 'app bloccata', 'bancomat in panne',
    'down', 'disservizi*', 'guast*', 'interruzion*', 'blackout', 'black out', 'non funziona', 'non funzionano', 'non funzionava', 'non funzionavano', 'smesso di funzionare', 'non risponde', 'non rispondono', 'non rispondeva', 'non rispondevano',
    'fuori uso', 'fuori servizio', 'offline', 'non disponibile', 'non disponibili', 'non raggiungibile', 'non raggiungibili', 'irraggiungibil*', 'inaccessibil*',
    'problemi tecnici', 'problema tecnico', 'malfunzionament*', 'anomali*', 'in tilt', 'va in tilt', 'andato in tilt', 'andati in tilt', 'crash', 'problemi di accesso',
    'difficoltà di accesso', 'difficoltà ad accedere', 'impossibile accedere', 'non riescono ad accedere', 'non riuscivano ad accedere', 'errore', 'errori', 'ko', 'k.o.',
    'caduta del servizio', 'problemi di connessione', 'problemi di connettività', 'problemi alla rete', 'interrotto', 'interrotta', 'interrotti', 'interrotte',
    'rallentament*', 'problemi diffusi', 'disservizio diffuso', 'down globale', 'down mondiale', 'senza servizio', 'senza connessione', 'senza linea', 'senza rete',
    'niente linea', 'bloccato', 'bloccati', 'problemi di funzionamento',
    'impossibilità di accedere', 'impossibilità di effettuare', 'impossibile effettuare', 'impossibile inviare', 'impossibile fare', 'impossibile collegarsi',
    'non riescono a collegarsi', 'non sono riusciti a collegarsi', 'non riusciva a collegarsi', 'non riuscivano a collegarsi', 'non riesce a collegarsi', 'non sono riusciti ad accedere', 'non riuscivano ad accedere', 'non riescono a connettersi', 'non riescono a inviare', 'non riescono a navigare', 'non riescono a effettuare',
    'non riesce ad accedere', 'non si riesce ad accedere', 'non si riesce a entrare', 'non carica', 'non si apre', 'non si aprono', 'non vengono inviati', 'non vengono consegnati', 'non partono',
    'non arrivano', 'messaggi non inviati', 'email non consegnate', 'senza campo', 'assenza di linea', 'assenza di segnale', 'andato giù', 'andata giù', 'è giù',
    'disagi per gli utenti', 'disagi per i clienti', 'disagi per i correntisti', 'fuori gioco', 'mandato in tilt', 'mandata in tilt', 'manda in tilt', 'senza internet',
    'non si carica', 'non si caricano', 'non si aggiorna', 'non si aggiornano', 'dà problemi', 'danno problemi', 'sta dando problemi', 'problemi di caricamento',
    'impossibile pubblicare', 'impossibile caricare', 'pagamenti rifiutati', 'transazioni rifiutate',
    // a helper's proposal (blind to the evaluation set), eleventh session, second phrasing round
    'caduta dei sistemi', 'caduta dei server', 'caduta del sistema informatico', 'caduta del sito', 'è caduta la rete', 'cadute di linea', 'saltato il sistema', 'saltata la linea', 'saltata la connessione', 'salta la connessione', 'saltata la rete', 'sistema inceppato', 'si è inceppato il sistema', 'paralisi informatica', 'paralisi dei sistemi', 'sistemi paralizzati', 'rete paralizzata', 'fermo dei sistemi', 'fermo informatico', 'tilt informatico', 'tilt di', 'il tilt', 'sistema in panne', 'server in panne', 'rete in panne', 'sistema impazzito', 'sito crollato', 'crollo dei server', 'si impalla', 'crasha', 'schermata blu', 'sito non regge', 'server non reggono', 'rete intasata', 'spento i server', 'spenti i server', 'spenti i sistemi', 'spento i sistemi', 'spegnimento dei sistemi', 'scollegati dalla rete', 'disconnessi dalla rete', 'isolato i sistemi', 'senza telefono e internet', 'senza telefono né internet', 'senza segnale', 'niente rete', 'senza posta elettronica', 'telefono muto', 'linea muta', 'non ricevono il codice', 'non arriva il codice', 'impossibile loggarsi', 'pagamenti non vanno a buon fine', 'transazioni non vanno a buon fine', 'carta rifiutata', 'pagamento rifiutato', 'spunta singola',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'ha dato problemi', 'hanno dato problemi', 'dava problemi', 'davano problemi', 'non si apriva', 'non si aprivano', 'non si caricava', 'non si caricavano', 'non riuscivano a inviare', 'non sono riusciti a inviare', 'non riuscivano a navigare', 'non riuscivano a effettuare', 'non riuscivano a prelevare', 'non sono riusciti a prelevare', 'non era possibile prelevare', 'non venivano inviati', 'non venivano consegnati', 'cade la rete', 'salta il sistema', 'salta la linea', 'salta la rete', 'andati giù', 'sito non ha retto', 'si impallano', 'crashano', 'spegne i server', 'spengono i server', 'isola i sistemi', 'non ricevevano il codice', 'non arrivava il codice', 'pagamenti non andavano a buon fine', 'transazioni non andavano a buon fine',
  ],
  // A failure told through what people saw (back to pen and paper, cash only, boards gone dark,
  // a site buckling under demand): outage words to the analyser; the first look reads them in the headline.
  consequenceTerms: [
    // a helper's proposal (blind to the evaluation set), twelfth session, pruned of neutral nouns
    'scritte a mano', 'scritti a mano', 'in modalità manuale', 'gestione manuale', 'check-in manuale', 'carte d\'imbarco scritte a mano', 'ricette a mano', 'senza computer', 'procedure manuali', 'ritorno alla carta', 'modalità cartacea', 'modalità di emergenza', 'solo contanti', 'solo in contanti', 'carta rifiutata', 'pos fuori uso', 'pos non funzionanti', 'pos in tilt', 'pos bloccati', 'pos ko', 'impossibile pagare con carta', 'bancomat fuori uso', 'bancomat in tilt', 'pagamenti bloccati', 'niente pos', 'sito in tilt', 'sito preso d\'assalto', 'preso d\'assalto', 'assalto al sito', 'troppi accessi', 'sito bloccato', 'server intasati', 'server sovraccarichi', 'sito irraggiungibile', 'crash del sito', 'sito crashato', 'non ha retto', 'non ha retto all\'urto', 'sito non accessibile', 'piattaforma in tilt', 'sito down', 'sovraccarico dei server', 'sbarre bloccate', 'caselli in tilt', 'tornelli bloccati', 'telepass in tilt', 'guasto informatico', 'guasti informatici', 'errore informatico', 'errori informatici', 'disservizio', 'disservizi', 'malfunzionamento', 'malfunzionamenti', 'down informatico', 'blackout informatico', 'tilt informatico', 'anomalia tecnica', 'anomalia informatica', 'guasto al sistema', 'crash informatico', 'bug', 'difficoltà tecniche', 'errore di sistema', 'problema di sistema',
    'schermi neri', 'schermi spenti', 'computer spenti', 'pc bloccati', 'computer bloccati', 'sistemi bloccati', 'messaggi di errore', 'messaggio di errore', 'codice di errore', 'tabelloni spenti', 'monitor spenti', 'monitor neri', 'casse bloccate', 'casse in tilt', 'schermi bloccati', 'display spenti', 'pannelli informativi', 'tabellone delle partenze',
  ],
  serviceDownTerms: [
    'non vanno', 'impazzito', 'impazzita', 'fa le bizze', 'inutilizzabile', 'al collasso', 'a singhiozzo', 'bloccata',
    'down', 'non funziona', 'non va', 'in tilt', 'ko', 'k.o.', 'offline', 'irraggiungibile', 'bloccato', 'in crash', 'fuori uso', 'giù', 'in panne', 'va in down',
    'è down', 'ha problemi', 'con problemi', 'sovraccarico', 'sovraccarica', "preso d'assalto",
    // a helper's proposal (blind to the evaluation set), eleventh session, second phrasing round
    'fa cilecca', 'fa i capricci', 'si blocca',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'si bloccano', 'si bloccava', 'non andava', 'non andavano', 'hanno problemi', 'aveva problemi', 'bloccate', 'impazziti', 'presa d\'assalto', 'presi d\'assalto', 'fanno le bizze', 'ha fatto le bizze', 'faceva le bizze', 'fanno cilecca', 'ha fatto cilecca', 'fanno i capricci', 'faceva i capricci',
  ],
  digitalTerms: [
    'sms', '4g', '5g', 'adsl', 'postamat', 'bonifico', 'carta di credito', 'contactless', 'registro elettronico', 'area riservata', 'telematic*', 'pec', 'emettitric*', 'validatric*', 'centralino', 'numeri di emergenza', 'ripetitor*', 'gestore telefonico', 'telefonic*',
    'sistema di negoziazione', 'piattaforma di negoziazione', 'problema tecnico', 'problemi tecnici', 'guasto tecnico',
    'portale', 'portali', 'bancomat', 'sportelli automatici', 'terminali di pagamento', 'sistema informatico', 'sistemi informatici',
    'app', 'applicazion*', 'utenti', 'utente', 'piattaform*', 'internet', 'online', 'in rete', 'sito', 'siti', 'sito web', 'server', 'cloud', 'rete', 'reti', 'messaggi',
    'messaggistica', 'login', 'accesso', 'accedere', 'email', 'e-mail', 'mail', 'posta elettronica', 'data center', 'servizi', 'servizio', 'social', 'social network',
    'connessione', 'connettività', 'mobile', 'cellular*', 'smartphone', 'telefonin*', 'banda larga', 'fibra', 'software', 'digital*', 'streaming', 'home banking',
    'pagamenti', 'pagamento', 'bonifici', 'carte', 'pos', 'chiamate', 'abbonati', 'clienti', 'dns', 'api', 'web', 'operatore', 'operatori', 'telefonia', 'wi-fi', 'wifi',
    'dati mobili', 'sistem*', 'informatic*', 'spid',
    // a helper's proposal (blind to the evaluation set), eleventh session, second phrasing round
    'tornelli', 'telefono fisso', 'telefoni fissi', 'modem', 'otp', 'pagopa', 'pagobancomat', 'fascicolo sanitario elettronico', 'cartella clinica elettronica',
  ],
  negativeContexts: {
    // a helper's list (blind to the evaluation set), twelfth session; no competition names, which ticketing and streaming outages also write
    sports: ['calcio', 'calciatore', 'calciatori', 'infortunio', 'infortunato', 'rottura del crociato', 'legamento crociato', 'bicipite femorale', 'operato al ginocchio', 'lesione muscolare', 'centravanti', 'portiere', 'centrocampista', 'difensore centrale', 'allenatore', 'commissario tecnico', 'scudetto', 'lista dei convocati', 'calcio d\'inizio', 'tripletta', 'calcio di rigore', 'cartellino rosso', 'retrocessione', 'Serie B'],
    exercise: ['esercitazione', 'esercitazioni', 'simulazione', 'simulato', 'simulata', 'scenario', 'scenari', 'stress test'],
    explainer: ['come capire se', 'come sapere se', 'quali sono i tuoi diritti', 'i tuoi diritti in caso di', 'solo a me'],
    retrospective: ['un anno dopo', 'a un anno da', 'anniversario di'],
    maintenance: [
      'manutenzione programmata', 'manutenzione straordinaria', 'manutenzione ordinaria', 'lavori di manutenzione', 'intervento di manutenzione', 'interventi di manutenzione',
      'interruzione programmata', 'finestra di manutenzione', 'non sarà disponibile', 'non saranno disponibili', 'sarà temporaneamente non disponibile',
      'durante la manutenzione', 'aggiornamento programmato', 'manutenzione', 'fermo programmato', 'sospensione programmata',
    ],
    power: [
      'blackout elettrico', 'blackout*', 'black out', 'interruzione di corrente', 'interruzione della corrente', 'energia elettrica', 'corrente elettrica', 'senza corrente',
      'senza luce', 'elettricità', 'rete elettrica', 'enel', 'e-distribuzione', 'terna', 'cabina elettrica', 'linee elettriche', 'temporale', 'maltempo',
      'ondata di calore', 'fornitura elettrica', 'mancanza di corrente', 'distacchi',
    ],
    breach: [
      'violazione dei dati', 'data breach', 'furto di dati', 'dati personali', 'dati rubati', 'fuga di dati', 'esposti', 'compromess*',
      'accesso non autorizzato', 'dati sottratti', 'dati trafugati', 'account violati', 'esfiltra*',
    ],
    finance: [
      'azioni', 'titolo', 'titoli', 'borsa', 'piazza affari', 'ftse mib', 'nasdaq', 'dow jones', 'wall street', 'investitori', 'quotazion*', 'mercat*', 'ricavi', 'utili',
      'trimestrale', 'spread', 'capitalizzazione', 'in calo del', 'listino',
    ],
    mechanical: [
      'auto', 'automobil*', 'veicol*', 'motore', 'ascensor*', 'scala mobile', 'scale mobili', 'treno', 'treni', 'binario', 'binari', 'linea ferroviaria',
      'circolazione ferroviaria', 'passaggio a livello', 'autobus', 'bus', 'aereo', 'aerei', 'velivolo', 'pneumatic*', 'freni', 'meccanic*', 'carro attrezzi',
      'guasto al treno', 'guasto alla linea', 'metropolitana', 'tram', 'caldaia', 'pantografo', 'locomotiva', 'officina', 'soccorso stradale',
    ],
    opinion: ['editoriale', 'opinione', 'commento', 'il punto', 'rubrica'],
    discontinued: [
      'saranno disattivati', 'saranno disattivate', 'sarebbero stati disattivati', 'verranno disattivati', 'disattivazione definitiva', 'smetteranno di funzionare', 'non funzioneranno più', 'chiude il servizio', 'ultimo capitolo',
      'chiude definitivamente', 'chiusura definitiva', 'chiuderà', 'sarà dismesso', 'sarà dismessa', 'dismissione', 'cesserà', 'non sarà più disponibile',
      'non sarà più supportato', 'fine del supporto', 'addio definitivo', 'per sempre', 'va in pensione', 'spegnimento definitivo', 'smetterà di funzionare',
      'non funzionerà più', 'vecchi smartphone', 'vecchi telefoni', 'smartphone datati', 'non sarà più compatibile',
    ],
  },

  startCues: [
    'è iniziato', 'iniziato', 'iniziata', 'iniziati', 'inizio', 'cominciato', 'cominciata', 'dalle', 'fin dalle', 'sin dalle', 'a partire da', 'a partire dalle',
    'prime segnalazioni', 'picco', 'si sono moltiplicate', 'impennata', 'sono esplose', 'esplose', 'sono comparse', 'si è verificato', 'dalla mattina', 'dal mattino',
  ],
  reportCues: [ 'ultimo aggiornamento', 'in un aggiornamento', 'nel suo aggiornamento',
    'segnalat*', 'segnalano', 'segnalazioni', 'lamentano', 'lamentato', 'lamentel*', 'denunciano', 'secondo downdetector', 'stando a downdetector', 'riportano',
    'hanno riferito', 'registrato', 'registrate', 'sui social', 'protestano',
  ],
  restoreCues: [
    'ripristinato', 'ripristinata', 'ripristinati', 'ripristinate', 'ripristino', 'ripristinando', 'tornato a funzionare', 'tornata a funzionare', 'torna a funzionare', 'tornano a funzionare', 'tornati a funzionare', 'tornate a funzionare',
    'tornato accessibile', 'tornata accessibile', 'torna accessibile', 'tornati accessibili', 'di nuovo accessibile', 'nuovamente accessibile',
    'tornato operativo', 'tornata operativa', 'tornati operativi', 'torna operativo', 'torna operativa', 'tornata disponibile', 'tornati disponibili',
    'tornato raggiungibile', 'tornata raggiungibile', 'di nuovo raggiungibile', 'di nuovo online', 'nuovamente online', 'torna online',
    'tornato online', 'torna disponibile', 'di nuovo disponibile', 'nuovamente disponibile', 'rientrat*', 'recuperato', 'recuperata', 'recupero', 'normalità', 'funziona regolarmente',
    'funzionano regolarmente', 'funziona di nuovo', 'funzionano di nuovo', 'torna', 'tornano', 'riprendendo', 'si riprende', 'è tornato', 'è tornata', 'sono tornati', 'sono tornate', 'ritrovato la linea', 'ritrovato il segnale', 'ritrovato la connessione', 'tornata la linea', 'tornato il segnale', 'tornata la connessione', 'ripresa', 'ripreso', 'ripresi', 'riprese', 'torna attivo', 'di nuovo operativo', 'nuovamente operativo',
    // a helper's proposal (blind to the evaluation set), tenth session
    'nuovamente operativ*', 'di nuovo operativ*', 'nuovamente raggiungibil*', 'di nuovo raggiungibil*', 'nuovamente accessibil*', 'di nuovo accessibil*', 'nuovamente disponibil*', 'di nuovo disponibil*', 'nuovamente funzionant*', 'di nuovo funzionant*', 'di nuovo in funzione', 'nuovamente in funzione', 'di nuovo in linea', 'nuovamente in linea', 'ristabilit*', 'riattivat*', 'riaccesi', 'rimesso in funzione', 'rimessa in funzione', 'rimessi in funzione', 'rimesso online', 'normalizzat*', 'si normalizza', 'si normalizzano', 'ritorna a funzionare', 'ritornano a funzionare', 'ritornato a funzionare', 'ritornato online', 'ritorna online', 'possono di nuovo', 'possono nuovamente', 'è di nuovo possibile', 'è nuovamente possibile', 'sono potuti tornare', 'è ripartito', 'è ripartita', 'sono ripartiti', 'funzionava di nuovo', 'funziona nuovamente', 'funzionano nuovamente',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'tornata online', 'tornati online', 'tornato disponibile', 'tornate operative', 'funzionavano di nuovo', 'ritornata a funzionare', 'ritornati a funzionare', 'ritornata online', 'rimessa online', 'rimessi online', 'rimesse in funzione', 'potevano di nuovo', 'potevano nuovamente', 'sono ripartite',
    // a helper's proposal (blind to the evaluation set), twelfth session: forms of return, partial return and going on
    'ripristinat*', 'è stato ripristinato', 'servizio ripristinato', 'ha ripristinato', 'hanno ripristinato', 'ripristino del servizio', 'di nuovo funzionante', 'nuovamente raggiungibile', 'torna alla normalità', 'tornato alla normalità', 'tornata alla normalità', 'disservizio rientrato', 'problema rientrato', 'problema risolto', 'guasto risolto', 'disservizio risolto', 'risolto il problema', 'pienamente operativo', 'riattivat*', 'inizia a tornare',
    // a helper's proposal (blind to the evaluation set), fifteenth session, present-tense headline forms of the return
    'ripristina', 'ripristinano', 'ristabilisce', 'ristabiliscono', 'riattiva', 'riattivano', 'riprende a funzionare', 'riprendono a funzionare', 'riprende il servizio', 'ritornano online', 'ritorna disponibile', 'ritornano disponibili', 'ritorna operativo', 'ritorna operativa', 'ritorna accessibile', 'rimette online', 'rimettono online', 'rimette in funzione', 'rimettono in funzione', 'di nuovo attiv*', 'nuovamente attiv*', 'di nuovo utilizzabil*', 'nuovamente utilizzabil*', 'di nuovo fruibil*', 'nuovamente fruibil*', 'si può di nuovo', 'si può nuovamente', 'si riprendono', 'riaccende internet', 'riaccende la rete',
  ],
  resolvedCues: ['è stato revocato', 'è stata revocata', 'revocato il blocco', 'sbloccato', 'sbloccata', 'rimosso il blocco', 'risolto', 'risolta', 'risolti', 'risolte', 'rientrato', 'rientrata', 'è stato risolto', 'è stata risolta', 'completamente ripristinato', 'pienamente ripristinato', 'del tutto ripristinato', 'sistemato', 'problema risolto', 'tornato alla normalità', 'tutto è tornato alla normalità', "chiuso l'incidente", 'dichiarato chiuso', 'dichiarata chiusa',
    // a helper's proposal (blind to the evaluation set), tenth session
    'funziona normalmente', 'funzionano normalmente', 'funziona correttamente', 'funzionano correttamente', 'problema superato', 'superato il problema', 'problemi superati', 'superati i problemi', 'disservizio terminato', 'terminato il disservizio', 'down terminato', 'fine del disservizio', 'fine del down', 'il down è finito', 'disservizio è finito', 'tutto regolare', 'tornato nella norma', 'tornata nella norma', 'torna nella norma', 'tutto nella norma', 'riparato', 'riparata', 'bug corretto', 'è stato corretto', 'pienamente operativ*', 'completamente operativ*', 'pienamente funzionant*', 'completamente ripristinat*', 'totalmente ripristinat*', 'pienamente ripristinat*', 'del tutto ripristinat*', 'ripristinato completamente', 'ripristinata completamente', 'ripristinato del tutto', 'ripristinata del tutto', 'è stata sistemata',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'tornata alla normalità', 'torna alla normalità', 'tornati alla normalità', 'tornati nella norma', 'tornano nella norma', 'è stata corretta', 'sbloccati', 'sbloccate', 'riparati', 'riparate', 'ripristinati completamente', 'ripristinati del tutto', 'rimuove il blocco', 'chiude l\'incidente', 'revoca il blocco',
    // a helper's proposal (blind to the evaluation set), fifteenth session, present-tense headline forms of the return
    'risolve', 'risolvono', 'sblocca l\'accesso', 'sbloccano l\'accesso', 'revocano il blocco', 'rimuovono il blocco', 'toglie il blocco', 'tolgono il blocco', 'corregge il bug', 'correggono il bug', 'corregge il problema', 'ripara il guasto', 'riparano il guasto', 'rientra l\'allarme', 'rientra il disservizio', 'il disservizio rientra', 'finito il down', 'down finito', 'disservizio finito', 'finisce il disservizio', 'chiudono l\'incidente', 'sistema il problema',
  ],
  againWords: ['di nuovo', 'nuovamente'],
  whenWords: ['quando', 'tempi', 'previsione di', 'data di'],
  // A cause told as a guess, rumour or claim (a helper's list, blind to the evaluation set, eleventh session).
  speculationCues: ['specul*', 'indiscrezion*', 'rumor*', 'circolano voci', 'ipotesi', 'ipotizz*', 'teori*', 'congettur*', 'rivendic*', 'non conferm*', 'non ha confermato', 'non è stato confermato', 'non è stata confermata', 'nessuna conferma', 'senza conferma', 'in attesa di conferma', 'da confermare', 'non verificat*', 'non si esclude', 'non esclud*', 'non è esclus*', 'da escludere', 'senza prove'],
  negators: ['non', 'non più', 'senza', 'mai', 'impossibile', 'ancora non'],
  // Words of a service working, which a negator before them turns into a failure (a helper's list, blind to the evaluation set, eleventh session).
  availabilityWords: ['funziona', 'funzionano', 'funzionava', 'funzionavano', 'funzionato', 'funzionare', 'funzionante', 'funzionanti', 'in funzione', 'disponibile', 'disponibili', 'raggiungibile', 'raggiungibili', 'accessibile', 'accessibili', 'operativ*', 'utilizzabil*', 'fruibil*', 'accedere', 'connettersi', 'collegarsi', 'si carica', 'si caricano', 'caricare'],
  authorityWords: ['governo', 'le autorità', 'autorità', 'regime', 'giunta militare', 'ministero dell\'interno', 'forze di sicurezza'],
  apologyCues: ['si scusa', 'ci scusiamo', 'scuse', 'si è scusata', 'si è scusato', 'ha chiesto scusa'],
  noReturnYetCues: ['non ha indicato quando', 'non ha detto quando', 'tempi di ripristino', 'data di ripristino', 'senza una data', 'nessuna previsione', 'non si sa quando', 'non ha indicato i tempi', 'senza indicare i tempi', 'tempi non ancora'],
  partialCues: ['a scaglioni', 'le altre seguiranno', 'non è immediato', 'a mezzo servizio', 'parte dei servizi', 'parte degli utenti','inizia a', 'iniziano a', 'comincia a', 'cominciano a', 'ha iniziato a', 'hanno iniziato a', 'richiedere giorni', 'manualmente', 'solo parzialmente', 'per la maggior parte degli', 'maggior parte degli utenti', 'maggior parte dei clienti',
    'maggior parte dei servizi', 'in fase di recupero', 'in via di ripristino', 'in via di risoluzione', 'graduale', 'lentamente', 'non per tutti',
    'parzialmente', 'parziale', 'parziali', 'alcuni utenti', 'alcuni clienti', 'gradualmente', 'progressivamente', 'a singhiozzo', 'intermittent*', 'in alcune zone',
    'in alcune aree', 'in alcune regioni', 'non ancora del tutto', 'rallentamenti', 'alcuni servizi', 'a macchia di leopardo', 'a tratti', 'a fasi alterne', 'ma non tutti', 'ma non tutte',
    // a helper's proposal (blind to the evaluation set), twelfth session: forms of return, partial return and going on
    'parzialmente ripristinat*', 'ripristino parziale', 'in parte ripristinat*', 'permangono alcuni disagi', 'permangono disagi', 'permangono problemi', 'persistono problemi', 'persistono disagi', 'alcuni disagi', 'graduale ripristino', 'lento ripristino', 'non ancora completamente', 'a intermittenza', 'in modo intermittente', 'intermittenz*', 'lentezza', 'funzionalità limitate', 'alcune funzionalità', 'servizio degradato', 'quasi del tutto', 'in gran parte ripristinat*', 'residui disagi', 'qualche difficoltà', 'torna gradualmente', 'progressivo ripristino', 'non del tutto risolto', 'non completamente ripristinat*',
  ],
  ongoingCues: [
    'ancora down', 'ancora senza', 'ancora non', 'ancora problemi', 'ancora in corso', 'continua', 'continuano', 'persiste', 'persistono', 'in corso', 'al momento', 'tuttora',
    "tutt'ora", 'nel momento in cui scriviamo', 'mentre scriviamo', 'stanno indagando', 'non è chiaro quando', 'nessuna previsione', 'perdura', 'non ancora risolto',
    'non ancora ripristinato', 'al momento della pubblicazione', 'al più presto', 'il prima possibile', 'segnalano ancora', 'ancora rallentamenti',
    'ancora difficoltà', 'ancora disservizi', 'ancora segnalazioni', 'non è ancora', 'per ripristinare', 'in attesa del ripristino', 'nel più breve tempo possibile',
    // a helper's proposal (blind to the evaluation set), twelfth session: forms of return, partial return and going on
    'ancora offline', 'ancora non funziona', 'non funziona ancora', 'continua a non funzionare', 'ancora irraggiungibile', 'resta irraggiungibile', 'resta inaccessibile', 'ancora inaccessibile', 'disservizio in corso', 'guasto in corso', 'down in corso', 'il disservizio continua', 'il disservizio persiste', 'prosegue il disservizio', 'non ancora ripristinat*', 'non è stato ancora ripristinato', 'nessuna previsione', 'non si sa quando', 'al momento in cui scriviamo', 'nel momento in cui scriviamo', 'mentre scriviamo', 'per il secondo giorno', 'secondo giorno consecutivo', 'da diverse ore', 'ancora senza internet', 'ancora senza linea', 'stanno lavorando per risolvere', 'al lavoro per risolvere', 'al lavoro per ripristinare',
  ],
  pendingCues: ['una volta', 'appena', 'finché', 'potrebbe richiedere', 'potrebbero volerci', 'aiutare', 'per', 'lavorando per', 'al lavoro per', 'cercando di', 'in corso di', 'al fine di'],
  negations: ['escluso', 'esclude', 'ha escluso', 'escludendo', 'non', 'non ancora', 'non è ancora', 'non è stato ancora', 'non è stata ancora', 'non è ancora stato', 'non è ancora stata', 'non sono ancora', 'non sono stati ancora', 'non ha ancora', 'senza', 'mai', 'sarà', 'saranno', 'verrà', 'verranno', 'dovrebbe', 'dovrebbero', 'nessun', 'nessuna', 'esclusa', 'esclusi', 'smentito', 'smentisce'],
  denialVerbs: ['ha escluso', 'esclude', 'escludendo', 'ha smentito', 'smentisce', 'smentito', 'ha negato', 'nega', 'ha respinto', 'smentit*', 'bufala', 'nulla a che vedere', 'niente a che fare', 'infondat*'],
  updateCues: [
    'stanno lavorando', 'sta lavorando', 'stiamo lavorando', 'lavorando per', 'al lavoro', 'indagando', 'verificando', 'stiamo verificando', 'stiamo indagando',
    'siamo a conoscenza', 'consapevoli', 'individuato', 'individuata', 'tecnici', 'ingegneri', 'aggiornament*', 'analizzando', 'accertamenti',
  ],

  numberWords: {
    'un': 1, 'uno': 1, 'una': 1, 'due': 2, 'tre': 3, 'quattro': 4, 'cinque': 5, 'sei': 6, 'sette': 7, 'otto': 8, 'nove': 9, 'dieci': 10, 'undici': 11, 'dodici': 12,
    'tredici': 13, 'quattordici': 14, 'quindici': 15, 'sedici': 16, 'diciassette': 17, 'diciotto': 18, 'diciannove': 19, 'venti': 20, 'venticinque': 25, 'trenta': 30,
    'quaranta': 40, 'quarantacinque': 45, 'cinquanta': 50, 'sessanta': 60, 'settanta': 70, 'ottanta': 80, 'novanta': 90, 'cento': 100, 'duecento': 200,
    'trecento': 300, 'cinquecento': 500, 'duemila': 2000, 'tremila': 3000, 'cinquemila': 5000, 'diecimila': 10000, 'ventimila': 20000, 'cinquantamila': 50000,
    'centomila': 100000, 'mezza': 0.5, 'mezzo': 0.5, 'diversi': 3, 'diverse': 3, 'parecchi': 3, 'una dozzina': 12, 'una decina': 10, 'una ventina': 20,
    'una trentina': 30, 'una cinquantina': 50, 'un centinaio': 100, 'un migliaio': 1000,
  },
  multipliers: { 'mille': 1000, 'mila': 1000, 'k': 1000, 'milione': 1e6, 'milioni': 1e6, 'mln': 1e6, 'miliardo': 1e9, 'miliardi': 1e9, 'mld': 1e9 },
  vagueQuantities: {
    'decine': 10, 'centinaia': 100, 'migliaia': 1000, 'decine di migliaia': 10000, 'centinaia di migliaia': 100000, 'milioni': 1e6, 'miliardi': 1e9,
  },
  approximateCues: [
    'più di', 'oltre', 'almeno', 'quasi', 'circa', 'intorno a', 'intorno ai', 'attorno a', 'attorno ai', 'fino a', "all'incirca", 'approssimativamente',
    'poco meno di', 'poco più di', 'superato', 'superate', 'un picco di', 'ben', 'sopra',
  ],

  months: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set', 'sett'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  weekdays: [
    ['domenica'], ['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'], ['venerdì', 'venerdi'], ['sabato'],
  ],
  relativeDays: {
    'oggi': 0, 'ieri': -1, 'altro ieri': -2, 'altroieri': -2, 'avantieri': -2, 'il giorno prima': -1, 'il giorno precedente': -1, 'stasera': 0, 'stanotte': 0,
    'stamattina': 0, 'in giornata': 0, 'ieri sera': -1, 'ieri mattina': -1, 'ieri pomeriggio': -1,
    'ieri notte': -1, 'ieri in serata': -1, 'ieri in mattinata': -1, 'ieri nel pomeriggio': -1,
  },
  dayParts: {
    'stamattina': 'morning', 'stamani': 'morning', 'stamane': 'morning', 'questa mattina': 'morning', 'questa mattinata': 'morning', 'oggi in mattinata': 'morning',
    'oggi pomeriggio': 'afternoon', 'questo pomeriggio': 'afternoon', 'oggi nel pomeriggio': 'afternoon', 'stasera': 'evening',
    'questa sera': 'evening', 'oggi in serata': 'evening', 'stanotte': 'night', 'questa notte': 'night',
    'la scorsa notte': 'night', 'scorsa notte': 'night',
  },
  am: ['del mattino', 'di mattina', 'della mattina', 'di mattino', 'di stamattina', 'di questa mattina', 'di stamani', 'di ieri mattina', 'am', 'a.m.'],
  pm: ['del pomeriggio', 'di pomeriggio', 'di sera', 'della sera', 'di stasera', 'di questa sera', 'di ieri sera', 'di oggi pomeriggio', 'di ieri pomeriggio', 'pm', 'p.m.'],
  clockWords: [
    'alle', 'le', 'dalle', 'fino alle', 'verso le', 'intorno alle', 'attorno alle', 'dopo le', 'prima delle', 'tra le', 'fra le', 'ore', 'alle ore', 'dalle ore',
    'poco dopo le', 'poco prima delle', 'entro le',
  ],
  namedTimes: { 'a mezzogiorno': 12, 'verso mezzogiorno': 12, 'intorno a mezzogiorno': 12, 'fino a mezzogiorno': 12, 'dopo mezzogiorno': 12, 'mezzanotte': 0, "all'una": 1, "dall'una": 1, "verso l'una": 1 },
  zones: {
    'ora italiana': 'Europe/Rome', 'ora di roma': 'Europe/Rome', 'orario italiano': 'Europe/Rome', 'ora locale': 'local', 'orario locale': 'local',
    'gmt': 'Z', 'utc': 'Z', 'ora di greenwich': 'Z', 'cet': '+01:00', 'cest': '+02:00', "ora dell'europa centrale": '+01:00',
    'ora di londra': 'Europe/London', 'ora britannica': 'Europe/London', 'ora di parigi': 'Europe/Paris', 'ora di berlino': 'Europe/Berlin', 'ora di madrid': 'Europe/Madrid',
    'ora di mosca': 'Europe/Moscow', 'ora di new york': 'America/New_York', 'ora della costa est': 'America/New_York', 'ora del pacifico': 'America/Los_Angeles',
    'ora della costa ovest': 'America/Los_Angeles', 'ora della california': 'America/Los_Angeles', 'ora di pechino': '+08:00', 'ora di tokyo': '+09:00',
    'edt': '-04:00', 'cdt': '-05:00', 'pdt': '-07:00', 'pst': '-08:00', 'bst': '+01:00',
    // a helper's proposal (blind to the evaluation set), tenth session
    'ora svizzera': 'Europe/Zurich',
    'ora di zurigo': 'Europe/Zurich',
    'ora di ginevra': 'Europe/Zurich',
    'ora di berna': 'Europe/Zurich',
    'ora di bruxelles': 'Europe/Brussels',
    'ora di vienna': 'Europe/Vienna',
    'ora di lisbona': 'Europe/Lisbon',
    'ora spagnola': 'Europe/Madrid',
    'ora francese': 'Europe/Paris',
    'ora tedesca': 'Europe/Berlin',
    'ora di kiev': 'Europe/Kyiv',
    'ora di kyiv': 'Europe/Kyiv',
    'ora di istanbul': 'Europe/Istanbul',
    'ora turca': 'Europe/Istanbul',
    'ora di tel aviv': 'Asia/Jerusalem',
    'ora israeliana': 'Asia/Jerusalem',
    'ora di dubai': 'Asia/Dubai',
    'ora di nuova delhi': 'Asia/Kolkata',
    'ora indiana': 'Asia/Kolkata',
    'ora cinese': 'Asia/Shanghai',
    'ora di hong kong': 'Asia/Hong_Kong',
    'ora di singapore': 'Asia/Singapore',
    'ora di seul': 'Asia/Seoul',
    'ora giapponese': 'Asia/Tokyo',
    'ora di sydney': 'Australia/Sydney',
    'ora di washington': 'America/New_York',
    'ora della costa orientale': 'America/New_York',
    'ora della costa occidentale': 'America/Los_Angeles',
    'ora di los angeles': 'America/Los_Angeles',
    'ora di san francisco': 'America/Los_Angeles',
    'ora di chicago': 'America/Chicago',
    'ora di buenos aires': 'America/Argentina/Buenos_Aires',
    'ora di san paolo': 'America/Sao_Paulo',
    'ora di brasilia': 'America/Sao_Paulo',
    'ora di città del messico': 'America/Mexico_City',
    'ora centroeuropea': 'Europe/Berlin',
    'tempo universale coordinato': 'Z',
    'tempo coordinato universale': 'Z',
  },
  aroundCues: [
    'intorno a', 'intorno alle', 'verso', 'verso le', 'circa', "all'incirca", 'poco prima', 'poco dopo', 'attorno', 'attorno alle', 'pressappoco',
    'approssimativamente', 'quasi', 'sul finire', 'in prima mattinata',
  ],
  rangeTo: ['alle', 'a', 'e', 'fino a', 'fino alle'],
  durationUnits: {
    'minuto': 1, 'minuti': 1, 'min': 1, 'ora': 60, 'ore': 60, 'giorno': 1440, 'giorni': 1440, 'settimana': 10080, 'settimane': 10080, "mezz'ora": 30,
    'mezzora': 30, 'ora e mezza': 90, 'ora e mezzo': 90,
  },
  durationCues: [
    'per', 'durante', 'dopo', 'oltre', 'più di', 'quasi', 'circa', 'è durato', 'durato', 'è durata', 'durata', 'per circa', 'per oltre', 'per quasi',
    "nell'arco di", 'per più di',
  ],

  pastPeriods: {
    'anno scorso': { years: -1 }, 'lo scorso anno': { years: -1 }, 'un anno fa': { years: -1 }, 'anno precedente': { years: -1 }, 'due anni fa': { years: -2 },
    'tre anni fa': { years: -3 }, 'quattro anni fa': { years: -4 }, 'il mese scorso': { months: -1 }, 'mese scorso': { months: -1 }, 'lo scorso mese': { months: -1 },
    'un mese fa': { months: -1 }, 'due mesi fa': { months: -2 }, 'inizio anno': { months: 0 }, 'a inizio anno': { months: 0 },
    "inizio dell'anno": { months: 0 }, "inizio di quest'anno": { months: 0 },
  },
  pastCues: [
    "all'epoca", 'allora', 'in precedenza', 'precedentemente', 'anno scorso', 'precedente disservizio', 'disservizio simile', 'disservizio analogo',
    'guasto simile', 'down simile', 'analogo disservizio', 'non è la prima volta', 'ultima volta', 'nel 2019', 'nel 2020', 'nel 2021', 'nel 2022', 'nel 2023', 'nel 2024',
    'nel 2025', 'anni fa', 'era stato attribuito', 'era stata attribuita', 'fu attribuito', 'già in passato', 'in passato', 'ultimo grande', 'precedenti', 'altri down',
  ],

  causes: {
    configuration: [
      'errori di configurazione', 'errata configurazione', 'configurazione non corretta', 'problema di configurazione', 'problemi di configurazione', 'modifiche alla configurazione', 'aggiornamento di configurazione', 'errore durante la manutenzione', 'errori umani', 'errore di un operatore',
      'sistema di configurazione', 'modifica alla configurazione', 'modifica della configurazione',
      'modifica alla configurazione', 'modifica della configurazione', 'cambio di configurazione', 'errore di configurazione', 'configurazione errata',
      'configurazione sbagliata', 'file di configurazione', 'manutenzione ordinaria', 'errore umano', 'modifica a', 'modifica al', 'modifica alla',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'modifica delle impostazioni', 'impostazioni errate',
    ],
    'software-update': [
      'aggiornamenti', 'passaggio al nuovo sistema', 'passaggio a un nuovo sistema', 'integrazione informatica', 'cambio di sistema', 'nuovo sistema informatico', 'nuovo software',
      'aggiornamento software', 'aggiornamento del software', 'aggiornamento difettoso', 'aggiornamento errato', 'aggiornamento', 'patch', 'upgrade', 'rilascio',
      'nuova versione', 'migrazione',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'cambio di piattaforma',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'aggiornamento software', 'aggiornamento del software', 'dopo un aggiornamento', 'in seguito a un aggiornamento', 'a seguito di un aggiornamento', 'aggiornamento difettoso', 'aggiornamento non riuscito', 'aggiornamento andato storto', 'aggiornamento del sistema', 'aggiornamento dei sistemi', 'installazione di un aggiornamento', 'rilascio di una nuova versione', 'nuova versione', 'upgrade dei sistemi', 'migrazione dei sistemi', 'migrazione informatica', 'migrazione dei dati', 'durante la migrazione', 'passaggio al nuovo sistema', 'cambio di sistema',
    ],
    'software-bug': [
      'problemi software', 'problema al software', 'problema nel software', 'errore nel software', 'codice difettoso', 'errore di programmazione', 'errori di programmazione', 'glitch','malfunzionamento del software', 'anomalia software', 'bug', 'errore software', 'errore del software', 'problema software', 'errore nel codice', 'baco', 'difetto del software', 'errore informatico',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'bug informatico', 'bug nel software', 'un bug', 'falla nel software', 'anomalia nel software', 'baco nel software', 'secondo intercalare',
    ],
    network: [
      'problema alla rete', 'problemi alla rete', 'guasti alla rete', 'guasti di rete', 'tranciat*', 'tranciament*', 'rottura di un cavo', 'rottura della fibra', 'danneggiamento della fibra', 'cavo reciso', 'lavori di scavo',
      'problema di rete', 'problemi di rete', 'guasto di rete', 'guasto alla rete', 'connettività', 'router', 'instradamento', 'routing', 'dorsale', 'backbone',
      'nodo di rete','cavo tranciato', 'cavi tranciati', 'taglio della fibra', 'fibra tranciata', 'cavo danneggiato', 'cavi danneggiati', 'cavo sottomarino', 'cavi sottomarini', 'taglio di un cavo', 'taglio del cavo', 'taglio dei cavi', 'cavo tagliato', 'cavi tagliati', 'cavo in fibra', 'lavori stradali', 'furto di cavi', 'furto di rame', 'scavi',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'fibra danneggiata', 'cavi recisi', 'rottura dei cavi', 'ruspa', 'ancora di una nave', 'infrastruttura di rete',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'tranciato un cavo', 'danneggiato un cavo', 'durante lavori stradali', 'ruspa ha tranciato', 'escavatore ha tranciato', 'cavi rubati', 'guasto alla linea', 'guasto alla fibra', 'cavo sottomarino danneggiato', 'linea interrotta', 'collegamento interrotto', 'guasto a un router',
    ],
    dns: ['dns', 'sistema dei nomi di dominio', 'domain name system'],
    bgp: ['bgp', 'border gateway protocol'],
    power: [
      'mancanza di energia elettrica', 'interruzione dell\'alimentazione', 'problemi di alimentazione', 'cortocircuito', 'sbalzi di corrente', 'problemi elettrici', 'gruppo di continuità', 'incendio nel data center',
      'interruzione di corrente nel data center', 'calo di tensione', 'sbalzo di tensione', 'sbalzi di tensione', 'problema elettrico', 'guasto elettrico',
      'alimentazione elettrica', 'mancanza di corrente', 'blackout elettrico', 'interruzione di corrente',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'interruzione elettrica', 'interruzione di energia elettrica', 'gruppo elettrogeno', 'generatore di emergenza', 'cabina elettrica', 'sottostazione elettrica',
    ],
    cyberattack: [
      'attacco cyber', 'attacchi cyber', 'intrusione informatica', 'criminali informatici', 'denial of service', 'noname057*',
      'attacco informatico', 'attacchi informatici', 'attacco hacker', 'attacchi hacker', 'cyberattacc*', 'cyber attacco', 'attacco ddos', 'ddos', 'negazione del servizio',
      'hacker', 'ransomware', 'malevol*', 'pirati informatici', 'malware', 'cybercriminali',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'attacco hacker', 'attacchi hacker', 'attacco informatico', 'cyber attacco', 'un cyberattacco', 'attacco DDoS', 'attacco ransomware', 'pirati informatici', 'hacker hanno colpito', 'sistemi violati', 'sistemi attaccati', 'sotto attacco hacker', 'colpito da un attacco', 'infettato da un virus', 'infettati da malware', 'virus informatico', 'negazione del servizio', 'intrusione informatica',
    ],
    hardware: [
      'guasti hardware', 'problema hardware', 'problemi hardware', 'guasto al server', 'guasto ai server', 'server guasto', 'surriscaldamento','apparati di rete', 'apparato di rete', 'apparato guasto', 'guasto alle apparecchiature', 'raffreddamento', 'impianto di raffreddamento', 'guasto hardware', 'hardware', 'guasto a un apparato', 'apparati',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'guasto a un server', 'guasto ad un apparato', 'sistema di storage', 'componente difettoso',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'guasto hardware', 'malfunzionamento hardware', 'hardware difettoso', 'guasto al server', 'guasto ai server', 'server guasto', 'guasto a un apparato', 'apparato guasto', 'apparati danneggiati', 'guasto al disco', 'disco rotto', 'guasto al sistema di storage', 'rottura di un componente', 'guasto tecnico a', 'si è surriscaldato', 'surriscaldamento dei server', 'guasto all\'impianto di raffreddamento', 'guasto al condizionamento',
    ],
    'third-party': [
      'fornitori', 'società fornitrice', 'azienda fornitrice', 'ditta esterna', 'provider esterno', 'società terza','fornitore', 'fornitore esterno', 'terze parti', 'terzi', 'partner tecnologico', 'società esterna', 'crowdstrike',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'ditta appaltatrice',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'un fornitore', 'fornitore terzo', 'azienda esterna', 'fornitore di servizi', 'guasto di un fornitore', 'problema di un fornitore', 'ditta incaricata', 'impresa incaricata', 'servizio di terze parti', 'cloud provider', 'fornitore cloud',
    ],
    capacity: [
      'elevato numero di accessi', 'numero eccessivo di accessi', 'accessi contemporanei', 'richieste simultanee', 'picchi di traffico', 'mole di richieste', 'eccesso di traffico',
    'preso d\'assalto', 'troppi utenti', 'accessi simultanei', 'alto numero di accessi', 'coda virtuale', 'flusso di richieste', 'richieste al secondo', 'troppe richieste','sovraccarico', 'picco di accessi', 'assalto al sito',
      'capacità', 'picco di traffico', 'aumento del traffico', 'sovraccaric*', 'traffico eccessivo', 'elevata domanda', 'forte domanda', 'richieste eccessive',
      'troppi accessi', 'congestione', 'click day', 'boom di accessi', 'afflusso', 'richieste senza precedenti', 'picco di richieste',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'picco di utenti', 'ondata di accessi',
    ],
    'government-shutdown': [
      'ordine della magistratura', 'provvedimento della magistratura', 'bloccato dal governo', 'blocco di internet',
    'su ordine delle autorità', 'su ordine del governo', 'imposto dal governo', 'il governo ha bloccato',
      'oscura', 'oscurano', 'piracy shield', 'antipirateria', 'bloccare indirizzi', 'blocco degli indirizzi', 'autorità per le garanzie nelle comunicazioni',
      'blocco imposto', 'blocco disposto', "blocco deciso", 'bloccato dalle autorità', 'oscurato', 'oscuramento', 'ordinato', 'ordine del tribunale', 'agcom', 'garante della privacy', 'censura', 'restrizione',
      "limitazione dell'accesso", 'shutdown di internet', 'spegnimento di internet',
    ],
    other: ['sabotaggio', 'vandali*', 'maltempo', 'alluvione', 'terremoto', 'sciopero', 'incendio',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'allagamento', 'infiltrazioni d\'acqua',
    ],
  },
  causeCues: [
      'a causa', 'causat*', 'provocat*', 'dovuto al', 'dovuta al', 'dovuto alla', 'dovuta alla', 'dovuti a', 'a seguito di', 'a seguito del', 'a seguito della', 'in seguito a', 'per via di', 'imputabil*', 'riconducibil*', 'attribuit*','giustificato', 'giustificando', 'causato da', 'causata da', 'dovuto a', 'dovuta a', 'a causa di', 'provocato da', 'all\'origine', 'attribuito', 'l\'origine', 'origine del',
    // a helper's proposal (blind to the evaluation set), eleventh session
    'scatenato da', 'innescato da', 'originato da', 'per colpa di', 'la causa',
  ],
  unknownCause: [
    'le cause non sono ancora note', 'cause non ancora note', 'cause ancora da chiarire', 'da chiarire', 'causa ancora sconosciuta', 'cause sconosciute', 'causa sconosciuta',
    'non sono note le cause', 'non si conoscono le cause', 'non è chiaro cosa', 'non è ancora chiaro', 'restano da chiarire', 'ancora ignote', 'cause ignote', 'causa ignota',
    'non ha spiegato', 'non ha fornito dettagli', 'non ha chiarito', 'senza fornire spiegazioni', 'nessuna spiegazione', 'motivi non chiari', 'non sono stati resi noti',
    'da accertare', 'in corso di accertamento', 'si indaga sulle cause', 'cause ancora ignote', 'non si conoscono ancora', 'non è stata resa nota',
    'non ha fornito spiegazioni', 'non ha ancora fornito spiegazioni', 'non ha ancora chiarito', 'cause non chiare', 'non ha reso note le cause', 'cause non ancora chiarite',
  ],
  nationalTerms: ['in tutta italia', 'in tutto il paese', 'a livello nazionale', 'su tutto il territorio', 'da nord a sud', 'in tutta la penisola', 'lungo tutta la penisola'],
  globalTerms: [
    'mondiale', 'in tutto il mondo', 'a livello globale', 'a livello mondiale', 'globale', 'globalmente', 'internazionale', 'in diversi paesi', 'in vari paesi',
    'in molti paesi', 'nel mondo', 'su scala mondiale', 'su scala globale',
  ],
  countries: {
    US: ['stati uniti', 'usa', 'america'], GB: ['regno unito', 'gran bretagna', 'inghilterra', 'scozia', 'galles'], CA: ['canada'], AU: ['australia'],
    NZ: ['nuova zelanda'], IE: ['irlanda'], IN: ['india'], PK: ['pakistan'], BD: ['bangladesh'], LK: ['sri lanka'], NP: ['nepal'], CN: ['cina'], JP: ['giappone'],
    KR: ['corea del sud'], KP: ['corea del nord'], TW: ['taiwan'], HK: ['hong kong'], MO: ['macao'], SG: ['singapore'], MY: ['malesia'], ID: ['indonesia'],
    PH: ['filippine'], TH: ['thailandia', 'tailandia'], VN: ['vietnam'], MM: ['myanmar', 'birmania'], KH: ['cambogia'],
    FR: ['francia'], DE: ['germania'], ES: ['spagna'], PT: ['portogallo'], IT: ['italia'], NL: ['paesi bassi', 'olanda'], BE: ['belgio'], LU: ['lussemburgo'],
    CH: ['svizzera'], AT: ['austria'], LI: ['liechtenstein'], SE: ['svezia'], NO: ['norvegia'], DK: ['danimarca'], FI: ['finlandia'], IS: ['islanda'], PL: ['polonia'],
    CZ: ['repubblica ceca', 'cechia'], SK: ['slovacchia'], SI: ['slovenia'], HR: ['croazia'], HU: ['ungheria'], RO: ['romania'], BG: ['bulgaria'], GR: ['grecia'],
    CY: ['cipro'], MT: ['malta'], EE: ['estonia'], LV: ['lettonia'], LT: ['lituania'], UA: ['ucraina'], BY: ['bielorussia'], MD: ['moldavia', 'moldova'],
    RU: ['russia'], TR: ['turchia'], RS: ['serbia'], BA: ['bosnia ed erzegovina', 'bosnia-erzegovina', 'bosnia'], ME: ['montenegro'], MK: ['macedonia del nord'],
    AL: ['albania'], GE: ['georgia'], AM: ['armenia'], AZ: ['azerbaigian'], AD: ['andorra'], MC: ['principato di monaco'], SM: ['san marino'],
    VA: ['vaticano', 'città del vaticano'],
    BR: ['brasile'], MX: ['messico'], AR: ['argentina'], CL: ['cile'], CO: ['colombia'], PE: ['perù'], VE: ['venezuela'], EC: ['ecuador'], BO: ['bolivia'],
    PY: ['paraguay'], UY: ['uruguay'], GT: ['guatemala'], SV: ['el salvador'], HN: ['honduras'], NI: ['nicaragua'], CR: ['costa rica'], PA: ['panama'], CU: ['cuba'],
    DO: ['repubblica dominicana'], HT: ['haiti'], PR: ['porto rico', 'portorico'], JM: ['giamaica'], TT: ['trinidad e tobago'], GY: ['guyana'], SR: ['suriname'],
    BZ: ['belize'],
    ZA: ['sudafrica'], NG: ['nigeria'], KE: ['kenya'], GH: ['ghana'], ET: ['etiopia'], TZ: ['tanzania'], UG: ['uganda'], SN: ['senegal'],
    CI: ["costa d'avorio"], CM: ['camerun'], CD: ['repubblica democratica del congo', 'rd congo'], AO: ['angola'], MZ: ['mozambico'],
    CV: ['capo verde'], GW: ['guinea-bissau'], ST: ['são tomé e príncipe'], GQ: ['guinea equatoriale'], TL: ['timor est'],
    EG: ['egitto'], SA: ['arabia saudita'], AE: ['emirati arabi uniti', 'emirati arabi', 'emirati', 'dubai', 'abu dhabi'], QA: ['qatar'], KW: ['kuwait'],
    BH: ['bahrein', 'bahrain'], OM: ['oman'], YE: ['yemen'], JO: ['giordania'], LB: ['libano'], SY: ['siria'], IQ: ['iraq'], IR: ['iran'], IL: ['israele'],
    PS: ['palestina', 'gaza', 'cisgiordania'], MA: ['marocco'], DZ: ['algeria'], TN: ['tunisia'], LY: ['libia'], SD: ['sudan'], MR: ['mauritania'],
    AF: ['afghanistan'], KZ: ['kazakistan'], UZ: ['uzbekistan'],
  },
  userWords: ['utenti', 'utente', 'utilizzatori', 'persone', 'internauti', 'navigatori', 'account', 'giocatori', 'passeggeri', 'iscritti', 'colpiti'],
  customerWords: ['clienti', 'cliente', 'abbonati', 'correntisti', 'famiglie', 'abitazioni', 'utenze', 'aziende', 'imprese', 'esercenti', 'negozi', 'linee'],
  reportWords: ['segnalazioni', 'segnalazioni di problemi', 'segnalazioni di disservizi', 'lamentele', 'reclami', 'reclamazioni', 'report', 'notifiche di problemi'],
  userBaseCues: [
    'usato da', 'utilizzato da', 'ha più di', 'conta più di', 'conta oltre', 'vanta', 'con più di', 'con oltre', 'utenti attivi', 'attivi mensili', 'attivi al mese',
    'attivi ogni mese', 'base utenti', 'serve oltre', 'serve più di', 'si affidano', 'dipendono', 'popolare tra', 'lo utilizzano', 'la utilizzano',
  ],
  saidVerbs: [
    'ha detto', 'ha dichiarato', 'ha spiegato', 'ha affermato', 'ha confermato', 'ha comunicato', 'ha annunciato', 'ha scritto', 'ha aggiunto', 'ha precisato',
    'ha ammesso', 'ha fatto sapere', 'fa sapere', 'fanno sapere', 'dichiara', 'spiega', 'afferma', 'conferma', 'comunica', 'scrive', 'secondo', 'si legge',
    'ha twittato', 'ha riconosciuto', 'dice', 'sottolinea', 'precisa', 'ha assicurato', 'assicura', 'ha chiarito', 'riferisce',
  ],
  spokespersonTerms: [
    'portavoce', 'rappresentante', 'una nota', 'in una nota', 'nota ufficiale', 'comunicato', 'un comunicato', 'pagina di stato', 'azienda', 'la società',
    'ufficio stampa', "fonti dell'azienda", 'il gruppo', "l'operatore",
  ],
  serviceNames: {
    // Italian papers write the operator "Tim"; as a name it must be capitalised (TIM/Tim), never "tim".
    TIM: ['Tim', 'rete tim', 'clienti tim'],
  },
  companyNames: {},
  sourceNames: {
    ANSA: ['ansa', 'agenzia ansa'], AGI: ['agi', 'agenzia italia', 'agenzia giornalistica italia'], Adnkronos: ['adnkronos', 'adn kronos'],
    AFP: ['agence france-presse', 'agence france presse', 'france presse', 'afp'], Reuters: ['reuters', 'agenzia reuters'], AP: ['associated press', 'agenzia ap'],
    dpa: ['deutsche presse-agentur', 'agenzia tedesca dpa'], EFE: ['agenzia efe'], Downdetector: ['downdetector', 'down detector', 'downdetector.it', 'downdetector.com'],
  },
};

export default it;
