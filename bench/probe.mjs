// The measurement script inlined first in <head>, before the library: it records
// long tasks, layout shifts, the click (capture phase, on window, before any
// library handler) and, after it, when the gated scripts enter the DOM; on a
// first visit it watches for the library's banner.
//
// "Banner painted": the banner element is in the DOM, has a box in the viewport
// and is visible (checkVisibility with opacity and visibility). It is checked in a
// MutationObserver callback and in a requestAnimationFrame loop (for changes
// inside shadow roots and for CSS classes and transitions). Seen in a rAF callback,
// that frame paints it: the time is taken in a task posted from that callback,
// which runs after the frame. Seen elsewhere, the next rAF, then a posted task.
export function probeScript(bannerExpression, gatedPurposes) {
  return `(function () {
  var b = window.__bench = { longtasks: [], cls: 0, shifts: 0, clicks: [], banner: null };
  // The gated stand-in trackers call __benchGated() when they run.
  var need = ${JSON.stringify(gatedPurposes)};
  b.whenGated = new Promise(function (resolve) {
    window.__benchGated = function () {
      var g = window.__gated || {};
      if (need.every(function (p) { return g[p]; })) resolve();
    };
  });
  var bannerPainted;
  b.whenBanner = new Promise(function (resolve) { bannerPainted = resolve; });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { b.longtasks.push(Math.round(e.duration * 10) / 10); });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { if (!e.hadRecentInput) { b.cls += e.value; b.shifts++; } });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) {}
  // From the click on, note when each gated script element enters the DOM (the
  // library's part of the latency; the rest is the fetch and the execution).
  b.inserted = {};
  addEventListener('click', function () {
    b.clicks.push(performance.now());
    if (b.clicks.length > 1) return;
    new MutationObserver(function (records) {
      var now = performance.now();
      records.forEach(function (r) {
        r.addedNodes.forEach(function (n) {
          var m = n.nodeName === 'SCRIPT' && /\\/bench\\/gated\\/(\\w+)\\.js/.exec(n.src || '');
          if (m && !b.inserted[m[1]]) b.inserted[m[1]] = now;
        });
      });
    }).observe(document, { childList: true, subtree: true });
  }, true);
  var find = function () { return ${bannerExpression ?? 'null'}; };
  var visible = b.bannerVisible = function () {
    var el = find();
    if (!el || !el.isConnected) return false;
    var r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return false;
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  if (${bannerExpression ? 'true' : 'false'} && !/[?&]returning\\b/.test(location.search)) {
    var done = false;
    var afterFrame = function (seenAt) {
      var c = new MessageChannel();
      c.port1.onmessage = function () { b.banner = { seen: seenAt, painted: performance.now() }; bannerPainted(); };
      c.port2.postMessage(0);
    };
    var mo = new MutationObserver(function () {
      if (done || !visible()) return;
      done = true;
      mo.disconnect();
      var seenAt = performance.now();
      requestAnimationFrame(function () { afterFrame(seenAt); });
    });
    mo.observe(document, { childList: true, subtree: true, attributes: true });
    var loop = function () {
      if (done) return;
      if (visible()) {
        done = true;
        mo.disconnect();
        afterFrame(performance.now());
        return;
      }
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  }
})();`;
}
