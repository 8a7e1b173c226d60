import type { GVL, Vendor } from '@iabtechlabtcf/core';
import type { ConsentRecord } from '../../core/types.js';
import { addtlConsentDisclosed, addtlConsentString } from './addtl-consent.js';
import { encodeTcString } from './encode.js';
import { carries, decodes } from './stored-record.js';
import { computeSignals } from './signals.js';
import type { StoredTcf, TcfChoices, TcfSettings } from './types.js';

/**
 * The TCF part of a record for the vendor list in use: encoding it from the
 * site purposes and the reader's TCF choices, and checking a stored one
 * against that list and against the record it came with.
 */
export class TcEncoder {
  constructor(
    private readonly gvl: GVL,
    /** The configured vendors, as the vendor list has them. */
    readonly vendors: Vendor[],
    private readonly settings: TcfSettings,
  ) {}

  /** The Additional Consent string for these site purposes (null: undecided), when the site configures it. */
  addtlConsent(purposes: Record<string, boolean> | null): string | undefined {
    const atp = this.settings.addtlConsent;
    return (
      atp &&
      addtlConsentString(
        atp.providers.map((p) => p.id),
        !!purposes?.[atp.purpose],
      )
    );
  }

  /** The TCF part of a record: signals from the site purposes (null: undecided) and the TCF choices, encoded. */
  encode(purposes: Record<string, boolean> | null, choices: TcfChoices, screen: number): StoredTcf {
    const signals = computeSignals(this.vendors, this.settings.purposeMap, purposes, choices);
    return {
      tcString: encodeTcString(this.gvl, this.settings, signals, screen),
      ...(this.settings.addtlConsent && { addtlConsent: this.addtlConsent(purposes) }),
      disclosedVendors: signals.disclosedVendors,
      ...choices,
      policyVersion: this.gvl.tcfPolicyVersion,
      vendorListVersion: this.gvl.vendorListVersion,
    };
  }

  /**
   * Why a stored TCF part cannot stand for the vendor list in use (it must
   * disclose every configured vendor and Additional Consent provider under the
   * current policy version, in a readable TC string), or undefined when it can.
   */
  staleness(stored: StoredTcf | undefined): string | undefined {
    const atpIds = this.settings.addtlConsent?.providers.map((p) => p.id) ?? [];
    if (!stored) return 'has no TC string';
    if (stored.policyVersion !== this.gvl.tcfPolicyVersion) return `is of TCF policy version ${stored.policyVersion}`;
    if (!this.vendors.every((v) => stored.disclosedVendors.includes(v.id))) return 'does not cover every vendor';
    if (!atpIds.every((id) => addtlConsentDisclosed(stored.addtlConsent).includes(id)))
      return 'does not cover every Additional Consent provider';
    if (!decodes(stored.tcString)) return 'has an unreadable TC string';
    return undefined;
  }

  /** Whether a stored TCF part's TC string (and Additional Consent string) says what the record's choices say. */
  agrees(record: ConsentRecord, stored: StoredTcf): boolean {
    const signals = computeSignals(this.vendors, this.settings.purposeMap, record.purposes, stored);
    return (
      carries(stored.tcString, signals, this.settings.cmpId, this.gvl.tcfPolicyVersion) &&
      stored.addtlConsent === this.addtlConsent(record.purposes)
    );
  }
}
