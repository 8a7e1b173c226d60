import type { PanelMessages } from './panel-fr.js';

export const panelEn: PanelMessages = {
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
  partial: 'On for some partners',
  exempt: 'Exempt from consent (anonymous statistics): you may object by turning it off.',
  vendors: 'Partners',
  colon: ': ',
  vendorPrivacy: 'Privacy',
  saved: 'Your choices are saved.',
  retention: 'Retention:',
  gpc: 'Your browser asks not to be tracked (Global Privacy Control): advertising stays refused unless you turn it on.',
};
