// The same page with Express (npm install express): a middleware reads the
// decision once per request, and routes use req.consent.
import express from 'express';
import { readConsent } from 'consent-panel/server';
import { renderArticle } from './article.mjs';
import { consentConfig } from './consent-config.mjs';

export const consentMiddleware = (config) => (req, _res, next) => {
  req.consent = readConsent(req.headers.cookie, config);
  next();
};

const app = express();
app.use(consentMiddleware(consentConfig));
app.use('/assets', express.static(new URL('../../dist/', import.meta.url).pathname));
app.get('/', (req, res) => {
  res.set({ 'Cache-Control': 'private, no-cache', Vary: 'Cookie' });
  res.send(renderArticle(req.consent));
});
app.listen(8080);
