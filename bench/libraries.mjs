// The contestants: each library's loader, configuration and gated scripts for the
// same four purposes (analytics, ads, social, personalization; plus the required
// one where the library has that notion) and the same two gated scripts
// (/bench/gated/analytics.js and /bench/gated/ads.js), configured as each
// library's own documentation says, in the fastest setup that documentation
// allows (`source` names the doc). consent-panel runs in two setups: configured in
// <head> and the bare drop-in. `banner` is an expression, evaluated in the page,
// that returns the library's first-layer element (or null); `accept` is the
// Playwright selector of its "accept all" button on that first layer. A setup with
// `optional: true` (a peer's slower documented setup, kept for comparison) runs
// only when BENCH_LIBS names it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const NM = '/bench/node_modules';
const PRIVACY = '/demo/confidentialite.html';

const version = (dir) => JSON.parse(readFileSync(`${root}${dir}/package.json`, 'utf8')).version;

const P = {
  necessary: { fr: 'Fonctionnement du site', desc: 'Indispensables au site : connexion, sécurité, mémorisation de vos choix.' },
  analytics: { fr: 'Mesure d’audience', desc: 'Compter les visites et les articles lus pour améliorer le journal.' },
  ads: { fr: 'Publicité', desc: 'Afficher des annonces et en mesurer l’efficacité.' },
  social: { fr: 'Réseaux sociaux et vidéos', desc: 'Afficher les publications et vidéos hébergées par des réseaux sociaux.' },
  personalization: { fr: 'Personnalisation', desc: 'Vous proposer des articles selon vos lectures.' },
};
const FOUR = ['analytics', 'ads', 'social', 'personalization'];
const GATED = ['analytics', 'ads']; // the two purposes with a gated script
const gatedSrc = (p) => `/bench/gated/${p}.js`;
const TEXT = {
  title: 'Pour gérer vos consentements',
  body: 'Avec votre accord, nous et nos partenaires utilisons des traceurs pour mesurer l’audience, afficher des publicités et des contenus de réseaux sociaux, et personnaliser vos lectures. Vous pouvez changer d’avis à tout moment.',
};
const js = (v) => JSON.stringify(v);

/**
 * @typedef {{ id: string, name: string, setup: string, pkg?: string, version: string, files: string[], head: string, gated: string,
 *   bodyEnd?: string, banner: string | null, accept: string | null, acceptAfterMs?: number, storage: string, notes: string,
 *   source?: string, optional?: boolean }} Library
 * `name` is the library, `setup` the setup's short name; `files` the URL prefixes of the library's own files (its
 * bytes and, in the profiled visits, its code are whatever the page fetched under them).
 */

/** @type {Library} */
const consentPanel = {
  id: 'consent-panel',
  name: 'consent-panel',
  setup: 'configured in <head>',
  version: version(''),
  files: ['/dist/'],
  storage: 'localStorage["consent-panel"]',
  notes: 'the drop-in script in <head>, configuration through window.consentPanelConfig before it, default purposes',
  source: 'consent-panel README, "Drop-in"',
  head: `<script>window.consentPanelConfig = { privacyUrl: ${js(PRIVACY)}, revision: '1' };</script>
<script src="/dist/consent-panel.js"></script>`,
  gated: GATED.map((p) => `<script type="text/plain" data-consent="${p}" src="${gatedSrc(p)}"></script>`).join('\n'),
  banner: `(function () { var h = document.querySelector('consent-panel'); return h && h.shadowRoot && h.shadowRoot.querySelector('[part~="banner"]'); })()`,
  accept: 'consent-panel [part~="banner"] [part~="accept"]',
};

/** @type {Library} */
const consentPanelBare = {
  ...consentPanel,
  id: 'consent-panel-bare',
  setup: 'bare drop-in',
  notes: 'the drop-in script in <head>, a bare <script src> with no configuration: default purposes and texts',
  head: `<script src="/dist/consent-panel.js"></script>`,
};

