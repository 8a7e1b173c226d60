/** The one-script-tag build: registers the element and starts consent at once. */
import './define.js';
import { pageRuntime } from './runtime/runtime.js';

try {
  pageRuntime().autostart();
} catch (error) {
  console.error('consent-panel: could not start:', error);
}
