import { panelEn } from './panel-en.js';
import { panelFr, type PanelMessages } from './panel-fr.js';

export type { PanelMessages };
/** The panel's texts per supported language (the same languages as MESSAGES). */
export const PANEL_MESSAGES: Record<string, PanelMessages> = { fr: panelFr, en: panelEn };
