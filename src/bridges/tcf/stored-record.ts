import { TCString, type TCModel, type Vector } from '@iabtechlabtcf/core';
import type { ConsentStore } from '../../core/store.js';
import type { ConsentAction, ConsentRecord } from '../../core/types.js';
import type { TcfSignals } from './types.js';

/** How a decision was made, from its values: every purpose granted, none, or some. */
export function actionOf(record: ConsentRecord, store: ConsentStore): ConsentAction {
  const values = store.config.purposes.filter((p) => !p.required).map((p) => record.purposes[p.id]);
  return values.every(Boolean) ? 'accept' : values.some(Boolean) ? 'set' : 'reject';
}

function decode(tcString: string): TCModel | undefined {
  try {
    return TCString.decode(tcString);
  } catch {
    return undefined;
  }
}

export const decodes = (tcString: string): boolean => !!decode(tcString);

const ids = (list: Iterable<number>) => [...list].sort((a, b) => a - b).join();

/**
 * Whether a stored TC string says exactly what `signals` (computed from the
 * record's choices) say, for this CMP and policy version: a string that
 * grants more, or less, than the record is not the reader's.
 */
export function carries(tcString: string, signals: TcfSignals, cmpId: number, policyVersion: number): boolean {
  const model = decode(tcString);
  if (!model || model.cmpId !== cmpId || model.policyVersion !== policyVersion || !model.isServiceSpecific) return false;
  const pairs: [Vector, number[]][] = [
    [model.purposeConsents, signals.purposeConsents],
    [model.purposeLegitimateInterests, signals.purposeLegitimateInterests],
    [model.vendorConsents, signals.vendorConsents],
    [model.vendorLegitimateInterests, signals.vendorLegitimateInterests],
    [model.specialFeatureOptins, signals.specialFeatureOptins],
    [model.vendorsDisclosed, signals.disclosedVendors],
    [model.publisherConsents, signals.publisherConsents],
    [model.publisherLegitimateInterests, []],
  ];
  return pairs.every(([vector, expected]) => ids(vector.values()) === ids(expected));
}
