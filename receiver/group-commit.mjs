// @ts-check
// Group commit: receipts that arrive while a transaction is being written wait
// for the next one, so one commit (one disk flush) acknowledges many receipts.
// Each caller's promise settles only once its own transaction has committed or
// failed: a 201 always means "in the database".

/**
 * @template T
 */
export class GroupCommit {
  /**
   * @param {(items: T[]) => Promise<void>} write writes all items in one transaction
   * @param {{ windowMs?: number, maxBatch?: number, maxWaiting?: number, parallel?: number }} [options]
   *   windowMs: how long the first receipt of a batch waits for company;
   *   parallel: how many transactions may be written at the same time
   *   (PostgreSQL commits on several connections at once; SQLite has one writer);
   *   maxBatch: a batch that fills up is written at once;
   *   maxWaiting: beyond this many receipts waiting (a database that hangs),
   *   new ones are refused at once instead of filling the memory
   */
  constructor(write, { windowMs = 2, maxBatch = 500, maxWaiting = 20_000, parallel = 1 } = {}) {
    this.write = write;
    this.parallel = parallel;
    this.maxWaiting = maxWaiting;
    this.windowMs = windowMs;
    this.maxBatch = maxBatch;
    /** @type {{ item: T, resolve: () => void, reject: (error: unknown) => void }[]} */
    this.queue = [];
    this.inFlight = 0;
    /** @type {ReturnType<typeof setTimeout> | null} */
    this.timer = null;
    /** @type {(() => void) | null} */
    this.onIdle = null;
  }

  /** @param {T} item @returns {Promise<void>} resolves once committed */
  add(item) {
    if (this.queue.length >= this.maxWaiting)
      return Promise.reject(new Error(`${this.queue.length} receipts already wait for the database`));
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.inFlight >= this.parallel) return;
      if (this.queue.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.windowMs);
    });
  }

  /** Writes what is waiting now; further receipts wait for the next batch. */
  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight >= this.parallel || !this.queue.length) return;
    const batch = this.queue.splice(0, this.maxBatch);
    this.inFlight++;
    this.write(batch.map((b) => b.item)).then(
      () => this.settle(batch, null),
      (error) => this.settle(batch, error ?? new Error('write failed')),
    );
  }

  /**
   * @param {{ resolve: () => void, reject: (error: unknown) => void }[]} batch
   * @param {unknown} error
   */
  settle(batch, error) {
    this.inFlight--;
    for (const b of batch) error ? b.reject(error) : b.resolve();
    // What arrived during the write goes next, without waiting for a window.
    if (this.queue.length) this.flush();
    else if (!this.inFlight) this.onIdle?.();
  }

  /** Resolves once every receipt handed in so far has been written or refused. */
  drain() {
    if (!this.inFlight && !this.queue.length) return Promise.resolve();
    this.flush();
    return new Promise((resolve) => {
      const previous = this.onIdle;
      this.onIdle = () => {
        this.onIdle = previous;
        resolve(undefined);
        previous?.();
      };
    });
  }
}
