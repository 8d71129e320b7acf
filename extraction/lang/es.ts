import type { LanguageData } from './types';

const es: LanguageData = {
  code: 'es',
  name: 'Spanish',
  dir: 'ltr',
  spaces: true,
  stopwords: [
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'al', 'lo', 'como', 'más',
    'pero', 'sus', 'su', 'fue', 'ha', 'han', 'este', 'esta', 'según', 'también', 'desde', 'entre', 'cuando', 'muy', 'sin', 'hasta', 'ya', 'porque',
  ],

  outageTerms: [
    'caída*', 'caida*', 'caído', 'caídos', 'caídas', 'se cayó', 'se cayeron', 'se ha caído', 'se han caído', 'está caído', 'están caídos', 'se cae', 'se caen',
    'interrupci*', 'fallo*', 'falla*', 'falló', 'avería*', 'averías', 'sin servicio', 'sin conexión', 'sin acceso', 'sin internet', 'sin señal',
    'no funciona', 'no funcionan', 'no funcionaba', 'no funcionaban', 'dejó de funcionar', 'dejaron de funcionar', 'ha dejado de funcionar', 'fuera de servicio',
    'fuera de línea',
    'no disponible', 'no está disponible', 'no estaba disponible', 'no disponibles', 'inaccesible', 'inaccesibles', 'indisponib*', 'problemas técnicos', 'problema técnico',
    'incidencia técnica', 'incidencia*', 'incidente técnico', 'error técnico', 'errores', 'apagón', 'apagón digital', 'apagón informático', 'colaps*', 'se colgó',
    'problemas de conexión', 'problemas de conectividad', 'problemas para acceder', 'problemas de acceso', 'dificultades para acceder', 'no pueden acceder',
    'no podían acceder',
    'no podían conectarse', 'imposible acceder', 'no carga', 'no cargan', 'intermitencia*', 'desconexión', 'degradación del servicio', 'caída global', 'caída masiva',
    'caída mundial', 'corte del servicio', 'cortes del servicio', 'cortes en el servicio', 'corte de internet', 'corte de servicio', 'offline', 'down',
    'servicio interrumpido',
    'fallos técnicos', 'fallas técnicas', 'falla técnica', 'fallo técnico', 'fallo informático', 'falla informática', 'error informático', 'problemas generalizados',
  ],
  serviceDownTerms: [
    'down', 'caído', 'caída', 'se cae', 'se cayó', 'cae', 'no funciona', 'sin servicio', 'falla', 'fallando', 'presenta fallas', 'presenta fallos', 'con problemas',
    'fuera de servicio', 'colapsado', 'está caído', 'offline', 'no carga',
  ],
  digitalTerms: [
    'app', 'apps', 'aplicaci*', 'usuario*', 'internautas', 'plataforma*', 'internet', 'en línea', 'online', 'sitio web', 'sitios web', 'página web', 'páginas web', 'web',
    'servidor*', 'nube', 'red', 'redes', 'redes sociales', 'mensajes', 'mensajería', 'iniciar sesión', 'inicio de sesión', 'correo electrónico', 'correos', 'correo',
    'email', 'centro de datos', 'centros de datos', 'servicio*', 'conectividad', 'móvil*', 'celular*', 'banda ancha', 'fibra', 'fibra óptica', 'software', 'digital*',
    'streaming', 'banca en línea', 'banca online', 'banca móvil', 'pagos', 'pagos con tarjeta', 'datáfono*', 'terminales de pago', 'transferencias', 'tarjetas',
    'llamadas', 'abonados', 'clientes', 'dns', 'api', 'operadora*', 'operador', 'telefonía', 'wifi', 'wi-fi', 'datos móviles', 'sistema informático', 'sistemas informáticos',
  ],
  negativeContexts: {
    maintenance: [
      'mantenimiento programado', 'mantenimiento planificado', 'mantenimiento preventivo', 'tareas de mantenimiento', 'labores de mantenimiento', 'trabajos de mantenimiento',
      'ventana de mantenimiento', 'estará fuera de servicio', 'no estará disponible', 'no estarán disponibles', 'estará inactivo', 'parada programada',
      'interrupción programada',
      'corte programado', 'durante el mantenimiento', 'actualización programada', 'por mantenimiento', 'mantenimiento',
    ],
    power: [
      'apagón eléctrico', 'apagón', 'apagones', 'corte de luz', 'cortes de luz', 'corte eléctrico', 'cortes eléctricos', 'corte de energía', 'cortes de energía', 'sin luz',
      'sin electricidad', 'electricidad', 'suministro eléctrico', 'red eléctrica', 'compañía eléctrica', 'eléctricas', 'se fue la luz', 'subestación', 'tendido eléctrico',
      'tormenta', 'temporal', 'huracán', 'ola de calor', 'endesa', 'iberdrola', 'cfe', 'edenor', 'edesur', 'racionamiento',
    ],
    breach: [
      'filtración*', 'brecha de datos', 'brecha de seguridad', 'robo de datos', 'datos robados', 'datos personales', 'datos filtrados', 'fuga de datos', 'expuestos',
      'comprometidos', 'accedieron a los datos', 'ciberdelincuentes accedieron', 'rescate', 'hackeo de cuentas', 'cuentas hackeadas', 'vulneración',
    ],
    finance: [
      'acciones', 'bolsa', 'índice', 'mercado*', 'ibex', 'nasdaq', 'dow jones', 'wall street', 'inversores', 'cotización', 'cotizaciones', 'en bolsa', 'parqué',
      'desplome', 'se desplomó', 'se desplomaron', 'ganancias', 'ingresos', 'beneficios', 'resultados trimestrales', 'capitalización', 'bursátil',
    ],
    mechanical: [
      'coche', 'coches', 'auto', 'autos', 'automóvil*', 'vehículo*', 'motor', 'ascensor*', 'elevador*', 'escalera mecánica', 'escaleras mecánicas', 'tren', 'trenes',
      'autobús', 'autobuses', 'metro', 'avión', 'aviones', 'aeronave*', 'neumático*', 'frenos', 'grúa', 'taller', 'mecánic*', 'avería mecánica', 'catenaria',
      'señalización', 'averiado', 'se averió', 'pinchazo', 'vía férrea', 'locomotora', 'caldera',
    ],
    opinion: ['opinión', 'tribuna', 'editorial', 'columna', 'análisis'],
    discontinued: [
      'cierra definitivamente', 'cierre definitivo', 'cerrará', 'dejará de funcionar', 'dejará de estar disponible', 'dejará de dar soporte', 'fin del soporte',
      'dejará de recibir', 'desaparecerá', 'discontinu*', 'adiós definitivo', 'para siempre', 'se despide', 'teléfonos antiguos', 'móviles antiguos',
      'celulares antiguos', 'ya no será compatible', 'dejará de ser compatible', 'sin soporte',
    ],
  },

  startCues: [
    'comenz*', 'empez*', 'inició', 'se inició', 'iniciaron', 'desde', 'a partir de', 'desde primera hora', 'primeros reportes', 'primeras quejas', 'primeras incidencias',
    'surgieron', 'aparecieron', 'se dispararon', 'se disparó', 'pico', 'alcanzó su pico', 'registró un pico', 'se produjo', 'se registró', 'arrancó',
  ],
  reportCues: [
    'reportaron', 'reportó', 'reportan', 'reportando', 'reportado', 'reportes', 'reporte', 'denunciaron', 'denuncian', 'se quejaron', 'se quejan', 'quejas', 'informaron',
    'notificaron', 'alertaron', 'advirtieron', 'señalaron',
    'según downdetector', 'de acuerdo con downdetector', 'usuarios reportan', 'han reportado', 'registró', 'registraron', 'acudieron a las redes', 'en redes sociales',
    'publicaron',
  ],
  restoreCues: [
    'restablec*', 'restaurado', 'restaurada', 'restaurados', 'restauró', 'restauración', 'volvió a funcionar', 'vuelve a funcionar', 'vuelven a funcionar',
    'volvieron a funcionar', 'ha vuelto a funcionar', 'ha vuelto', 'de nuevo operativo',
    'nuevamente operativo', 'operativo de nuevo', 'vuelve a estar operativo', 'recuper*', 'se normaliz*', 'normalidad', 'vuelta a la normalidad', 'reanud*',
    'funciona con normalidad', 'funcionando con normalidad', 'en línea de nuevo', 'volvió', 'regresó', 'vuelve a estar disponible', 'de nuevo disponible',
  ],
  resolvedCues: [
    'resuelto', 'resuelta', 'se resolvió', 'solucionado', 'solucionada', 'se solucionó', 'arreglado', 'corregido', 'completamente restablecido', 'totalmente restablecido',
    'restablecido por completo', 'con total normalidad', 'funciona con normalidad', 'problema resuelto', 'incidencia resuelta', 'pidió disculpas', 'pide disculpas',
    'disculpas', 'lamenta las molestias', 'lamentamos las molestias', 'ofreció disculpas', 'perdón por las molestias',
  ],
  partialCues: ['tardar días', 'podría tardar', 'uno a uno', 'manualmente', 'solo parcialmente', 'de forma parcial', 
    'parcialmente', 'parcial', 'algunos usuarios', 'algunos clientes', 'gradualmente', 'paulatinamente', 'poco a poco', 'intermitente*', 'intermitencia*',
    'en algunas regiones', 'en algunas zonas', 'aún persisten', 'no del todo', 'algunos servicios', 'lentitud', 'de forma progresiva', 'progresivamente',
    'todavía experimentan',
  ],
  ongoingCues: [
    'sigue caído', 'sigue sin funcionar', 'siguen sin funcionar', 'sigue sin servicio', 'siguen sin', 'sigue sin', 'continúa', 'continúan', 'persiste', 'persisten',
    'todavía no', 'aún no', 'todavía sin', 'aún sin', 'todavía hay', 'aún hay', 'en curso', 'al cierre de esta edición', 'al momento de escribir',
    'al momento de redactar', 'hasta el momento', 'por el momento', 'de momento',
    'está investigando', 'están investigando', 'sin fecha', 'se desconoce cuándo', 'no se sabe cuándo', 'sin plazo',
  ],
  negations: ['no', 'aún no', 'todavía no', 'sin', 'nunca'],
  updateCues: [
    'trabajan para', 'trabaja para', 'trabajando para', 'trabajamos para', 'estamos trabajando', 'trabajando en', 'investigando', 'investiga', 'analizando',
    'estamos al tanto',
    'somos conscientes', 'identificado', 'identificó', 'solucionar', 'actualiz*', 'ingenieros', 'técnicos', 'equipos técnicos', 'revisando', 'estamos revisando',
  ],

  numberWords: {
    'un': 1, 'uno': 1, 'una': 1, 'dos': 2, 'tres': 3, 'cuatro': 4, 'cinco': 5, 'seis': 6, 'siete': 7, 'ocho': 8, 'nueve': 9, 'diez': 10, 'once': 11, 'doce': 12,
    'trece': 13, 'catorce': 14, 'quince': 15, 'dieciséis': 16, 'diecisiete': 17, 'dieciocho': 18, 'diecinueve': 19, 'veinte': 20, 'veinticinco': 25, 'treinta': 30,
    'cuarenta': 40, 'cuarenta y cinco': 45, 'cincuenta': 50, 'sesenta': 60, 'setenta': 70, 'ochenta': 80, 'noventa': 90, 'cien': 100, 'doscientos': 200,
    'trescientos': 300, 'quinientos': 500, 'media': 0.5, 'medio': 0.5, 'varios': 3, 'varias': 3, 'una docena': 12, 'media docena': 6,
  },
  multipliers: { 'mil': 1000, 'millar': 1000, 'k': 1000, 'millón': 1e6, 'millon': 1e6, 'millones': 1e6, 'mill': 1e6, 'mil millones': 1e9 },
  vagueQuantities: {
    'decenas': 10, 'cientos': 100, 'centenares': 100, 'miles': 1000, 'millares': 1000, 'decenas de miles': 10000, 'cientos de miles': 100000,
    'centenares de miles': 100000, 'millones': 1e6, 'miles de millones': 1e9,
  },
  approximateCues: [
    'más de', 'al menos', 'por lo menos', 'casi', 'cerca de', 'alrededor de', 'unos', 'unas', 'aproximadamente', 'hasta', 'superior a', 'en torno a', 'rozó', 'superó',
    'superaron', 'llegó a', 'un pico de', 'más de un', 'poco más de', 'poco menos de', 'aproximados',
  ],

  months: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'sep', 'set'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  weekdays: [
    ['domingo', 'dom'], ['lunes', 'lun'], ['martes'], ['miércoles', 'miercoles', 'mié'], ['jueves', 'jue'], ['viernes', 'vie'], ['sábado', 'sabado', 'sáb'],
  ],
  relativeDays: { 'hoy': 0, 'ayer': -1, 'anteayer': -2, 'antier': -2, 'antes de ayer': -2, 'antes de anoche': -2, 'anoche': -1, 'esta jornada': 0, 'el día anterior': -1,
  'la víspera': -1 },
  dayParts: {
    'esta mañana': 'morning', 'hoy temprano': 'morning', 'esta tarde': 'afternoon', 'este mediodía': 'afternoon', 'esta noche': 'night', 'anoche': 'night',
    'esta madrugada': 'night', 'la pasada madrugada': 'night', 'de madrugada': 'night', 'la pasada noche': 'night', 'durante la noche': 'night',
  },
  am: ['am', 'a.m.', 'a. m.', 'a.m', 'de la mañana', 'de la madrugada', 'por la mañana'],
  pm: ['pm', 'p.m.', 'p. m.', 'p.m', 'de la tarde', 'de la noche', 'por la tarde', 'por la noche'],
  clockWords: [
    'a las', 'a la', 'las', 'desde las', 'hasta las', 'sobre las', 'hacia las', 'alrededor de las', 'pasadas las', 'antes de las', 'después de las', 'entre las',
  ],
  zones: {
    'gmt': 'Z', 'utc': 'Z', 'hora de greenwich': 'Z', 'hora utc': 'Z', 'cet': '+01:00', 'cest': '+02:00',
    'hora peninsular': 'Europe/Madrid', 'horario peninsular': 'Europe/Madrid', 'hora de españa': 'Europe/Madrid', 'hora española': 'Europe/Madrid',
    'hora de madrid': 'Europe/Madrid',
    'hora de canarias': 'Atlantic/Canary', 'hora canaria': 'Atlantic/Canary', 'hora de las islas canarias': 'Atlantic/Canary',
    'hora local': 'local', 'horario local': 'local',
    'hora de méxico': 'America/Mexico_City', 'hora del centro de méxico': 'America/Mexico_City', 'tiempo del centro': 'America/Mexico_City',
    'hora de la ciudad de méxico': 'America/Mexico_City',
    'hora del centro': 'America/Mexico_City', 'hora de argentina': '-03:00', 'hora argentina': '-03:00', 'hora de buenos aires': '-03:00',
    'hora de colombia': '-05:00', 'hora colombiana': '-05:00', 'hora de bogotá': '-05:00', 'hora de chile': 'America/Santiago', 'hora chilena': 'America/Santiago',
    'hora de perú': 'America/Lima', 'hora peruana': 'America/Lima', 'hora de lima': 'America/Lima', 'hora de venezuela': 'America/Caracas',
    'hora de caracas': 'America/Caracas',
    'hora de uruguay': '-03:00', 'hora de montevideo': '-03:00', 'hora de ecuador': 'America/Guayaquil', 'hora de bolivia': '-04:00', 'hora de paraguay': 'America/Asuncion',
    'hora de centroamérica': '-06:00', 'hora de costa rica': '-06:00', 'hora de guatemala': '-06:00', 'hora de el salvador': '-06:00', 'hora de honduras': '-06:00',
    'hora de nicaragua': '-06:00', 'hora de panamá': '-05:00', 'hora de cuba': 'America/Havana', 'hora de república dominicana': '-04:00', 'hora de puerto rico': '-04:00',
    'hora del este': 'America/New_York', 'hora de la costa este': 'America/New_York', 'hora de nueva york': 'America/New_York', 'hora de miami': 'America/New_York',
    'hora del pacífico': 'America/Los_Angeles', 'hora de la costa oeste': 'America/Los_Angeles', 'hora de londres': 'Europe/London', 'hora británica': 'Europe/London',
    'edt': '-04:00', 'est': '-05:00', 'cdt': '-05:00', 'cst': '-06:00', 'pdt': '-07:00', 'pst': '-08:00', 'bst': '+01:00',
  },
  aroundCues: [
    'alrededor de', 'hacia', 'sobre', 'aproximadamente', 'en torno a', 'cerca de', 'poco antes de', 'poco después de', 'pasadas', 'casi', 'a eso de',
    'minutos antes de', 'minutos después de', 'a primera hora', 'a última hora',
  ],
  rangeTo: ['a', 'hasta', 'y', 'hasta las', 'al'],
  durationUnits: {
    'minuto': 1, 'minutos': 1, 'min': 1, 'mins': 1, 'hora': 60, 'horas': 60, 'hr': 60, 'hrs': 60, 'día': 1440, 'días': 1440, 'dia': 1440, 'dias': 1440,
    'jornada': 1440, 'jornadas': 1440, 'semana': 10080, 'semanas': 10080, 'media hora': 30, 'hora y media': 90,
  },
  durationCues: [
    'durante', 'por', 'tras', 'después de', 'más de', 'casi', 'unas', 'unos', 'alrededor de', 'duró', 'se prolongó', 'se prolongó durante', 'que duró', 'a lo largo de',
    'al menos', 'cerca de', 'por espacio de',
  ],

  pastPeriods: {
    'el año pasado': { years: -1 }, 'el pasado año': { years: -1 }, 'hace un año': { years: -1 }, 'el año anterior': { years: -1 }, 'hace dos años': { years: -2 },
    'hace tres años': { years: -3 }, 'hace cuatro años': { years: -4 }, 'el mes pasado': { months: -1 }, 'el pasado mes': { months: -1 }, 'hace un mes': { months: -1 },
    'hace dos meses': { months: -2 }, 'a principios de este año': { months: 0 }, 'a principios de año': { months: 0 }, 'a comienzos de este año': { months: 0 },
    'en lo que va de año': { months: 0 }, 'a inicios de este año': { months: 0 },
  },
  pastCues: [
    'en aquel momento', 'en aquella ocasión', 'entonces', 'anteriormente', 'previamente', 'el año pasado', 'caída anterior', 'caída similar', 'una caída similar',
    'un fallo similar', 'una falla similar', 'no es la primera vez', 'la última vez', 'la última gran caída', 'en 2019', 'en 2020', 'en 2021', 'en 2022', 'en 2023',
    'en 2024', 'en 2025', 'hace años', 'se atribuyó a', 'fue atribuida a', 'fue atribuido a', 'ya sufrió', 'ya había sufrido', 'antecedente*', 'precedente*',
    'otras caídas', 'caídas anteriores', 'en el pasado',
  ],

  causes: {
    configuration: [
      'cambio de configuración', 'cambios de configuración', 'error de configuración', 'configuración errónea', 'configuración incorrecta', 'fallo de configuración',
      'mala configuración', 'configuración defectuosa', 'archivo de configuración', 'mantenimiento rutinario', 'error humano', 'cambio en', 'ajuste en',
    ],
    'software-update': [
      'actualización de software', 'actualización defectuosa', 'actualización fallida', 'actualización errónea', 'actualización', 'parche', 'despliegue', 'nueva versión',
      'migración', 'cambio de sistema',
    ],
    'software-bug': [
      'error de software', 'bug', 'fallo de software', 'falla de software', 'problema de software', 'error en el código', 'error de programación', 'fallo en el software',
      'error informático', 'fallo informático', 'falla informática',
    ],
    network: [
      'problema de red', 'problemas de red', 'fallo de red', 'fallo en la red', 'falla en la red', 'conectividad', 'router', 'enrutador', 'enrutamiento', 'red troncal',
      'troncal', 'tráfico de red', 'problemas de conectividad',
    ],
    dns: ['dns', 'sistema de nombres de dominio', 'resolución de nombres'],
    bgp: ['bgp', 'protocolo de puerta de enlace de frontera', 'border gateway protocol'],
    power: [
      'corte de energía en un centro de datos', 'apagón en un centro de datos', 'fallo eléctrico', 'falla eléctrica', 'fallo de alimentación', 'suministro eléctrico',
      'pérdida de energía', 'problema eléctrico', 'corte eléctrico', 'corte de luz', 'apagón eléctrico',
    ],
    cyberattack: [
      'ciberataque*', 'ataque informático', 'ataques informáticos', 'ataque cibernético', 'ataques cibernéticos', 'ataque ddos', 'ddos', 'denegación de servicio',
      'hack*', 'piratas informáticos', 'ciberdelincuentes', 'ransomware', 'malicioso', 'malware', 'secuestro de datos',
    ],
    hardware: [
      'fallo de hardware', 'falla de hardware', 'avería de hardware', 'hardware', 'corte de fibra', 'fibra cortada', 'cable cortado', 'corte de cable', 'cable submarino',
      'cables submarinos', 'cable dañado', 'cables dañados', 'incendio', 'avería en un equipo', 'fallo en un equipo', 'robo de cable', 'robo de cables',
    ],
    'third-party': ['proveedor externo', 'terceros', 'un tercero', 'proveedor', 'proveedores', 'empresa externa', 'crowdstrike'],
    capacity: [
      'capacidad', 'aumento del tráfico', 'pico de tráfico', 'sobrecarga*', 'alta demanda', 'demanda sin precedentes', 'tráfico masivo', 'saturación', 'saturad*',
      'exceso de tráfico', 'avalancha de', 'exceso de demanda',
    ],
    'government-shutdown': [
      'apagón de internet', 'corte de internet ordenado', 'bloqueo de internet', 'bloqueado por', 'bloquear el acceso', 'bloqueo', 'censura', 'restricción de acceso',
      'restringió el acceso', 'ordenó el bloqueo', 'orden judicial', 'órdenes del gobierno', 'suspensión ordenada', 'limitación del acceso',
    ],
    other: ['sabotaje', 'vandalismo', 'huelga', 'terremoto', 'inundación', 'inundaciones'],
  },
  unknownCause: [
    'la causa aún no se conoce', 'se desconocen las causas', 'se desconoce la causa', 'se desconoce el motivo', 'se desconoce el origen', 'las causas aún no',
    'aún no se conocen las causas', 'no se conocen las causas', 'causa desconocida', 'causas desconocidas', 'sin que se conozcan las causas', 'sin conocerse las causas',
    'no ha explicado', 'no explicó', 'no dio detalles', 'no ofreció detalles', 'no precisó', 'no está claro qué', 'no está clara la causa', 'todavía no se sabe',
    'se investigan las causas', 'origen desconocido', 'no ha informado de las causas', 'no ha informado sobre las causas', 'no detalló', 'no ha trascendido',
    'las causas no han sido', 'sin explicar', 'se desconocen los motivos',
  ],
  nationalTerms: ['en todo el país', 'a nivel nacional', 'en toda españa', 'en todo el territorio', 'nacional'],
  globalTerms: [
    'mundial', 'a nivel mundial', 'en todo el mundo', 'global', 'globalmente', 'a escala global', 'a escala mundial', 'varios países', 'muchos países', 'diversos países',
    'internacional', 'en distintos países', 'todo el planeta', 'alrededor del mundo', 'a nivel global',
  ],
  countries: {
    US: ['estados unidos', 'ee.uu.', 'eeuu', 'eua', 'eu', 'usa'], GB: ['reino unido', 'gran bretaña', 'inglaterra', 'escocia', 'gales'],
    CA: ['canadá'], AU: ['australia'], NZ: ['nueva zelanda'], IE: ['irlanda'], IN: ['india'], PK: ['pakistán'], BD: ['bangladés', 'bangladesh'], LK: ['sri lanka'],
    NP: ['nepal'], CN: ['china'], JP: ['japón'], KR: ['corea del sur'], KP: ['corea del norte'], TW: ['taiwán'], HK: ['hong kong'], MO: ['macao'], SG: ['singapur'],
    MY: ['malasia'], ID: ['indonesia'], PH: ['filipinas'], TH: ['tailandia'], VN: ['vietnam'], MM: ['birmania', 'myanmar'], KH: ['camboya'],
    FR: ['francia'], DE: ['alemania'], ES: ['españa'], PT: ['portugal'], IT: ['italia'], NL: ['países bajos', 'holanda'], BE: ['bélgica'], LU: ['luxemburgo'],
    CH: ['suiza'], AT: ['austria'], LI: ['liechtenstein'], SE: ['suecia'], NO: ['noruega'], DK: ['dinamarca'], FI: ['finlandia'], IS: ['islandia'], PL: ['polonia'],
    CZ: ['república checa', 'chequia'], SK: ['eslovaquia'], SI: ['eslovenia'], HR: ['croacia'], HU: ['hungría'], RO: ['rumanía', 'rumania'], BG: ['bulgaria'],
    GR: ['grecia'], CY: ['chipre'], MT: ['malta'], EE: ['estonia'], LV: ['letonia'], LT: ['lituania'], UA: ['ucrania'], BY: ['bielorrusia'], MD: ['moldavia'],
    RU: ['rusia'], TR: ['turquía'], RS: ['serbia'], BA: ['bosnia y herzegovina', 'bosnia'], ME: ['montenegro'], MK: ['macedonia del norte'], AL: ['albania'],
    GE: ['georgia'], AM: ['armenia'], AZ: ['azerbaiyán'], AD: ['andorra'], MC: ['mónaco'], SM: ['san marino'], VA: ['vaticano', 'ciudad del vaticano'],
    BR: ['brasil'], MX: ['méxico', 'mexico'], AR: ['argentina'], CL: ['chile'], CO: ['colombia'], PE: ['perú'], VE: ['venezuela'], EC: ['ecuador'], BO: ['bolivia'],
    PY: ['paraguay'], UY: ['uruguay'], GT: ['guatemala'], SV: ['el salvador'], HN: ['honduras'], NI: ['nicaragua'], CR: ['costa rica'], PA: ['panamá', 'panama'],
    CU: ['cuba'], DO: ['república dominicana'], HT: ['haití'], PR: ['puerto rico'], JM: ['jamaica'], TT: ['trinidad y tobago'], GY: ['guyana'], SR: ['surinam'],
    BZ: ['belice'],
    ZA: ['sudáfrica'], NG: ['nigeria'], KE: ['kenia'], GH: ['ghana'], ET: ['etiopía'], TZ: ['tanzania'], UG: ['uganda'], SN: ['senegal'], CI: ['costa de marfil'],
    CM: ['camerún'], CD: ['república democrática del congo', 'rd congo'], AO: ['angola'], MZ: ['mozambique'], CV: ['cabo verde'], GW: ['guinea-bisáu', 'guinea-bissau'],
    ST: ['santo tomé y príncipe'], GQ: ['guinea ecuatorial'], TL: ['timor oriental'],
    EG: ['egipto'], SA: ['arabia saudí', 'arabia saudita'], AE: ['emiratos árabes unidos', 'emiratos árabes', 'emiratos', 'dubái', 'abu dabi'], QA: ['catar', 'qatar'],
    KW: ['kuwait'], BH: ['baréin', 'bahréin'], OM: ['omán'], YE: ['yemen'], JO: ['jordania'], LB: ['líbano'], SY: ['siria'], IQ: ['irak'], IR: ['irán'], IL: ['israel'],
    PS: ['palestina', 'gaza', 'cisjordania'], MA: ['marruecos'], DZ: ['argelia'], TN: ['túnez'], LY: ['libia'], SD: ['sudán'], MR: ['mauritania'],
    AF: ['afganistán'], KZ: ['kazajistán'], UZ: ['uzbekistán'],
  },
  userWords: ['usuarios', 'usuario', 'usuarias', 'personas', 'internautas', 'cuentas', 'jugadores', 'pasajeros', 'usuarios de internet', 'afectados'],
  customerWords: ['clientes', 'cliente', 'abonados', 'suscriptores', 'hogares', 'viviendas', 'empresas', 'comercios', 'líneas', 'conexiones'],
  reportWords: [
    'reportes', 'reportes de fallos', 'reportes de fallas', 'reportes de problemas', 'quejas', 'denuncias', 'notificaciones', 'incidencias', 'avisos', 'alertas',
    'reclamos', 'reclamaciones', 'reportes de usuarios', 'informes de problemas',
  ],
  userBaseCues: [
    'utilizado por', 'usado por', 'tiene más de', 'cuenta con más de', 'cuenta con', 'con más de', 'usuarios activos', 'usuarios mensuales', 'activos mensuales',
    'activos diarios', 'base de usuarios', 'da servicio a', 'presta servicio a', 'atiende a', 'dependen de', 'popular entre', 'lo utilizan', 'la utilizan',
  ],
  saidVerbs: [
    'dijo', 'dice', 'afirmó', 'afirma', 'aseguró', 'asegura', 'explicó', 'explica', 'señaló', 'indicó', 'indica', 'declaró', 'informó', 'anunció', 'confirmó',
    'confirma', 'reconoció', 'publicó', 'escribió', 'tuiteó', 'añadió', 'agregó', 'comunicó', 'precisó', 'detalló', 'apuntó', 'según', 'de acuerdo con',
    'pidió disculpas', 'sostuvo', 'admitió', 'manifestó', 'aclaró',
  ],
  spokespersonTerms: [
    'portavoz', 'vocero', 'vocera', 'representante', 'un comunicado', 'en un comunicado', 'comunicado', 'nota de prensa', 'página de estado', 'la compañía',
    'la empresa', 'fuentes de la compañía', 'fuentes de la empresa', 'fuentes de la operadora',
  ],
  serviceNames: {},
  companyNames: {},
  sourceNames: {
    EFE: ['agencia efe', 'efe'], 'Europa Press': ['europa press'], AFP: ['agence france-presse', 'agence france presse', 'france presse', 'afp'],
    Reuters: ['reuters', 'agencia reuters'], AP: ['associated press', 'agencia ap'], dpa: ['deutsche presse-agentur', 'agencia alemana dpa', 'dpa'],
    ANSA: ['agencia ansa'], Lusa: ['agencia lusa'], 'Agência Brasil': ['agencia brasil', 'agência brasil'], Downdetector: ['downdetector', 'down detector',
    'downdetector.com', 'downdetector.es', 'downdetector.mx'],
  },
};

export default es;
