// @ts-check
// A token bucket per origin: `rate` receipts per second sustained, bursts up to
// one second's worth. Kept per instance (several instances behind a load
// balancer each apply it), and only for allowed origins, so the map is bounded.

export class RateLimit {
  /** @param {number} rate @param {() => number} [now] */
  constructor(rate, now = () => performance.now()) {
    this.rate = rate;
    this.now = now;
    /** @type {Map<string, { tokens: number, at: number }>} */
    this.buckets = new Map();
  }

  /** Whether one more receipt from `origin` is allowed now. @param {string} origin */
  take(origin) {
    const now = this.now();
    const bucket = this.buckets.get(origin) ?? { tokens: this.rate, at: now };
    bucket.tokens = Math.min(this.rate, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
    bucket.at = now;
    this.buckets.set(origin, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
