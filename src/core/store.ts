import { atomsOf } from './atoms.js';
import { stringify } from './json.js';
import { expiryOf, createRecord, readRecord } from './record.js';
import { guard, reportError } from './report.js';
import { pageStorage, type KeyValueStore } from './storage.js';
import { table } from './table.js';
import { LongTimer } from './long-timer.js';
import { isObject } from './validate.js';
import type { ConsentAction, ConsentConfig, ConsentDetail, ConsentListener, ConsentRecord, ConsentSource, PurposeConfig } from './types.js';

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
  /** Changes made and not yet told to every listener, oldest first. */
  private readonly _queue: ConsentDetail[] = [];
  private _delivering = false;
  /** Kept in a table: no id answers from Object.prototype. */
  private _atoms: Values = table();
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
    this._moveTo(this._read(), 'init');
  }

  /** Where the record is kept: modules that keep something beside it (the receipts' queue) use the same storage. */
  get storage(): KeyValueStore {
    return this._storage;
  }

  get decided(): boolean {
    return this._current !== null;
  }

  get record(): ConsentRecord | null {
    return this._current && copy(this._current);
  }

  /** A snapshot in the shape of the events' `detail`. */
  detail(source: ConsentSource = 'init', changed: string[] = []): ConsentDetail {
    return this._detail(this._atoms, this._current, source, changed);
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
   * A list that names no gate, or an unknown one, is reported and never granted.
   */
  granted(gates: string): boolean {
    const values = this._gates();
    return this.check(gates) && gates.split(/\s+/).every((gate) => !gate || values[gate]);
  }

  /** Whether a list of gates names at least one, and only configured ones; reported otherwise. */
  check(gates: unknown): gates is string {
    const list = typeof gates === 'string' ? gates.split(/\s+/).filter(Boolean) : [];
    const unknown = list.find((gate) => !this.knows(gate));
    if (list.length && unknown === undefined) return true;
    reportError('gate', unknown ?? gates, 'names no configured purpose or purpose/vendor.');
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
   * Runs `action`, then tells the listeners about the changes made, in the
   * order they were made: each change reaches every listener before the next
   * goes out. A change made by a listener (a decision in a `consent-change`
   * handler) waits its turn, so every listener ends on the last one.
   */
  deliver(action?: () => void): void {
    if (this._delivering) return action?.();
    this._delivering = true;
    try {
      action?.();
      for (let detail; (detail = this._queue.shift());) for (const listener of [...this._listeners]) guard(listener, detail, 'a listener');
    } finally {
      this._delivering = false;
    }
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
    const atoms = table(this._fresh());
    const entries = Object.entries(values);
    let valid = 0;
    for (const [gate, value] of entries) {
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
    // The preferences of a site whose purposes are all required save no switch, and still decide.
    if (valid || (!entries.length && source !== 'api')) this._commit(atoms, source, 'set');
    else if (!entries.length) reportError('set', values, 'names no configured purpose or purpose/vendor; nothing decided.');
  }

  /** `kept`: the switches that stand for purposes GPC limits (the preferences' own), else the current choice. */
  acceptAll(source: ConsentSource, kept?: Values): void {
    const atoms = this._allAtoms(true);
    const own = table(kept ?? this._fresh());
    for (const purpose of this.config.purposes) {
      // Under GPC "accept all" leaves these purposes as the reader set them: they can still be granted one by one.
      if (this.gpcLimited(purpose)) for (const atom of atomsOf(purpose)) atoms[atom] = own[atom] === true;
    }
    this._commit(atoms, source, 'accept');
  }

  /** Refuses consent; an exempt purpose stays as it is: refusing consent is not objecting. */
  rejectAll(source: ConsentSource): void {
    this._commit(this._allAtoms(false, this._fresh()), source, 'reject');
  }

  /** Forgets the decision: the record is deleted and the reader is asked again. */
  reset(source: ConsentSource): void {
    this._storage.remove(this.config.storageKey);
    this._moveTo(null, source);
  }

  /**
   * Reads the record again, after another tab wrote it; also before each
   * decision, which merges into the current values: a change another tab
   * made whose `storage` event has not arrived yet (a withdrawal, an
   * objection) is not undone by one made here on older values.
   */
  reload(source: ConsentSource): void {
    this._moveTo(this._read(), source);
  }

  dispose(): void {
    this._expiryTimer.stop();
    this._listeners.clear();
    this._queue.length = 0;
  }

  /** The current values, once the record is read again: what a decision merges into (see reload). */
  private _fresh(): Values {
    this.reload('storage');
    return this._atoms;
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

  /** Moves to a new record (or none) and tells listeners what changed, if anything did, once they have heard of the changes before. */
  private _moveTo(record: ConsentRecord | null, source: ConsentSource): void {
    const atoms = this._atomsOf(record);
    const before = this._gates();
    const after = this._gates(atoms);
    const changed = Object.keys(after).filter((gate) => after[gate] !== before[gate]);
    // What the listeners get is made before the state moves: nothing that
    // throws on the way can leave the store ahead of them.
    const detail = this._detail(atoms, record, source, changed);
    const moved = changed.length || !record !== !this._current;
    this._current = record;
    this._atoms = atoms;
    if (moved) {
      this._queue.push(detail);
      this.deliver();
    }
    this._schedule();
  }

  private _detail(atoms: Values, record: ConsentRecord | null, source: ConsentSource, changed: string[]): ConsentDetail {
    return { ...this._valuesOf(atoms), decided: !!record, changed, source, record: record && copy(record) };
  }

  /** The switches' values a record holds: all refused without one, but exempt purposes. */
  private _atomsOf(record: ConsentRecord | null): Values {
    const atoms = this._allAtoms(false, table());
    if (record) {
      // Atoms are purposes without vendors and purpose/vendor gates: no name is both.
      const values = table(record.purposes, record.vendors);
      for (const atom of Object.keys(atoms)) atoms[atom] = values[atom] === true;
    }
    return atoms;
  }

  private _schedule(): void {
    if (this._current) this._expiryTimer.at(expiryOf(this._current, this.config));
    else this._expiryTimer.stop();
  }

  /** Every switch set to `value`; with `exempt`, an exempt purpose's keep their value there, granted unless objected to. */
  private _allAtoms(value: boolean, exempt?: Values): Values {
    const atoms: Values = table();
    for (const purpose of this.config.purposes) {
      if (!purpose.required)
        for (const atom of atomsOf(purpose)) atoms[atom] = value || (!!exempt && !!purpose.exempt && exempt[atom] !== false);
    }
    return atoms;
  }

  /** Every purpose, then every `purpose/vendor`, with its value. */
  private _gates(atoms = this._atoms): Values {
    const { purposes, vendors } = this._valuesOf(atoms);
    return table(purposes, vendors);
  }

  private _valuesOf(atoms: Values): { purposes: Values; vendors: Values } {
    const purposes: Values = table();
    const vendors: Values = table();
    for (const purpose of this.config.purposes) {
      const ids = atomsOf(purpose);
      purposes[purpose.id] = !!purpose.required || ids.every((atom) => atoms[atom] === true);
      if (purpose.vendors) for (const atom of ids) vendors[atom] = atoms[atom] === true;
    }
    // Plain objects for page code, made by definition: every id an own property.
    return { purposes: { ...purposes }, vendors: { ...vendors } };
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

/** A deep copy of plain data (the record), made without JSON, which page code can replace. */
function copy<T>(value: T): T {
  return (
    Array.isArray(value)
      ? value.map(copy)
      : isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([key, v]) => [key, copy(v)]))
        : value
  ) as T;
}