const ccConfig = {
  // Its default hides the banner from bots, navigator.webdriver included: the benchmark's browser is automated.
  hideFromBots: false,
  guiOptions: {
    consentModal: { layout: 'bar inline', position: 'bottom', equalWeightButtons: true },
    preferencesModal: { layout: 'box', equalWeightButtons: true },
  },
  categories: Object.fromEntries([['necessary', { enabled: true, readOnly: true }], ...FOUR.map((p) => [p, {}])]),
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: {
          title: TEXT.title,
          description: TEXT.body,
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          showPreferencesBtn: 'Personnaliser',
          footer: `<a href="${PRIVACY}">Politique de confidentialité</a>`,
        },
        preferencesModal: {
          title: 'Vos préférences',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          savePreferencesBtn: 'Enregistrer mes choix',
          closeIconLabel: 'Fermer',
          sections: [
            { title: 'Vos choix', description: TEXT.body },
            ...['necessary', ...FOUR].map((p) => ({ title: P[p].fr, description: P[p].desc, linkedCategory: p })),
          ],
        },
      },
    },
  },
};

const CC = `${NM}/vanilla-cookieconsent/dist`;
const CC_GATED = GATED.map((p) => `<script type="text/plain" data-category="${p}" src="${gatedSrc(p)}"></script>`).join('\n');
const CC_BASE = {
  name: 'vanilla-cookieconsent',
  pkg: 'vanilla-cookieconsent',
  version: version('bench/node_modules/vanilla-cookieconsent'),
  files: [`${NM}/vanilla-cookieconsent/`],
  storage: 'cookie cc_cookie',
  gated: CC_GATED,
  banner: `document.querySelector('#cc-main .cm')`,
  accept: '#cc-main .cm [data-role="all"]',
};

/**
 * Its fastest documented setup. Its "Getting Started" page lists the UMD build as the
 * CDN script (a classic script that defines window.CookieConsent), puts the stylesheet
 * in <head> and the configuration in <body> (CookieConsent.run() needs it: the
 * configuration reference's `root` defaults to document.body). Here the UMD script is a
 * plain blocking <script> in <head> and CookieConsent.run() a classic inline script at
 * the end of <body>: nothing waits for a module or for the end of parsing.
 * @type {Library}
 */
const vanillaCookieconsent = {
  ...CC_BASE,
  id: 'vanilla-cookieconsent',
  setup: 'UMD in <head>, run() at the end of <body>',
  notes:
    'its stylesheet and UMD build (plain <script>) in <head>, CookieConsent.run({ categories, language }) in a classic inline script at the end of <body>, bar layout at the bottom',
  source:
    'vanilla-cookieconsent docs, "Getting Started" (Installation: the CDN stylesheet and UMD script; Usage, HTML: stylesheet in <head>, configuration in <body>) and "Configuration Reference" (root: document.body)',
  head: `<link rel="stylesheet" href="${CC}/cookieconsent.css">
<script src="${CC}/cookieconsent.umd.js"></script>`,
  bodyEnd: `<script>CookieConsent.run(${js(ccConfig)});</script>`,
};

/**
 * The setup the benchmark gave it before: the UMD build deferred and run() from an
 * inline module in <head> (a module runs after parsing, as the "Getting Started"
 * HTML example's module does). Slower; runs only when BENCH_LIBS names it.
 * @type {Library}
 */
const vanillaCookieconsentModule = {
  ...CC_BASE,
  id: 'vanilla-cookieconsent-module',
  setup: 'UMD deferred, run() in a module',
  optional: true,
  notes:
    'its stylesheet, its UMD build with defer and CookieConsent.run({ categories, language }) in an inline module, all in <head>, bar layout at the bottom',
  source: 'vanilla-cookieconsent docs, "Getting Started" (Usage, HTML: the configuration in a module script)',
  head: `<link rel="stylesheet" href="${CC}/cookieconsent.css">
<script defer src="${CC}/cookieconsent.umd.js"></script>
<script type="module">CookieConsent.run(${js(ccConfig)});</script>`,
};

const orejimeConfig = {
  privacyPolicyUrl: PRIVACY,
  purposes: FOUR.map((p) => ({ id: p, title: P[p].fr, description: P[p].desc, cookies: [] })),
};

/**
 * Its one documented setup, which is also its fastest: a single standalone bundle (theme,
 * French texts and core in one file, no chunk loaded later) and its stylesheet, with the
 * configuration in window.orejimeConfig before it.
 * @type {Library}
 */
