import type { BannerMessages } from './banner-fr.js';

/** The first layer's texts, in English (and under a language file's own, for any text it lacks). */
export const bannerEn: BannerMessages = {
  title: 'Manage your consent',
  intro:
    'With your agreement, we and our partners use cookies to measure our audience, show ads and social media content. You can refuse and still read, and change your mind at any time.',
  privacy: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  gpc: 'Your browser asks not to be tracked (Global Privacy Control): advertising stays refused unless you turn it on.',
};
