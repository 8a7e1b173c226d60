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
  private readonly storage: KeyValueStore;
  private readonly now: () => number;
  private readonly expiryTimer: LongTimer;
  private readonly listeners = new Set<ConsentListener>();
  private atoms: Values = {};
  private current: ConsentRecord | null = null;
  /**
   * Called with each new record before it is stored, so that a bridge (the
   * IAB TCF module) can add its own field, written with the decision.
   */
  beforeCommit: ((record: ConsentRecord, source: ConsentSource, action: ConsentAction) => void) | undefined;

  constructor(config: ConsentConfig, options: StoreOptions = {}) {
    this.config = config;
    this.storage = options.storage ?? pageStorage();
    this.now = options.now ?? Date.now;
    this.expiryTimer = new LongTimer(() => this.expire(), this.now);
    this.gpc = !!options.gpc && config.respectGpc;
    this.load(this.read());
  }

  get decided(): boolean {
    return this.current !== null;
  }

  get record(): ConsentRecord | null {
    return this.current && structuredCopy(this.current);
  }

  /** A snapshot in the shape of the events' `detail`. */
  detail(source: ConsentSource = 'init', changed: string[] = []): ConsentDetail {
    return { ...this.values(), decided: this.decided, changed, source, record: this.record };
  }

  /** The value of each switch: purposes without vendors, and each `purpose/vendor`. */
  choices(): Values {
    return { ...this.atoms };
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
    if (unknown === undefined) return list.every((gate) => this.isGranted(gate));
    reportError('gate', unknown, 'names no configured purpose or purpose/vendor.');
    return false;
  }

  /** Whether a gate names a configured purpose or `purpose/vendor`. */
  knows(gate: string): boolean {
    const [purposeId, vendorId, extra] = gate.split('/');
    const purpose = this.purpose(purposeId!);
    if (!purpose || extra !== undefined) return false;
    return vendorId === undefined || !!purpose.vendors?.some((v) => v.id === vendorId);
  }

  subscribe(listener: ConsentListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
    const atoms = this.decided ? { ...this.atoms } : this.allAtoms(false);
    let valid = 0;
    for (const [gate, value] of Object.entries(values)) {
      if (typeof value !== 'boolean') {
        reportError(`set.${gate}`, value, 'is not true or false; ignored.');
      } else if (!this.knows(gate)) {
        reportError('set', gate, 'names no configured purpose or purpose/vendor; ignored.');
      } else if (this.purpose(gate)?.required) {
        if (!value) reportError(`set.${gate}`, value, 'cannot be refused: the purpose is required.');
        valid++;
      } else {
        for (const atom of this.atomsOf(gate)) atoms[atom] = value;
        valid++;
      }
    }
    if (valid || !Object.keys(values).length) this.commit(atoms, source, 'set');
  }

  /** `kept`: the switches that stand for purposes GPC limits (the preferences' own), else the current choice. */
  acceptAll(source: ConsentSource, kept: Values = this.decided ? this.atoms : {}): void {
    const atoms = this.allAtoms(true);
    for (const purpose of this.config.purposes) {
      // Under GPC "accept all" leaves these purposes as the reader set them: they can still be granted one by one.
      if (this.gpcLimited(purpose)) for (const atom of this.atomsOf(purpose.id)) atoms[atom] = !!kept[atom];
    }
    this.commit(atoms, source, 'accept');
  }

  rejectAll(source: ConsentSource): void {
    this.commit(this.allAtoms(false), source, 'reject');
  }

  /** Forgets the decision: the record is deleted and the reader is asked again. */
  reset(source: ConsentSource = 'api'): void {
    this.storage.remove(this.config.storageKey);
    this.moveTo(null, source);
  }

  /** Reads the record again, after another tab wrote it. */
  reload(source: ConsentSource = 'storage'): void {
    this.moveTo(this.read(), source);
  }

  dispose(): void {
    this.expiryTimer.stop();
    this.listeners.clear();
  }

  private read(): ConsentRecord | null {
    return readRecord(this.storage.get(this.config.storageKey), this.config, this.now());
  }

  private commit(atoms: Values, source: ConsentSource, action: ConsentAction): void {
    const record = createRecord(this.current, this.valuesOf(atoms), this.config, this.now());
    this.beforeCommit?.(record, source, action);
    this.storage.set(this.config.storageKey, JSON.stringify(record));
    this.moveTo(record, source);
  }

  private expire(): void {
    if (this.current && expiryOf(this.current, this.config) <= this.now()) {
      this.storage.remove(this.config.storageKey);
      this.moveTo(null, 'expiry');
    } else {
      this.schedule();
    }
  }

  /** Moves to a new record (or none) and tells listeners what changed, if anything did. */
  private moveTo(record: ConsentRecord | null, source: ConsentSource): void {
    const before = this.values();
    const wasDecided = this.decided;
    this.load(record);
    const after = this.values();
    const changed = [
      ...Object.keys(after.purposes).filter((id) => after.purposes[id] !== before.purposes[id]),
      ...Object.keys(after.vendors).filter((id) => after.vendors[id] !== before.vendors[id]),
    ];
    if (!changed.length && wasDecided === this.decided) return;
    const detail = this.detail(source, changed);
    for (const listener of [...this.listeners]) guard(listener, detail, 'a listener');
  }

  private load(record: ConsentRecord | null): void {
    this.current = record;
    this.atoms = this.allAtoms(false);
    if (record) {
      for (const atom of Object.keys(this.atoms)) {
        this.atoms[atom] = (atom.includes('/') ? record.vendors[atom] : record.purposes[atom]) === true;
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.current) this.expiryTimer.at(expiryOf(this.current, this.config));
    else this.expiryTimer.stop();
  }

  private purpose(id: string): PurposeConfig | undefined {
    return this.config.purposes.find((p) => p.id === id);
  }

  /** The atoms a gate covers: a purpose's vendors, or itself. */
  private atomsOf(gate: string): string[] {
    const purpose = gate.includes('/') ? undefined : this.purpose(gate);
    return purpose?.vendors ? purpose.vendors.map((v) => `${purpose.id}/${v.id}`) : [gate];
  }

  private allAtoms(value: boolean): Values {
    const atoms: Values = {};
    for (const purpose of this.config.purposes) {
      if (!purpose.required) for (const atom of this.atomsOf(purpose.id)) atoms[atom] = value;
    }
    return atoms;
  }

  private isGranted(gate: string): boolean {
    if (this.purpose(gate)?.required) return true;
    return this.atomsOf(gate).every((atom) => this.atoms[atom] === true);
  }

  private values(): { purposes: Values; vendors: Values } {
    return this.valuesOf(this.atoms);
  }

  private valuesOf(atoms: Values): { purposes: Values; vendors: Values } {
    const purposes: Values = {};
    const vendors: Values = {};
    for (const purpose of this.config.purposes) {
      const ids = purpose.required ? [] : this.atomsOf(purpose.id);
      purposes[purpose.id] = !!purpose.required || ids.every((atom) => atoms[atom] === true);
      for (const vendor of purpose.vendors ?? []) vendors[`${purpose.id}/${vendor.id}`] = atoms[`${purpose.id}/${vendor.id}`] === true;
    }
    return { purposes, vendors };
  }
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
