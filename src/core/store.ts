import { atomsOf } from './atoms.js';
import { stringify } from './json.js';
import { expiryOf, createRecord, readRecord } from './record.js';
import { guard, reportError } from './report.js';
import { pageStorage, type KeyValueStore } from './storage.js';
import { LongTimer } from './long-timer.js';
import { isObject } from './validate.js';
import type {
  ConsentAction, ConsentConfig, ConsentDetail, ConsentListener, ConsentRecord, ConsentSource, PurposeConfig,
} from './types.js';

export interface StoreOptions {
  storage?: KeyValueStore;
  now?: () => number;
  /** The browser sends Global Privacy Control and the site respects it. */
  gpc?: boolean;
}

type Values = Record<string, boolean>;

/**
 * The single source of truth for the reader's consent. Plain TypeScript: no
 * page, no view. It reads and writes the record, expires it, and tells its
 * listeners about every change.
 *
 * Values are kept per "atom": a purpose without vendors, or one `purpose/vendor`.
 * A purpose with vendors is granted when all of its vendors are.
 *
 * @example
 * const store = new ConsentStore(normalizeConfig({ revision: '2' }));
 * store.subscribe((detail) => console.log(detail.changed));
 * store.decide({ analytics: true }, 'api');
 */
export class ConsentStore {
  readonly config: ConsentConfig;
  readonly gpc: boolean;
  private readonly _storage: KeyValueStore;
  private readonly _now: () => number;
  private readonly _expiryTimer: LongTimer;
  private readonly _listeners = new Set<ConsentListener>();
  private _atoms: Values = {};
  private _current: ConsentRecord | null = null;
  /**
   * Called with each new record before it is stored, so that a bridge (the
   * IAB TCF module) can add its own field, written with the decision.
   */
  beforeCommit: ((record: ConsentRecord, source: ConsentSource, action: ConsentAction) => void) | undefined;

  constructor(config: ConsentConfig, options: StoreOptions = {}) {
    this.config = config;
    this._storage = options.storage ?? pageStorage();
    this._now = options.now ?? Date.now;
    this._expiryTimer = new LongTimer(() => this._expire(), this._now);
    this.gpc = !!options.gpc && config.respectGpc;
    this._load(this._read());
  }

  get decided(): boolean {
    return this._current !== null;
  }

  get record(): ConsentRecord | null {
    return this._current && structuredCopy(this._current);
  }

  /** A snapshot in the shape of the events' `detail`. */
  detail(source: ConsentSource = 'init', changed: string[] = []): ConsentDetail {
    return { ...this._valuesOf(this._atoms), decided: this.decided, changed, source, record: this.record };
  }

  /** The value of each switch: purposes without vendors, and each `purpose/vendor`. */
  choices(): Values {
    return { ...this._atoms };
  }

  /** Purposes refused by default because of Global Privacy Control. */
  gpcLimited(purpose: PurposeConfig): boolean {
    return this.gpc && !purpose.required && (purpose.gpc ?? purpose.id === 'ads');
  }

  /**
   * True when every gate in a space-separated list (`ads social/x`) is granted.
   * An unknown gate is reported and never granted.
   */
  granted(gates: string): boolean {
    const list = typeof gates === 'string' ? gates.split(/\s+/).filter(Boolean) : [];
    const unknown = list.length ? list.find((gate) => !this.knows(gate)) : String(gates);
    const values = this._gates();
    if (unknown === undefined) return list.every((gate) => values[gate]);
    reportError('gate', unknown, 'names no configured purpose or purpose/vendor.');
    return false;
  }

  /** Whether a gate names a configured purpose or `purpose/vendor`. */
  knows(gate: string): boolean {
    return this.config.purposes.some((purpose) => purpose.id === gate || atomsOf(purpose).includes(gate));
  }

