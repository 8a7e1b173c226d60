import type { Messages } from './fr.js';

export const en: Messages = {
  title: 'Manage your consent',
  intro:
    'With your agreement, we and our partners use cookies and trackers to measure our audience, show ads and social media content. Refusing does not stop you reading. You can change your mind at any time with “Manage cookies”.',
  privacy: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  preferencesTitle: 'Your choices, purpose by purpose',
  preferencesIntro: 'Each purpose stays off until you turn it on. You can change your mind at any time.',
  save: 'Save my choices',
  close: 'Close',
  required: 'Always on',
  vendors: 'Partners',
  vendorPrivacy: 'Privacy',
  manage: 'Manage cookies',
  saved: 'Your choices are saved.',
  gpc: 'Your browser sends the Global Privacy Control signal: advertising stays refused unless you turn it on here.',
};
