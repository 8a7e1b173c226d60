// Stand-in for an ad network's tag, served by ads.localhost (a site of its own)
// and gated in the demo pages by data-consent="ads/ad-network". It runs in the
// page, so its cookie `_adnet_uid` is the news site's own; the vendor declares
// cookies: ['_adnet_*'], so withdrawing consent deletes it. The ad itself is an
// iframe from ads.localhost that the panel holds behind a placeholder.
(function () {
  'use strict';
  var page = window.demoPage;
  var origin = new URL(document.currentScript.src).origin;
  var MAX_AGE = 60 * 60 * 24 * 180;

  page.tracker('ads', 'ads.js (ads.localhost)', {
    start: function () {
      var id = page.cookie('_adnet_uid') || 'u' + Math.random().toString(36).slice(2, 10);
      document.cookie = '_adnet_uid=' + id + '; path=/; max-age=' + MAX_AGE + '; SameSite=Lax';
      new Image().src = origin + '/collect.svg?slot=sidebar&uid=' + id;
      return page.en
        ? 'cookie _adnet_uid=' + id + ' set; impression sent to ads.localhost'
        : 'cookie _adnet_uid=' + id + ' déposé ; impression envoyée à ads.localhost';
    },
    stop: function () {
      var gone = page.cookie('_adnet_uid') === null;
      if (page.en) return gone ? 'consent-panel deleted _adnet_uid (declared by the vendor)' : '_adnet_uid is still there';
      return gone ? 'consent-panel a supprimé _adnet_uid (déclaré par le fournisseur)' : '_adnet_uid est encore là';
    },
  });
})();
