import { bannerEn } from './banner-en.js';
import type { PanelMessages } from './panel-fr.js';

export const panelEn: PanelMessages = {
  ...bannerEn,
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
};
