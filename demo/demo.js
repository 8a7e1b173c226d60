// consent-panel demo: the live status box and the helpers the stand-in trackers use.
// Load it in <head> BEFORE consent-panel.js: with window.consentPanelConfig set,
// the panel knows the state (and fires `consent-ready`) as soon as its script runs.
(function () {
  'use strict';

  var en = /^en\b/i.test(document.documentElement.lang);
  var T = en
    ? {
        colon: ': ',
        yes: 'yes',
        no: 'no',
        granted: 'granted',
        refused: 'refused',
        none: '(none)',
        empty: '(empty)',
        noRecord: '(no record: the reader has not decided)',
        waiting: 'waiting for consent-panel…',
        on: 'active',
        off: 'inactive',
        stopped: 'stopped',
        started: 'started',
        restarted: 'restarted',
        queued: 'function pushed onto consentPanelQueue before the panel script loaded (window.consentPanel: %s)',
        absent: 'absent',
        present: 'present',
        queueCalled: 'consentPanelQueue: our function was called with the API; granted("analytics") = %s',
        event: '%e · source: %s · changed: %c',
        stopMsg: 'consent withdrawn, the page stops it',
        cookiesSet: 'cookies set: %s',
        cookiesGone: 'cookies deleted: %s',
        noDataLayer: '(empty: Google Consent Mode is off)',
        embeds: 'embeds shown: %s',
        noEmbed: 'none',
        receiptStored: 'receipt stored',
        receiptQueued: 'receipt queued',
        receiptSent: 'receipt handed to the browser (beacon) as the page closed',
        receiptRejected: 'receipt refused by the receiver',
        receiptDropped: 'receipt dropped: the queue is full',
        consentId: 'consent ID',
        dashboard: 'Open the dashboard',
        noReceiver:
          'No receiver answered at %u (%r). npm start runs one on port 8787; the receipt waits in this browser and goes on a later page once it runs.',
        receiptLog: 'consent-receipt · %s · %i',
        labels: {
          necessary: 'Essential',
          analytics: 'Audience measurement',
          ads: 'Advertising',
          social: 'Social media and videos',
          personalization: 'Personalisation',
        },
      }
    : {
        colon: ' : ',
        yes: 'oui',
        no: 'non',
        granted: 'accordé',
        refused: 'refusé',
        none: '(aucune)',
        empty: '(vide)',
        noRecord: '(aucun enregistrement : le lecteur n’a pas encore choisi)',
        waiting: 'en attente de consent-panel…',
        on: 'actif',
        off: 'inactif',
        stopped: 'arrêté',
        started: 'démarré',
        restarted: 'redémarré',
        queued: 'fonction poussée dans consentPanelQueue avant le chargement du panneau (window.consentPanel : %s)',
        absent: 'absent',
        present: 'présent',
        queueCalled: 'consentPanelQueue : notre fonction a été appelée avec l’API ; granted("analytics") = %s',
        event: '%e · source : %s · changed : %c',
        stopMsg: 'consentement retiré, la page l’arrête',
        cookiesSet: 'cookies déposés : %s',
        cookiesGone: 'cookies supprimés : %s',
        noDataLayer: '(vide : Google Consent Mode est désactivé)',
        embeds: 'contenus intégrés affichés : %s',
        noEmbed: 'aucun',
        receiptStored: 'reçu enregistré',
        receiptQueued: 'reçu en attente',
        receiptSent: 'reçu confié au navigateur (beacon) à la fermeture de la page',
        receiptRejected: 'reçu refusé par le récepteur',
        receiptDropped: 'reçu abandonné : la file d’attente est pleine',
        consentId: 'identifiant du consentement',
        dashboard: 'Ouvrir le tableau de bord',
        noReceiver:
          'Aucun récepteur n’a répondu à %u (%r). npm start en lance un sur le port 8787 ; le reçu attend dans ce navigateur et partira à une page suivante, une fois le récepteur lancé.',
        receiptLog: 'consent-receipt · %s · %i',
        labels: {
          necessary: 'Fonctionnement du site',
          analytics: 'Mesure d’audience',
          ads: 'Publicité',
          social: 'Réseaux sociaux et vidéos',
          personalization: 'Personnalisation',
        },
      };

  var STORAGE_KEY = 'consent-panel'; // the default storageKey
  var detail = null; // the last event detail
  var api = null; // handed to us by the pre-load queue
  var lines = [];

  function $(selector) {
    return document.querySelector(selector);
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function whenDom(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn, { once: true });
    else fn();
  }
  function time() {
    var d = new Date();
    return [d.getHours(), d.getMinutes(), d.getSeconds()]
      .map(function (n) {
        return String(n).padStart(2, '0');
      })
      .join(':');
  }

  /** Appends a line to the status log. */
  function log(text, kind) {
    lines.push({ time: time(), text: text, kind: kind || 'info' });
    render();
  }

  /** Marks a tracker's badge in the demo strip: 'on', 'off' or 'stopped'. */
  function badge(purpose, state) {
    whenDom(function () {
      document.querySelectorAll('[data-badge="' + purpose + '"]').forEach(function (node) {
        node.setAttribute('data-state', state);
        var value = node.querySelector('.badge-state');
        if (value) value.textContent = T[state];
      });
    });
  }

  /**
   * What the page does with a tracker it loaded: `start` once the gated script
   * runs, `stop` when the purpose is withdrawn (the page stops what it
   * started), `start` again when it is granted again; the gated script itself
   * runs only once per page. `start`/`stop` get the `slot` element, return a
   * line for the log, and the slot's original content comes back on stop.
   */
  function tracker(purpose, file, options) {
    var running = false;
    var started = false;
    var slot = null;
    var original = null;
    function on() {
      if (running) return;
      running = true;
      if (slot) original = Array.prototype.slice.call(slot.childNodes);
      log(file + ' ' + (started ? T.restarted : T.started) + T.colon + options.start(slot), 'tracker');
      started = true;
      badge(purpose, 'on');
    }
    function off() {
      if (!running) return;
      running = false;
      var said = options.stop ? options.stop(slot) : '';
      if (slot && original) slot.replaceChildren.apply(slot, original);
      log(file + ' ' + T.stopped + ' (' + T.stopMsg + ')' + (said ? T.colon + said : ''), 'stop');
      badge(purpose, 'stopped');
    }
    whenDom(function () {
      slot = options.slot ? $(options.slot) : null;
      if (window.consentPanel.granted(purpose)) on();
      window.consentPanel.onChange(function (d) {
        if (d.purposes[purpose]) on();
        else off();
      });
    });
  }

  /** Reads one cookie of the page. */
  function cookie(name) {
    var found = document.cookie.split('; ').filter(function (c) {
      return c.indexOf(name + '=') === 0;
    })[0];
    return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
  }

  window.demoPage = { en: en, log: log, badge: badge, tracker: tracker, cookie: cookie, whenDom: whenDom };

  /** Names of the cookies the page can read. */
  function cookieNames() {
    return document.cookie
      ? document.cookie.split('; ').map(function (c) {
          return c.split('=')[0];
        })
      : [];
  }
  var knownCookies = cookieNames();
  /** Notes in the log the cookies that appeared or disappeared since the last look. */
  function watchCookies() {
    var now = cookieNames();
    var added = now.filter(function (name) {
      return knownCookies.indexOf(name) < 0;
    });
    var gone = knownCookies.filter(function (name) {
      return now.indexOf(name) < 0;
    });
    knownCookies = now;
    if (added.length) lines.push({ time: time(), text: T.cookiesSet.replace('%s', added.join(', ')), kind: 'cookie-set' });
    if (gone.length) lines.push({ time: time(), text: T.cookiesGone.replace('%s', gone.join(', ')), kind: 'cookie-gone' });
  }

  /** The gtag commands on window.dataLayer (`arguments` objects), one per line. */
  function dataLayerText() {
    var commands = (window.dataLayer || []).filter(function (entry) {
      return Object.prototype.toString.call(entry) === '[object Arguments]';
    });
    if (!commands.length) return T.noDataLayer;
    return commands
      .map(function (entry) {
        var args = Array.prototype.slice.call(entry);
        var values =
          args[2] && typeof args[2] === 'object'
            ? '{ ' +
              Object.keys(args[2])
                .map(function (key) {
                  return key + ': ' + JSON.stringify(args[2][key]);
                })
                .join(', ') +
              ' }'
            : JSON.stringify(args[2]);
        return 'gtag(' + JSON.stringify(args[0]) + ', ' + JSON.stringify(args[1]) + ', ' + values + ')';
      })
      .join('\n\n');
  }

  /** The social badge follows the embeds (one vendor each): on while any of them is granted. */
  var embedsShown = false;
  function embedsBadge(d) {
    var shown = Object.keys(d.vendors).filter(function (gate) {
      return gate.indexOf('social/') === 0 && d.vendors[gate];
    });
    if (shown.length) badge('social', 'on');
    else badge('social', embedsShown ? 'stopped' : 'off');
    if (shown.length || embedsShown)
      log(T.embeds.replace('%s', shown.length ? shown.join(', ') : T.noEmbed), shown.length ? 'tracker' : 'stop');
    embedsShown = shown.length > 0;
  }

  function onConsentEvent(event) {
    detail = event.detail;
    var d = event.detail;
    log(
      T.event
        .replace('%e', event.type)
        .replace('%s', d.source)
        .replace('%c', d.changed.length ? d.changed.join(', ') : '[]'),
      'event',
    );
    if (
      event.type === 'consent-ready' ||
      d.changed.some(function (gate) {
        return gate.indexOf('social') === 0;
      })
    )
      embedsBadge(d);
  }
  /**
   * Receipts (proof of consent): what became of each decision's receipt, from
   * the `consent-receipt` event. The receiver is the one `npm start` runs on
   * port 8787; without it the receipt waits in the browser, and the box says so.
   */
  var receiver = location.protocol + '//' + location.hostname + ':8787';
  function onReceipt(event) {
    var r = event.detail;
    var label = {
      stored: T.receiptStored,
      queued: T.receiptQueued,
      sent: T.receiptSent,
      rejected: T.receiptRejected,
      dropped: T.receiptDropped,
    }[r.status];
    log(T.receiptLog.replace('%s', label || r.status).replace('%i', r.id), 'event');
    whenDom(function () {
      var box = $('#demo-receipt');
      if (!box) return;
      box.setAttribute('data-status', r.status);
      var line = el('span', 'receipt-line');
      line.append(el('strong', '', label || r.status), T.colon + T.consentId + ' ', el('code', '', r.id));
      var parts = [line];
      if (r.status === 'stored') {
        var link = el('a', '', T.dashboard);
        link.href = receiver + '/dashboard';
        parts.push(el('br'), link);
      } else if (r.status === 'queued') {
        parts.push(el('br'), T.noReceiver.replace('%u', receiver + '/receipts').replace('%r', r.reason || '?'));
      } else if (r.reason) {
        parts.push(el('br'), r.reason);
      }
      box.replaceChildren.apply(box, parts);
    });
  }
  document.addEventListener('consent-receipt', onReceipt);
  document.addEventListener('consent-ready', onConsentEvent);
  document.addEventListener('consent-change', onConsentEvent);
  window.addEventListener('storage', function () {
    render();
  });

  // "Contraste élevé": a theme of the page and of the panel (its --consent-* properties), kept for the tab's visit.
  document.addEventListener('click', function (event) {
    var toggle = event.target instanceof Element && event.target.closest('.demo-contrast');
    if (!toggle) return;
    var on = toggle.getAttribute('aria-pressed') !== 'true';
    setContrast(on);
    try {
      sessionStorage.setItem('demo-contrast', on ? '1' : '');
    } catch {
      // storage blocked: the toggle still works for this page
    }
  });
  function setContrast(on) {
    document.documentElement.classList.toggle('demo-high-contrast', on);
    document.querySelectorAll('.demo-contrast').forEach(function (toggle) {
      toggle.setAttribute('aria-pressed', String(on));
    });
  }
  try {
    if (sessionStorage.getItem('demo-contrast')) document.documentElement.classList.add('demo-high-contrast');
  } catch {
    // storage blocked
  }
  document.addEventListener('DOMContentLoaded', function () {
    setContrast(document.documentElement.classList.contains('demo-high-contrast'));
  });

  // The pre-load queue: this runs before consent-panel.js, so window.consentPanel does not exist yet.
  log(T.queued.replace('%s', window.consentPanel ? T.present : T.absent), 'queue');
  (window.consentPanelQueue = window.consentPanelQueue || []).push(function (panelApi) {
    api = panelApi;
    log(T.queueCalled.replace('%s', String(panelApi.granted('analytics'))), 'queue');
  });

  function render() {
    if (document.readyState === 'loading') return; // DOMContentLoaded renders
    var purposes = $('#demo-purposes');
    if (!purposes) return;
    watchCookies();

    purposes.replaceChildren();
    if (detail) {
      Object.keys(detail.purposes).forEach(function (id) {
        var row = el('tr');
        var name = el('th');
        name.scope = 'row';
        name.append(el('span', 'purpose-label', T.labels[id] || id), ' ', el('code', '', id));
        var value = el('td');
        var ok = detail.purposes[id];
        var pill = el('span', 'pill ' + (ok ? 'pill-yes' : 'pill-no'), ok ? T.granted : T.refused);
        value.append(pill);
        row.append(name, value);
        purposes.append(row);
        // Its vendors, one row each, named purpose/vendor as everywhere in the API.
        Object.keys(detail.vendors)
          .filter(function (gate) {
            return gate.indexOf(id + '/') === 0;
          })
          .forEach(function (gate) {
            var vendorRow = el('tr', 'vendor-row');
            var vendorName = el('th');
            vendorName.scope = 'row';
            vendorName.append(el('code', '', gate));
            var vendorValue = el('td');
            var on = detail.vendors[gate];
            vendorValue.append(el('span', 'pill ' + (on ? 'pill-yes' : 'pill-no'), on ? T.granted : T.refused));
            vendorRow.append(vendorName, vendorValue);
            purposes.append(vendorRow);
          });
      });
    } else {
      var waiting = el('tr');
      var cell = el('td', '', T.waiting);
      cell.colSpan = 2;
      waiting.append(cell);
      purposes.append(waiting);
    }
    $('#demo-decided').textContent = detail ? (detail.decided ? T.yes : T.no) : '–';
    $('#demo-source').textContent = detail ? detail.source : '–';
    $('#demo-changed').textContent = detail ? (detail.changed.length ? detail.changed.join(', ') : '[]') : '–';

    var stored = null;
    try {
      stored = localStorage.getItem(STORAGE_KEY);
    } catch (e) {
      stored = String(e);
    }
    var pretty = stored;
    try {
      if (stored) pretty = JSON.stringify(JSON.parse(stored), null, 2);
    } catch {
      /* show it as it is */
    }
    $('#demo-record').textContent = pretty || T.noRecord;
    $('#demo-cookies').textContent = document.cookie ? document.cookie.split('; ').join('\n') : T.empty;
    var layer = $('#demo-datalayer');
    if (layer) {
      layer.textContent = dataLayerText();
      layer.scrollTop = layer.scrollHeight; // the latest command
    }

    var list = $('#demo-log');
    var atEnd = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
    list.replaceChildren.apply(
      list,
      lines.map(function (line) {
        var item = el('li', 'log-' + line.kind);
        item.append(el('time', '', line.time), ' ', line.text);
        return item;
      }),
    );
    if (atEnd) list.scrollTop = list.scrollHeight;

    document.querySelectorAll('[data-demo-action]').forEach(function (button) {
      button.disabled = !api;
    });
  }

  // Buttons of the status box.
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-demo-action]') : null;
    if (!target || !api) return;
    var action = target.getAttribute('data-demo-action');
    if (action === 'open') api.open();
    else if (action === 'accept') api.acceptAll();
    else if (action === 'reject') api.rejectAll();
    else if (action === 'reset') api.reset();
  });

  whenDom(render);
})();
