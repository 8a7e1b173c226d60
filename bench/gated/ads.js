// A stand-in tracker gated on "ads": records when it executes (performance.now())
// and tells the benchmark's probe.
(function (w) {
  var g = w.__gated || (w.__gated = {});
  (g.ads || (g.ads = [])).push(performance.now());
  if (w.__benchGated) w.__benchGated();
})(window);
