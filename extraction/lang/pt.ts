import type { LanguageData } from './types';

const pt: LanguageData = {
  code: 'pt',
  name: 'Portuguese',
  dir: 'ltr',
  spaces: true,
  stopwords: [
    'o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'que', 'em', 'no', 'na', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'foi', 'ao', 'pelo',
    'pela', 'seu', 'sua', 'também', 'está', 'são', 'nos', 'nas', 'isso', 'mas', 'já', 'ainda', 'segundo', 'pelos',
  ],

  outageTerms: [
    'travamentos', 'travamento no app', 'travamento do sistema', 'deu pau', 'bugou', 'bugado', 'sem funcionar', 'não carrega', 'não carregam', 'fora de operação', 'fora de funcionamento', 'ficou sem sistema', 'ficaram sem sistema', 'estão sem sistema', 'por falta de sistema', 'não há rede', 'falta de sinal', 'sem cobertura de rede', 'sem cobertura móvel', 'sem telefonia', 'sem comunicações', 'não conseguem ligar', 'não conseguiam ligar', 'não completa ligações', 'não completam ligações', 'ligações não completam', 'ligações caindo', 'chamadas caem', 'não consegue acessar', 'não conseguia acessar', 'não conseguiram acessar', 'não consegue aceder', 'não conseguiram aceder', 'não foi possível acessar', 'não é possível acessar', 'não foi possível aceder', 'não é possível aceder', 'impossível acessar', 'impossível aceder', 'não conseguem se conectar', 'não conseguiam se conectar', 'não conseguem logar', 'não conseguiam logar', 'dificuldades em aceder', 'problemas em aceder', 'problemas ao acessar', 'problemas ao aceder', 'problemas no app', 'problemas no aplicativo', 'problemas na aplicação', 'problemas na plataforma', 'problemas no site', 'problemas com o app', 'não conseguem transferir', 'não conseguiam transferir', 'não conseguem pagar com cartão', 'não conseguiam pagar com cartão', 'não é possível pagar com cartão', 'pagamentos recusados', 'transações recusadas', 'cartões recusados', 'não conseguem sacar', 'não conseguiam sacar', 'não conseguem levantar dinheiro', 'não conseguiam levantar dinheiro', 'não estão sendo validados', 'não lê o cartão', 'não reconhece o cartão', 'tirou o site do ar', 'tiraram o site do ar', 'site tirado do ar', 'sites tirados do ar', 'desligou os sistemas', 'desligou seus sistemas', 'desligou os seus sistemas', 'desligar os sistemas', 'sistemas desligados', 'desconectou os sistemas', 'derrubou o site', 'derrubaram o site', 'derrubou sites', 'derrubaram sites', 'cortes de internet', 'corte das comunicações', 'corte nas comunicações', 'corta a internet', 'cortou a internet', 'cortaram a internet', 'cortou o acesso à internet', 'cortaram o acesso à internet', 'bloqueou as redes sociais', 'bloqueia as redes sociais', 'bloqueio das redes sociais', 'bloqueio de redes sociais', 'bloqueou a rede social', 'suspendeu a rede social', 'rede social suspensa', 'rede social bloqueada', 'restringe o acesso à internet', 'restringiu o acesso à internet', 'desligou a internet', 'desligamento da internet', 'suspendeu a internet', 'suspensão da internet',
    'trava', 'travou', 'travando', 'travam', 'travaram', 'página não encontrada',
    'pane', 'panes', 'fora do ar', 'saiu do ar', 'saíram do ar', 'caiu', 'caíram', 'queda', 'quedas', 'instabilidade*', 'instável', 'instáveis', 'falha*', 'falhou',
    'falharam', 'apagão', 'apagões', 'indisponível', 'indisponíveis', 'indisponibilidade', 'inacessível', 'inacessíveis', 'não funciona', 'não funcionam',
    'não está funcionando', 'não estão funcionando', 'parou de funcionar', 'deixou de responder', 'deixaram de responder', 'não respondia', 'não respondiam', 'pararam de funcionar', 'deixou de funcionar', 'fora de serviço', 'sem serviço', 'sem acesso',
    'sem conexão', 'sem ligação', 'sem sinal', 'sem internet', 'interrupç*', 'interrompido', 'interrompida', 'problemas técnicos', 'problema técnico', 'erro', 'erros',
    'dificuldades para acessar', 'dificuldade para acessar', 'dificuldades de acesso', 'problemas de acesso', 'problemas para acessar', 'problemas no acesso',
    'não conseguem acessar', 'não conseguiam acessar', 'não conseguem aceder', 'não conseguiam aceder', 'offline', 'colapso', 'travou', 'travando', 'lentidão',
    'oscilação', 'oscilações', 'down', 'avaria*', 'perturbaç*', 'constrangimentos', 'falha técnica', 'falhas técnicas', 'falha geral', 'falha global', 'bug',
    'problemas de conexão', 'problemas de ligação',
    'está em baixo', 'esteve em baixo', 'estão em baixo', 'estiveram em baixo', 'foi abaixo', 'foram abaixo', 'inoperacional', 'inoperacionais', 'inoperante', 'inoperantes',
    'sem rede', 'não conseguem fazer', 'não conseguiam fazer', 'não conseguem enviar', 'não conseguiam enviar', 'não conseguem usar', 'não conseguiam usar',
    'não conseguem entrar', 'não conseguiam entrar', 'não conseguem realizar', 'não conseguiam realizar', 'sem conseguir', 'internet cortada', 'internet bloqueada',
    'acesso bloqueado', 'corte da internet', 'corte de internet', 'corte do acesso', 'bloqueio da internet', 'bloqueio do acesso', 'suspensão do acesso',
    'apagão de internet', 'apagão digital', 'mensagens de erro', 'mensagem de erro', 'deixou de responder',
    // a helper's proposal (blind to the evaluation set), eleventh session, second phrasing round
    'derrubou o sistema', 'derrubaram o sistema', 'derrubou a rede', 'derrubou os servidores', 'derrubou a internet', 'sistema derrubado', 'deitou abaixo o site', 'deitou abaixo os sistemas', 'foi-se abaixo', 'deu tilt', 'bugando', 'bugaram', 'crashou', 'tela azul', 'ecrã azul', 'tela congelada', 'tela em branco', 'sistema parou', 'sistema parado', 'sistema caído', 'sistemas caídos', 'paralisou os sistemas', 'sistemas paralisados', 'paralisia dos sistemas', 'rede congestionada', 'telefones mudos', 'linhas mudas', 'intermitência', 'intermitências', 'inoperância', 'ficam sem sistema', 'sem telefone e internet', 'sem telefone fixo', 'sem e-mail', 'desligou os servidores', 'desligaram os servidores', 'servidores desligados', 'desligaram os sistemas', 'desligamento dos sistemas', 'sistemas desconectados', 'isolou os sistemas', 'tirou os sistemas do ar', 'app não abre', 'aplicativo não abre', 'site não abre', 'não consigo acessar', 'não consigo logar', 'não consegue logar', 'não recebem o código', 'código não chega', 'mensagens não chegam', 'fecha sozinho', 'cartão recusado', 'pagamento recusado', 'cartão não passa', 'cartões não passam',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'deixaram de funcionar', 'não respondem', 'interrompidos', 'interrompidas', 'não conseguiram fazer', 'não conseguiram enviar', 'não conseguiram usar', 'não conseguiram entrar', 'não conseguiram realizar', 'não conseguiram transferir', 'não conseguiram pagar com cartão', 'não conseguiram sacar', 'não conseguiram levantar dinheiro', 'não conseguiram ligar', 'não havia rede', 'fica sem sistema', 'está sem sistema', 'derrubaram a rede', 'derrubaram os servidores', 'derrubaram a internet', 'tira o site do ar', 'tiraram os sistemas do ar', 'desconectaram os sistemas', 'corta o acesso à internet', 'bloquearam as redes sociais', 'bloquearam a rede social', 'suspenderam a rede social', 'restringiram o acesso à internet', 'desligaram a internet', 'suspenderam a internet', 'paralisaram os sistemas', 'deitaram abaixo o site', 'foram-se abaixo', 'crasharam', 'não recebiam o código', 'não receberam o código', 'mensagens não chegavam', 'dá pau',
  ],
  // A failure told through what people saw (back to pen and paper, cash only, boards gone dark,
  // a site buckling under demand): outage words to the analyser; the first look reads them in the headline.
  consequenceTerms: [
    // a helper's proposal (blind to the evaluation set), twelfth session, pruned of neutral nouns
    'de forma manual', 'modo manual', 'check-in manual', 'cartões de embarque manuscritos', 'receitas manuais', 'sem computadores', 'sem sistema', 'procedimentos manuais', 'atendimento manual', 'voltar ao papel', 'modo de contingência', 'escritos à mão', 'bilhetes manuais', 'só dinheiro', 'apenas dinheiro', 'só em dinheiro', 'apenas em dinheiro', 'apenas em numerário', 'só numerário', 'multibanco em baixo', 'sem multibanco', 'cartão recusado', 'não aceitam cartão', 'pix fora do ar', 'site caiu', 'site fora do ar', 'site sobrecarregado', 'servidores sobrecarregados', 'sobrecarga nos servidores', 'site congestionado', 'excesso de acessos', 'não aguentou', 'não aguentou a procura', 'instabilidade no site', 'corrida ao site', 'plataforma em baixo', 'site em baixo', 'sobrecarga do site', 'cancelas não abriam', 'validadores avariados', 'falha informática', 'falhas informáticas', 'falha no sistema', 'falha do sistema', 'falha nos sistemas', 'erro informático', 'erro no sistema', 'problema informático', 'problemas informáticos', 'instabilidade no sistema', 'pane no sistema', 'pane informática', 'apagão informático', 'avaria informática', 'dificuldades técnicas', 'sistema em baixo', 'sistema fora do ar', 'falha de software',
    'ecrãs pretos', 'telas pretas', 'telas azuis', 'ecrãs azuis', 'ecrãs desligados', 'telas apagadas', 'computadores desligados', 'computadores bloqueados', 'sistemas bloqueados', 'código de erro', 'painéis informativos', 'painéis apagados', 'caixas bloqueadas', 'caixas registadoras', 'telas congeladas', 'sistema travado', 'sistemas travados', 'computadores travados', 'monitores desligados',
  ],
  serviceDownTerms: [
    'travado', 'travada', 'travados', 'não abre', 'não abria', 'não conecta', 'não responde', 'lento', 'lenta', 'oscilando', 'derrubado', 'derrubada', 'colapsado', 'colapsada', 'suspenso', 'suspensa', 'com bugs',
    'trava', 'travou', 'travando',
    'fora do ar', 'caiu', 'cai', 'down', 'instável', 'não funciona', 'com problemas', 'com falhas', 'com instabilidade', 'parou', 'em pane', 'indisponível',
    'offline', 'apresenta falhas', 'apresenta instabilidade', 'em baixo', 'foi abaixo', 'cortado', 'cortada', 'bloqueado', 'bloqueada', 'sobrecarregado', 'sobrecarregada', 'congestionado', 'colapsou',
    // a helper's proposal (blind to the evaluation set), eleventh session, second phrasing round
    'pifou', 'sai do ar', 'saem do ar', 'vai abaixo', 'vão abaixo',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'caem', 'não abrem', 'travadas', 'derrubados', 'derrubadas', 'bloqueados', 'bloqueadas', 'cortados', 'cortadas', 'suspensos', 'suspensas', 'pifaram', 'colapsaram',
  ],
  digitalTerms: [
    'caixa eletrônico', 'caixa automático', 'atm', 'terminais pos', 'maquineta*', 'autoatendimento', 'totens', 'validador*', 'catraca*', 'bilhetagem', 'bilhética', 'bilhete único', 'bilhete eletrônico', 'fila virtual', 'sala de espera virtual', 'homebanking', 'home banking', 'mobile banking', 'transações bancárias', 'transações eletrônicas', 'check-in', 'telecomunicações', 'telecom', 'sinal móvel', 'sms', '4g', '5g', 'datacenter*', 'cloud', 'internautas', 'telefone fixo', 'telefones fixos', 'qr code', 'código qr',
    'sistema de negociação', 'plataforma de negociação', 'problema técnico', 'falha técnica',
    'caixas eletrônicos', 'caixas automáticos', 'maquininhas', 'sistema informático', 'sistemas informáticos',
    'app', 'apps', 'aplicativo*', 'aplicação', 'aplicações', 'usuários', 'utilizadores', 'plataforma*', 'internet', 'online', 'site', 'sites', 'sítio', 'servidor*',
    'nuvem', 'rede', 'redes', 'redes sociais', 'mensagens', 'login', 'entrar na conta', 'e-mail*', 'email*', 'data center*', 'centro de dados', 'centros de dados',
    'serviço*', 'conectividade', 'celular*', 'telemóve*', 'smartphone*', 'banda larga', 'fibra', 'fibra óptica', 'software', 'digital*', 'streaming', 'internet banking',
    'banco digital', 'pagamentos', 'pagamento', 'transferências', 'cartão', 'cartões', 'maquininha*', 'terminais de pagamento', 'multibanco', 'mb way', 'chamadas',
    'ligações', 'assinantes', 'clientes', 'dns', 'api', 'web', 'operadora*', 'telefonia', 'wi-fi', 'wifi', 'dados móveis', 'sistema*', 'portal', 'portais',
    // a helper's proposal (blind to the evaluation set), eleventh session, second phrasing round
    'pix', 'token', 'código de verificação', 'modem', 'intranet', 'prontuário eletrônico', 'gov.br', 'sibs', 'totem',
  ],
  negativeContexts: {
    // a helper's list (blind to the evaluation set), twelfth session; no competition names, which ticketing and streaming outages also write
    sports: ['futebol', 'futebolista', 'lesão', 'lesionado', 'posterior da coxa', 'cirurgia no joelho', 'departamento médico', 'atacante', 'centroavante', 'goleiro', 'guarda-redes', 'meio-campista', 'zagueiro', 'treinador', 'artilheiro', 'tabela de classificação', 'eliminatórias', 'plantel', 'apito inicial', 'hat-trick', 'pênalti', 'penálti', 'cartão vermelho', 'rebaixamento', 'Brasileirão', 'Libertadores'],
    exercise: ['exercício de', 'o exercício', 'simulação', 'simulado', 'simulada', 'simulacro', 'cenário', 'cenários'],
    explainer: ['como saber se', 'como perceber se', 'quais são os seus direitos', 'seus direitos em caso de', 'só para mim'],
    retrospective: ['um ano depois', 'um ano após', 'aniversário de'],
    maintenance: [
      'manutenção programada', 'manutenção planejada', 'manutenção planeada', 'manutenção preventiva', 'janela de manutenção', 'ficará indisponível', 'ficarão indisponíveis',
      'ficará fora do ar', 'estará indisponível', 'estará fora do ar', 'parada programada', 'paragem programada', 'durante a manutenção', 'trabalhos de manutenção',
      'atualização programada', 'interrupção programada', 'por manutenção', 'manutenção',
      'vai estar indisponível', 'vão estar indisponíveis', 'vai ficar indisponível', 'vão ficar indisponíveis', 'vai estar fora do ar', 'vai ficar fora do ar', 'estarão indisponíveis', 'estarão fora do ar', 'ficarão fora do ar',
    ],
    power: [
      'falta de energia', 'falta de luz', 'queda de energia', 'corte de energia', 'cortes de energia', 'sem energia', 'sem luz', 'energia elétrica', 'energia eléctrica',
      'eletricidade', 'electricidade', 'rede elétrica', 'distribuidora de energia', 'concessionária de energia', 'apagão', 'apagões', 'subestação', 'linhas de transmissão',
      'temporal', 'tempestade', 'onda de calor', 'enel', 'cemig', 'copel', 'eletrobras', 'e-redes', 'operador nacional do sistema', 'fornecimento de energia',
    ],
    breach: [
      'vazamento de dados', 'vazamento*', 'fuga de dados', 'violação de dados', 'dados pessoais', 'dados roubados', 'roubo de dados', 'expostos', 'comprometid*',
      'hackers acessaram', 'dados vazados', 'dados expostos', 'contas invadidas',
    ],
    finance: [
      'ações', 'acções', 'bolsa', 'ibovespa', 'b3', 'índice', 'mercado*', 'nasdaq', 'dow jones', 'wall street', 'investidores', 'cotação', 'cotações', 'receita', 'lucro',
      'pregão', 'valor de mercado', 'balanço trimestral', 'resultados trimestrais', 'bolsista',
    ],
    mechanical: [
      'carro', 'carros', 'automóve*', 'veículo*', 'motor', 'elevador*', 'escada rolante', 'escadas rolantes', 'trem', 'trens', 'comboio', 'comboios', 'metrô', 'metro',
      'ônibus', 'autocarro*', 'avião', 'aviões', 'aeronave*', 'pneu*', 'freio*', 'travões', 'mecânic*', 'guincho', 'reboque', 'oficina', 'avaria mecânica',
      'pane mecânica', 'pane seca', 'pane no motor', 'catenária', 'locomotiva',
    ],
    opinion: ['opinião', 'editorial', 'coluna', 'artigo de opinião', 'análise'],
    discontinued: [
      'encerra definitivamente', 'vai encerrar', 'será encerrado', 'será encerrada', 'será descontinuad*', 'descontinu*', 'deixará de funcionar', 'vai deixar de funcionar',
      'fim do suporte', 'deixará de estar disponível', 'deixará de receber', 'para sempre', 'encerramento definitivo', 'vai acabar', 'celulares antigos',
      'telemóveis antigos', 'aparelhos antigos', 'deixará de ser compatível', 'não será mais compatível',
    ],
  },

  startCues: [
    'começou', 'começaram', 'começo', 'início', 'iniciou', 'iniciaram', 'desde', 'a partir de', 'primeiras queixas', 'primeiras reclamações', 'primeiros relatos',
    'surgiram', 'dispararam', 'disparou', 'pico', 'atingiu o pico', 'registrou pico', 'teve início', 'logo cedo', 'surgiu', 'começa', 'começam',
    'iniciada', 'ocorreu', 'ocorreram', 'aconteceu', 'se iniciou',
  ],
  reportCues: [ 'última atualização', 'numa atualização', 'em uma atualização',
    'relataram', 'relatam', 'relatos', 'reclamaram', 'reclamam', 'reclamações', 'reportaram', 'reportam', 'registrou', 'registraram', 'registou', 'queixaram-se',
    'queixam-se', 'queixas', 'segundo o downdetector', 'de acordo com o downdetector', 'segundo o site downdetector', 'notificações', 'usuários relatam',
    'utilizadores relatam', 'nas redes sociais', 'denunciaram',
  ],
  restoreCues: [
    'restabelec*', 'normaliz*', 'voltou a funcionar', 'volta a funcionar', 'voltaram a funcionar', 'voltou ao ar', 'voltaram ao ar', 'volta ao ar', 'de volta', 'retomad*',
    'recuperad*', 'restaurad*', 'funciona normalmente', 'funcionando normalmente', 'no ar novamente', 'voltou', 'normalidade', 'reposto', 'reposta', 'já funciona',
    'novamente disponível', 'disponível novamente', 'recuperou', 'mitigad*', 'se recuperar', 'recuperar-se', 'recuperação',
    // a helper's proposal (blind to the evaluation set), tenth session
    'voltam a funcionar', 'voltando a funcionar', 'voltaram a operar', 'volta a operar', 'voltaram a ficar disponíveis', 'voltam ao ar', 'voltaram ao normal', 'volta ao normal', 'retomou o funcionamento', 'retomaram o funcionamento', 'retomou as operações', 'retomaram as operações', 'restaurou', 'restauraram', 'repôs', 'repostos', 'reposição do serviço', 'reposição dos serviços', 'funcionando novamente', 'funciona novamente', 'funcionam normalmente', 'funcionar normalmente', 'operando normalmente', 'opera normalmente', 'já está funcionando', 'já está a funcionar', 'já funcionam', 'já conseguem', 'já é possível acessar', 'já é possível aceder', 'voltaram a conseguir', 'voltaram a acessar', 'retornou ao normal', 'retornaram ao normal', 'retornou a funcionar', 'retorno do serviço', 'estabiliz*', 'religad*', 'já funcionava', 'voltado a funcionar',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'voltam a operar', 'voltam ao normal', 'volta a ficar disponível', 'voltam a ficar disponíveis', 'operam normalmente', 'já estão funcionando', 'já estão a funcionar', 'já funcionavam', 'voltam a acessar', 'retorna ao normal', 'retornaram a funcionar', 'retorna a funcionar', 'retoma as operações', 'retoma o funcionamento', 'repuseram', 'repostas',
    // a helper's proposal (blind to the evaluation set), twelfth session: forms of return, partial return and going on
    'restabelecid*', 'foi restabelecido', 'foram restabelecidos', 'restabeleceu o serviço', 'restabeleceram o serviço', 'restabelecimento do serviço', 'serviço restaurado', 'voltam a funcionar', 'voltou ao normal', 'voltaram ao normal', 'normalizad*', 'se normalizou', 'normalização do serviço', 'volta a estar disponível', 'de volta ao ar', 'de volta online', 'novamente online', 'problema resolvido', 'falha resolvida', 'instabilidade resolvida', 'problema foi corrigido', 'operando normalmente', 'serviço retomado', 'começou a voltar', 'começa a voltar', 'conexão restabelecida',
    // a helper's proposal (blind to the evaluation set), fifteenth session, present-tense headline forms of the return
    'funcionam novamente', 'funciona de novo', 'funcionam de novo', 'funciona outra vez', 'recupera', 'recuperam', 'restaura', 'restauram', 'volta a ficar online', 'voltam a ficar online', 'volta a estar online', 'voltam a estar online', 'voltam a estar disponíveis', 'retornam ao normal', 'retornam a funcionar', 'online novamente', 'de novo online', 'online de novo', 'disponíveis novamente', 'novamente disponíveis', 'no ar de novo', 'volta o serviço', 'voltam os serviços', 'volta a internet', 'repõe o serviço', 'repõe os serviços', 'repõem o serviço', 'retoma o serviço', 'retomam os serviços', 'retomam o funcionamento', 'religa', 'religam', 'reativa o serviço', 'volta à ativa',
  ],
  resolvedCues: ['foi levantado', 'foi levantada', 'foi desbloqueado', 'foi desbloqueada', 'desbloqueio', 'resolvido', 'resolvida', 'foi resolvido', 'solucionado', 'solucionada', 'corrigido', 'corrigida', 'totalmente restabelecido', 'completamente restabelecido', 'normalizado', 'normalizada', 'totalmente normalizado', 'problema resolvido', 'lamentou', 'deu por encerrad*', 'encerrou o incidente', 'dado por encerrad*',
    // a helper's proposal (blind to the evaluation set), tenth session
    'resolvidos', 'resolvidas', 'resolveu o problema', 'resolveram o problema', 'resolveu a falha', 'resolveu a instabilidade', 'solucionou', 'solucionaram', 'solucionados', 'solucionadas', 'corrigiu', 'corrigiram', 'corrigidos', 'corrigidas', 'sanado', 'sanada', 'sanados', 'sanou', 'sanaram', 'foi regularizado', 'foi regularizada', 'foram regularizados', 'foram regularizadas', 'totalmente restabelec*', 'completamente restabelec*', 'plenamente restabelec*', 'integralmente restabelec*', 'totalmente restaurad*', 'totalmente recuperad*', 'totalmente repost*', 'normalidade total', 'incidente foi encerrado', 'incidente encerrado', 'reparad*', 'consertad*', 'consertou',
    // a helper's proposal (blind to the evaluation set), eleventh session, the other forms of phrases already listed
    'resolveram a falha', 'resolveram a instabilidade', 'resolve o problema', 'foram desbloqueados', 'deram por encerrad*', 'dá por encerrad*', 'encerra o incidente', 'consertaram', 'sanadas', 'lamenta',
    // a helper's proposal (blind to the evaluation set), fifteenth session, present-tense headline forms of the return
    'resolve a falha', 'resolvem o problema', 'resolve a instabilidade', 'resolve o erro', 'resolve o bug', 'resolvem a falha', 'soluciona', 'solucionam', 'corrige a falha', 'corrige o problema', 'corrige o erro', 'corrige o bug', 'corrigem a falha', 'corrigem o problema', 'conserta', 'consertam', 'sana o problema', 'sana a falha', 'desbloqueia o acesso', 'desbloqueiam o acesso', 'libera o acesso', 'acesso liberado', 'se regulariza', 'regulariza o serviço', 'é regularizado', 'é regularizada', 'encerram o incidente', 'fim da instabilidade',
  ],
  againWords: ['de novo', 'novamente', 'outra vez'],
  whenWords: ['quando', 'prazo', 'previsão'],
  // A cause told as a guess, rumour or claim (a helper's list, blind to the evaluation set, eleventh session).
  speculationCues: ['especul*', 'rumor*', 'boato*', 'hipótese*', 'hipotétic*', 'teoria*', 'extraoficial*', 'não confirm*', 'não foi confirmad*', 'sem confirmação', 'por confirmar', 'não verificad*', 'reivindic*', 'sem provas', 'sem apresentar provas', 'não descart*', 'não se descarta'],
  negators: ['não', 'já não', 'sem', 'nunca', 'continua sem', 'continuam sem', 'impossível'],
  // Words of a service working, which a negator before them turns into a failure (a helper's list, blind to the evaluation set, eleventh session).
  availabilityWords: ['funciona', 'funcionam', 'funcionava', 'funcionavam', 'funcionou', 'funcionaram', 'funcione', 'funcionem', 'funcionar', 'funcionando', 'em funcionamento', 'disponível', 'disponíveis', 'acessível', 'acessíveis', 'acessar', 'aceder', 'acessado', 'acessada', 'acedido', 'operacional', 'operacionais', 'utilizável', 'utilizáveis', 'conecta', 'se conectar', 'fazer login', 'logar', 'carrega', 'carregam', 'carregar'],
  authorityWords: ['governo', 'as autoridades', 'autoridades', 'regime', 'junta militar', 'ministério do interior', 'forças de segurança'],
  apologyCues: ['pediu desculpas', 'pede desculpas', 'desculpas', 'lamenta o transtorno', 'lamentamos o transtorno', 'lamenta o incômodo', 'pedimos desculpa'],
  noReturnYetCues: ['previsão de retorno', 'previsão para o retorno', 'previsão de normalização', 'sem previsão', 'sem prazo', 'não há previsão', 'não informou quando', 'não se sabe quando', 'sem data para'],
  partialCues: [ 'voltava a funcionar', 'voltando gradualmente','começa a', 'começam a', 'começou a', 'começaram a', 'começava a', 'começavam a', 'disponíveis apenas', 'disponível apenas', 'apenas parcialmente', 'levar dias', 'manualmente', 'um a um',
    'parcialmente', 'parcial', 'alguns usuários', 'alguns utilizadores', 'alguns clientes', 'gradualmente', 'aos poucos', 'progressivamente', 'intermitente*',
    'em algumas regiões', 'em algumas áreas', 'ainda não totalmente', 'parte dos serviços', 'parte dos clientes', 'parte dos usuários', 'parte dos utilizadores',
    'a maioria dos', 'maior parte dos', 'ainda há clientes', 'ainda há usuários', 'alguns ainda', 'alguns serviços', 'lentidão', 'oscilaç*', 'pontualmente', 'pontuais', 'mas não todos', 'mas não todas',
    // a helper's proposal (blind to the evaluation set), twelfth session: forms of return, partial return and going on
    'parcialmente restabelecid*', 'parcialmente normalizad*', 'restabelecimento parcial', 'normalização parcial', 'ainda instável', 'segue instável', 'continua instável', 'ainda apresenta instabilidade', 'algumas regiões', 'ainda há relatos', 'intermitente', 'intermitência', 'funcionamento parcial', 'algumas funções', 'quase totalmente', 'ainda enfrentam problemas', 'persistem problemas', 'ainda com falhas', 'volta aos poucos', 'voltando aos poucos', 'normalizado gradualmente', 'sendo normalizado', 'não totalmente restabelecid*', 'ainda não está totalmente',
  ],
  ongoingCues: [
    'continua', 'continuam', 'continuaram relatando', 'continuam relatando', 'continuavam relatando', 'ainda tem queixas', 'ainda têm queixas', 'segue fora do ar', 'seguem fora do ar', 'ainda não', 'ainda sem', 'ainda há', 'ainda enfrentam', 'persiste', 'persistem', 'em andamento',
    'em curso', 'até o momento', 'até ao momento',
    'até a publicação', 'até à publicação', 'até o fechamento', 'até a última atualização', 'no momento', 'está investigando', 'não há previsão', 'sem previsão',
    'ainda fora do ar', 'ainda instável',
    // a helper's proposal (blind to the evaluation set), twelfth session: forms of return, partial return and going on
    'continua fora do ar', 'está fora do ar', 'ainda não foi restabelecido', 'ainda não voltou', 'continua sem funcionar', 'segue sem funcionar', 'ainda sem sinal', 'sem previsão de retorno', 'sem previsão de normalização', 'até a publicação desta reportagem', 'até o fechamento desta', 'pelo segundo dia', 'segundo dia consecutivo', 'a pane continua', 'a falha persiste', 'o problema persiste', 'continua com problemas', 'continua sem sinal', 'ainda sem internet', 'trabalha para restabelecer', 'trabalham para resolver',
  ],
  pendingCues: ['assim que', 'uma vez', 'até que', 'pode levar', 'poderá levar', 'ajudar a', 'quando', 'para', 'trabalhando para', 'a trabalhar para', 'tentando', 'a tentar', 'em processo de', 'com o objetivo de'],
  negations: ['descartou', 'descarta', 'afastou', 'não', 'ainda não', 'sem', 'nunca', 'descartado', 'descartada', 'descartaram', 'nenhum', 'nenhuma', 'negou', 'desmentiu', 'deve', 'devem', 'deverá', 'deverão', 'será', 'serão', 'espera'],
  denialVerbs: ['descartou', 'descarta', 'descartaram', 'negou', 'negaram', 'desmentiu', 'afastou', 'nega', 'negam', 'desmente', 'rejeitou', 'refutou', 'rechaçou', 'nada a ver com', 'fake news'],
  updateCues: [
    'trabalhando para', 'trabalha para', 'trabalham para', 'trabalhando na', 'trabalhando no', 'a trabalhar', 'investigando', 'investiga', 'apurando', 'apura', 'está ciente',
    'estamos cientes', 'identificou', 'identificamos', 'engenheiros', 'técnicos', 'equipes técnicas', 'equipas técnicas', 'atualizaç*', 'actualizaç*', 'analisando',
  ],

  numberWords: {
    'um': 1, 'uma': 1, 'dois': 2, 'duas': 2, 'três': 3, 'quatro': 4, 'cinco': 5, 'seis': 6, 'sete': 7, 'oito': 8, 'nove': 9, 'dez': 10, 'onze': 11, 'doze': 12,
    'treze': 13, 'catorze': 14, 'quatorze': 14, 'quinze': 15, 'dezesseis': 16, 'dezasseis': 16, 'dezessete': 17, 'dezassete': 17, 'dezoito': 18, 'dezenove': 19,
    'dezanove': 19, 'vinte': 20, 'trinta': 30, 'quarenta': 40, 'cinquenta': 50, 'sessenta': 60, 'setenta': 70, 'oitenta': 80, 'noventa': 90, 'cem': 100,
    'duzentos': 200, 'duzentas': 200, 'trezentos': 300, 'quinhentos': 500, 'meia': 0.5, 'meio': 0.5, 'vários': 3, 'várias': 3, 'uma dúzia': 12, 'meia dúzia': 6,
  },
  multipliers: { 'mil': 1000, 'milhar': 1000, 'k': 1000, 'milhão': 1e6, 'milhões': 1e6, 'mi': 1e6, 'bilhão': 1e9, 'bilhões': 1e9, 'mil milhões': 1e9, 'bi': 1e9 },
  vagueQuantities: {
    'dezenas': 10, 'centenas': 100, 'milhares': 1000, 'dezenas de milhares': 10000, 'centenas de milhares': 100000, 'milhões': 1e6, 'bilhões': 1e9,
    'milhares de milhões': 1e9,
  },
  approximateCues: [
    'mais de', 'pelo menos', 'ao menos', 'quase', 'cerca de', 'por volta de', 'aproximadamente', 'até', 'em torno de', 'perto de', 'superior a', 'ultrapassou',
    'ultrapassaram', 'chegou a', 'chegaram a', 'um pico de', 'mais de um', 'pouco mais de', 'pouco menos de', 'mais de uma',
  ],

  months: [
    ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'],
    ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro'],
  ],
  weekdays: [
    ['domingo'],
    ['segunda-feira', 'nesta segunda', 'na segunda', 'desta segunda', 'última segunda', 'esta segunda'],
    ['terça-feira', 'terça'],
    ['quarta-feira', 'nesta quarta', 'na quarta', 'desta quarta', 'última quarta', 'esta quarta'],
    ['quinta-feira', 'quinta'],
    ['sexta-feira', 'sexta'],
    ['sábado', 'sabado'],
  ],
  relativeDays: { 'hoje': 0, 'ontem': -1, 'anteontem': -2, 'antes de ontem': -2, 'na véspera': -1, 'no dia anterior': -1, 'nesta data': 0 },
  dayParts: {
    'esta manhã': 'morning', 'nesta manhã': 'morning', 'hoje de manhã': 'morning', 'hoje cedo': 'morning', 'esta tarde': 'afternoon', 'nesta tarde': 'afternoon',
    'hoje à tarde': 'afternoon', 'esta noite': 'night', 'nesta noite': 'night', 'hoje à noite': 'evening', 'nesta madrugada': 'night', 'esta madrugada': 'night',
    'de madrugada': 'night', 'durante a madrugada': 'night', 'noite passada': 'night', 'na noite passada': 'night', 'durante a noite': 'night',
  },
  am: ['da manhã', 'da madrugada', 'de manhã', 'am', 'a.m.'],
  pm: ['da tarde', 'da noite', 'à tarde', 'à noite', 'pm', 'p.m.'],
  clockWords: [
    'às', 'as', 'a partir das', 'desde as', 'desde às', 'até as', 'até às', 'por volta das', 'cerca das', 'entre as', 'antes das', 'depois das', 'pelas', 'perto das',
  ],
  namedTimes: { 'meio-dia': 12, 'meia-noite': 0 },
  zones: {
    'horário de brasília': 'America/Sao_Paulo', 'hora de brasília': 'America/Sao_Paulo', 'horário de brasilia': 'America/Sao_Paulo', 'hora de brasilia': 'America/Sao_Paulo',
    'horário oficial de brasília': 'America/Sao_Paulo', 'horário brasileiro': 'America/Sao_Paulo', 'brt': '-03:00',
    'hora de lisboa': 'Europe/Lisbon', 'horário de lisboa': 'Europe/Lisbon', 'hora de portugal continental': 'Europe/Lisbon', 'hora de portugal': 'Europe/Lisbon',
    'horário de portugal': 'Europe/Lisbon', 'hora portuguesa': 'Europe/Lisbon', 'hora dos açores': 'Atlantic/Azores', 'hora da madeira': 'Atlantic/Madeira',
    'hora local': 'local', 'horário local': 'local',
    'horário de manaus': 'America/Manaus', 'horário do amazonas': 'America/Manaus', 'horário do acre': 'America/Rio_Branco',
    'horário de fernando de noronha': 'America/Noronha',
    'hora de angola': 'Africa/Luanda', 'hora de luanda': 'Africa/Luanda', 'hora de moçambique': 'Africa/Maputo', 'hora de maputo': 'Africa/Maputo',
    'hora de cabo verde': 'Atlantic/Cape_Verde',
    'gmt': 'Z', 'utc': 'Z', 'hora de greenwich': 'Z', 'cet': '+01:00', 'cest': '+02:00', 'wet': 'Z', 'bst': '+01:00',
    'hora de londres': 'Europe/London', 'horário de londres': 'Europe/London', 'horário de nova york': 'America/New_York', 'hora de nova iorque': 'America/New_York',
    'horário da costa leste': 'America/New_York', 'hora da costa leste': 'America/New_York', 'horário do pacífico': 'America/Los_Angeles',
    'horário da costa oeste': 'America/Los_Angeles',
    'edt': '-04:00', 'est': '-05:00', 'cdt': '-05:00', 'cst': '-06:00', 'pdt': '-07:00', 'pst': '-08:00',
    // a helper's proposal (blind to the evaluation set), tenth session
    'horário de cuiabá': 'America/Cuiaba',
    'horário de mato grosso': 'America/Cuiaba',
    'horário de mato grosso do sul': 'America/Campo_Grande',
    'horário de rondônia': 'America/Porto_Velho',
    'horário de roraima': 'America/Boa_Vista',
    'horário de rio branco': 'America/Rio_Branco',
    'hora de manaus': 'America/Manaus',
    'hora do acre': 'America/Rio_Branco',
    'hora oficial de brasília': 'America/Sao_Paulo',
    'horário de são paulo': 'America/Sao_Paulo',
    'hora de são paulo': 'America/Sao_Paulo',
    'hora de madrid': 'Europe/Madrid',
    'hora espanhola': 'Europe/Madrid',
    'hora de espanha': 'Europe/Madrid',
    'horário de madri': 'Europe/Madrid',
    'hora de paris': 'Europe/Paris',
    'horário de paris': 'Europe/Paris',
    'hora de bruxelas': 'Europe/Brussels',
    'hora de berlim': 'Europe/Berlin',
    'horário de berlim': 'Europe/Berlin',
    'hora da europa central': 'Europe/Paris',
    'hora de moscovo': 'Europe/Moscow',
    'horário de moscou': 'Europe/Moscow',
    'hora de macau': 'Asia/Macau',
    'hora de timor': 'Asia/Dili',
    'hora de timor-leste': 'Asia/Dili',
    'hora da guiné-bissau': 'Africa/Bissau',
    'hora de são tomé': 'Africa/Sao_Tome',
    'horário de buenos aires': 'America/Argentina/Buenos_Aires',
    'hora de buenos aires': 'America/Argentina/Buenos_Aires',
    'hora de nova york': 'America/New_York',
    'hora de washington': 'America/New_York',
    'horário de washington': 'America/New_York',
    'horário do leste dos eua': 'America/New_York',
    'horário do leste dos estados unidos': 'America/New_York',
    'hora do leste dos eua': 'America/New_York',
    'horário de são francisco': 'America/Los_Angeles',
    'horário da califórnia': 'America/Los_Angeles',
    'hora da califórnia': 'America/Los_Angeles',
    'hora do pacífico': 'America/Los_Angeles',
    'horário de pequim': '+08:00',
    'hora de pequim': '+08:00',
    'horário de tóquio': '+09:00',
    'hora de tóquio': '+09:00',
    'horário de greenwich': 'Z',
    'tempo universal coordenado': 'Z',
  },
  aroundCues: [
    'por volta de', 'por volta das', 'cerca de', 'cerca das', 'aproximadamente', 'em torno de', 'pouco antes de', 'pouco antes das', 'pouco depois de', 'pouco depois das',
    'perto de', 'perto das', 'quase', 'logo cedo', 'no fim da',
  ],
  rangeTo: ['até', 'até às', 'até as', 'a', 'e', 'às'],
  durationUnits: {
    'minuto': 1, 'minutos': 1, 'min': 1, 'hora': 60, 'horas': 60, 'hr': 60, 'hrs': 60, 'dia': 1440, 'dias': 1440, 'semana': 10080, 'semanas': 10080, 'meia hora': 30,
    'hora e meia': 90,
  },
  durationCues: [
    'durante', 'por', 'após', 'depois de', 'mais de', 'quase', 'cerca de', 'por cerca de', 'por mais de', 'por quase', 'durou', 'duraram', 'ao longo de', 'por volta de',
  ],

  pastPeriods: {
    'no ano passado': { years: -1 }, 'ano passado': { years: -1 }, 'o ano passado': { years: -1 }, 'há um ano': { years: -1 }, 'no ano anterior': { years: -1 },
    'há dois anos': { years: -2 }, 'há três anos': { years: -3 }, 'há quatro anos': { years: -4 }, 'no mês passado': { months: -1 }, 'mês passado': { months: -1 },
    'há um mês': { months: -1 }, 'há dois meses': { months: -2 }, 'no início deste ano': { months: 0 }, 'no começo do ano': { months: 0 }, 'no início do ano': { months: 0 },
    'no começo deste ano': { months: 0 }, 'no princípio do ano': { months: 0 },
  },
  pastCues: [
    'na época', 'à época', 'na altura', 'anteriormente', 'no ano passado', 'falha anterior', 'queda anterior', 'pane anterior', 'falha semelhante', 'pane semelhante',
    'queda semelhante', 'instabilidade semelhante', 'não é a primeira vez', 'última vez', 'em 2019', 'em 2020', 'em 2021', 'em 2022', 'em 2023', 'em 2024', 'em 2025',
    'há anos', 'foi atribuída a', 'foi atribuído a', 'já havia', 'já tinha', 'a última grande', 'relembre', 'outras quedas', 'quedas anteriores', 'no passado',
    'episódios anteriores',
  ],

  causes: {
    configuration: [
      'erros de configuração', 'falhas de configuração', 'problema de configuração', 'problemas de configuração', 'alteração na configuração', 'mudança na configuração', 'configuração equivocada', 'falha humana', 'erro operacional', 'erro durante a manutenção',
      'mudança de configuração', 'alteração de configuração', 'erro de configuração', 'configuração incorreta', 'configuração errada', 'falha de configuração',
      'arquivo de configuração', 'ficheiro de configuração', 'manutenção de rotina', 'erro humano', 'alteração em', 'mudança em', 'ajuste em',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'alteração nas configurações', 'configurações incorretas',
    ],
    'software-update': [
      'atualizações', 'actualizações', 'troca de sistema', 'novo sistema', 'transição de sistema',
      'atualização de software', 'atualização defeituosa', 'atualização com falha', 'atualização', 'actualização', 'patch', 'upgrade', 'implantação', 'nova versão',
      'migração', 'mudança de sistema',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'troca de plataforma', 'mudança de plataforma',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'atualização de software', 'após uma atualização', 'depois de uma atualização', 'após atualização do sistema', 'atualização malsucedida', 'atualização com falha', 'atualização falhou', 'atualização defeituosa', 'atualização do sistema', 'instalação de atualização', 'implantação de uma atualização', 'nova versão', 'nova versão do sistema', 'migração de sistema', 'migração de sistemas', 'migração de dados', 'durante a migração', 'mudança de sistema', 'troca de sistema',
    ],
    'software-bug': [
      'bugs', 'falha de programação', 'erro de código', 'falha no código', 'falhas de software', 'defeito no software', 'problema no software',
      'bug', 'erro de software', 'falha de software', 'falha no software', 'problema de software', 'erro no código', 'erro de programação', 'falha no sistema',
      'erro no sistema', 'erro informático', 'falha informática',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'bug no sistema', 'bug no software', 'um bug', 'erro no software', 'código defeituoso', 'segundo intercalado', 'segundo bissexto',
    ],
    network: [
      'problema na rede', 'problemas na rede', 'falhas na rede', 'instabilidade na rede', 'rompimento de cabos', 'rompimento do cabo', 'rompimento da fibra', 'cabos rompidos', 'cabos cortados', 'corte de cabos', 'furto de cabo', 'problema de conectividade','fibra cortada',
      'problema de rede', 'problemas de rede', 'falha na rede', 'falha de rede', 'falha de conectividade', 'perda de conectividade', 'roteador', 'router', 'roteamento', 'encaminhamento', 'backbone',
      'rede de transporte', 'problemas de conectividade','rompimento de fibra', 'corte de fibra', 'fibra rompida', 'cabo rompido', 'rompimento de cabo', 'cabo cortado', 'cabo submarino', 'cabos submarinos', 'cabo danificado', 'furto de cabos', 'roubo de cabos',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'cabo de fibra óptica', 'corte na fibra', 'cabos danificados', 'obras de escavação', 'retroescavadeira', 'retroescavadora', 'âncora de um navio', 'queda de link',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'corte de cabo', 'corte na fibra óptica', 'fibra óptica rompida', 'fibra ótica cortada', 'cabos danificados', 'danificou um cabo', 'rompeu um cabo', 'danificado durante obras', 'obras danificaram', 'cabos furtados', 'cabos foram furtados', 'furto de cabos de cobre', 'cabo submarino danificado', 'falha na rede de transmissão', 'falha no link',
    ],
    dns: ['dns', 'sistema de nomes de domínio', 'resolução de nomes'],
    bgp: ['bgp', 'border gateway protocol'],
    power: [
      'falta de energia', 'quedas de energia', 'interrupção de energia', 'interrupção no fornecimento', 'problema de energia', 'problemas de energia', 'picos de energia', 'curto-circuito', 'problemas elétricos', 'incêndio no data center',
      'queda de energia no data center', 'falta de energia no data center', 'falha elétrica', 'falha eléctrica', 'falha de energia', 'problema elétrico',
      'fornecimento de energia', 'perda de energia', 'pane elétrica', 'queda de energia', 'corte de energia', 'oscilação de energia',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'falta de luz', 'falta de eletricidade', 'corte de eletricidade', 'gerador de emergência', 'nobreak', 'subestação',
    ],
    cyberattack: [
      'ataques informáticos', 'ataque virtual', 'ataques virtuais', 'incidente cibernético', 'cibercriminosos', 'criminosos virtuais',
      'ataque hacker', 'ataques hacker', 'ataque cibernético', 'ataques cibernéticos', 'ciberataque*', 'ataque informático', 'ataque de hackers', 'ddos', 'ataque ddos',
      'negação de serviço', 'hacker*', 'ransomware', 'malicioso', 'invasão', 'invasores', 'sequestro de dados', 'malware',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'um ciberataque', 'invasão hacker', 'hackers invadiram', 'sistemas invadidos', 'foi hackeado', 'foram hackeados', 'ataque de ransomware', 'infectado por malware', 'software malicioso', 'infectado por vírus', 'sistemas foram atacados', 'alvo de hackers', 'alvo de ataque hacker',
    ],
    hardware: [
      'falhas de hardware', 'problema de hardware', 'problemas de hardware', 'defeito em equipamento', 'falha no servidor', 'falha nos servidores', 'falha em um servidor', 'superaquecimento', 'sobreaquecimento','equipamento de rede', 'equipamentos de rede', 'avaria de equipamento', 'falha de equipamento', 'avaria num equipamento', 'equipamento avariado', 'refrigeração', 'falha de hardware', 'falha no hardware', 'hardware', 'equipamento danificado', 'falha em equipamento', 'falha num equipamento',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'falha nos equipamentos', 'falha de disco', 'sistema de armazenamento',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'falha em servidor', 'pane no servidor', 'servidor danificado', 'equipamento com defeito', 'falha em um equipamento', 'pane em equipamento', 'avaria num servidor', 'avaria técnica', 'disco danificado', 'componente defeituoso', 'superaquecimento dos servidores', 'sobreaquecimento dos equipamentos', 'falha no sistema de refrigeração', 'falha no ar-condicionado',
    ],
    'third-party': [
      'fornecedores', 'prestador de serviços', 'prestadora de serviços', 'empresa parceira', 'terceirizada', 'empresa externa','terceiros', 'fornecedor', 'fornecedora', 'fornecedor externo', 'prestador de serviço', 'parceiro', 'empresa terceirizada', 'crowdstrike',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'empresa contratada',
      // a helper's proposal (blind to the evaluation set), twelfth session: causes told with verbs
      'fornecedor externo', 'um fornecedor', 'falha de um fornecedor', 'falha do fornecedor', 'fornecedor de tecnologia', 'empresa terceirizada', 'prestador de serviço', 'prestadora de serviço', 'prestador de serviços', 'empresa parceira', 'parceiro tecnológico', 'provedor externo', 'provedor de nuvem', 'falha de terceiros', 'fornecedor terceiro', 'empresa externa',
    ],
    capacity: [
      'excesso de procura', 'excesso de demanda', 'número elevado de acessos', 'acesso simultâneo', 'picos de tráfego', 'grande afluência', 'elevada afluência',
    'sobrecarreg*', 'acessos simultâneos', 'acessos em simultâneo', 'usuários simultâneos', 'utilizadores em simultâneo', 'grande número de acessos', 'elevado número de acessos', 'enxurrada de acessos', 'corrida ao site', 'corrida por ingressos', 'excesso de usuários', 'excesso de utilizadores', 'excesso de tráfego', 'procura excessiva', 'demanda excessiva', 'alta procura', 'pico de procura', 'pico de demanda', 'picos de acesso', 'aumento de acessos', 'aumento da procura', 'aumento da demanda','sobrecarga',
      'capacidade', 'aumento de tráfego', 'pico de tráfego', 'pico de acessos', 'sobrecarga*', 'alta demanda', 'grande demanda', 'demanda sem precedentes',
      'excesso de acessos', 'volume de acessos', 'congestionamento', 'grande procura', 'elevada procura',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'excesso de requisições',
    ],
    'government-shutdown': [
      'decisão de moraes', 'internet cortada', 'cortou a internet',
    'ordenou a suspensão', 'ordena a suspensão', 'ordenou o corte', 'ordenou cortar', 'decisão do stf', 'stf determinou', 'determinação do stf', 'ordem do stf', 'governo bloqueou', 'governo cortou', 'governo restringiu', 'autoridades cortaram', 'autoridades bloquearam', 'restringiu o acesso', 'restringe o acesso', 'restrição do acesso', 'restrições ao acesso', 'bloqueou o acesso', 'bloquearam o acesso', 'suspendeu o acesso', 'suspensão do acesso', 'determinou às operadoras', 'determinou que as operadoras', 'ordenou às operadoras', 'desligamento da internet', 'cortes deliberados',
      'bloqueio', 'bloqueado por', 'bloqueio judicial', 'decisão judicial', 'ordem judicial', 'ordem da justiça', 'decisão da justiça', 'determinação judicial', 'suspensão foi determinada', 'determinada pela justiça', 'suspensão determinada', 'suspenso por ordem', 'determinou a suspensão',
      'determinou o bloqueio', 'censura', 'restrição de acesso', 'corte de internet', 'apagão de internet', 'anatel', 'suspensão do serviço', 'ordens das autoridades',
      'ordem das autoridades', 'por ordem do governo', 'ordens do governo', 'a pedido das autoridades', 'autoridades ordenaram', 'governo ordenou', 'restrições à internet',
    ],
    other: ['sabotagem', 'vandalismo', 'greve', 'enchente*', 'inundaç*', 'terremoto', 'sismo', 'incêndio',
      // a helper's proposal (blind to the evaluation set), eleventh session
      'alagamento',
    ],
  },
  causeCues: [
      'devido', 'por causa', 'causad*', 'provocad*', 'motivad*', 'ocasionad*', 'em razão', 'em virtude', 'em decorrência', 'decorrente*', 'por conta de', 'por conta do', 'atribuíd*', 'deveu-se', 'na sequência de','justificou', 'justificando', 'causado por', 'causada por', 'devido a', 'provocado por', 'provocada por', 'por causa de', 'atribuiu', 'na origem', 'origem',
    // a helper's proposal (blind to the evaluation set), eleventh session
    'a causa', 'originad*', 'fruto de', 'em função de', 'desencadead*',
  ],
  unknownCause: [
    'a causa ainda não é conhecida', 'causa ainda não é conhecida', 'causa ainda não foi', 'as causas ainda não', 'a causa não foi divulgada', 'não divulgou a causa',
    'não informou a causa', 'não informou o motivo', 'não explicou', 'não detalhou', 'motivo ainda não', 'sem causa aparente', 'causa desconhecida', 'motivo desconhecido',
    'ainda não se sabe', 'não está claro o que', 'não foi informado o motivo', 'não foram divulgadas', 'desconhece-se', 'desconhecem-se as causas', 'causas desconhecidas',
    'não especificou', 'não esclareceu', 'sem explicar', 'não deu detalhes', 'não revelou', 'causas ainda são desconhecidas', 'a causa ainda é desconhecida',
    'não se sabe o que',
  ],
  nationalTerms: ['em todo o país', 'em todo o brasil', 'nacional', 'a nível nacional', 'em todo o território'],
  globalTerms: [
    'mundial', 'no mundo todo', 'em todo o mundo', 'mundo inteiro', 'global', 'globalmente', 'internacional', 'em vários países', 'diversos países', 'vários países',
    'pelo mundo', 'escala global', 'escala mundial',
  ],
  countries: {
    US: ['estados unidos', 'eua', 'e.u.a.'], GB: ['reino unido', 'grã-bretanha', 'inglaterra', 'escócia', 'país de gales'], CA: ['canadá'], AU: ['austrália'],
    NZ: ['nova zelândia'], IE: ['irlanda'], IN: ['índia'], PK: ['paquistão'], BD: ['bangladesh', 'bangladexe'], LK: ['sri lanka'], NP: ['nepal'], CN: ['china'],
    JP: ['japão'], KR: ['coreia do sul', 'coréia do sul'], KP: ['coreia do norte', 'coréia do norte'], TW: ['taiwan'], HK: ['hong kong'], MO: ['macau'], SG: ['singapura'],
    MY: ['malásia'], ID: ['indonésia'], PH: ['filipinas'], TH: ['tailândia'], VN: ['vietnã', 'vietname'], MM: ['mianmar', 'myanmar', 'birmânia'], KH: ['camboja'],
    FR: ['frança'], DE: ['alemanha'], ES: ['espanha'], PT: ['portugal'], IT: ['itália'], NL: ['países baixos', 'holanda'], BE: ['bélgica'], LU: ['luxemburgo'],
    CH: ['suíça'], AT: ['áustria'], LI: ['liechtenstein'], SE: ['suécia'], NO: ['noruega'], DK: ['dinamarca'], FI: ['finlândia'], IS: ['islândia'],
    PL: ['polônia', 'polónia'], CZ: ['república tcheca', 'república checa', 'chéquia', 'tchéquia'], SK: ['eslováquia'], SI: ['eslovênia', 'eslovénia'], HR: ['croácia'],
    HU: ['hungria'], RO: ['romênia', 'roménia'], BG: ['bulgária'], GR: ['grécia'], CY: ['chipre'], MT: ['malta'], EE: ['estônia', 'estónia'], LV: ['letônia', 'letónia'],
    LT: ['lituânia'], UA: ['ucrânia'], BY: ['belarus', 'bielorrússia'], MD: ['moldávia'], RU: ['rússia'], TR: ['turquia'], RS: ['sérvia'],
    BA: ['bósnia e herzegovina', 'bósnia'], ME: ['montenegro'], MK: ['macedônia do norte', 'macedónia do norte'], AL: ['albânia'], GE: ['geórgia'],
    AM: ['armênia', 'arménia'], AZ: ['azerbaijão'], AD: ['andorra'], MC: ['mônaco', 'mónaco'], SM: ['san marino'], VA: ['vaticano', 'cidade do vaticano'],
    BR: ['brasil'], MX: ['méxico'], AR: ['argentina'], CL: ['chile'], CO: ['colômbia'], PE: ['peru'], VE: ['venezuela'], EC: ['equador'], BO: ['bolívia'],
    PY: ['paraguai'], UY: ['uruguai'], GT: ['guatemala'], SV: ['el salvador'], HN: ['honduras'], NI: ['nicarágua'], CR: ['costa rica'], PA: ['panamá'], CU: ['cuba'],
    DO: ['república dominicana'], HT: ['haiti'], PR: ['porto rico'], JM: ['jamaica'], TT: ['trinidad e tobago'], GY: ['guiana'], SR: ['suriname'], BZ: ['belize'],
    ZA: ['áfrica do sul'], NG: ['nigéria'], KE: ['quênia', 'quénia'], GH: ['gana'], ET: ['etiópia'], TZ: ['tanzânia'], UG: ['uganda'], SN: ['senegal'],
    CI: ['costa do marfim'], CM: ['camarões'], CD: ['república democrática do congo', 'rd congo'], AO: ['angola'], MZ: ['moçambique'], CV: ['cabo verde'],
    GW: ['guiné-bissau'], ST: ['são tomé e príncipe'], GQ: ['guiné equatorial'], TL: ['timor-leste'],
    EG: ['egito', 'egipto'], SA: ['arábia saudita'], AE: ['emirados árabes unidos', 'emirados árabes', 'dubai', 'abu dhabi'], QA: ['catar', 'qatar'],
    KW: ['kuwait', 'kuweit'], BH: ['bahrein', 'barém'], OM: ['omã'], YE: ['iêmen', 'iémen'], JO: ['jordânia'], LB: ['líbano'], SY: ['síria'], IQ: ['iraque'],
    IR: ['irã', 'irão'], IL: ['israel'], PS: ['palestina', 'gaza', 'cisjordânia'], MA: ['marrocos'], DZ: ['argélia'], TN: ['tunísia'], LY: ['líbia'], SD: ['sudão'],
    MR: ['mauritânia'], AF: ['afeganistão'], KZ: ['cazaquistão'], UZ: ['uzbequistão'],
  },
  userWords: ['usuários', 'usuário', 'usuárias', 'utilizadores', 'utilizador', 'pessoas', 'internautas', 'contas', 'jogadores', 'passageiros', 'afetados', 'afectados'],
  customerWords: ['clientes', 'cliente', 'assinantes', 'subscritores', 'correntistas', 'lares', 'residências', 'domicílios', 'casas', 'empresas', 'comércios', 'lojistas',
  'linhas'],
  reportWords: [
    'relatos', 'reclamações', 'queixas', 'notificações', 'registros', 'registos', 'denúncias', 'reportes', 'alertas', 'relatos de problemas', 'notificações de problemas',
    'relatos de falhas',
  ],
  userBaseCues: [
    'usado por', 'utilizado por', 'tem mais de', 'possui mais de', 'conta com', 'com mais de', 'usuários ativos', 'utilizadores ativos', 'ativos mensais',
    'ativos por mês', 'base de usuários', 'base de clientes', 'atende', 'dependem', 'popular entre', 'reúne mais de',
  ],
  saidVerbs: [
    'disse', 'diz', 'afirmou', 'afirma', 'declarou', 'explicou', 'explica', 'informou', 'informa', 'anunciou', 'confirmou', 'confirma', 'reconheceu', 'publicou',
    'escreveu', 'acrescentou', 'comunicou', 'destacou', 'segundo', 'de acordo com', 'em nota', 'pediu desculpas', 'admitiu', 'ressaltou', 'esclareceu', 'garantiu', 'dizem', 'disseram', 'afirmam', 'afirmaram', 'informaram', 'explicaram', 'alegam', 'alegou', 'atribuiu', 'atribuem', 'atribuíram',
  ],
  spokespersonTerms: [
    'porta-voz', 'porta-vozes', 'representante', 'nota', 'em nota', 'comunicado', 'em comunicado', 'página de status', 'a empresa', 'a companhia', 'assessoria de imprensa',
    'a operadora', 'fonte oficial',
  ],
  serviceNames: {
    'Mobile internet': ['internet móvel', 'dados móveis', 'internet no celular', 'internet do telemóvel'],
  },
  companyNames: {},
  sourceNames: {
    Lusa: ['agência lusa', 'agencia lusa', 'lusa'], 'Agência Brasil': ['agência brasil', 'agencia brasil'],
    AFP: ['agence france-presse', 'agence france presse', 'agência france-presse', 'agência france presse', 'france presse', 'afp'],
    Reuters: ['reuters', 'agência reuters'], AP: ['associated press', 'agência ap'], EFE: ['agência efe'], dpa: ['deutsche presse-agentur', 'agência alemã dpa'],
    ANSA: ['agência ansa'], Downdetector: ['downdetector', 'down detector', 'downdetector.com', 'downdetector.com.br', 'downdetector.pt'],
  },
};

export default pt;
