/**
 * The one time zone of a country that keeps one ("当地时间5日晚9时20分" in a story about
 * Malaysia, "à 10 heures, heure locale" in one about Senegal). Countries spanning several zones
 * (US, Russia, Brazil, Australia, Canada, Mexico, Indonesia …) are left out on purpose: there
 * "local time" alone does not fix the instant.
 */
export const COUNTRY_ZONES: Record<string, string> = {
  // Arab world, Iran, Turkey, Israel
  AE: 'Asia/Dubai', SA: 'Asia/Riyadh', EG: 'Africa/Cairo', JO: 'Asia/Amman', LB: 'Asia/Beirut', SY: 'Asia/Damascus',
  IQ: 'Asia/Baghdad', KW: 'Asia/Kuwait', QA: 'Asia/Qatar', BH: 'Asia/Bahrain', OM: 'Asia/Muscat', YE: 'Asia/Aden',
  LY: 'Africa/Tripoli', TN: 'Africa/Tunis', DZ: 'Africa/Algiers', MA: 'Africa/Casablanca', SD: 'Africa/Khartoum',
  MR: 'Africa/Nouakchott', SO: 'Africa/Mogadishu', IR: 'Asia/Tehran', TR: 'Europe/Istanbul', IL: 'Asia/Jerusalem',
  // Europe
  GB: 'Europe/London', IE: 'Europe/Dublin', FR: 'Europe/Paris', DE: 'Europe/Berlin', IT: 'Europe/Rome', NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels', LU: 'Europe/Luxembourg', CH: 'Europe/Zurich', AT: 'Europe/Vienna', PL: 'Europe/Warsaw', CZ: 'Europe/Prague',
  SK: 'Europe/Bratislava', HU: 'Europe/Budapest', SI: 'Europe/Ljubljana', HR: 'Europe/Zagreb', RS: 'Europe/Belgrade',
  BG: 'Europe/Sofia', RO: 'Europe/Bucharest', GR: 'Europe/Athens', CY: 'Asia/Nicosia', MT: 'Europe/Malta', SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo', DK: 'Europe/Copenhagen', FI: 'Europe/Helsinki', EE: 'Europe/Tallinn', LV: 'Europe/Riga', LT: 'Europe/Vilnius',
  IS: 'Atlantic/Reykjavik', UA: 'Europe/Kyiv', BY: 'Europe/Minsk', MD: 'Europe/Chisinau',
  // Caucasus and Central Asia
  GE: 'Asia/Tbilisi', AM: 'Asia/Yerevan', AZ: 'Asia/Baku', KG: 'Asia/Bishkek', UZ: 'Asia/Tashkent', TJ: 'Asia/Dushanbe',
  TM: 'Asia/Ashgabat', AF: 'Asia/Kabul',
  // South, East and Southeast Asia, Oceania
  IN: 'Asia/Kolkata', PK: 'Asia/Karachi', BD: 'Asia/Dhaka', LK: 'Asia/Colombo', NP: 'Asia/Kathmandu', CN: 'Asia/Shanghai',
  HK: 'Asia/Hong_Kong', MO: 'Asia/Macau', TW: 'Asia/Taipei', JP: 'Asia/Tokyo', KR: 'Asia/Seoul', SG: 'Asia/Singapore',
  MY: 'Asia/Kuala_Lumpur', TH: 'Asia/Bangkok', VN: 'Asia/Ho_Chi_Minh', PH: 'Asia/Manila', MM: 'Asia/Yangon', KH: 'Asia/Phnom_Penh',
  NZ: 'Pacific/Auckland',
  // Sub-Saharan Africa
  ZA: 'Africa/Johannesburg', NG: 'Africa/Lagos', KE: 'Africa/Nairobi', GH: 'Africa/Accra', SN: 'Africa/Dakar', CI: 'Africa/Abidjan',
  ET: 'Africa/Addis_Ababa', TZ: 'Africa/Dar_es_Salaam', UG: 'Africa/Kampala', RW: 'Africa/Kigali', CM: 'Africa/Douala',
  AO: 'Africa/Luanda', MZ: 'Africa/Maputo', ZW: 'Africa/Harare', ZM: 'Africa/Lusaka', ML: 'Africa/Bamako', BF: 'Africa/Ouagadougou',
  NE: 'Africa/Niamey', TD: 'Africa/Ndjamena', GA: 'Africa/Libreville', CG: 'Africa/Brazzaville', BJ: 'Africa/Porto-Novo',
  TG: 'Africa/Lome', MG: 'Indian/Antananarivo', MU: 'Indian/Mauritius',
  // The Americas
  CU: 'America/Havana', VE: 'America/Caracas', CO: 'America/Bogota', PE: 'America/Lima', AR: 'America/Argentina/Buenos_Aires',
  UY: 'America/Montevideo', PY: 'America/Asuncion', BO: 'America/La_Paz', CR: 'America/Costa_Rica', PA: 'America/Panama',
  GT: 'America/Guatemala', SV: 'America/El_Salvador', HN: 'America/Tegucigalpa', NI: 'America/Managua',
  DO: 'America/Santo_Domingo', PR: 'America/Puerto_Rico', JM: 'America/Jamaica',
};