  subscribe(listener: ConsentListener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  /**
   * A decision: the values given (purposes or `purpose/vendor` gates) merge
   * into the current ones; while undecided, everything else stays refused.
   */
  decide(values: Record<string, unknown>, source: ConsentSource): void {
    if (!isObject(values)) {
      reportError('set', values, 'is not an object; nothing decided.');
      return;
    }
    // Undecided, the current values are all refusals.
    const atoms = { ...this._atoms };
    let valid = 0;
    for (const [gate, value] of Object.entries(values)) {
      if (typeof value !== 'boolean') {
        reportError(`set.${gate}`, value, 'is not true or false; ignored.');
      } else if (!this.knows(gate)) {
        reportError('set', gate, 'names no configured purpose or purpose/vendor; ignored.');
      } else {
        // A purpose stands for its vendors; a purpose/vendor gate, for itself.
        const purpose = this.config.purposes.find((p) => p.id === gate);
        if (!purpose?.required) for (const atom of purpose ? atomsOf(purpose) : [gate]) atoms[atom] = value;
        else if (!value) reportError(`set.${gate}`, value, 'cannot be refused: the purpose is required.');
        valid++;
      }
    }
    if (valid || !Object.keys(values).length) this._commit(atoms, source, 'set');
  }

  /** `kept`: the switches that stand for purposes GPC limits (the preferences' own), else the current choice. */
  acceptAll(source: ConsentSource, kept: Values = this._atoms): void {
    const atoms = this._allAtoms(true);
    for (const purpose of this.config.purposes) {
      // Under GPC "accept all" leaves these purposes as the reader set them: they can still be granted one by one.
      if (this.gpcLimited(purpose)) for (const atom of atomsOf(purpose)) atoms[atom] = !!kept[atom];
    }
    this._commit(atoms, source, 'accept');
  }

  rejectAll(source: ConsentSource): void {
    this._commit(this._allAtoms(false), source, 'reject');
  }

  /** Forgets the decision: the record is deleted and the reader is asked again. */
  reset(source: ConsentSource): void {
    this._storage.remove(this.config.storageKey);
    this._moveTo(null, source);
  }

  /** Reads the record again, after another tab wrote it. */
  reload(source: ConsentSource): void {
    this._moveTo(this._read(), source);
  }

  dispose(): void {
    this._expiryTimer.stop();
    this._listeners.clear();
  }

  private _read(): ConsentRecord | null {
    return readRecord(this._storage.get(this.config.storageKey), this.config, this._now());
  }

  private _commit(atoms: Values, source: ConsentSource, action: ConsentAction): void {
    const record = createRecord(this._current, this._valuesOf(atoms), this.config, this._now());
    this.beforeCommit?.(record, source, action);
    this._storage.set(this.config.storageKey, stringify(record));
    this._moveTo(record, source);
  }

  private _expire(): void {
    if (this._current && expiryOf(this._current, this.config) <= this._now()) {
      this._storage.remove(this.config.storageKey);
      this._moveTo(null, 'expiry');
    } else {
      this._schedule();
    }
  }

  /** Moves to a new record (or none) and tells listeners what changed, if anything did. */
  private _moveTo(record: ConsentRecord | null, source: ConsentSource): void {
    const before = this._gates();
    const wasDecided = this.decided;
    this._load(record);
    const after = this._gates();
    const changed = Object.keys(after).filter((gate) => after[gate] !== before[gate]);
    if (!changed.length && wasDecided === this.decided) return;
    const detail = this.detail(source, changed);
    for (const listener of [...this._listeners]) guard(listener, detail, 'a listener');
  }

  private _load(record: ConsentRecord | null): void {
    this._current = record;
    this._atoms = this._allAtoms(false);
    if (record) {
      // Atoms are purposes without vendors and purpose/vendor gates: no name is both.
      const values = { ...record.purposes, ...record.vendors };
      for (const atom of Object.keys(this._atoms)) this._atoms[atom] = values[atom] === true;
    }
    this._schedule();
  }

  private _schedule(): void {
    if (this._current) this._expiryTimer.at(expiryOf(this._current, this.config));
    else this._expiryTimer.stop();
  }

  private _allAtoms(value: boolean): Values {
    const atoms: Values = {};
    for (const purpose of this.config.purposes) {
      if (!purpose.required) for (const atom of atomsOf(purpose)) atoms[atom] = value;
    }
    return atoms;
  }

  /** Every purpose, then every `purpose/vendor`, with its value. */
  private _gates(): Values {
    const { purposes, vendors } = this._valuesOf(this._atoms);
    return { ...purposes, ...vendors };
  }

  private _valuesOf(atoms: Values): { purposes: Values; vendors: Values } {
    const purposes: Values = {};
    const vendors: Values = {};
    for (const purpose of this.config.purposes) {
      const ids = atomsOf(purpose);
      purposes[purpose.id] = !!purpose.required || ids.every((atom) => atoms[atom] === true);
      if (purpose.vendors) for (const atom of ids) vendors[atom] = atoms[atom] === true;
    }
    return { purposes, vendors };
  }

  /**
   * Adds what a bridge keeps with the current decision (the IAB TCF module's
   * `tcf`) to its record, in memory and in storage, without a new decision
   * or an event. Nothing happens when `id` is not the current record's.
   */
  amend(id: string, fields: { tcf: Record<string, unknown> }): void {
    if (this._current?.id !== id) return;
    this._current.tcf = fields.tcf;
    this._storage.set(this.config.storageKey, stringify(this._current));
  }
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(stringify(value)) as T;
}
