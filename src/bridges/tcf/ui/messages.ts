/** The TCF module's own texts; the IAB's purposes and features come from the vendor list's translations. */
const fr = {
  title: 'Partenaires publicitaires (IAB TCF)',
  intro: (n: number) =>
    `Nos ${n} partenaires inscrits au Transparency & Consent Framework d’IAB Europe n’utilisent ces finalités que selon vos choix ci-dessus. Vous pouvez aussi refuser un partenaire, ou vous opposer à leur intérêt légitime.`,
  purposes: 'Finalités',
  specialPurposes: 'Finalités spéciales (sans consentement : sécurité, diffusion, mémoire de vos choix)',
  features: 'Fonctionnalités',
  specialFeatures: 'Fonctionnalités spéciales (avec votre accord)',
  vendors: 'Partenaires',
  /** Between a label and what it names: French sets a space before the colon; other languages take English's. */
  colon: ' : ',
  coveredBy: 'Selon votre choix :',
  notUsed: 'Non utilisée sur ce site.',
  object: 'M’opposer à l’intérêt légitime',
  consent: 'Consentement',
  optIn: 'Activer',
  needsPurpose: 'Activez d’abord une des finalités de ce partenaire.',
  legitimateInterestOnly: 'Ce partenaire ne demande pas de consentement : seulement son intérêt légitime.',
  details: 'Détails',
  consentPurposes: 'Finalités (consentement)',
  liPurposes: 'Finalités (intérêt légitime)',
  dataCategories: 'Données utilisées',
  retention: 'Conservation',
  days: (n: number) => `${n} jour${n > 1 ? 's' : ''}`,
  cookies: 'Durée de vie des cookies',
  cookieRefresh: 'renouvelée à chaque visite',
  noCookies: 'Pas de cookies',
  nonCookieAccess: 'Accède aussi à l’appareil autrement que par des cookies',
  privacy: 'Politique de confidentialité',
  legIntClaim: 'Intérêt légitime',
  atp: 'Autres partenaires de Google (Additional Consent)',
  atpIntro: 'Ces prestataires ne sont pas inscrits au TCF ; ils suivent votre choix pour la finalité :',
  summary: (n: number) => `Nous travaillons avec ${n} partenaires publicitaires inscrits au TCF d’IAB Europe.`,
  summaryPurposes: 'Leurs finalités',
  summarySpecialFeatures: 'Avec votre accord, ils peuvent aussi :',
  summaryLegitimateInterest:
    'Certains se fondent sur leur intérêt légitime : vous pouvez vous y opposer dans « Personnaliser », où vous pouvez aussi choisir partenaire par partenaire.',
};

export type TcfMessages = typeof fr;

const en: TcfMessages = {
  title: 'Advertising partners (IAB TCF)',
  intro: (n) =>
    `Our ${n} partners registered with IAB Europe’s Transparency & Consent Framework use these purposes only as you choose above. You can also refuse a partner, or object to their legitimate interest.`,
  purposes: 'Purposes',
  specialPurposes: 'Special purposes (no consent needed: security, delivery, saving your choices)',
  features: 'Features',
  specialFeatures: 'Special features (with your consent)',
  vendors: 'Partners',
  colon: ': ',
  coveredBy: 'As you choose for:',
  notUsed: 'Not used on this site.',
  object: 'Object to legitimate interest',
  consent: 'Consent',
  optIn: 'Allow',
  needsPurpose: 'First allow one of this partner’s purposes.',
  legitimateInterestOnly: 'This partner asks for no consent: only its legitimate interest.',
  details: 'Details',
  consentPurposes: 'Purposes (consent)',
  liPurposes: 'Purposes (legitimate interest)',
  dataCategories: 'Data used',
  retention: 'Retention',
  days: (n) => `${n} day${n > 1 ? 's' : ''}`,
  cookies: 'Cookie lifetime',
  cookieRefresh: 'renewed on each visit',
  noCookies: 'No cookies',
  nonCookieAccess: 'Also accesses the device by other means than cookies',
  privacy: 'Privacy policy',
  legIntClaim: 'Legitimate interest',
  atp: 'Other Google partners (Additional Consent)',
  atpIntro: 'These providers are not registered with the TCF; they follow your choice for the purpose:',
  summary: (n) => `We work with ${n} advertising partners registered with IAB Europe’s TCF.`,
  summaryPurposes: 'Their purposes',
  summarySpecialFeatures: 'With your consent, they may also:',
  summaryLegitimateInterest:
    'Some rely on their legitimate interest: you can object to it under “Customize”, where you can also choose partner by partner.',
};

/**
 * The TCF module's texts in a language other than French and English, as its
 * file holds them (src/i18n/tcf/xx.ts, built to dist/i18n/tcf-xx.js): `{n}`
 * for the number, and the days per plural category (Intl.PluralRules: `one`,
 * `few`, `other`…).
 */
export type TcfTexts = Omit<TcfMessages, 'intro' | 'days' | 'summary' | 'colon'> & {
  colon?: string;
  intro: string;
  days: Record<string, string>;
  summary: string;
};

export { fr as tcfFr, en as tcfEn };

let loader: ((lang: string) => Promise<TcfTexts>) | undefined;

/** Set by the entry point: how this build gets the texts of a language other than French and English. */
export function setTcfTextsLoader(load: (lang: string) => Promise<TcfTexts>): void {
  loader = load;
}

/** A language file's texts as the panel parts use them; English for any it lacks. */
function fromTexts(texts: TcfTexts, lang: string): TcfMessages {
  const plural = new Intl.PluralRules(lang);
  const withN = (text: string | undefined, n: number) => (text ?? '').replace(/\{n\}/g, String(n));
  return {
    ...en,
    ...texts,
    intro: (n) => withN(texts.intro, n),
    summary: (n) => withN(texts.summary, n),
    days: (n) => withN(texts.days[plural.select(n)] ?? texts.days.other, n),
  };
}

/**
 * The TCF module's texts in `lang` (the panel's language, see
 * i18n/languages.ts): French and English are built in; another language's
 * file is loaded, and when it cannot be, the texts are English (the console
 * says so).
 */
export async function tcfTexts(lang: string): Promise<TcfMessages> {
  if (lang == 'fr' || lang == 'en') return lang == 'fr' ? fr : en;
  try {
    if (!loader) throw new Error('no way to load them is set');
    return fromTexts(await loader(lang), lang);
  } catch (error) {
    console.error(`consent-panel: the TCF texts in ${lang} could not be loaded (${String(error)}); showing them in English.`);
    return en;
  }
}
