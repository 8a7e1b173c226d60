// The IAB TCF mapping and encoding, without a browser: every TC string is
// decoded with the IAB's own TCString.decode and checked bit by bit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { GVL, TCString, type TCModel, type Vendor, type VendorList } from '@iabtechlabtcf/core';
import { addtlConsentDisclosed, addtlConsentString } from '../../src/bridges/tcf/addtl-consent.js';
import { choicesAfter, NO_CHOICES, readStoredTcf } from '../../src/bridges/tcf/choices.js';
import { encodeTcString } from '../../src/bridges/tcf/encode.js';
import { DEFAULT_PURPOSE_MAP, grantedTcfPurposes, readPurposeMap } from '../../src/bridges/tcf/purpose-map.js';
import { computeSignals } from '../../src/bridges/tcf/signals.js';
import { readTcfSettings, TcfConfigError } from '../../src/bridges/tcf/settings.js';
import type { TcfChoices, TcfSettings } from '../../src/bridges/tcf/types.js';
import { textsProblem, vendorListProblem } from '../../src/bridges/tcf/vendor-list.js';
import { DEFAULT_PURPOSES } from '../../src/core/default-purposes.js';
import { captureConsole } from './helpers.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../test/e2e/fixtures/tcf/${name}`, import.meta.url), 'utf8'));
const LIST = fixture('vendor-list.json') as VendorList;
const IDS = [10, 21, 42, 755];

function gvl(language = 'fr'): { gvl: GVL; vendors: Vendor[] } {
  const g = new GVL(structuredClone(LIST), { language });
  g.narrowVendorsTo(IDS);
  return { gvl: g, vendors: IDS.map((id) => g.vendors[id]) };
}

const settings: TcfSettings = captureConsole(() =>
  readTcfSettings(
    { cmpId: 300, cmpVersion: 7, gvlUrl: '/gvl/vendor-list.json', vendors: IDS },
    DEFAULT_PURPOSES,
    'https://journal.example/article',
  ),
).result;

const purposes = (granted: string[]) => Object.fromEntries(DEFAULT_PURPOSES.map((p) => [p.id, !!p.required || granted.includes(p.id)]));

const ids = (vector: TCModel['purposeConsents']) => {
  const out: number[] = [];
  vector.forEach((value, id) => value && out.push(id));
  return out;
};

/** Encodes, decodes with the IAB library and returns what the string says. */
function roundTrip(granted: string[] | null, choices: TcfChoices = NO_CHOICES) {
  const { gvl: g, vendors } = gvl();
  const signals = computeSignals(vendors, settings.purposeMap, granted && purposes(granted), choices);
  const tcString = encodeTcString(g, settings, signals, 1);
  const model = TCString.decode(tcString);
  return {
    tcString,
    model,
    purposeConsents: ids(model.purposeConsents),
    purposeLI: ids(model.purposeLegitimateInterests),
    vendorConsents: ids(model.vendorConsents),
    vendorLI: ids(model.vendorLegitimateInterests),
    specialFeatures: ids(model.specialFeatureOptins),
    disclosed: ids(model.vendorsDisclosed),
    publisherConsents: ids(model.publisherConsents),
  };
}

const ALL_LI_PURPOSES = [2, 7, 8, 9, 10];

test('the fixed fields: CMP, versions from the vendor list, service-specific, country, language, dates, segments', () => {
  const { tcString, model } = roundTrip(['ads']);
  assert.equal(tcString.split('.').length, 3, 'core.disclosedVendors.publisherTC');
  assert.equal(model.version, 2);
  assert.equal(model.cmpId, 300);
  assert.equal(model.cmpVersion, 7);
  assert.equal(model.consentScreen, 1);
  assert.equal(model.policyVersion, LIST.tcfPolicyVersion, 'policy version from the vendor list');
  assert.equal(model.vendorListVersion, LIST.vendorListVersion);
  assert.equal(model.isServiceSpecific, true);
  assert.equal(model.useNonStandardTexts, false);
  assert.equal(model.purposeOneTreatment, false);
  assert.equal(model.publisherCountryCode, 'FR');
  assert.equal(model.consentLanguage, 'FR');
  assert.equal(model.created.getTime(), model.lastUpdated.getTime(), 'Created equals LastUpdated');
  assert.equal(model.created.getUTCHours() + model.created.getUTCMinutes(), 0, 'day precision');
});