const orejime = {
  id: 'orejime',
  name: 'orejime',
  setup: 'standalone bundle in <head>',
  pkg: 'orejime',
  version: version('bench/node_modules/orejime'),
  files: [`${NM}/orejime/`],
  storage: 'cookie orejime',
  notes:
    'orejime-standard-fr.js + orejime-standard.css in <head>, window.orejimeConfig with purposes before the script, <template data-purpose> around the gated scripts',
  source:
    'orejime README ("Installation", "Configuration", "Third-party scripts configuration", "Initialization") and its ADR 002 "Standalone bundles"',
  head: `<link rel="stylesheet" href="${NM}/orejime/dist/orejime-standard.css">
<script>window.orejimeConfig = ${js(orejimeConfig)};</script>
<script src="${NM}/orejime/dist/orejime-standard-fr.js"></script>`,
  gated: GATED.map((p) => `<template data-purpose="${p}"><script src="${gatedSrc(p)}"></script></template>`).join('\n'),
  banner: `document.querySelector('.orejime-Banner')`,
  accept: '.orejime-Banner .orejime-Banner-saveButton',
};

const tacTypes = { analytics: 'analytic', ads: 'ads', social: 'social', personalization: 'other' };
const tacServices = FOUR.map(
  (p) => `tarteaucitron.services.bench_${p} = {
  key: 'bench_${p}', type: '${tacTypes[p]}', name: ${js(P[p].fr)}, uri: ${js(PRIVACY)}, needConsent: true, cookies: [],
  js: function () { 'use strict';${GATED.includes(p) ? ` tarteaucitron.addScript(${js(gatedSrc(p))});` : ''} }
};`,
).join('\n');

const TAC = `${NM}/tarteaucitronjs`;
const tacInit = (external) => `tarteaucitron.init({
  privacyUrl: ${js(PRIVACY)}, orientation: 'bottom', bodyPosition: 'bottom', highPrivacy: true,
  DenyAllCta: true, AcceptAllCta: true, showAlertSmall: false, showIcon: true, removeCredit: true,
  useExternalCss: ${external}, useExternalJs: ${external}, mandatory: true, mandatoryCta: false, googleConsentMode: false,
  bingConsentMode: false, pianoConsentMode: false
});
${tacServices}`;
const TAC_BASE = {
  name: 'tarteaucitron',
  pkg: 'tarteaucitronjs',
  version: version('bench/node_modules/tarteaucitronjs'),
  files: [`${TAC}/`],
  storage: 'cookie tarteaucitron',
  gated: `<script>
(tarteaucitron.job = tarteaucitron.job || []).push(${FOUR.map((p) => `'bench_${p}'`).join(', ')});
</script>`,
  banner: `document.getElementById('tarteaucitronAlertBig')`,
  accept: '#tarteaucitronAlertBig #tarteaucitronPersonalize2',
  // It attaches the banner's click handlers in a setTimeout of 500 ms after showing it.
  acceptAfterMs: 600,
};

/**
 * Its fastest documented setup: with useExternalCss and useExternalJs (its README's
 * init options: when false, it loads its stylesheet, its language file and
 * tarteaucitron.services.js itself, one after the other once it has run), the page
 * links the stylesheet and loads the French texts itself, in <head>; with four custom
 * services it needs nothing from the services file (35 KB gzip), so it does not load it.
 * @type {Library}
 */
const tarteaucitron = {
  ...TAC_BASE,
  id: 'tarteaucitron',
  setup: 'useExternalCss and useExternalJs',
  notes:
    'tarteaucitron.min.css, tarteaucitron.min.js and lang/tarteaucitron.fr.min.js in <head>, tarteaucitron.init() with useExternalCss and useExternalJs (so no services file), the bottom banner, four custom services, tarteaucitron.job',
  source: 'tarteaucitron README ("How to use": the useExternalCss and useExternalJs options; "Create custom service")',
  head: `<link rel="stylesheet" href="${TAC}/css/tarteaucitron.min.css">
<script>var tarteaucitronForceLanguage = 'fr';</script>
<script src="${TAC}/tarteaucitron.min.js"></script>
<script src="${TAC}/lang/tarteaucitron.fr.min.js"></script>
<script>
${tacInit(true)}
</script>`,
};

/**
 * The setup the benchmark gave it before, its README's example: tarteaucitron.min.js
 * loads its stylesheet, language file and services file itself. Runs only when
 * BENCH_LIBS names it.
 * @type {Library}
 */
const tarteaucitronLoader = {
  ...TAC_BASE,
  id: 'tarteaucitron-loader',
  setup: 'loads its own files',
  optional: true,
  notes:
    'tarteaucitron.min.js (it then loads its css, lang/tarteaucitron.fr.min.js and tarteaucitron.services.min.js), tarteaucitron.init() with the bottom banner, four custom services, tarteaucitron.job',
  source: 'tarteaucitron README ("How to use")',
  head: `<script>var tarteaucitronForceLanguage = 'fr';</script>
<script src="${TAC}/tarteaucitron.min.js"></script>
<script>
${tacInit(false)}
</script>`,
};

