// Stand-in for Google's gtag.js, served by analytics.localhost (a site of its
// own) and gated in the demo pages by data-consent="analytics/google-analytics".
// Like the real tag it runs in the page, so its cookies are the news site's
// own: `_ga` and `_ga_<id>` (here _ga_DEMO). It reads the Google Consent Mode
// state the panel pushes onto the dataLayer and counts a page view with a hit
// to its own host. It never deletes its cookies itself: withdrawing consent
// does, because the vendor declares cookies: ['_ga', '_ga_*'].
(function () {
  'use strict';
  var page = window.demoPage;
  var origin = new URL(document.currentScript.src).origin;
  var id = 'DEMO';
  var MAX_AGE = 60 * 60 * 24 * 390; // under the CNIL's 13 months

  /** The last value of a consent type on the dataLayer, as gtag.js would read it. */
  function consentState(type) {
    var state = '–';
    (window.dataLayer || []).forEach(function (entry) {
      if (entry && entry[0] === 'consent' && entry[2] && entry[2][type]) state = entry[2][type];
    });
    return state;
  }

  page.tracker('analytics', 'gtag.js (analytics.localhost)', {
    start: function () {
      var now = Math.floor(Date.now() / 1000);
      var client = page.cookie('_ga') || 'GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + now;
      document.cookie = '_ga=' + client + '; path=/; max-age=' + MAX_AGE + '; SameSite=Lax';
      document.cookie = '_ga_' + id + '=GS1.1.' + now + '.1.0.' + now + '; path=/; max-age=' + MAX_AGE + '; SameSite=Lax';
      new Image().src = origin + '/collect.svg?tid=G-' + id + '&en=page_view&dl=' + encodeURIComponent(location.href);
      return page.en
        ? 'analytics_storage is ' +
            consentState('analytics_storage') +
            '; cookies _ga and _ga_' +
            id +
            ' set; page view sent to analytics.localhost'
        : 'analytics_storage est ' +
            consentState('analytics_storage') +
            ' ; cookies _ga et _ga_' +
            id +
            ' déposés ; vue envoyée à analytics.localhost';
    },
    stop: function () {
      var gone = page.cookie('_ga') === null && page.cookie('_ga_' + id) === null;
      if (page.en) return gone ? 'consent-panel deleted _ga and _ga_' + id + ' (declared by the vendor)' : '_ga is still there';
      return gone ? 'consent-panel a supprimé _ga et _ga_' + id + ' (déclarés par le fournisseur)' : '_ga est encore là';
    },
  });
})();