test('the policy version is the vendor list’s, never a constant', () => {
  const list = { ...structuredClone(LIST), tcfPolicyVersion: 6, vendorListVersion: 151 };
  const g = new GVL(list);
  g.narrowVendorsTo(IDS);
  const vendors = IDS.map((id) => g.vendors[id]);
  const model = TCString.decode(encodeTcString(g, settings, computeSignals(vendors, settings.purposeMap, null, NO_CHOICES)));
  assert.equal(model.policyVersion, 6);
  assert.equal(model.vendorListVersion, 151);
  assert.equal(model.consentLanguage, 'EN');
});

test('before any choice (cmpuishown): no consent, legitimate interest for every surfaced vendor, all disclosed', () => {
  const s = roundTrip(null);
  assert.deepEqual(s.purposeConsents, []);
  assert.deepEqual(s.vendorConsents, []);
  assert.deepEqual(s.specialFeatures, []);
  assert.deepEqual(s.publisherConsents, []);
  assert.deepEqual(s.vendorLI, IDS);
  assert.deepEqual(s.purposeLI, ALL_LI_PURPOSES);
  assert.deepEqual(s.disclosed, IDS);
});

test('accept all: every purpose, vendor and special feature; legitimate interest kept', () => {
  const { vendors } = gvl();
  const s = roundTrip(['analytics', 'ads', 'social', 'personalization'], choicesAfter('accept', vendors, undefined, undefined, false));
  assert.deepEqual(s.purposeConsents, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  assert.deepEqual(s.publisherConsents, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  assert.deepEqual(s.vendorConsents, IDS);
  assert.deepEqual(s.specialFeatures, [1, 2]);
  assert.deepEqual(s.vendorLI, IDS);
  assert.deepEqual(s.purposeLI, ALL_LI_PURPOSES);
});

test('reject all: nothing, and every legitimate interest objected to (unless the site keeps it)', () => {
  const { vendors } = gvl();
  const s = roundTrip([], choicesAfter('reject', vendors, undefined, undefined, false));
  for (const key of ['purposeConsents', 'vendorConsents', 'specialFeatures', 'vendorLI', 'purposeLI', 'publisherConsents'] as const) {
    assert.deepEqual(s[key], [], key);
  }
  assert.deepEqual(s.disclosed, IDS);
  const kept = roundTrip([], choicesAfter('reject', vendors, undefined, undefined, true));
  assert.deepEqual(kept.vendorLI, IDS);
  assert.deepEqual(kept.purposeLI, ALL_LI_PURPOSES);
  assert.deepEqual(kept.vendorConsents, []);
});

test('analytics only: its purposes, and only vendors with one of their own purposes beyond storage (not Google)', () => {
  const s = roundTrip(['analytics']);
  assert.deepEqual(s.purposeConsents, [1, 8, 9, 10]);
  assert.deepEqual(s.vendorConsents, [21], '755 gets no consent from purpose 1 alone, so ad_storage stays denied');
});

test('ads with Google switched off, one objection per kind, one special feature', () => {
  const choices = { refusedVendors: [755], objectedVendors: [21], objectedPurposes: [7], specialFeatures: [1] };
  const s = roundTrip(['ads'], choices);
  assert.deepEqual(s.purposeConsents, [1, 2, 3, 4, 7, 9, 10]);
  assert.deepEqual(s.vendorConsents, [10, 21, 42]);
  assert.deepEqual(s.vendorLI, [10, 42, 755]);
  assert.deepEqual(s.purposeLI, [2, 8, 9, 10]);
  assert.deepEqual(s.specialFeatures, [1]);
});

test('legitimate interest is never set for purposes 1 and 3 to 6', () => {
  const list = structuredClone(LIST);
  list.vendors['10'].legIntPurposes = [1, 3, 4, 5, 6, 8];
  const g = new GVL(list);
  g.narrowVendorsTo([10]);
  const model = TCString.decode(encodeTcString(g, settings, computeSignals([g.vendors[10]], settings.purposeMap, null, NO_CHOICES)));
  assert.deepEqual(ids(model.purposeLegitimateInterests), [8]);
});

test('special features need an opt-in: none before a choice, none from purposes alone', () => {
  assert.deepEqual(roundTrip(null, { ...NO_CHOICES, specialFeatures: [1, 2] }).specialFeatures, []);
  assert.deepEqual(roundTrip(['ads', 'analytics', 'personalization']).specialFeatures, []);
});

test('the default map covers the default purposes and nothing required', () => {
  const map = readPurposeMap(undefined, DEFAULT_PURPOSES);
  assert.deepEqual(map, { analytics: [1, 8, 9, 10], ads: [1, 2, 3, 4, 7, 9, 10], personalization: [1, 5, 6, 11] });
  assert.equal('necessary' in map, false);
  assert.equal('social' in map, false);
  assert.deepEqual([...grantedTcfPurposes(map, { analytics: false, ads: true })], DEFAULT_PURPOSE_MAP.ads);
});

test('a purpose map is checked against the configured purposes', () => {
  const { result, errors } = captureConsole(() =>
    readPurposeMap({ ads: [1, 2, 99], analytics: [1, 8], unknown: [1], necessary: [1] }, DEFAULT_PURPOSES),
  );
  assert.deepEqual(result, { analytics: [1, 8] });
  assert.equal(errors.length, 3);
  assert.match(errors.join('\n'), /tcf\.purposeMap\.ads: \[1,2,99\]/);
  assert.match(errors.join('\n'), /tcf\.purposeMap\.unknown/);
  assert.match(errors.join('\n'), /tcf\.purposeMap\.necessary/);
});

test('settings: defaults, and errors that name the field and the value', () => {
  const base = 'https://journal.example/a/article';
  const ok = captureConsole(() => readTcfSettings({ cmpId: 300, gvlUrl: '/gvl/' }, DEFAULT_PURPOSES, base));
  assert.equal(ok.result.cmpVersion, 1);
  assert.match(ok.warnings.join('\n'), /cmpVersion/);
  assert.equal(ok.result.gvlUrl, 'https://journal.example/gvl/vendor-list.json');
  assert.equal(ok.result.publisherCountryCode, 'FR');
  assert.equal(ok.result.vendors, undefined);
  const fatal: [unknown, RegExp][] = [
    [{ gvlUrl: '/gvl/' }, /tcf\.cmpId: undefined/],
    [{ cmpId: 1, gvlUrl: '/gvl/' }, /tcf\.cmpId: 1/],
    [{ cmpId: 300 }, /tcf\.gvlUrl: undefined/],
    [{ cmpId: 300, gvlUrl: 'https://vendor-list.consensu.org/v3/vendor-list.json' }, /tcf\.gvlUrl: .*IAB/],
    [{ cmpId: 300, gvlUrl: '/gvl/', vendors: [755, 'x'] }, /tcf\.vendors\[1\]: "x"/],
    [{ cmpId: 300, gvlUrl: '/gvl/', vendors: [] }, /tcf\.vendors: \[\]/],
    [true, /tcf: true/],
  ];
  for (const [value, message] of fatal) {
    const run = captureConsole(() => assert.throws(() => readTcfSettings(value, DEFAULT_PURPOSES, base), TcfConfigError));
    assert.match(run.errors.join('\n'), message);
    assert.match(run.errors.join('\n'), /cmpStatus "error"/);
  }
  const lesser = captureConsole(() =>
    readTcfSettings({ cmpId: 300, cmpVersion: 0, gvlUrl: 'g.json', publisherCountryCode: 'France', cmpid: 3 }, DEFAULT_PURPOSES, base),
  );
  assert.equal(lesser.result.cmpVersion, 1);
  assert.equal(lesser.result.publisherCountryCode, 'FR');
  assert.equal(lesser.result.gvlUrl, 'https://journal.example/a/g.json');
  assert.match(lesser.errors.join('\n'), /tcf\.cmpVersion: 0/);
  assert.match(lesser.errors.join('\n'), /tcf\.publisherCountryCode: "France"/);
  assert.match(lesser.warnings.join('\n'), /tcf\.cmpid/);
});

test('choices: accept clears objections, reject objects, a decision elsewhere keeps the preferences or the last choices', () => {
  const { vendors } = gvl();
  const previous = { refusedVendors: [42], objectedVendors: [10], objectedPurposes: [7], specialFeatures: [2] };
  assert.deepEqual(choicesAfter('accept', vendors, previous, undefined, false), { ...NO_CHOICES, specialFeatures: [1, 2] });
  assert.deepEqual(choicesAfter('reject', vendors, previous, undefined, false), {
    refusedVendors: [],
    objectedVendors: IDS,
    objectedPurposes: ALL_LI_PURPOSES,
    specialFeatures: [],
  });
  assert.deepEqual(choicesAfter('reject', vendors, previous, undefined, true).objectedPurposes, [7]);
  assert.deepEqual(choicesAfter('set', vendors, previous, undefined, false), previous);
  const draft = { ...NO_CHOICES, refusedVendors: [755] };
  assert.deepEqual(choicesAfter('set', vendors, previous, draft, false), draft);
  assert.deepEqual(choicesAfter('set', vendors, undefined, undefined, false), NO_CHOICES);
});

test('the stored TCF part reads back, and anything malformed is dropped', () => {
  const stored = {
    tcString: 'CQ',
    disclosedVendors: [10],
    refusedVendors: [],
    objectedVendors: [],
    objectedPurposes: [7],
    specialFeatures: [],
    policyVersion: 5,
    vendorListVersion: 150,
    addtlConsent: '2~1~dv.',
  };
  assert.deepEqual(readStoredTcf(stored), stored);
  assert.equal(readStoredTcf({ ...stored, tcString: '' }), undefined);
  assert.equal(readStoredTcf({ ...stored, objectedPurposes: ['7'] }), undefined);
  assert.equal(readStoredTcf({ ...stored, policyVersion: undefined }), undefined);
  assert.equal(readStoredTcf('CQ'), undefined);
});

test('the Additional Consent string (v2): consented ids, then the ones only disclosed', () => {
  assert.equal(addtlConsentString([89, 1, 35], true), '2~1.35.89~dv.');
  assert.equal(addtlConsentString([89, 1, 35], false), '2~~dv.1.35.89');
  assert.deepEqual(addtlConsentDisclosed('2~1.35~dv.89'), [1, 35, 89]);
  assert.deepEqual(addtlConsentDisclosed('1~1.35'), []);
});

test('the fixture is a valid vendor list and translation; broken lists are described', () => {
  assert.equal(vendorListProblem(LIST), undefined);
  assert.equal(textsProblem(fixture('purposes-fr.json')), undefined);
  assert.match(vendorListProblem({ ...LIST, vendors: undefined })!, /vendors/);
  assert.match(vendorListProblem({ ...LIST, tcfPolicyVersion: 'five' })!, /tcfPolicyVersion/);
  assert.match(vendorListProblem({ ...LIST, gvlSpecificationVersion: 2 })!, /version 3/);
  assert.match(vendorListProblem({ ...LIST, purposes: [] })!, /purposes/);
  assert.match(vendorListProblem('<html>')!, /not an object/);
});
