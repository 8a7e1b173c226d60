import { stringify } from '../../core/json.js';
import { reportError, reportWarning } from '../../core/report.js';
import type { KeyValueStore } from '../../core/storage.js';
import { isObject } from '../../core/validate.js';
import type { Receipt } from './receipt.js';
import { beacon, bodyBytes, MAX_BODY_BYTES, post, type Outcome } from './transport.js';

/**
 * What became of a receipt: `stored` (the receiver answered 2xx), `queued`
 * (not sent: kept for a later page), `sent` (handed to `sendBeacon` as the
 * page went away: no answer can come back), `rejected` (refused for good: a
 * 4xx other than 408 and 429, or over 8 KB), `dropped` (pushed out of a full
 * queue).
 */
export type ReceiptStatus = 'stored' | 'queued' | 'sent' | 'rejected' | 'dropped';

/** At most this many receipts wait; a newer one pushes out the oldest. */
export const MAX_QUEUED = 20;

// Taken when the script loads, before page code can replace it.
const { parse } = JSON;

export interface OutboxOptions {
  storage: KeyValueStore;
  /** The storage key of the queue. */
  key: string;
  /** The Web Lock that every tab of the site takes to touch the queue. */
  lock: string;
  url: string;
  report(receipt: Receipt, status: ReceiptStatus, reason?: string): void;
}

/**
 * The receipts not yet stored by the receiver: a small bounded queue in the
 * consent store's storage, shared by the site's tabs. Every read and write of
 * the queue, and every sending of it, happens under one Web Lock, so two tabs
 * never send the same receipt: the second finds it gone.
 */
export class ReceiptOutbox {
  /** Made on this page, not yet in the queue. */
  private readonly pending = new Set<Receipt>();

  constructor(private readonly options: OutboxOptions) {}

  /** A new receipt: into the queue, then the queue is sent. */
  add(receipt: Receipt): Promise<void> {
    this.pending.add(receipt);
    return this.locked(async () => {
      // The page went away meanwhile, and the beacon took it.
      if (!this.pending.delete(receipt)) return;
      const list = this.read();
      list.push(receipt);
      this.write(this.bounded(list));
      await this.send();
    });
  }

  /** Sends what earlier pages (or tabs) left in the queue. */
  flush(): Promise<void> {
    return this.locked(() => this.send());
  }

  /**
   * The page goes away with receipts not yet in the queue (waiting for the
   * lock): each goes by `sendBeacon`, the one way left to send, and one the
   * browser refuses is queued for a later page. What is already queued
   * stays there: it failed on this page, and a beacon could not tell whether
   * it fails again.
   */
  pageHidden(): void {
    const refused: Receipt[] = [];
    for (const receipt of this.pending) {
      this.pending.delete(receipt);
      if (beacon(this.options.url, stringify(receipt))) this.options.report(receipt, 'sent');
      else refused.push(receipt);
    }
    // No lock can be waited for now: at worst another tab's write of the same moment wins.
    if (refused.length) {
      this.write(this.bounded([...this.read(), ...refused]));
      refused.forEach((receipt) => this.options.report(receipt, 'queued', 'the beacon was refused'));
    }
  }

  private locked(action: () => Promise<void>): Promise<void> {
    let granted = false;
    return (
      navigator.locks
        .request(this.options.lock, () => ((granted = true), action()))
        // No lock to be had (a frame sandboxed without allow-same-origin, whose storage is its own page's): no other tab
        // shares this queue, so the action runs without one rather than never.
        .catch((error: unknown) => {
          if (granted) throw error;
          return action();
        })
        .then(
          () => {},
          (error: unknown) => {
            console.error('consent-panel: the receipts could not be sent:', error);
          },
        )
    );
  }

  /** Under the lock: the queue, oldest first, until the receiver cannot take one. */
  private async send(): Promise<void> {
    const list = this.read();
    for (let i = 0; i < list.length; i++) {
      const receipt = list[i];
      const body = stringify(receipt);
      const outcome: Outcome =
        bodyBytes(body) > MAX_BODY_BYTES
          ? { result: 'rejected', reason: `is over ${MAX_BODY_BYTES} bytes` }
          : await post(this.options.url, body);
      if (outcome.result === 'retry') {
        const waiting = list.slice(i);
        reportWarning(`${waiting.length} receipt(s) could not be sent to ${this.options.url} (${outcome.reason}); kept for a later page.`);
        waiting.forEach((r) => this.options.report(r, 'queued', outcome.reason));
        return;
      }
      this.remove(body);
      if (outcome.result === 'rejected')
        reportError('receipt', receipt.id, `was refused by ${this.options.url} (${outcome.reason}); not sent again.`);
      this.options.report(receipt, outcome.result, outcome.result === 'rejected' ? outcome.reason : undefined);
    }
  }

  private bounded(list: Receipt[]): Receipt[] {
    while (list.length > MAX_QUEUED) {
      const dropped = list.shift()!;
      reportWarning(`the receipts queue is full: the receipt of ${dropped.decidedAt} is dropped.`);
      this.options.report(dropped, 'dropped');
    }
    return list;
  }

  private remove(body: string): void {
    const list = this.read();
    const index = list.findIndex((receipt) => stringify(receipt) === body);
    if (index >= 0) list.splice(index, 1);
    this.write(list);
  }

  /** The queue as stored; what is not a receipt (another script's write, a damaged value) is reported and left out. */
  private read(): Receipt[] {
    const raw = this.options.storage.get(this.options.key);
    if (raw === null) return [];
    let data: unknown;
    try {
      data = parse(raw);
    } catch {
      data = raw;
    }
    if (!Array.isArray(data)) {
      reportError(this.options.key, raw, 'is not a list of receipts; emptied.');
      return [];
    }
    return data.filter((item): item is Receipt => {
      const valid = isObject(item) && typeof item.id === 'string' && typeof item.decidedAt === 'string';
      if (!valid) reportError(this.options.key, item, 'is not a receipt; dropped.');
      return valid;
    });
  }

  private write(list: Receipt[]): void {
    if (list.length) this.options.storage.set(this.options.key, stringify(list));
    else this.options.storage.remove(this.options.key);
  }
}
