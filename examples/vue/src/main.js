import 'consent-panel/define.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
