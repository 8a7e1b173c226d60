/**
 * dist/consent-panel-theme.js: the check of a site's theme colours
 * (panel/theme-contrast.ts), which the first layer loads only on a page that
 * sets one of the `--consent-*` colours; the preferences dialog's file has
 * its own copy.
 */
import { uiKey, type ThemeUi } from './panel/panel-ui.js';
import { themeGuard } from './panel/theme-contrast.js';

const theme: ThemeUi = { create: themeGuard };
Object.defineProperty(window, uiKey('theme'), { value: theme, configurable: true });