const klaroConfig = {
  version: 1,
  lang: 'fr',
  privacyPolicy: PRIVACY,
  groupByPurpose: true,
  acceptAll: true,
  hideDeclineAll: false,
  mustConsent: false,
  translations: {
    fr: {
      privacyPolicyUrl: PRIVACY,
      consentNotice: { title: TEXT.title, description: TEXT.body },
      purposes: Object.fromEntries(FOUR.map((p) => [p, { title: P[p].fr, description: P[p].desc }])),
      ...Object.fromEntries(FOUR.map((p) => [p, { title: P[p].fr, description: P[p].desc }])),
    },
  },
  services: FOUR.map((p) => ({ name: p, title: P[p].fr, purposes: [p], cookies: [] })),
};

/**
 * Its fastest documented setup: its docs give deferred loading as the preferred one, the
 * one that delays nothing (synchronous loading "will cause a loading delay"); it starts
 * once the document is parsed either way.
 * @type {Library}
 */
const klaro = {
  id: 'klaro',
  name: 'klaro',
  setup: 'deferred',
  pkg: 'klaro',
  version: version('bench/node_modules/klaro'),
  files: [`${NM}/klaro/`],
  storage: 'cookie klaro',
  notes: 'klaro.js (styles included) with defer in <head>, klaroConfig with four services, one purpose each, before it',
  source: 'klaro README ("Getting started") and the klaro docs, "Integration overview" (deferred loading, the preferred one)',
  head: `<script>var klaroConfig = ${js(klaroConfig)};</script>
<script defer src="${NM}/klaro/dist/klaro.js"></script>`,
  gated: GATED.map(
    (p) => `<script type="text/plain" data-type="text/javascript" data-name="${p}" data-src="${gatedSrc(p)}"></script>`,
  ).join('\n'),
  banner: `document.querySelector('.klaro .cookie-notice')`,
  accept: '.klaro .cookie-notice .cm-btn-success',
};

/** The page with no consent UI and no gated script: the reference for main-thread time, long tasks and heap. */
export const BASELINE = {
  id: 'none',
  name: 'page alone',
  setup: '',
  version: '',
  files: [],
  storage: '',
  notes: 'the same article with no consent library and no gated script',
  head: '',
  gated: '',
  banner: null,
  accept: null,
};

/**
 * The floor: an ideal consent library that costs nothing, as a reference for what no
 * library can beat on this page and machine. No library file, no stored decision: an
 * inline script at the end of <body> inserts the two gated scripts at once (async=false,
 * as a library releasing them in order would) on a returning visit (`?returning`, as
 * run.mjs loads it), and on a first visit shows a plain fixed-position button whose click
 * handler does nothing but insert them the same way. Not in LIBRARIES: no ratio, no
 * target, no peer comparison uses it.
 */
export const FLOOR = {
  id: 'floor',
  name: 'floor',
  setup: '',
  version: '',
  files: [],
  storage: '',
  notes:
    'no library file; an inline script at the end of <body> inserts the two gated scripts at once (async=false) on a returning visit, and on a first visit shows a plain fixed-position "Tout accepter" button whose click does nothing but insert them the same way',
  head: '',
  gated: '',
  bodyEnd: `<script>
(function () {
  var release = function () {
    ${js(GATED.map(gatedSrc))}.forEach(function (src) {
      var s = document.createElement('script');
      s.async = false;
      s.src = src;
      document.body.appendChild(s);
    });
  };
  if (/[?&]returning\\b/.test(location.search)) return release();
  var b = document.createElement('button');
  b.id = 'floor-accept';
  b.textContent = 'Tout accepter';
  b.style.cssText = 'position:fixed;bottom:16px;right:16px;z-index:2147483647';
  b.addEventListener('click', release);
  document.body.appendChild(b);
})();
</script>`,
  banner: `document.getElementById('floor-accept')`,
  accept: '#floor-accept',
};

/** consent-panel first: ratios are to it. The optional setups run only when BENCH_LIBS names them. */
export const LIBRARIES = [
  consentPanel,
  consentPanelBare,
  vanillaCookieconsent,
  orejime,
  tarteaucitron,
  klaro,
  vanillaCookieconsentModule,
  tarteaucitronLoader,
];
export const GATED_PURPOSES = GATED;
