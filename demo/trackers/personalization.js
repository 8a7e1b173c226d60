// Stand-in for a recommendation engine (purpose "personalization"): it keeps
// the topics read in localStorage and fills the "For you" box from them.
(function () {
  'use strict';
  var page = window.demoPage;
  var KEY = '_demo_reads';
  var ARTICLES = {
    fr: {
      commerce: [
        'Les commerçants du centre-ville testent la carte de fidélité commune',
        'Boulangeries : le prix de la baguette stable depuis un an',
      ],
      urbanisme: [
        'Place des Tilleuls : à quoi ressemblera le futur jardin public',
        'Pistes cyclables : le tronçon de la gare achevé en décembre',
      ],
      energie: ['Toitures solaires : trois écoles équipées d’ici à 2027'],
    },
    en: {
      commerce: ['Town-centre shops try a shared loyalty card', 'Bakeries: the price of a baguette unchanged for a year'],
      urbanisme: ['Place des Tilleuls: what the new public garden will look like', 'Cycle lanes: the station section finished in December'],
      energie: ['Solar roofs: three schools fitted by 2027'],
    },
  };

  page.tracker('personalization', 'personalization.js', {
    slot: '#for-you-list',
    start: function (slot) {
      var topics = (document.body.getAttribute('data-topics') || '').split(/\s+/).filter(Boolean);
      var reads = [];
      try {
        reads = JSON.parse(localStorage.getItem(KEY) || '[]');
      } catch {
        /* start again */
      }
      reads = reads.concat(topics).slice(-20);
      localStorage.setItem(KEY, JSON.stringify(reads));
      var titles = ARTICLES[page.en ? 'en' : 'fr'];
      var seen = {};
      var picks = [];
      reads
        .slice()
        .reverse()
        .forEach(function (topic) {
          (titles[topic] || []).forEach(function (title) {
            if (!seen[title] && picks.length < 3) picks.push((seen[title] = title));
          });
        });
      slot.replaceChildren.apply(
        slot,
        picks.map(function (title) {
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = '#';
          link.textContent = title;
          item.append(link);
          return item;
        }),
      );
      slot.closest('section').hidden = false;
      return page.en
        ? picks.length + ' articles recommended from ' + reads.length + ' topics kept in localStorage["' + KEY + '"]'
        : picks.length + ' articles recommandés d’après ' + reads.length + ' thèmes gardés dans localStorage["' + KEY + '"]';
    },
    stop: function (slot) {
      localStorage.removeItem(KEY);
      slot.closest('section').hidden = true;
      return page.en ? 'recommendations hidden, reading history deleted' : 'recommandations masquées, historique de lecture effacé';
    },
  });
})();
