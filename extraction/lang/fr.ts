import type { LanguageData } from './types';

/**
 * French (France, Belgium, Switzerland, Québec, the Maghreb and West/Central African press).
 *
 * Notes for editors of this file:
 * - Apostrophes (' ’) and hyphens split words, and may stand between the words of a term:
 *   "aujourd'hui" also matches "aujourd’hui", "avant-hier" also "avant hier".
 * - Dots split words too, so abbreviations are written without them ("janv", not "janv.");
 *   "sept." is left out of the months because it would also be the number seven.
 * - "train" is left out of the mechanical words: "en train de" is everywhere.
 */
const fr: LanguageData = {
  code: 'fr',
  name: 'French',
  dir: 'ltr',
  spaces: true,
  stopwords: [
    'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'en', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'par', 'plus', 'ce', 'cette',
    'avec', 'ont', 'été', 'il', 'elle', 'son', 'sa', 'ses', 'ne', 'mais', 'selon', 'leur', 'leurs', 'sont', 'était', 'depuis', 'aussi', 'déjà', 'où',
  ],

  // ---- the verdict ----
  outageTerms: ['coupe l\'internet', 'coupé l\'internet', 'coupure d\'internet', 'coupure de l\'internet', 'coupure de l\'accès', 'suspendu l\'accès', 'suspension de l\'accès', 'suspension de l\'internet', 'restreint l\'accès', 'privé d\'internet', 'privés d\'internet', 
    'panne', 'pannes', 'en panne', 'tombé en panne', 'tombée en panne', 'tombés en panne', 'tombées en panne', 'méga-panne', 'mégapanne', 'panne géante', 'panne mondiale',
    'panne massive', 'panne généralisée', 'panne informatique', 'pannes informatiques', 'panne technique', 'panne réseau', 'panne de réseau',
    'dysfonctionnement*', 'perturbation*', 'perturbé', 'perturbée', 'perturbés', 'perturbées', 'interruption*', 'interrompu', 'interrompue', 'interrompus',
    'indisponib*', 'inaccessible*', 'hors service', 'hors ligne', 'hors-ligne', 'hors d\'usage', 'à l\'arrêt',
    'ne fonctionne plus', 'ne fonctionnait plus', 'ne fonctionnent plus', 'ne fonctionnaient plus', 'ne fonctionne pas', 'ne fonctionnait pas', 'ne répond plus',
    'ne répondait plus', 'ne marche plus', 'ne marchait plus', 'a cessé de fonctionner', 'ont cessé de fonctionner', 'cessé de fonctionner',
    'impossible d\'accéder', 'impossible de se connecter', 'impossible d\'envoyer', 'impossible de charger', 'impossible de recevoir', 'impossible de passer',
    'impossibilité de', 'incapables de', 'dans l\'incapacité de', 'ne parvenaient pas', 'ne parviennent pas', 'ne parvenait pas', 'ne parvient pas',
    'n\'arrivaient pas', 'n\'arrivent pas', 'n\'arrivait pas', 'privés d\'accès', 'privés de réseau', 'privés d\'internet', 'privés de connexion', 'privés de leur',
    'sans réseau', 'sans internet', 'sans connexion', 'difficultés d\'accès', 'difficultés de connexion', 'difficultés à se connecter', 'difficultés pour accéder',
    'problèmes de connexion', 'problème de connexion', 'problèmes d\'accès', 'problème d\'accès', 'problème technique', 'problèmes techniques', 'souci technique',
    'soucis techniques', 'incident technique', 'incidents techniques', 'incident informatique', 'incident réseau', 'bug*', 'bogue*', 'beugue', 'bugue', 'plantage*',
    'a planté', 'ont planté', 'crash*', 'black-out', 'blackout', 'messages d\'erreur', 'message d\'erreur', 'service interrompu', 'service dégradé',
    'dégradation du service', 'dégradation des services', 'lenteurs', 'ralentissement*', 'paralysé*', 'paralysie', 'coupure d\'internet', 'coupure internet',
    'coupure du réseau', 'coupures de réseau', 'coupure des services', 'coupure de service', 'coupé du monde', 'down', 'défaillance*', 'avarie informatique',
  ],
  serviceDownTerms: [
    'en panne', 'down', 'hors service', 'hors ligne', 'inaccessible', 'indisponible', 'ne fonctionne plus', 'ne fonctionne pas', 'ne marche plus', 'planté', 'plante',
    'bugue', 'beugue', 'perturbé', 'perturbée', 'paralysé', 'paralysée', 'tombe en panne', 'est tombé', 'est tombée', 'touché par une panne', 'touchée par une panne',
  ],
  digitalTerms: [
    'application*', 'appli', 'applis', 'app', 'apps', 'utilisateur*', 'utilisatrice*', 'internautes', 'usagers', 'plateforme*', 'plate-forme*', 'internet',
    'en ligne', 'site web', 'sites web', 'site internet', 'sites internet', 'site', 'sites', 'serveur*', 'cloud', 'nuage', 'réseau', 'réseaux', 'réseaux sociaux',
    'messagerie*', 'messages', 'courriel*', 'e-mail*', 'mail', 'mails', 'connexion*', 'se connecter', 'identifiant*', 'compte', 'comptes', 'centre de données',
    'centres de données', 'datacenter*', 'data center*', 'service*', 'numérique*', 'logiciel*', 'informatique*', 'streaming', 'abonnés', 'clients',
    'mobile*', 'smartphone*', 'téléphone*', 'haut débit', 'très haut débit', 'fibre', 'fibre optique', '4g', '5g', 'wifi', 'wi-fi', 'opérateur*', 'paiement*',
    'carte bancaire', 'cartes bancaires', 'terminaux de paiement', 'virement*', 'banque en ligne', 'appels', 'sms', 'données mobiles', 'dns', 'api', 'web',
    'système informatique', 'systèmes informatiques', 'intelligence artificielle', 'chatbot', 'agent conversationnel', 'jeu en ligne', 'jeux en ligne',
  ],
  negativeContexts: {
    maintenance: [
      'maintenance programmée', 'maintenance planifiée', 'maintenance prévue', 'opération de maintenance', 'opérations de maintenance', 'travaux de maintenance',
      'intervention programmée', 'intervention de maintenance', 'interventions programmées', 'sera indisponible', 'seront indisponibles', 'sera temporairement indisponible',
      'seront temporairement indisponibles', 'sera interrompu', 'sera interrompue', 'seront interrompus', 'fenêtre de maintenance', 'travaux programmés',
      'mise à jour programmée', 'coupure programmée', 'interruption programmée', 'pendant la maintenance', 'durant la maintenance', 'en raison de travaux',
      'opération de migration', 'maintenance technique', 'nous vous prions de nous excuser pour la gêne occasionnée', 'maintenance',
    ],
    power: [
      'panne de courant', 'pannes de courant', 'coupure de courant', 'coupures de courant', 'coupure d\'électricité', 'coupures d\'électricité', 'panne d\'électricité',
      'pannes d\'électricité', 'panne électrique', 'pannes électriques', 'électricité', 'courant électrique', 'réseau électrique', 'délestage*', 'black-out électrique',
      'blackout électrique', 'sans électricité', 'privés d\'électricité', 'privés de courant', 'foyers privés de courant', 'enedis', 'rte', 'hydro-québec', 'sonelgaz',
      'steg', 'senelec', 'eneo', 'snel', 'tempête', 'canicule', 'poste électrique', 'lignes électriques', 'ligne à haute tension', 'centrale électrique', 'groupe électrogène',
      'groupes électrogènes', 'fournisseur d\'électricité',
    ],
    breach: [
      'fuite de données', 'fuites de données', 'fuite*', 'violation de données', 'données personnelles', 'piratage de données', 'données dérobées', 'données volées',
      'vol de données', 'exfiltr*', 'rançon', 'mots de passe', 'données compromises', 'comptes piratés', 'compte piraté', 'piratage de comptes', 'divulgu*',
      'données exposées', 'informations personnelles', 'cnil', 'usurpation',
    ],
    finance: [
      'bourse', 'en bourse', 'actions', 'le titre recule', 'l\'action recule', 'cours de l\'action', 'a reculé en bourse', 'chute du titre', 'wall street', 'nasdaq',
      'cac 40', 'dow jones', 'investisseurs', 'capitalisation', 'chiffre d\'affaires', 'bénéfice*', 'résultats trimestriels', 'marchés', 'indice', 'cotation',
      'actionnaires', 'dégringol*', 'a chuté', 'valorisation', 'boursier', 'boursière',
    ],
    mechanical: [
      'voiture*', 'véhicule*', 'automobile*', 'panne moteur', 'ascenseur*', 'escalator*', 'escalier mécanique', 'escaliers mécaniques', 'trains', 'le train', 'un train',
      'tgv', 'rame', 'rames', 'métro', 'tramway', 'rer', 'bus', 'autobus', 'autocar', 'avion', 'avions', 'aéronef*', 'freins', 'frein', 'pneu*', 'dépanneuse',
      'garage', 'panne mécanique', 'avarie*', 'bateau', 'navire', 'ferry', 'locomotive', 'aiguillage', 'caténaire', 'signalisation', 'chaudière', 'camion*',
      'moto', 'scooter', 'tracteur', 'mécanique', 'mécaniques', 'mécanicien*',
    ],
    opinion: ['tribune', 'éditorial', 'chronique', 'point de vue', 'opinion', 'billet'],
    discontinued: ['anciens smartphones', 'anciens téléphones', 'ne fonctionnera plus', 'ne sera plus compatible', 'fin du support', 'fin de prise en charge', 
      'fermeture définitive', 'ferme définitivement', 'fermera définitivement', 'fermer définitivement', 'cessera', 'cessera de fonctionner', 'fin du support', 'fin de support',
      'ne sera plus disponible', 'ne sera plus pris en charge', 'ne seront plus pris en charge', 'arrêt définitif', 'tire sa révérence', 'tirer sa révérence',
      'met fin à', 'mettra fin à', 'abandon du service', 'disparaîtra', 'adieu', 'anciens smartphones', 'anciens téléphones', 'ne sera plus compatible',
      'ne fonctionnera plus sur', 'ne fonctionnera plus',
    ],
  },

  // ---- status and phases ----
  startCues: [
    'depuis', 'dès', 'a commencé', 'ont commencé', 'commencé*', 'débuté', 'a débuté', 'début', 'à partir de', 'apparu*', 'survenu*', 's\'est produit',
    's\'est produite', 'a éclaté', 'premiers signalements', 'premières alertes', 'pic de signalements', 'pic', 'a frappé', 'a démarré', 'démarr*',
    'les signalements ont bondi', 'bondi', 'flambée de signalements', 'se sont multipliés', 'se multiplient', 'a touché', 'touche', 'frappe',
  ],
  reportCues: [
    'signalé*', 'signalent', 'signalaient', 'signalait', 'signaler', 'signale', 'signalements', 'rapporté*', 'rapportent', 'se plaign*', 'se sont plaints', 'se plaint', 'plaint*', 'ont fait état', 'faisaient état', 'font état', 'fait état',
    'témoign*', 'recens*', 'rencontr*', 'ont posté', 'ont publié', 'sur les réseaux sociaux', 'selon downdetector', 'd\'après downdetector', 'selon le site downdetector',
    'selon le site', 'd\'après le site', 'ont remarqué', 'constaté', 'ont constaté', 'relayé*', 'déplor*', 'pestent', 'ont pesté',
  ],
  restoreCues: ['revenir', 'revient', 'reviennent', 'revenu', 'revenus', 'de retour', 'refonctionne', 'refonctionnent', 'à nouveau accessible', 'à nouveau accessibles', 
    'rétabli*', 'retour à la normale', 'revenu', 'revenue', 'revenus', 'revenues', 'est revenu', 'de retour', 'reprise', 'a repris', 'reprend', 'repris',
    'fonctionne à nouveau', 'fonctionnent à nouveau', 'fonctionnait à nouveau', 'fonctionne de nouveau', 'fonctionnent de nouveau', 'à nouveau accessible',
    'de nouveau accessible', 'à nouveau disponible', 'de nouveau disponible', 'à nouveau opérationnel', 'de nouveau opérationnel', 'remis en service',
    'remise en service', 'redémarr*', 'relancé*', 'restaur*', 'ont retrouvé', 'retrouvé l\'accès', 'retrouver l\'accès', 'se normalise', 'normalisation',
    'progressivement rétabli', 'en voie de rétablissement', 'revient', 'reviennent',
  ],
  resolvedCues: [
    'résolu*', 'réglé*', 'corrigé*', 'réparé*', 'entièrement rétabli', 'complètement rétabli', 'totalement rétabli', 'pleinement rétabli', 'fonctionne normalement',
    'fonctionnent normalement', 'fonctionnement normal', 'tout est rentré dans l\'ordre', 'rentré dans l\'ordre', 'retour à la normale', 's\'excuse', 's\'excusent',
    's\'est excusé*', 'excuses', 'présente ses excuses', 'nos excuses', 'désolé*', 'incident clos', 'problème réglé', 'problème résolu', 'panne résolue',
    'incident résolu', 'a été résolu', 'a été corrigé', 'a été réglé', 'regrett*', 'gêne occasionnée',
  ],
  partialCues: ['prendre des jours', 'plusieurs jours', 'à la main', 'manuellement', 'seulement partiellement', 'uniquement', 
    'partiel*', 'partiellement', 'certains utilisateurs', 'certains clients', 'certains abonnés', 'certains internautes', 'certains usagers', 'certaines régions',
    'certains pays', 'progressivement', 'graduellement', 'peu à peu', 'intermittent*', 'par intermittence', 'par endroits', 'encore des difficultés',
    'pas encore totalement', 'pas encore complètement', 'pas encore entièrement', 'certains services', 'une partie des', 'une partie de ses', 'localisé*', 'lenteurs',
  ],
  ongoingCues: [
    'toujours', 'persist*', 'se poursui*', 'continue', 'continuent', 'en cours', 'reste inaccessible', 'restait inaccessible', 'restent inaccessibles',
    'reste indisponible', 'restent indisponibles', 'demeure*', 'à l\'heure où nous écrivons', 'à l\'heure où ces lignes', 'au moment d\'écrire', 'au moment où nous écrivons',
    'à l\'heure actuelle', 'pour l\'instant', 'pour le moment', 'à cette heure', 'pas encore rétabli', 'n\'est toujours pas', 'ne sont toujours pas', 'aucune date',
    'aucun délai', 'aucun calendrier', 'sans calendrier', 'on ignore quand', 'on ne sait pas quand', 'enquête en cours', 'encore perturbé', 'encore inaccessible', 'encore indisponible',
  ],
  negations: ['pas', 'pas encore', 'non', 'jamais', 'sans', 'n\'a pas', 'ne'],
  updateCues: [
    'travaill*', 's\'efforce*', 's\'emploie*', 'mobilisé*', 'mobilisées', 'enquête*', 'examine*', 'analys*', 'investigu*', 'identifié*', 'au courant', 'conscient*',
    'nous sommes au courant', 'informés', 'mise à jour', 'mises à jour', 'correctif', 'déploie*', 'équipes', 'ingénieurs', 'techniciens', 'dans les meilleurs délais',
    'le plus rapidement possible', 'au plus vite', 'le plus vite possible', 'font le nécessaire', 'fait le nécessaire', 'suivons la situation', 'surveill*',
  ],

  // ---- numbers ----
  numberWords: {
    'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13,
    'quatorze': 14, 'quinze': 15, 'seize': 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, 'vingt': 20, 'vingt-quatre': 24, 'vingt-cinq': 25, 'trente': 30,
    'quarante': 40, 'quarante-cinq': 45, 'cinquante': 50, 'soixante': 60, 'soixante-dix': 70, 'septante': 70, 'quatre-vingt': 80, 'quatre-vingts': 80,
    'huitante': 80, 'octante': 80, 'quatre-vingt-dix': 90, 'nonante': 90, 'cent': 100, 'deux cents': 200, 'trois cents': 300, 'cinq cents': 500,
    'demi': 0.5, 'demie': 0.5, 'quart': 0.25, 'plusieurs': 3, 'quelques': 3, 'une dizaine': 10, 'une douzaine': 12, 'une quinzaine': 15, 'une vingtaine': 20,
    'une trentaine': 30, 'une quarantaine': 40, 'une cinquantaine': 50, 'une centaine': 100, 'un millier': 1000,
  },
  multipliers: { 'mille': 1000, 'k': 1000, 'million': 1e6, 'millions': 1e6, 'milliard': 1e9, 'milliards': 1e9, 'md': 1e9, 'mds': 1e9, 'mrd': 1e9, 'mrds': 1e9 },
  vagueQuantities: {
    'dizaines': 10, 'centaines': 100, 'milliers': 1000, 'dizaines de milliers': 10000, 'centaines de milliers': 100000, 'millions': 1e6,
    'dizaines de millions': 1e7, 'centaines de millions': 1e8, 'milliards': 1e9,
  },
  approximateCues: [
    'plus de', 'près de', 'environ', 'quelque', 'au moins', 'jusqu\'à', 'presque', 'quasiment', 'autour de', 'approximativement', 'pas moins de', 'plus d\'',
    'au-delà de', 'à peu près', 'avoisin*', 'dépassé', 'dépasse', 'dépassant', 'frôl*', 'un pic de', 'a culminé à', 'culminant à', 'quelque chose comme', 'grosso modo',
    'un peu plus de', 'un peu moins de', 'plus d\'une', 'plus d\'un',
  ],

  // ---- time ----
  months: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fév', 'fevr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc', 'dec'],
  ],
  weekdays: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
  relativeDays: {
    'aujourd\'hui': 0, 'ce jour': 0, 'plus tôt dans la journée': 0, 'en début de journée': 0, 'hier': -1, 'la veille': -1, 'avant-hier': -2,
  },
  dayParts: {
    'ce matin': 'morning', 'tôt ce matin': 'morning', 'en matinée': 'morning', 'en début de matinée': 'morning', 'en fin de matinée': 'morning',
    'ce midi': 'afternoon', 'cet après-midi': 'afternoon', 'cette après-midi': 'afternoon', 'en début d\'après-midi': 'afternoon', 'en fin d\'après-midi': 'afternoon',
    'ce soir': 'evening', 'en soirée': 'evening', 'en début de soirée': 'evening', 'en fin de soirée': 'evening', 'cette nuit': 'night', 'la nuit dernière': 'night',
  },
  am: ['du matin', 'le matin', 'am', 'a.m.', 'a.m'],
  pm: ['de l\'après-midi', 'de l\'aprèm', 'du soir', 'le soir', 'pm', 'p.m.', 'p.m'],
  clockWords: [
    'à', 'vers', 'dès', 'depuis', 'jusqu\'à', 'jusque vers', 'aux alentours de', 'autour de', 'peu avant', 'peu après', 'entre', 'de', 'avant', 'après', 'à partir de',
    'aux environs de', 'dès le', 'à compter de',
  ],
  zones: {
    // France and Europe
    'heure de paris': 'Europe/Paris', 'heure française': 'Europe/Paris', 'heure de france': 'Europe/Paris', 'heure de france métropolitaine': 'Europe/Paris',
    'heure de la métropole': 'Europe/Paris', 'heure métropolitaine': 'Europe/Paris', 'heure de bruxelles': 'Europe/Brussels', 'heure belge': 'Europe/Brussels',
    'heure suisse': 'Europe/Zurich', 'heure de genève': 'Europe/Zurich', 'heure de zurich': 'Europe/Zurich', 'heure du luxembourg': 'Europe/Luxembourg',
    'heure de londres': 'Europe/London', 'heure britannique': 'Europe/London', 'heure de moscou': 'Europe/Moscow', 'heure d\'europe centrale': 'Europe/Paris',
    'hec': '+01:00', 'heure d\'été d\'europe centrale': '+02:00', 'heure de greenwich': 'Z', 'temps universel': 'Z', 'temps universel coordonné': 'Z', 'heure gmt': 'Z',
    'heure utc': 'Z',
    // local
    'heure locale': 'local', 'heures locales': 'local', 'à l\'heure locale': 'local', 'heure du pays': 'local',
    // the same phrases once the clock reader has taken "heure(s)" as part of the time ("9h15 heure de Paris", "14 heures locales")
    'de paris': 'Europe/Paris', 'française': 'Europe/Paris', 'locale': 'local', 'locales': 'local', 'de montréal': 'America/Toronto', 'du québec': 'America/Toronto',
    'de l\'est': 'America/New_York', 'd\'alger': 'Africa/Algiers', 'de casablanca': 'Africa/Casablanca', 'de rabat': 'Africa/Casablanca', 'de tunis': 'Africa/Tunis',
    'de dakar': 'Africa/Dakar', 'd\'abidjan': 'Africa/Abidjan', 'de kinshasa': 'Africa/Kinshasa', 'de bruxelles': 'Europe/Brussels', 'de genève': 'Europe/Zurich',
    // North America
    'heure de montréal': 'America/Toronto', 'heure du québec': 'America/Toronto', 'heure de québec': 'America/Toronto', 'heure d\'ottawa': 'America/Toronto',
    'heure de l\'est': 'America/New_York', 'heure normale de l\'est': '-05:00', 'heure avancée de l\'est': '-04:00', 'hae': '-04:00', 'hne': '-05:00',
    'heure de new york': 'America/New_York', 'heure de washington': 'America/New_York', 'heure de la côte est': 'America/New_York',
    'heure du pacifique': 'America/Los_Angeles', 'heure de la côte ouest': 'America/Los_Angeles', 'heure de californie': 'America/Los_Angeles',
    'heure de san francisco': 'America/Los_Angeles', 'hap': '-07:00', 'hnp': '-08:00', 'heure de l\'atlantique': 'America/Halifax', 'heure de vancouver': 'America/Vancouver',
    'edt': '-04:00', 'pdt': '-07:00', 'pst': '-08:00',
    // Maghreb, Africa, Middle East
    'heure d\'alger': 'Africa/Algiers', 'heure algérienne': 'Africa/Algiers', 'heure de casablanca': 'Africa/Casablanca', 'heure de rabat': 'Africa/Casablanca',
    'heure marocaine': 'Africa/Casablanca', 'heure du maroc': 'Africa/Casablanca', 'heure de tunis': 'Africa/Tunis', 'heure tunisienne': 'Africa/Tunis',
    'heure de dakar': 'Africa/Dakar', 'heure d\'abidjan': 'Africa/Abidjan', 'heure de bamako': 'Africa/Bamako', 'heure de ouagadougou': 'Africa/Ouagadougou',
    'heure de niamey': 'Africa/Niamey', 'heure de lomé': 'Africa/Lome', 'heure de cotonou': 'Africa/Porto-Novo', 'heure de conakry': 'Africa/Conakry',
    'heure de nouakchott': 'Africa/Nouakchott', 'heure de douala': 'Africa/Douala', 'heure de yaoundé': 'Africa/Douala', 'heure de libreville': 'Africa/Libreville',
    'heure de kinshasa': 'Africa/Kinshasa', 'heure de lubumbashi': 'Africa/Lubumbashi', 'heure de brazzaville': 'Africa/Brazzaville', 'heure de kigali': 'Africa/Kigali',
    'heure de bujumbura': 'Africa/Bujumbura', 'heure de n\'djamena': 'Africa/Ndjamena', 'heure de bangui': 'Africa/Bangui', 'heure d\'antananarivo': 'Indian/Antananarivo',
    'heure de djibouti': 'Africa/Djibouti', 'heure du caire': 'Africa/Cairo', 'heure de beyrouth': 'Asia/Beirut', 'heure de dubaï': 'Asia/Dubai', 'heure de riyad': 'Asia/Riyadh',
    // overseas France and elsewhere
    'heure de la réunion': 'Indian/Reunion', 'heure de mayotte': 'Indian/Mayotte', 'heure des antilles': 'America/Martinique', 'heure de la martinique': 'America/Martinique',
    'heure de la guadeloupe': 'America/Guadeloupe', 'heure de guyane': 'America/Cayenne', 'heure de tahiti': 'Pacific/Tahiti', 'heure de papeete': 'Pacific/Tahiti',
    'heure de nouméa': 'Pacific/Noumea', 'heure de port-au-prince': 'America/Port-au-Prince', 'heure d\'haïti': 'America/Port-au-Prince',
    'heure de pékin': 'Asia/Shanghai', 'heure de tokyo': 'Asia/Tokyo', 'heure de l\'inde': 'Asia/Kolkata',
  },
  aroundCues: [
    'vers', 'environ', 'aux alentours de', 'autour de', 'aux environs de', 'peu avant', 'peu après', 'juste avant', 'juste après', 'approximativement', 'à peu près',
    'en début', 'en fin', 'sur le coup de', 'aux abords de', 'dans les environs de',
  ],
  rangeTo: ['à', 'jusqu\'à', 'et', 'au', 'jusque vers', 'jusqu\'aux environs de'],
  durationUnits: {
    'minute': 1, 'minutes': 1, 'min': 1, 'mn': 1, 'heure': 60, 'heures': 60, 'jour': 1440, 'jours': 1440, 'journée': 1440, 'journées': 1440,
    'semaine': 10080, 'semaines': 10080, 'demi-heure': 30, 'quart d\'heure': 15, 'heure et demie': 90, 'trois quarts d\'heure': 45,
  },
  durationCues: [
    'pendant', 'durant', 'a duré', 'aura duré', 'ont duré', 'duré', 'plus de', 'près de', 'environ', 'quelque', 'une panne de', 'pendant près de',
    'pendant plus de', 'au bout de', 'après', 'en l\'espace de', 'durée', 'd\'une durée de', 'qui a duré', 'longue de', 'de plus de', 'pendant environ',
  ],

  // ---- the past ----
  pastPeriods: {
    'l\'an dernier': { years: -1 }, 'l\'an passé': { years: -1 }, 'l\'année dernière': { years: -1 }, 'l\'année passée': { years: -1 }, 'l\'année précédente': { years: -1 },
    'il y a un an': { years: -1 }, 'il y a deux ans': { years: -2 }, 'il y a trois ans': { years: -3 }, 'il y a quatre ans': { years: -4 },
    'le mois dernier': { months: -1 }, 'le mois passé': { months: -1 }, 'il y a un mois': { months: -1 }, 'il y a deux mois': { months: -2 },
    'plus tôt cette année': { months: 0 }, 'en début d\'année': { months: 0 }, 'au début de l\'année': { months: 0 }, 'depuis le début de l\'année': { months: 0 },
  },
  pastCues: [
    'à l\'époque', 'à ce moment-là', 'précédemment', 'auparavant', 'par le passé', 'la dernière fois', 'une panne similaire', 'panne similaire', 'une précédente panne',
    'précédente panne', 'panne précédente', 'pannes précédentes', 'ce n\'est pas la première fois', 'pas la première fois', 'l\'an dernier', 'en 2019', 'en 2020',
    'en 2021', 'en 2022', 'en 2023', 'il y a quelques années', 'avait été attribuée', 'avait été causée', 'avait été provoquée', 'la dernière grande panne',
    'déjà victime', 'avait déjà', 'avaient déjà', 'avait connu', 'avait subi', 'un précédent', 'pannes passées',
  ],

  // ---- facts ----
  causes: {
    configuration: [
      'changement de configuration', 'modification de configuration', 'erreur de configuration', 'mauvaise configuration', 'configuration erronée', 'fichier de configuration',
      'erreur de paramétrage', 'mauvais paramétrage', 'erreur humaine', 'modification de paramètres', 'changement de paramètres', 'maintenance de routine',
      'opération de routine', 'changement technique', 'modification technique',
    ],
    'software-update': [
      'mise à jour', 'mise à jour logicielle', 'mise à jour défectueuse', 'mise à jour défaillante', 'mise à jour du logiciel', 'correctif', 'déploiement', 'nouvelle version',
      'mise à niveau', 'update', 'mise à jour de contenu',
    ],
    'software-bug': [
      'bug logiciel', 'bogue logiciel', 'bug informatique', 'bogue informatique', 'erreur logicielle', 'problème logiciel', 'défaut logiciel', 'erreur de code',
      'erreur de programmation', 'faille logicielle', 'bug',
    ],
    network: [
      'problème de réseau', 'problème réseau', 'incident réseau', 'panne réseau', 'routage', 'routeur*', 'problème de connectivité', 'cœur de réseau', 'coeur de réseau',
      'équipement réseau', 'équipements réseau', 'interconnexion', 'trafic réseau', 'dorsale',
    ],
    dns: ['dns', 'système de noms de domaine', 'serveurs de noms', 'résolution de noms'],
    bgp: ['bgp', 'border gateway protocol', 'protocole de passerelle frontière', 'protocole bgp'],
    power: [
      'panne d\'électricité dans un centre de données', 'coupure de courant dans un centre de données', 'alimentation électrique', 'panne d\'alimentation',
      'problème d\'alimentation', 'perte d\'alimentation', 'incident électrique', 'défaillance électrique', 'problème électrique', 'coupure d\'électricité', 'panne de courant',
    ],
    cyberattack: [
      'cyberattaque*', 'cyber-attaque*', 'cyber attaque*', 'attaque informatique', 'attaques informatiques', 'attaque par déni de service', 'déni de service', 'ddos',
      'piratage', 'pirates informatiques', 'hackers', 'rançongiciel*', 'ransomware', 'logiciel malveillant', 'logiciels malveillants', 'acte malveillant', 'malveillan*',
      'cybercriminels', 'attaque cybernétique',
    ],
    hardware: [
      'panne matérielle', 'défaillance matérielle', 'problème matériel', 'matériel défectueux', 'câble sectionné', 'câbles sectionnés', 'câble coupé', 'câbles coupés',
      'câbles sous-marins', 'câble sous-marin', 'rupture de câble', 'fibre optique sectionnée', 'fibre sectionnée', 'fibre coupée', 'coupure de fibre', 'câble endommagé',
      'incendie', 'surchauffe', 'climatisation', 'refroidissement', 'vol de câbles', 'équipement défectueux',
    ],
    'third-party': [
      'prestataire*', 'fournisseur*', 'sous-traitant*', 'partenaire technique', 'crowdstrike', 'fournisseur tiers', 'prestataire externe', 'société tierce',
      'entreprise tierce', 'logiciel tiers', 'service tiers', 'un tiers prestataire', 'éditeur de logiciels',
    ],
    capacity: [
      'afflux', 'surcharge*', 'saturation', 'saturé*', 'forte demande', 'demande exceptionnelle', 'pic de trafic', 'pic de connexions', 'trop de connexions', 'affluence',
      'engorgement', 'trafic important', 'hausse du trafic', 'forte affluence', 'trafic exceptionnel', 'afflux massif',
    ],
    'government-shutdown': [
      'coupure d\'internet décidée', 'coupure d\'internet ordonnée', 'coupé internet', 'coupure de l\'internet', 'blocage', 'bloqué par les autorités', 'bloqués par les autorités',
      'suspension d\'internet', 'suspendu par les autorités', 'suspension des réseaux sociaux', 'censure', 'restriction*', 'restreint', 'bridage', 'bridé',
      'décision gouvernementale', 'sur ordre des autorités', 'à la demande des autorités', 'les autorités ont coupé', 'sur décision du gouvernement', 'examens du bac',
      'baccalauréat', 'examens nationaux', 'shutdown',
    ],
    other: ['sabotage', 'vandalisme', 'grève', 'séisme', 'tremblement de terre', 'inondation*', 'intempéries', 'conflit', 'bombardement*'],
  },
  unknownCause: [
    'la cause n\'est pas encore connue', 'la cause n\'est pas connue', 'les causes ne sont pas connues', 'les causes ne sont pas encore connues', 'l\'origine de la panne reste inconnue',
    'l\'origine reste inconnue', 'origine inconnue', 'cause inconnue', 'causes inconnues', 'reste inconnue', 'restent inconnues', 'les causes restent indéterminées',
    'indéterminée*', 'sans que l\'on connaisse', 'sans que l\'on sache', 'sans que l\'on en connaisse', 'n\'a pas précisé l\'origine', 'n\'a pas précisé la cause',
    'n\'a pas précisé les causes', 'sans préciser l\'origine', 'sans préciser la cause', 'sans préciser les causes', 'n\'a pas donné d\'explication', 'aucune explication',
    'pas d\'explication', 'on ignore', 'on ignorait', 'ignore encore', 'l\'origine n\'a pas été', 'la cause n\'a pas été', 'n\'a pas encore été identifiée',
    'n\'ont pas encore été identifiées', 'pour des raisons inconnues', 'pour une raison inconnue', 'encore inexpliquée', 'inexpliqué*', 'reste à déterminer',
    'restent à déterminer', 'reste à établir', 'on ne connaît pas', 'on ne savait pas', 'sans donner de détails', 'n\'a pas expliqué', 'n\'a pas fourni d\'explication',
    'n\'a pas communiqué sur l\'origine', 'n\'a pas communiqué sur les causes', 'aucune précision sur l\'origine', 'pas de précision sur',
  ],
  nationalTerms: ['dans tout le pays', 'partout en france', 'sur l\'ensemble du territoire', 'à travers le pays', 'au niveau national', 'national', 'nationale'],
  globalTerms: [
    'mondial', 'mondiale', 'mondiaux', 'mondiales', 'mondialement', 'dans le monde entier', 'à travers le monde', 'partout dans le monde', 'de par le monde',
    'à l\'échelle mondiale', 'à l\'échelle planétaire', 'planétaire', 'plusieurs pays', 'de nombreux pays', 'dans plusieurs pays', 'à l\'international',
    'sur plusieurs continents', 'tous les continents', 'sur toute la planète',
  ],
  countries: {
    // France, Europe
    FR: ['france', 'hexagone', 'france métropolitaine'], BE: ['belgique'], CH: ['suisse'], LU: ['luxembourg'], MC: ['monaco'], DE: ['allemagne'],
    ES: ['espagne'], IT: ['italie'], PT: ['portugal'], NL: ['pays-bas', 'hollande'], AT: ['autriche'], IE: ['irlande'], GB: ['royaume-uni', 'grande-bretagne',
      'angleterre', 'écosse', 'pays de galles'], SE: ['suède'], NO: ['norvège'], DK: ['danemark'], FI: ['finlande'], PL: ['pologne'],
    CZ: ['république tchèque', 'tchéquie'], GR: ['grèce'], RO: ['roumanie'], HU: ['hongrie'], BG: ['bulgarie'], UA: ['ukraine'], RU: ['russie'], TR: ['turquie'],
    MD: ['moldavie'], AM: ['arménie'], RS: ['serbie'], HR: ['croatie'],
    // Americas
    CA: ['canada', 'québec'], US: ['états-unis', 'etats-unis', 'usa', 'amérique du nord'], MX: ['mexique'], BR: ['brésil'], AR: ['argentine'], CL: ['chili'],
    CO: ['colombie'], PE: ['pérou'], VE: ['venezuela', 'vénézuéla'], EC: ['équateur'], GT: ['guatemala'], CU: ['cuba'], BO: ['bolivie'], HT: ['haïti', 'haiti'],
    // Maghreb, Middle East
    MA: ['maroc', 'royaume chérifien'], DZ: ['algérie'], TN: ['tunisie'], LY: ['libye'], EG: ['égypte'], MR: ['mauritanie'], SA: ['arabie saoudite'],
    AE: ['émirats arabes unis', 'émirats', 'dubaï', 'abou dhabi'], QA: ['qatar'], KW: ['koweït'], BH: ['bahreïn'], OM: ['oman'], YE: ['yémen'], JO: ['jordanie'],
    LB: ['liban'], SY: ['syrie'], IQ: ['irak'], IR: ['iran'], IL: ['israël'], PS: ['palestine', 'gaza', 'bande de gaza', 'cisjordanie', 'territoires palestiniens'],
    // francophone and other Africa
    SN: ['sénégal'], CI: ['côte d\'ivoire', 'cote d\'ivoire'], ML: ['mali'], BF: ['burkina faso', 'burkina'], NE: ['niger'], GN: ['guinée', 'guinée-conakry'],
    GW: ['guinée-bissau'], GQ: ['guinée équatoriale'], TG: ['togo'], BJ: ['bénin'], CM: ['cameroun'], GA: ['gabon'], CG: ['congo-brazzaville', 'république du congo'],
    CD: ['rdc', 'r.d.c.', 'république démocratique du congo', 'congo-kinshasa', 'congo'], CF: ['centrafrique', 'république centrafricaine'], TD: ['tchad'],
    MG: ['madagascar'], KM: ['comores'], DJ: ['djibouti'], RW: ['rwanda'], BI: ['burundi'], SC: ['seychelles'], MU: ['île maurice'], CV: ['cap-vert'],
    SD: ['soudan'], SS: ['soudan du sud'], SO: ['somalie'], ET: ['éthiopie'], KE: ['kenya'], TZ: ['tanzanie'], UG: ['ouganda'], NG: ['nigeria', 'nigéria'],
    GH: ['ghana'], ZA: ['afrique du sud'], AO: ['angola'], MZ: ['mozambique'], ZM: ['zambie'], ZW: ['zimbabwe'], MW: ['malawi'],
    // Asia, Oceania
    IN: ['inde'], PK: ['pakistan'], BD: ['bangladesh'], CN: ['chine'], JP: ['japon'], KR: ['corée du sud', 'corée'], KP: ['corée du nord'], TW: ['taïwan', 'taiwan'],
    HK: ['hong kong'], SG: ['singapour'], MY: ['malaisie'], ID: ['indonésie'], PH: ['philippines'], TH: ['thaïlande'], VN: ['vietnam', 'viêt nam', 'viet nam'],
    MM: ['birmanie', 'myanmar'], KH: ['cambodge'], LA: ['laos'], NP: ['népal'], LK: ['sri lanka'], AF: ['afghanistan'], UZ: ['ouzbékistan'], KZ: ['kazakhstan'],
    AU: ['australie'], NZ: ['nouvelle-zélande'],
    // French overseas departments and territories
    RE: ['île de la réunion'], GP: ['guadeloupe'], MQ: ['martinique'], GF: ['guyane', 'guyane française'], YT: ['mayotte'],
    NC: ['nouvelle-calédonie'], PF: ['polynésie française', 'polynésie', 'tahiti'], PM: ['saint-pierre-et-miquelon'],
  },
  userWords: ['utilisateurs', 'utilisateur', 'utilisatrices', 'internautes', 'usagers', 'personnes', 'comptes', 'joueurs', 'gamers', 'voyageurs', 'passagers', 'clients touchés'],
  customerWords: ['clients', 'client', 'clientes', 'abonnés', 'abonné', 'foyers', 'ménages', 'entreprises', 'commerçants', 'titulaires', 'lignes', 'raccordements'],
  reportWords: [
    'signalements', 'signalement', 'rapports', 'plaintes', 'alertes', 'signalements de problèmes', 'signalements de panne', 'notifications de panne',
    'rapports d\'incident', 'déclarations de panne',
  ],
  userBaseCues: [
    'utilisé par', 'utilisée par', 'utilisés par', 'utilisées par', 'qui compte', 'compte plus de', 'revendique', 'revendiquant', 'qui revendique', 'avec plus de',
    'fort de', 'forte de', 'utilisateurs actifs', 'actifs mensuels', 'utilisateurs mensuels', 'utilisateurs quotidiens', 'chaque mois', 'par mois', 'chaque jour',
    'base d\'utilisateurs', 'qui rassemble', 'rassemble', 'réunit', 'compte quelque', 'dont se servent', 'utilisent quotidiennement', 'populaire auprès',
    'plébiscité par', 'adopté par', 'qui dessert', 'dessert',
  ],
  saidVerbs: [
    'a déclaré', 'a indiqué', 'a précisé', 'a expliqué', 'a affirmé', 'a annoncé', 'a confirmé', 'a reconnu', 'a assuré', 'a ajouté', 'a souligné', 'a écrit',
    'a tweeté', 'a publié', 'a répondu', 'a fait savoir', 'a communiqué', 'a réagi', 'a admis', 'a regretté', 'déclar*', 'indiqu*', 'précis*', 'expliqu*',
    'affirm*', 'annonc*', 'confirm*', 'reconnaît', 'reconnu', 'assure', 'assuré', 'ajoute', 'ajouté', 'souligne', 'souligné', 'écrit', 'tweeté', 'publié',
    'selon', 'd\'après', 'a fait état', 'a signalé', 'a averti', 'avertit', 'a prévenu', 'a détaillé', 'détaille', 'a rassuré', 'a posté', 'a mis en ligne',
  ],
  spokespersonTerms: [
    'porte-parole', 'porte parole', 'un porte-parole', 'une porte-parole', 'représentant*', 'responsable*', 'communiqué', 'un communiqué', 'dans un communiqué',
    'page de statut', 'page d\'état', 'page d\'état des services', 'service presse', 'service de presse', 'l\'entreprise', 'la société', 'le groupe', 'la firme',
    'l\'opérateur', 'compte officiel', 'le géant', 'la direction', 'un porte-parole de',
  ],

  serviceNames: {
    'X': ['ex-twitter', 'anciennement twitter', 'réseau social x', 'le réseau social d\'elon musk'],
    'Google Search': ['moteur de recherche de google', 'moteur de recherche google', 'recherche google'],
    'Google Cloud': ['nuage de google', 'cloud de google', 'services cloud de google'],
    'Amazon Web Services': ['services web d\'amazon', 'cloud d\'amazon', 'nuage d\'amazon', 'branche cloud d\'amazon', 'filiale cloud d\'amazon'],
    'Microsoft Azure': ['cloud de microsoft', 'nuage de microsoft', 'le cloud azure'],
    'Apple App Store': ['magasin d\'applications d\'apple', 'boutique d\'applications d\'apple', 'app store d\'apple', 'magasin d\'applications apple'],
    'Google Play': ['boutique google play', 'magasin google play', 'magasin d\'applications de google', 'boutique d\'applications de google'],
    'PlayStation Network': ['réseau playstation', 'réseau en ligne de sony', 'service en ligne de sony'],
    'Xbox Live': ['réseau xbox'],
    'Microsoft Teams': ['messagerie teams'],
    'Microsoft 365': ['suite bureautique de microsoft'],
    'Outlook': ['messagerie outlook'],
    'Gmail': ['messagerie de google', 'messagerie gmail'],
    'iCloud': ['nuage d\'apple', 'cloud d\'apple'],
    'Messenger': ['messenger de facebook', 'messagerie de facebook'],
    'ChatGPT': ['l\'assistant d\'openai', 'robot conversationnel d\'openai', 'agent conversationnel d\'openai'],
    'Maroc Telecom': ['iam maroc', 'groupe maroc telecom'],
    'Orange': ['orange france', 'orange sénégal', 'orange côte d\'ivoire', 'orange mali', 'orange cameroun', 'orange rdc', 'orange tunisie', 'orange guinée'],
    'Telecom Egypt': ['télécom égypte'],
    'Bouygues Telecom': ['bouygues télécom'],
    'MTN': ['mtn côte d\'ivoire', 'mtn cameroun', 'mtn bénin', 'mtn guinée'],
    'Algérie Télécom': ['algérie télécom', 'algerie telecom'],
    'Tunisie Telecom': ['tunisie télécom', 'tunisie telecom'],
    'Sonatel': ['sonatel'],
    'Moov Africa': ['moov africa', 'moov'],
    'Vidéotron': ['vidéotron', 'videotron'],
    'FranceConnect': ['franceconnect', 'france connect'],
    'Doctolib': ['doctolib'],
    'Pronote': ['pronote'],
    'Ameli': ['ameli', 'ameli.fr', 'compte ameli'],
    'impots.gouv.fr': ['impots.gouv.fr', 'impots.gouv', 'site des impôts'],
    'SNCF Connect': ['sncf connect'],
    'Cartes Bancaires CB': ['groupement des cartes bancaires', 'réseau cb', 'paiements par carte bancaire'],
    'Interac': ['réseau interac'],
  },
  companyNames: {
    'Meta': ['groupe meta', 'la maison mère de facebook', 'maison mère de facebook', 'le groupe de mark zuckerberg', 'groupe de mark zuckerberg', 'l\'empire de mark zuckerberg'],
    'Google': ['le géant de mountain view', 'la firme de mountain view'],
    'Apple': ['la firme à la pomme', 'la marque à la pomme', 'le géant de cupertino', 'la firme de cupertino'],
    'Microsoft': ['la firme de redmond', 'le géant de redmond', 'le géant du logiciel'],
    'Amazon': ['le géant du commerce en ligne', 'le géant de l\'e-commerce', 'le géant de seattle', 'le géant du cybercommerce'],
    'OpenAI': ['la start-up de sam altman', 'l\'entreprise de sam altman', 'le créateur de chatgpt'],
    'X Corp': ['société d\'elon musk'],
    'Iliad': ['groupe iliad', 'iliad'],
    'Telefónica': ['telefonica'],
  },
  sourceNames: {
    'AFP': ['agence france-presse', 'agence france presse', 'l\'afp', 'afp'],
    'Reuters': ['agence reuters'],
    'AP': ['associated press', 'agence associated press'],
    'Belga': ['agence belga', 'belga'],
    'Keystone-SDA': ['agence télégraphique suisse', 'agence ats'],
    'APS': ['algérie presse service', 'agence algérie presse service'],
    'MAP': ['maghreb arabe presse', 'agence maghreb arabe presse', 'agence marocaine de presse'],
    'TAP': ['tunis afrique presse', 'agence tunis afrique presse'],
    'The Canadian Press': ['la presse canadienne', 'presse canadienne'],
    'Xinhua': ['chine nouvelle', 'agence chine nouvelle'],
    'dpa': ['agence allemande dpa'],
    'Anadolu Agency': ['agence anadolu'],
    'Downdetector': ['downdetector.fr', 'downdetector.ca', 'downdetector.be', 'downdetector.ch', 'site downdetector'],
    'NetBlocks': ['observatoire netblocks'],
    'AIP': ['agence ivoirienne de presse'],
    'ACP': ['agence congolaise de presse'],
    'APS Senegal': ['agence de presse sénégalaise'],
    'ANP Niger': ['agence nigérienne de presse'],
    'AMAP': ['agence malienne de presse'],
    'AIB': ['agence d\'information du burkina'],
    'AGP': ['agence guinéenne de presse'],
    'Le Monde': ['journal le monde', 'quotidien le monde', 'lemonde.fr'],
    'Le Figaro': ['le figaro'],
    'franceinfo': ['franceinfo', 'france info', 'france télévisions'],
    'BFMTV': ['bfmtv', 'bfm tv', 'bfm business'],
    'Le Parisien': ['le parisien'],
    'Libération': ['quotidien libération', 'liberation.fr'],
    'Les Echos': ['les echos', 'les échos'],
    'RFI': ['radio france internationale', 'rfi'],
    'France 24': ['france 24'],
    'Radio-Canada': ['radio-canada', 'ici radio-canada'],
    'La Presse': ['quotidien la presse', 'lapresse.ca'],
    'RTBF': ['rtbf'],
    'RTS': ['rts info', 'radio télévision suisse'],
    'Le Soir': ['quotidien le soir', 'lesoir.be'],
    'Jeune Afrique': ['jeune afrique'],
    '20 Minutes': ['20minutes.fr', 'journal 20 minutes', 'quotidien 20 minutes'],
  },
};

export default fr;
