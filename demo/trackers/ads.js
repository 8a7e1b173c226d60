// Stand-in for an ad tag (purpose "ads"): fills the ad slot with a fictitious
// ad drawn in HTML and CSS (no image, no request) and sets a first-party cookie.
(function () {
  'use strict';
  var page = window.demoPage;
  var MONTH = 60 * 60 * 24 * 30;

  page.tracker('ads', 'ads.js', {
    slot: '#ad-body',
    start: function (slot) {
      var id = page.cookie('_demo_ads') || 'uid-' + Math.random().toString(36).slice(2, 10);
      document.cookie = '_demo_ads=' + id + '; path=/; max-age=' + MONTH + '; SameSite=Lax';
      slot.innerHTML = page.en
        ? '<div class="fake-ad" role="img" aria-label="Fictitious ad: Pédale Douce e-bikes, 15% off until Sunday">' +
          '<span class="fake-ad-bike" aria-hidden="true"><i></i><i></i><b></b></span>' +
          '<span class="fake-ad-brand">Cycles Pédale Douce</span>' +
          '<span class="fake-ad-title">Up Saint-Martin hill without breaking a sweat</span>' +
          '<span class="fake-ad-offer">E-bikes: 15% off until Sunday</span>' +
          '<span class="fake-ad-cta">Find out more</span></div>' +
          '<p class="fake-ad-note">Fictitious ad shown by /trackers/ads.js</p>'
        : '<div class="fake-ad" role="img" aria-label="Annonce fictive : vélos électriques Pédale Douce, moins 15 % jusqu’à dimanche">' +
          '<span class="fake-ad-bike" aria-hidden="true"><i></i><i></i><b></b></span>' +
          '<span class="fake-ad-brand">Cycles Pédale Douce</span>' +
          '<span class="fake-ad-title">La côte Saint-Martin sans forcer</span>' +
          '<span class="fake-ad-offer">Vélos électriques : −15 % jusqu’à dimanche</span>' +
          '<span class="fake-ad-cta">Découvrir</span></div>' +
          '<p class="fake-ad-note">Annonce fictive affichée par /trackers/ads.js</p>';
      return page.en
        ? 'ad shown in the slot, cookie _demo_ads=' + id + ' set'
        : 'annonce affichée dans l’emplacement, cookie _demo_ads=' + id + ' déposé';
    },
    stop: function () {
      document.cookie = '_demo_ads=; path=/; max-age=0; SameSite=Lax';
      return page.en ? 'ad removed, cookie _demo_ads deleted' : 'annonce retirée, cookie _demo_ads supprimé';
    },
  });
})();
