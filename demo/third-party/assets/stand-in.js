// Shared by the demo's third-party stand-ins: shows the English text of every
// element with a data-en attribute when the page is asked for ?hl=en, as
// YouTube's embeds are.
(function () {
  'use strict';
  if (new URLSearchParams(location.search).get('hl') !== 'en') return;
  document.documentElement.lang = 'en';
  document.querySelectorAll('[data-en]').forEach(function (node) {
    node.textContent = node.getAttribute('data-en');
  });
  document.querySelectorAll('[data-en-label]').forEach(function (node) {
    node.setAttribute('aria-label', node.getAttribute('data-en-label'));
  });
})();
