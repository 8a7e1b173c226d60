// The dashboard's charts: reads the figures the server put in #stats and draws
// them with uPlot. No network request, no HTML built from data (uPlot writes
// labels as text).
(function () {
  'use strict';
  var source = document.getElementById('stats');
  if (!source || typeof uPlot !== 'function') return;
  var stats = JSON.parse(source.textContent || '{"days":[]}');
  var days = stats.days || [];
  var x = days.map(function (d) {
    return Date.parse(d.day + 'T00:00:00Z') / 1000;
  });
  var COLORS = ['#1b6e3a', '#b3261e', '#3554a5', '#8a5a00', '#6b3fa0', '#00796b', '#c2185b', '#455a64'];
  function width(el) {
    return Math.max(320, Math.min(900, el.clientWidth || 800));
  }
  function draw(id, series, data, yLabel) {
    var el = document.getElementById(id);
    if (!el) return;
    new uPlot(
      {
        width: width(el),
        height: 280,
        scales: { x: { time: true } },
        axes: [{}, { label: yLabel }],
        series: [{ label: 'Day' }].concat(series),
      },
      [x].concat(data),
      el,
    );
  }
  var actions = [
    ['acceptAll', 'Accept all'],
    ['rejectAll', 'Reject all'],
    ['custom', 'Custom'],
  ];
  draw(
    'actions-chart',
    actions.map(function (a, i) {
      return { label: a[1], stroke: COLORS[i], width: 2 };
    }),
    actions.map(function (a) {
      return days.map(function (d) {
        return d.actions[a[0]];
      });
    }),
    'Decisions',
  );
  var names = [];
  days.forEach(function (d) {
    Object.keys(d.purposes).forEach(function (name) {
      if (names.indexOf(name) < 0) names.push(name);
    });
  });
  names.sort();
  draw(
    'purposes-chart',
    names.map(function (name, i) {
      return {
        label: name,
        stroke: COLORS[i % COLORS.length],
        width: 2,
        value: function (u, v) {
          return v == null ? '–' : v.toFixed(1) + ' %';
        },
      };
    }),
    names.map(function (name) {
      return days.map(function (d) {
        var p = Object.prototype.hasOwnProperty.call(d.purposes, name) ? d.purposes[name] : null;
        return p && p.total ? p.share * 100 : null;
      });
    }),
    '% granted',
  );
})();
