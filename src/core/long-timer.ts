/** setTimeout wraps past 2^31-1 ms (24.8 days); longer waits are taken in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Fires at a given time. Each step measures again from the clock, so a timer
 * that fires late (a sleeping laptop, a throttled tab) does not push the end.
 */
export class LongTimer {
  private handle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly fire: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Fires at `time` (at once when it has passed); replaces any earlier wait. */
  at(time: number): void {
    this.stop();
    const delay = time - this.now();
    this.handle = setTimeout(() => (delay > MAX_DELAY ? this.at(time) : this.fire()), Math.max(0, Math.min(delay, MAX_DELAY)));
  }

  stop(): void {
    if (this.handle !== undefined) clearTimeout(this.handle);
    this.handle = undefined;
  }
}
