import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const pt: TcfTexts = {
  title: 'Parceiros publicitários (IAB TCF)',
  intro:
    'Os nossos {n} parceiros registados no Transparency & Consent Framework da IAB Europe só utilizam estas finalidades de acordo com as suas escolhas acima. Também pode recusar um parceiro ou opor-se ao interesse legítimo deste.',
  purposes: 'Finalidades',
  specialPurposes: 'Finalidades especiais (sem consentimento: segurança, entrega, memorização das suas escolhas)',
  features: 'Funcionalidades',
  specialFeatures: 'Funcionalidades especiais (com o seu consentimento)',
  vendors: 'Parceiros',
  coveredBy: 'De acordo com a sua escolha para:',
  notUsed: 'Não utilizada neste site.',
  object: 'Opor-me ao interesse legítimo',
  consent: 'Consentimento',
  optIn: 'Permitir',
  needsPurpose: 'Permita primeiro uma das finalidades deste parceiro.',
  legitimateInterestOnly: 'Este parceiro não pede consentimento: invoca apenas o seu interesse legítimo.',
  details: 'Detalhes',
  consentPurposes: 'Finalidades (consentimento)',
  liPurposes: 'Finalidades (interesse legítimo)',
  dataCategories: 'Dados utilizados',
  retention: 'Conservação',
  days: { one: '{n} dia', other: '{n} dias' },
  cookies: 'Duração dos cookies',
  cookieRefresh: 'renovada em cada visita',
  noCookies: 'Sem cookies',
  nonCookieAccess: 'Também acede ao dispositivo por outros meios além dos cookies',
  privacy: 'Política de privacidade',
  legIntClaim: 'Interesse legítimo',
  atp: 'Outros parceiros da Google (Additional Consent)',
  atpIntro: 'Estes fornecedores não estão registados no TCF; seguem a sua escolha para a finalidade:',
  summary: 'Trabalhamos com {n} parceiros publicitários registados no TCF da IAB Europe.',
  summaryPurposes: 'As finalidades deles',
  summarySpecialFeatures: 'Com o seu consentimento, também podem:',
  summaryLegitimateInterest:
    'Alguns baseiam-se no seu próprio interesse legítimo: pode opor-se em «Personalizar», onde também pode escolher parceiro a parceiro.',
};

export default pt;
