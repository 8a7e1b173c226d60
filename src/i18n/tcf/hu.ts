import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const hu: TcfTexts = {
  title: 'Hirdetési partnerek (IAB TCF)',
  intro:
    'Az IAB Europe Transparency & Consent Framework rendszerében regisztrált {n} partnerünk ezeket a célokat csak a fenti választásai szerint használja. Egy-egy partnert el is utasíthat, vagy tiltakozhat a jogos érdekükre hivatkozó adatkezelés ellen.',
  purposes: 'Célok',
  specialPurposes: 'Különleges célok (hozzájárulás nélkül: biztonság, tartalomszolgáltatás, választásai megjegyzése)',
  features: 'Funkciók',
  specialFeatures: 'Különleges funkciók (az Ön hozzájárulásával)',
  vendors: 'Partnerek',
  coveredBy: 'Az Ön választása szerint:',
  notUsed: 'Ezen az oldalon nem használjuk.',
  object: 'Tiltakozás a jogos érdek ellen',
  consent: 'Hozzájárulás',
  optIn: 'Engedélyezés',
  needsPurpose: 'Először engedélyezze a partner valamelyik célját.',
  legitimateInterestOnly: 'Ez a partner nem kér hozzájárulást, csak a jogos érdekére hivatkozik.',
  details: 'Részletek',
  consentPurposes: 'Célok (hozzájárulás)',
  liPurposes: 'Célok (jogos érdek)',
  dataCategories: 'Felhasznált adatok',
  retention: 'Megőrzési idő',
  days: { one: '{n} nap', other: '{n} nap' },
  cookies: 'A sütik élettartama',
  cookieRefresh: 'minden látogatáskor megújul',
  noCookies: 'Nincsenek sütik',
  nonCookieAccess: 'A sütiken kívül más módon is hozzáfér az eszközhöz',
  privacy: 'Adatvédelmi tájékoztató',
  legIntClaim: 'Jogos érdek',
  atp: 'A Google további partnerei (Additional Consent)',
  atpIntro: 'Ezek a szolgáltatók nincsenek regisztrálva a TCF-ben; az Ön választását követik ennél a célnál:',
  summary: '{n} hirdetési partnerrel dolgozunk együtt, akik regisztráltak az IAB Europe TCF rendszerében.',
  summaryPurposes: 'Céljaik',
  summarySpecialFeatures: 'Az Ön hozzájárulásával ezenfelül:',
  summaryLegitimateInterest:
    'Egyesek jogos érdekükre hivatkoznak: ez ellen a „Testreszabás” részben tiltakozhat, ahol partnerenként is dönthet.',
};

export default hu;
