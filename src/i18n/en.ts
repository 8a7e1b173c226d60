import type { Messages } from './fr.js';

export const en: Messages = {
  title: 'Manage your consent',
  intro:
    'With your agreement, we and our partners use cookies to measure our audience, show ads and social media content. You can refuse and still read, and change your mind at any time.',
  privacy: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  preferencesTitle: 'Your choices, purpose by purpose',
  preferencesIntro: 'Nothing is on without your agreement.',
  save: 'Save my choices',
  close: 'Close',
  required: 'Always on',
  vendors: 'Partners',
  vendorPrivacy: 'Privacy',
  manage: 'Manage cookies',
  saved: 'Your choices are saved.',
  retention: 'Retention:',
  blocked: (name: string) => `${name}: blocked content`,
  placeholder: (name: string, purpose: string) => `${name} sets trackers (${purpose}): this content shows only with your consent.`,
  allow: 'Allow and show',
  gpc: 'Your browser asks not to be tracked (Global Privacy Control): advertising stays refused unless you turn it on.',
};
