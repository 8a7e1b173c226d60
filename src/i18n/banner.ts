import { bannerEn } from './banner-en.js';
import { bannerFr, type BannerMessages } from './banner-fr.js';
import { loadedPack } from './pack.js';

export type { BannerMessages };

/**
 * The first layer's texts in `lang` (a language whose texts can be shown: see
 * whenLanguage), as panelMessages gives them but without the preferences':
 * French and English built into consent-panel-banner.js, the others from their
 * language file's `panel` texts, over English for any text it lacks.
 */
export const bannerMessages = (lang: string): BannerMessages => (lang == 'fr' ? bannerFr : { ...bannerEn, ...loadedPack(lang)?.panel });
