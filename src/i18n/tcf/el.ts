import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const el: TcfTexts = {
  title: 'Διαφημιστικοί συνεργάτες (IAB TCF)',
  intro:
    'Οι {n} συνεργάτες μας που είναι εγγεγραμμένοι στο Transparency & Consent Framework της IAB Europe χρησιμοποιούν αυτούς τους σκοπούς μόνο σύμφωνα με τις επιλογές σας παραπάνω. Μπορείτε επίσης να απορρίψετε έναν συνεργάτη ή να αντιταχθείτε στο έννομο συμφέρον του.',
  purposes: 'Σκοποί',
  specialPurposes: 'Ειδικοί σκοποί (χωρίς συγκατάθεση: ασφάλεια, παράδοση περιεχομένου, απομνημόνευση των επιλογών σας)',
  features: 'Λειτουργίες',
  specialFeatures: 'Ειδικές λειτουργίες (με τη συγκατάθεσή σας)',
  vendors: 'Συνεργάτες',
  coveredBy: 'Σύμφωνα με την επιλογή σας για:',
  notUsed: 'Δεν χρησιμοποιείται σε αυτόν τον ιστότοπο.',
  object: 'Εναντίωση στο έννομο συμφέρον',
  consent: 'Συγκατάθεση',
  optIn: 'Ενεργοποίηση',
  needsPurpose: 'Ενεργοποιήστε πρώτα έναν από τους σκοπούς αυτού του συνεργάτη.',
  legitimateInterestOnly: 'Αυτός ο συνεργάτης δεν ζητά συγκατάθεση, επικαλείται μόνο το έννομο συμφέρον του.',
  details: 'Λεπτομέρειες',
  consentPurposes: 'Σκοποί (συγκατάθεση)',
  liPurposes: 'Σκοποί (έννομο συμφέρον)',
  dataCategories: 'Δεδομένα που χρησιμοποιούνται',
  retention: 'Διάρκεια διατήρησης',
  days: { one: '{n} ημέρα', other: '{n} ημέρες' },
  cookies: 'Διάρκεια ζωής των cookies',
  cookieRefresh: 'ανανεώνεται σε κάθε επίσκεψη',
  noCookies: 'Χωρίς cookies',
  nonCookieAccess: 'Έχει πρόσβαση στη συσκευή και με άλλα μέσα εκτός από cookies',
  privacy: 'Πολιτική απορρήτου',
  legIntClaim: 'Έννομο συμφέρον',
  atp: 'Άλλοι συνεργάτες της Google (Additional Consent)',
  atpIntro: 'Αυτοί οι πάροχοι δεν είναι εγγεγραμμένοι στο TCF· ακολουθούν την επιλογή σας για τον σκοπό:',
  summary: 'Συνεργαζόμαστε με {n} διαφημιστικούς συνεργάτες εγγεγραμμένους στο TCF της IAB Europe.',
  summaryPurposes: 'Οι σκοποί τους',
  summarySpecialFeatures: 'Με τη συγκατάθεσή σας, μπορούν επίσης:',
  summaryLegitimateInterest:
    'Ορισμένοι επικαλούνται το έννομο συμφέρον τους: μπορείτε να αντιταχθείτε στην «Προσαρμογή», όπου μπορείτε επίσης να επιλέξετε ανά συνεργάτη.',
};

export default el;
