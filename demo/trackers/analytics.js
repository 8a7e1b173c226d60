// Stand-in for an audience-measurement tag (purpose "analytics"). It makes no
// request: it sets a first-party cookie and says on the page what it did.
// The page loads it with <script type="text/plain" data-consent="analytics" src="…">.
(function () {
  'use strict';
  var page = window.demoPage;
  var YEAR = 60 * 60 * 24 * 390;

  page.tracker('analytics', 'analytics.js', {
    start: function () {
      var id = page.cookie('_demo_ga') || 'GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
      document.cookie = '_demo_ga=' + id + '; path=/; max-age=' + YEAR + '; SameSite=Lax';
      var views = Number(sessionStorage.getItem('_demo_views') || 0) + 1;
      sessionStorage.setItem('_demo_views', String(views));
      return page.en
        ? 'cookie _demo_ga=' + id + ' set; page view #' + views + ' of ' + location.pathname + ' counted (simulated, nothing sent)'
        : 'cookie _demo_ga=' + id + ' déposé ; vue n° ' + views + ' de ' + location.pathname + ' comptée (simulé, rien n’est envoyé)';
    },
    stop: function () {
      document.cookie = '_demo_ga=; path=/; max-age=0; SameSite=Lax';
      sessionStorage.removeItem('_demo_views');
      return page.en ? 'cookie _demo_ga deleted' : 'cookie _demo_ga supprimé';
    },
  });
})();
