/** The receipts module's own texts: the reader's consent id in the preferences. */
export const RECEIPT_MESSAGES: Record<string, { consentId: string }> = {
  fr: { consentId: 'Identifiant de votre consentement' },
  en: { consentId: 'Your consent ID' },
};

/** French for French, English for any other language. */
export const receiptMessages = (lang: string) => (lang === 'fr' ? RECEIPT_MESSAGES.fr : RECEIPT_MESSAGES.en);
