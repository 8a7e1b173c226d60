/** setTimeout wraps past 2^31-1 ms (24.8 days); longer waits are taken in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Fires at a given time. Each step measures again from the clock, so a timer
 * that fires late (a sleeping laptop, a throttled tab) does not push the end.
 */
export class LongTimer {
  private _handle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly _fire: () => void,
    private readonly _now: () => number = Date.now,
  ) {}

  /** Fires at `time` (at once when it has passed: setTimeout takes a negative delay as 0); replaces any earlier wait. */
  at(time: number): void {
    this.stop();
    const delay = time - this._now();
    this._handle = setTimeout(() => (delay > MAX_DELAY ? this.at(time) : this._fire()), Math.min(delay, MAX_DELAY));
  }

  stop(): void {
    clearTimeout(this._handle);
  }
}
