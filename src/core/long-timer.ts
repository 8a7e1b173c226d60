/** setTimeout wraps past 2^31-1 ms (24.8 days); longer waits are taken in steps. */
const MAX_DELAY = 2 ** 31 - 1;

export class LongTimer {
  private handle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly fire: () => void) {}

  /** Fires after `delay` ms (at once when it is not positive); replaces any earlier wait. */
  at(delay: number): void {
    this.stop();
    const step = Math.max(0, Math.min(delay, MAX_DELAY));
    this.handle = setTimeout(() => (delay > MAX_DELAY ? this.at(delay - MAX_DELAY) : this.fire()), step);
  }

  stop(): void {
    if (this.handle !== undefined) clearTimeout(this.handle);
    this.handle = undefined;
  }
}
