/**
 * Google's Additional Consent string, version 2: `2~<consented ids>~dv.<ids
 * disclosed without consent>`, ids dot-separated in increasing order.
 */
export function addtlConsentString(providerIds: number[], granted: boolean): string {
  const ids = [...providerIds].sort((a, b) => a - b).join('.');
  return granted ? `2~${ids}~dv.` : `2~~dv.${ids}`;
}

/** The provider ids an Additional Consent string shows the reader, consented or not. */
export function addtlConsentDisclosed(ac: string | undefined): number[] {
  const match = /^2~([\d.]*)~dv\.([\d.]*)$/.exec(ac ?? '');
  return match ? `${match[1]}.${match[2]}`.split('.').filter(Boolean).map(Number) : [];
}
