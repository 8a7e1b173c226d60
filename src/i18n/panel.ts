import { loadedPack } from './pack.js';
import { panelEn } from './panel-en.js';
import { panelFr, type PanelMessages } from './panel-fr.js';

export type { PanelMessages };

/**
 * The panel's texts in `lang` (a language whose texts can be shown: see
 * whenLanguage): French and English are built into the panel's UI, the others
 * come from their language file, over English for any text it lacks.
 */
export const panelMessages = (lang: string): PanelMessages => (lang == 'fr' ? panelFr : { ...panelEn, ...loadedPack(lang)?.panel });
