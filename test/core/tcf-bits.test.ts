// The TC strings read by a decoder written here from the TCF v2 string format
// (IAB Tech Lab, "Consent string and vendor list formats v2"), independent of
// the IAB library that encodes them: field by field, segment by segment.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { GVL, TCString, type VendorList } from '@iabtechlabtcf/core';
import { choicesAfter, NO_CHOICES } from '../../src/bridges/tcf/choices.js';
import { encodeTcString } from '../../src/bridges/tcf/encode.js';
import { computeSignals } from '../../src/bridges/tcf/signals.js';
import type { TcfChoices, TcfSettings } from '../../src/bridges/tcf/types.js';

const LIST = JSON.parse(readFileSync(new URL('../../../../test/e2e/fixtures/tcf/vendor-list.json', import.meta.url), 'utf8')) as VendorList;
const IDS = [10, 21, 42, 755];
const settings: TcfSettings = {
  cmpId: 300,
  cmpVersion: 12,
  gvlUrl: 'https://journal.example/gvl/vendor-list.json',
  vendors: IDS,
  publisherCountryCode: 'FR',
  purposeMap: { analytics: [1, 8, 9, 10], ads: [1, 2, 3, 4, 7, 9, 10], personalization: [1, 5, 6, 11] },
  enableAdvertiserConsentMode: false,
  addtlConsent: undefined,
  keepLegitimateInterestOnReject: false,
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Reads a base64url segment bit by bit. */
class Bits {
  private pos = 0;
  private readonly bits: string;
  constructor(segment: string) {
    assert.match(segment, /^[A-Za-z0-9_-]+$/, 'base64url without padding');
    this.bits = [...segment].map((c) => B64.indexOf(c).toString(2).padStart(6, '0')).join('');
  }
  int(n: number): number {
    const value = parseInt(this.bits.slice(this.pos, this.pos + n), 2);
    assert.equal(this.pos + n <= this.bits.length, true, 'the field fits in the segment');
    this.pos += n;
    return value;
  }
  bool(): boolean {
    return this.int(1) === 1;
  }
  /** A fixed bit field: the ids (from 1) whose bit is set. */
  field(n: number): number[] {
    const out: number[] = [];
    for (let i = 1; i <= n; i++) if (this.bool()) out.push(i);
    return out;
  }
  letters(n: number): string {
    return Array.from({ length: n }, () => String.fromCharCode(65 + this.int(6))).join('');
  }
  /** A vendor section: MaxVendorId, IsRangeEncoding, then a bit field or ranges. */
  vendors(): number[] {
    const max = this.int(16);
    if (!this.bool()) return this.field(max);
    const out: number[] = [];
    for (let n = this.int(12); n > 0; n--) {
      const isRange = this.bool();
      const start = this.int(16);
      const end = isRange ? this.int(16) : start;
      for (let id = start; id <= end; id++) out.push(id);
    }
    return out;
  }
}

function decodeByHand(tcString: string) {
  const [core, ...rest] = tcString.split('.');
  const b = new Bits(core);
  const out = {
    version: b.int(6),
    created: b.int(36),
    lastUpdated: b.int(36),
    cmpId: b.int(12),
    cmpVersion: b.int(12),
    consentScreen: b.int(6),
    consentLanguage: b.letters(2),
    vendorListVersion: b.int(12),
    policyVersion: b.int(6),
    isServiceSpecific: b.bool(),
    useNonStandardTexts: b.bool(),
    specialFeatureOptins: b.field(12),
    purposeConsents: b.field(24),
    purposeLegitimateInterests: b.field(24),
    purposeOneTreatment: b.bool(),
    publisherCountryCode: b.letters(2),
    vendorConsents: b.vendors(),
    vendorLegitimateInterests: b.vendors(),
    numPubRestrictions: b.int(12),
    segments: {} as Record<number, { vendors?: number[]; consents?: number[]; legitimateInterests?: number[]; customPurposes?: number }>,
  };
  for (const segment of rest) {
    const s = new Bits(segment);
    const type = s.int(3);
    if (type === 1 || type === 2) out.segments[type] = { vendors: s.vendors() };
    else if (type === 3) {
      out.segments[type] = { consents: s.field(24), legitimateInterests: s.field(24), customPurposes: s.int(6) };
    } else assert.fail(`unknown segment type ${type}`);
  }
  return out;
}

function encode(purposes: string[] | null, choices: TcfChoices) {
  const gvl = new GVL(structuredClone(LIST), { language: 'fr' });
  gvl.narrowVendorsTo(IDS);
  const vendors = IDS.map((id) => gvl.vendors[id]);
  const values =
    purposes &&
    Object.fromEntries(
      ['necessary', 'analytics', 'ads', 'social', 'personalization'].map((id) => [id, id === 'necessary' || purposes.includes(id)]),
    );
  return encodeTcString(gvl, settings, computeSignals(vendors, settings.purposeMap, values, choices), 2);
}

const cases: [string, string[] | null, TcfChoices][] = [
  ['undecided', null, NO_CHOICES],
  ['accept all', ['analytics', 'ads', 'social', 'personalization'], { ...NO_CHOICES, specialFeatures: [1, 2] }],
  ['reject all', [], { refusedVendors: [], objectedVendors: IDS, objectedPurposes: [2, 7, 8, 9, 10], specialFeatures: [] }],
  ['ads, Google off, objections', ['ads'], { refusedVendors: [755], objectedVendors: [21], objectedPurposes: [7], specialFeatures: [1] }],
];

for (const [name, purposes, choices] of cases) {
  test(`read by hand, the same as the IAB decoder: ${name}`, () => {
    const tcString = encode(purposes, choices);
    const hand = decodeByHand(tcString);
    const iab = TCString.decode(tcString);
    const ids = (v: typeof iab.purposeConsents) => {
      const out: number[] = [];
      v.forEach((on, id) => on && out.push(id));
      return out;
    };
    assert.equal(hand.version, 2);
    assert.equal(hand.created, hand.lastUpdated, 'Created equals LastUpdated');
    assert.equal(hand.created % 864000, 0, 'deciseconds of a UTC midnight: day precision');
    assert.equal(hand.created * 100, iab.created.getTime());
    assert.equal(hand.cmpId, 300);
    assert.equal(hand.cmpVersion, 12);
    assert.equal(hand.consentScreen, 2);
    assert.equal(hand.consentLanguage, 'FR');
    assert.equal(hand.vendorListVersion, LIST.vendorListVersion);
    assert.equal(hand.policyVersion, LIST.tcfPolicyVersion);
    assert.equal(hand.isServiceSpecific, true);
    assert.equal(hand.useNonStandardTexts, false);
    assert.equal(hand.purposeOneTreatment, false);
    assert.equal(hand.publisherCountryCode, 'FR');
    assert.equal(hand.numPubRestrictions, 0);
    assert.deepEqual(hand.specialFeatureOptins, ids(iab.specialFeatureOptins));
    assert.deepEqual(hand.purposeConsents, ids(iab.purposeConsents));
    assert.deepEqual(hand.purposeLegitimateInterests, ids(iab.purposeLegitimateInterests));
    assert.deepEqual(hand.vendorConsents, ids(iab.vendorConsents));
    assert.deepEqual(hand.vendorLegitimateInterests, ids(iab.vendorLegitimateInterests));
    for (const p of [1, 3, 4, 5, 6]) assert.equal(hand.purposeLegitimateInterests.includes(p), false);
    assert.deepEqual(Object.keys(hand.segments).map(Number), [1, 3], 'disclosed vendors and publisher segments');
    assert.deepEqual(hand.segments[1].vendors, IDS, 'every surfaced vendor disclosed');
    assert.deepEqual(hand.segments[3].consents, hand.purposeConsents);
    assert.deepEqual(hand.segments[3].legitimateInterests, []);
    if (purposes === null) {
      assert.deepEqual(hand.purposeConsents, []);
      assert.deepEqual(hand.vendorConsents, []);
      assert.deepEqual(hand.vendorLegitimateInterests, IDS);
    }
  });
}

test('choicesAfter gives the strings above their choices', () => {
  const gvl = new GVL(structuredClone(LIST));
  gvl.narrowVendorsTo(IDS);
  const vendors = IDS.map((id) => gvl.vendors[id]);
  assert.deepEqual(choicesAfter('accept', vendors, undefined, undefined, false), cases[1][2]);
  assert.deepEqual(choicesAfter('reject', vendors, undefined, undefined, false), cases[2][2]);
});
