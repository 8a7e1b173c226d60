import type { Vendor } from '@iabtechlabtcf/core';
import type { PurposeConfig, Text } from '../../../core/types.js';
import { legitimateInterestPurposes, usedSpecialFeatures, vendorsWithLegitimateInterest } from '../signals.js';
import type { AtpProvider, TcfSettings } from '../types.js';
import type { GvlItem, GvlTexts } from '../vendor-list.js';
import type { TcfMessages } from './messages.js';

/** What the TCF parts of the panel show: fixed once the vendor list is loaded. */
export interface TcfUiModel {
  lang: string;
  t: TcfMessages;
  /** The vendor list's texts in `lang` when its translation loaded, else in English. */
  texts: GvlTexts;
  /** The surfaced vendors, by name. */
  vendors: Vendor[];
  sitePurposes: PurposeConfig[];
  purposeMap: Record<string, number[]>;
  /** Purposes some vendor declares on legitimate interest (2, 7–11). */
  liPurposes: number[];
  /** Vendors whose legitimate interest the reader can object to. */
  liVendors: number[];
  /** Special features some vendor uses. */
  specialFeatures: number[];
  atp: { providers: AtpProvider[]; purpose: string } | undefined;
}

/** The model for the site's vendors, in the reader's language. */
export function tcfUiModel(
  lang: string,
  t: TcfMessages,
  texts: GvlTexts,
  vendors: Vendor[],
  sitePurposes: PurposeConfig[],
  settings: TcfSettings,
): TcfUiModel {
  return {
    lang,
    t,
    texts,
    vendors,
    sitePurposes,
    purposeMap: settings.purposeMap,
    liPurposes: legitimateInterestPurposes(vendors),
    liVendors: vendorsWithLegitimateInterest(vendors),
    specialFeatures: usedSpecialFeatures(vendors),
    atp: settings.addtlConsent,
  };
}

export function localize(text: Text | undefined, lang: string): string {
  if (text === undefined || typeof text === 'string') return text ?? '';
  return text[lang] ?? text.en ?? text.fr ?? Object.values(text)[0] ?? '';
}

export const itemName = (items: Record<string, GvlItem> | undefined, id: number) => items?.[id]?.name ?? String(id);

/** A link the panel may show: an absolute http(s) URL, decided on its parsed protocol. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The vendor's links in the reader's language, else English, else the first given. */
export function vendorUrls(vendor: Vendor, lang: string): { privacy?: string; legIntClaim?: string } {
  const urls = vendor.urls ?? [];
  const best = urls.find((u) => u.langId?.toLowerCase() === lang) ?? urls.find((u) => u.langId?.toLowerCase() === 'en') ?? urls[0];
  return { privacy: safeUrl(best?.privacy ?? vendor.policyUrl), legIntClaim: safeUrl(best?.legIntClaim) };
}
