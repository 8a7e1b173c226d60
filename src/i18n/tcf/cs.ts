import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const cs: TcfTexts = {
  title: 'Reklamní partneři (IAB TCF)',
  intro:
    'Naši partneři ({n}) registrovaní v rámci Transparency & Consent Framework sdružení IAB Europe používají tyto účely jen podle vašich voleb výše. Můžete také odmítnout jednotlivého partnera nebo vznést námitku proti jeho oprávněnému zájmu.',
  purposes: 'Účely',
  specialPurposes: 'Zvláštní účely (bez souhlasu: zabezpečení, doručování obsahu, zapamatování vašich voleb)',
  features: 'Funkce',
  specialFeatures: 'Zvláštní funkce (s vaším souhlasem)',
  vendors: 'Partneři',
  coveredBy: 'Podle vaší volby pro:',
  notUsed: 'Na tomto webu se nepoužívá.',
  object: 'Vznést námitku proti oprávněnému zájmu',
  consent: 'Souhlas',
  optIn: 'Povolit',
  needsPurpose: 'Nejprve povolte některý z účelů tohoto partnera.',
  legitimateInterestOnly: 'Tento partner nežádá o souhlas, odvolává se pouze na svůj oprávněný zájem.',
  details: 'Podrobnosti',
  consentPurposes: 'Účely (souhlas)',
  liPurposes: 'Účely (oprávněný zájem)',
  dataCategories: 'Používané údaje',
  retention: 'Doba uložení',
  days: { one: '{n} den', few: '{n} dny', many: '{n} dne', other: '{n} dní' },
  cookies: 'Platnost cookies',
  cookieRefresh: 'obnovuje se při každé návštěvě',
  noCookies: 'Žádné cookies',
  nonCookieAccess: 'Přistupuje k zařízení i jinak než pomocí cookies',
  privacy: 'Zásady ochrany osobních údajů',
  legIntClaim: 'Oprávněný zájem',
  atp: 'Další partneři Googlu (Additional Consent)',
  atpIntro: 'Tito poskytovatelé nejsou registrováni v TCF; řídí se vaší volbou pro účel:',
  summary: 'Spolupracujeme s reklamními partnery ({n}) registrovanými v TCF sdružení IAB Europe.',
  summaryPurposes: 'Jejich účely',
  summarySpecialFeatures: 'S vaším souhlasem mohou také:',
  summaryLegitimateInterest:
    'Někteří se odvolávají na oprávněný zájem: námitku můžete vznést v části „Přizpůsobit“, kde můžete také volit partnera po partnerovi.',
};

export default cs;
