import type { LanguagePack } from '../pack.js';

const pt: LanguagePack = {
  core: {
    manage: 'Gerir cookies',
    blocked: '{name}: conteúdo bloqueado',
    placeholder: '{name} utiliza rastreadores ({purpose}): este conteúdo só é apresentado com o seu consentimento.',
    unavailable: 'Não foi possível apresentar o painel de consentimento. Sem o seu consentimento, nada é ativado.',
    rejectAll: 'Rejeitar tudo',
    acceptAll: 'Aceitar tudo',
    allow: 'Permitir e mostrar',
  },
  panel: {
    title: 'Gerir o seu consentimento',
    intro:
      'Com o seu consentimento, nós e os nossos parceiros utilizamos cookies para medir a audiência e apresentar publicidade e conteúdos de redes sociais. Pode rejeitar e continuar a ler, e mudar de ideias a qualquer momento.',
    privacy: 'Política de privacidade',
    acceptAll: 'Aceitar tudo',
    rejectAll: 'Rejeitar tudo',
    customize: 'Personalizar',
    preferencesTitle: 'As suas escolhas, finalidade a finalidade',
    preferencesIntro: 'Nada é ativado sem o seu consentimento.',
    save: 'Guardar as minhas escolhas',
    close: 'Fechar',
    required: 'Sempre ativo',
    vendors: 'Parceiros',
    partial: 'Ativado para alguns parceiros',
    exempt: 'Não requer consentimento (estatísticas anónimas): pode opor-se desativando-a.',
    vendorPrivacy: 'Privacidade',
    saved: 'As suas escolhas foram guardadas.',
    retention: 'Conservação:',
    gpc: 'O seu navegador indica que não pretende ser rastreado (Global Privacy Control): a publicidade continua rejeitada, a menos que a ative.',
  },
  purposes: {
    necessary: ['Funcionamento do site', 'Memorizar as suas escolhas, manter a sessão iniciada e garantir a segurança.'],
    analytics: ['Medição de audiência', 'Contar as visitas e os artigos lidos.'],
    ads: ['Publicidade', 'Apresentar anúncios e medir o seu desempenho.'],
    social: ['Redes sociais e vídeos', 'Apresentar publicações e vídeos incorporados, que utilizam os seus próprios rastreadores.'],
    personalization: ['Personalização', 'Recomendar artigos com base no que lê.'],
  },
};

export default pt;
