import { GVL, type Vendor } from '@iabtechlabtcf/core';
import { reportError, reportWarning } from '../../core/report.js';
import { isObject } from '../../core/validate.js';
import { TcfConfigError } from './settings.js';
import type { TcfSettings } from './types.js';

const TCF_OFF = 'The IAB TCF is off: __tcfapi answers cmpStatus "error".';

/** What the panel reads from a Global Vendor List (v3) or its translation. */
export interface GvlItem {
  id: number;
  name: string;
  description?: string;
  illustrations?: string[];
}

export interface GvlTexts {
  purposes: Record<string, GvlItem>;
  specialPurposes: Record<string, GvlItem>;
  features: Record<string, GvlItem>;
  specialFeatures: Record<string, GvlItem>;
  dataCategories?: Record<string, GvlItem>;
}

const SECTIONS = ['purposes', 'specialPurposes', 'features', 'specialFeatures'] as const;
const VENDOR_LISTS = ['purposes', 'legIntPurposes', 'specialPurposes', 'features', 'specialFeatures'] as const;
const isInt = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0;

/** Loads JSON; the error names the URL and what went wrong. */
export async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new Error(`${url} is unreachable (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url} is not JSON`);
  }
}

/** The first problem found in the texts of a vendor list or translation, if any. */
export function textsProblem(json: unknown): string | undefined {
  if (!isObject(json)) return 'is not an object';
  for (const section of SECTIONS) {
    const items = json[section];
    if (!isObject(items)) return `has no "${section}"`;
    for (const [id, item] of Object.entries(items)) {
      if (!isObject(item) || item.id !== Number(id) || typeof item.name !== 'string') return `has an invalid ${section}[${id}]`;
    }
  }
  if (!Object.keys(json.purposes as object).length) return 'lists no purpose';
  return undefined;
}

/** The first problem that makes a Global Vendor List unusable, if any. */
export function vendorListProblem(json: unknown): string | undefined {
  const texts = textsProblem(json);
  if (texts) return texts;
  const list = json as Record<string, unknown>;
  for (const key of ['gvlSpecificationVersion', 'vendorListVersion', 'tcfPolicyVersion']) {
    if (!isInt(list[key])) return `has no valid "${key}"`;
  }
  if ((list.gvlSpecificationVersion as number) < 3)
    return `is a version ${String(list.gvlSpecificationVersion)} list; version 3 is required`;
  if (typeof list.lastUpdated !== 'string' || Number.isNaN(Date.parse(list.lastUpdated))) return 'has no valid "lastUpdated"';
  if (!isObject(list.vendors)) return 'has no "vendors"';
  for (const [id, vendor] of Object.entries(list.vendors)) {
    if (!isObject(vendor) || vendor.id !== Number(id) || typeof vendor.name !== 'string') return `has an invalid vendors[${id}]`;
    for (const key of VENDOR_LISTS) if (!Array.isArray(vendor[key])) return `has no "${key}" list for vendor ${id}`;
  }
  return undefined;
}

/** The vendor list at `url` and its texts in `lang` (English when the translation is missing). */
export async function loadVendorList(url: string, lang: string): Promise<{ list: unknown; texts: GvlTexts; textsLang: string }> {
  let list: unknown;
  try {
    list = await fetchJson(url);
  } catch (error) {
    reportError('tcf.gvlUrl', url, `could not be loaded: ${(error as Error).message}. ${TCF_OFF}`);
    throw new TcfConfigError('tcf.gvlUrl');
  }
  const problem = vendorListProblem(list);
  if (problem) {
    reportError('tcf.gvlUrl', url, `is not a valid Global Vendor List: it ${problem}. ${TCF_OFF}`);
    throw new TcfConfigError('tcf.gvlUrl');
  }
  // The IAB's names for Norwegian and Portuguese; it has no Irish translation.
  const code = lang == 'nb' ? 'no' : lang == 'pt' ? 'pt-pt' : lang;
  if (lang === 'en' || lang === 'ga') return { list, texts: list as GvlTexts, textsLang: 'en' };
  const translationUrl = new URL(`purposes-${code}.json`, url).href;
  try {
    const translation = await fetchJson(translationUrl);
    const translationProblem = textsProblem(translation);
    if (translationProblem) throw new Error(`it ${translationProblem}`);
    return { list, texts: translation as GvlTexts, textsLang: code };
  } catch (error) {
    reportWarning(
      `the vendor list translation ${translationUrl} could not be used (${(error as Error).message}); the TCF texts are shown in English.`,
    );
    return { list, texts: list as GvlTexts, textsLang: 'en' };
  }
}

/** The configured vendors, each checked against the list; without `tcf.vendors`, all of the list's. */
export function chosenVendorIds(list: { vendors: Record<string, Vendor> }, { vendors, gvlUrl }: TcfSettings): number[] {
  if (!vendors)
    return Object.values(list.vendors)
      .filter((v) => !v.deletedDate)
      .map((v) => v.id)
      .sort((a, b) => a - b);
  for (const id of vendors) {
    const vendor = list.vendors[id];
    if (!vendor) reportError('tcf.vendors', id, `is not in the Global Vendor List ${gvlUrl}. ${TCF_OFF}`);
    else if (vendor.deletedDate)
      reportError(
        'tcf.vendors',
        id,
        `(${vendor.name}) was deleted from the Global Vendor List on ${String(vendor.deletedDate)}. ${TCF_OFF}`,
      );
    else continue;
    throw new TcfConfigError('tcf.vendors');
  }
  return vendors;
}

/** The highest vendor id in the list (vendor ids a caller may ask about lie from 1 to it). */
export const maxVendorId = (list: { vendors: Record<string, Vendor> }): number =>
  Object.values(list.vendors).reduce((max, vendor) => Math.max(max, vendor.id), 0);

/**
 * The site's vendor list: the IAB's list (with its translation into `lang`
 * where there is one) narrowed to the configured vendors, sorted by name.
 */
export async function openVendorList(
  settings: TcfSettings,
  lang: string,
): Promise<{ gvl: GVL; vendors: Vendor[]; maxVendorId: number; texts: GvlTexts }> {
  const { list, texts, textsLang } = await loadVendorList(settings.gvlUrl, lang);
  const listed = list as { vendors: Record<string, Vendor> };
  const gvl = new GVL(list as ConstructorParameters<typeof GVL>[0], { language: textsLang });
  const ids = chosenVendorIds(listed, settings);
  gvl.narrowVendorsTo(ids);
  const vendors = ids.map((id) => gvl.vendors[id]).sort((a, b) => a.name.localeCompare(b.name));
  return { gvl, vendors, maxVendorId: maxVendorId(listed), texts };
}
