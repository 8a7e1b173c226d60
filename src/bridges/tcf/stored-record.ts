import { TCString } from '@iabtechlabtcf/core';
import type { ConsentStore } from '../../core/store.js';
import type { ConsentAction, ConsentRecord } from '../../core/types.js';
import type { StoredTcf } from './types.js';

/** How a decision was made, from its values: every purpose granted, none, or some. */
export function actionOf(record: ConsentRecord, store: ConsentStore): ConsentAction {
  const values = store.config.purposes.filter((p) => !p.required).map((p) => record.purposes[p.id]);
  return values.every(Boolean) ? 'accept' : values.some(Boolean) ? 'set' : 'reject';
}

export function decodes(tcString: string): boolean {
  try {
    TCString.decode(tcString);
    return true;
  } catch {
    return false;
  }
}

/** Adds the TCF part to the stored record, without a new decision. */
export function amendRecord(key: string, id: string, tcf: StoredTcf): void {
  try {
    const record = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (record?.id !== id) return;
    record.tcf = tcf;
    localStorage.setItem(key, JSON.stringify(record));
  } catch {
    /* storage unavailable: the string lives for this page */
  }
}
