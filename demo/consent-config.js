// The demo's consent-panel configuration, shared by its pages. A script file
// rather than inline code, and loaded before consent-panel.js: the panel then
// knows the state at once. The vendors' stand-ins live on their own host names
// (*.localhost, which browsers resolve to this machine), served by
// scripts/serve-demo.mjs.
window.consentPanelConfig = {
  privacyUrl: '/confidentialite.html',
  // Proof of consent: each decision's receipt goes to the receiver that `npm start`
  // runs on port 8787 of the same host name (README, "Receipts (proof of consent)").
  receipts: { url: location.protocol + '//' + location.hostname + ':8787/receipts' },
  revision: '1',
  googleConsentMode: true,
  purposes: [
    {
      id: 'necessary',
      required: true,
      label: { fr: 'Fonctionnement du site', en: 'Essential' },
      description: { fr: 'Mémoriser vos choix, la connexion, la sécurité.', en: 'Remembering your choices, signing in, security.' },
    },
    {
      id: 'analytics',
      label: { fr: 'Mesure d’audience', en: 'Audience measurement' },
      description: { fr: 'Compter les visites et les articles lus.', en: 'Counting visits and articles read.' },
      vendors: [
        {
          id: 'google-analytics',
          name: 'Google Analytics',
          privacyUrl: 'http://analytics.localhost:8000/privacy.html',
          cookies: ['_ga', '_ga_*'],
          retention: { fr: '13 mois', en: '13 months' },
        },
      ],
    },
    {
      id: 'ads',
      label: { fr: 'Publicité', en: 'Advertising' },
      description: { fr: 'Afficher des publicités et les mesurer.', en: 'Showing ads and measuring them.' },
      vendors: [
        {
          id: 'ad-network',
          name: 'Exemple Ads',
          privacyUrl: 'http://ads.localhost:8000/privacy.html',
          cookies: ['_adnet_*'],
          retention: { fr: '6 mois', en: '6 months' },
        },
      ],
    },
    {
      id: 'social',
      label: { fr: 'Réseaux sociaux et vidéos', en: 'Social media and videos' },
      description: {
        fr: 'Afficher les publications et vidéos intégrées, qui déposent leurs propres traceurs.',
        en: 'Showing embedded posts and videos, which set their own trackers.',
      },
      vendors: [
        {
          id: 'x',
          name: 'X',
          privacyUrl: 'http://x.localhost:8000/privacy.html',
          cookies: ['guest_id'],
          retention: { fr: '13 mois', en: '13 months' },
        },
        {
          id: 'instagram',
          name: 'Instagram',
          privacyUrl: 'http://instagram.localhost:8000/privacy.html',
          retention: { fr: '1 an', en: '1 year' },
        },
        {
          id: 'youtube',
          name: 'YouTube',
          privacyUrl: 'http://youtube.localhost:8000/privacy.html',
          retention: { fr: '6 mois', en: '6 months' },
        },
      ],
    },
    {
      id: 'personalization',
      label: { fr: 'Personnalisation', en: 'Personalisation' },
      description: { fr: 'Recommander des articles selon vos lectures.', en: 'Recommending articles from what you read.' },
    },
  ],
};

// The footer's language picker (?lang=de): the panel in any supported language;
// the demo's own purpose texts are in French and English, so other languages
// show them in English (with a console warning naming each).
(function () {
  var lang = new URLSearchParams(location.search).get('lang');
  if (lang) window.consentPanelConfig.lang = lang;
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.querySelector('.lang-picker select');
    if (!select) return;
    // Every supported language, by its own name (the pages list only "auto").
    var names = {
      ar: 'العربية',
      bg: 'Български',
      ca: 'Català',
      cs: 'Čeština',
      da: 'Dansk',
      de: 'Deutsch',
      el: 'Ελληνικά',
      en: 'English',
      es: 'Español',
      et: 'Eesti',
      fi: 'Suomi',
      fr: 'Français',
      ga: 'Gaeilge',
      hr: 'Hrvatski',
      hu: 'Magyar',
      it: 'Italiano',
      lt: 'Lietuvių',
      lv: 'Latviešu',
      mt: 'Malti',
      nb: 'Norsk bokmål',
      nl: 'Nederlands',
      pl: 'Polski',
      pt: 'Português',
      ro: 'Română',
      sk: 'Slovenčina',
      sl: 'Slovenščina',
      sv: 'Svenska',
    };
    Object.keys(names).forEach(function (code) {
      var option = new Option(names[code], code);
      option.lang = code;
      select.add(option);
    });
    if (lang) select.value = lang;
  });
})();
