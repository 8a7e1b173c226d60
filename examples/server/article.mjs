// The article page, rendered on the server with what readConsent() says.
// A reader who allowed YouTube gets the embed in the HTML; anyone else gets
// no embed at all (its URL is not in the page), but its placeholder, and the
// embed in a <template> that public/embed-upgrade.js puts in place if the
// reader allows it on the page.
import { consentConfig } from './consent-config.mjs';

const VIDEO = 'https://www.youtube-nocookie.com/embed/halle-saint-martin';
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function youtubeEmbed(consent) {
  const iframe = `<iframe src="${VIDEO}" width="560" height="315" title="Vidéo : la halle Saint-Martin" allowfullscreen></iframe>`;
  if (consent.granted('social/youtube')) return iframe;
  return `<div class="embed-placeholder" role="region" aria-label="YouTube : contenu bloqué" data-consent-embed="social/youtube">
  <p>Ce contenu est fourni par YouTube, qui dépose des traceurs (Réseaux sociaux). Il ne s’affiche qu’avec votre accord.</p>
  <button type="button" data-consent-allow="social/youtube">Autoriser et afficher</button>
  <button type="button" data-consent-open>Gérer mes cookies</button>
  <template>${iframe}</template>
</div>`;
}

export function renderArticle(consent, { assets = '/assets' } = {}) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>La halle Saint-Martin rouvre</title>
<script>window.consentPanelConfig = ${JSON.stringify(consentConfig).replace(/</g, '\\u003c')};</script>
<script src="${escape(assets)}/consent-panel.js"></script>
<script src="/public/embed-upgrade.js" defer></script>
</head>
<body>
<main>
<h1>La halle Saint-Martin rouvre</h1>
<p>Après deux ans de travaux, le marché couvert accueille de nouveau ses commerçants.</p>
${youtubeEmbed(consent)}
</main>
</body>
</html>`;
}
