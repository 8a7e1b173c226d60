import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const es: TcfTexts = {
  title: 'Socios publicitarios (IAB TCF)',
  intro:
    'Nuestros {n} socios registrados en el Transparency & Consent Framework de IAB Europe solo utilizan estas finalidades según lo que usted elija arriba. También puede rechazar a un socio u oponerse al interés legítimo de este.',
  purposes: 'Finalidades',
  specialPurposes: 'Finalidades especiales (sin consentimiento: seguridad, entrega, memoria de sus opciones)',
  features: 'Características',
  specialFeatures: 'Características especiales (con su consentimiento)',
  vendors: 'Socios',
  coveredBy: 'Según lo que elija para:',
  notUsed: 'No se utiliza en este sitio.',
  object: 'Oponerme al interés legítimo',
  consent: 'Consentimiento',
  optIn: 'Permitir',
  needsPurpose: 'Permita primero una de las finalidades de este socio.',
  legitimateInterestOnly: 'Este socio no solicita consentimiento, solo invoca su interés legítimo.',
  details: 'Detalles',
  consentPurposes: 'Finalidades (consentimiento)',
  liPurposes: 'Finalidades (interés legítimo)',
  dataCategories: 'Datos utilizados',
  retention: 'Conservación',
  days: { one: '{n} día', other: '{n} días' },
  cookies: 'Vida útil de las cookies',
  cookieRefresh: 'renovada en cada visita',
  noCookies: 'Sin cookies',
  nonCookieAccess: 'También accede al dispositivo por medios distintos de las cookies',
  privacy: 'Política de privacidad',
  legIntClaim: 'Interés legítimo',
  atp: 'Otros socios de Google (Additional Consent)',
  atpIntro: 'Estos proveedores no están registrados en el TCF; siguen lo que usted elija para la finalidad:',
  summary: 'Trabajamos con {n} socios publicitarios registrados en el TCF de IAB Europe.',
  summaryPurposes: 'Sus finalidades',
  summarySpecialFeatures: 'Con su consentimiento, también pueden:',
  summaryLegitimateInterest:
    'Algunos se basan en su propio interés legítimo: puede oponerse en «Personalizar», donde también puede elegir socio por socio.',
};

export default es;
