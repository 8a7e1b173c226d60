// A Next.js-style server component: the page's HTML depends on the reader's
// decision, read on the server. The YouTube embed is only in the HTML of a
// reader who allowed it; others get its placeholder (and the embed in a
// <template>, which public/embed-upgrade.js puts in place once allowed).
const VIDEO = 'https://www.youtube-nocookie.com/embed/halle-saint-martin';

function YouTube({ consent }) {
  const iframe = <iframe src={VIDEO} width="560" height="315" title="Vidéo : la halle Saint-Martin" allowFullScreen />;
  if (consent.granted('social/youtube')) return iframe;
  return (
    <div className="embed-placeholder" role="region" aria-label="YouTube : contenu bloqué" data-consent-embed="social/youtube">
      <p>Ce contenu est fourni par YouTube, qui dépose des traceurs (Réseaux sociaux). Il ne s’affiche qu’avec votre accord.</p>
      <button type="button" data-consent-allow="social/youtube">
        Autoriser et afficher
      </button>
      <button type="button" data-consent-open="">
        Gérer mes cookies
      </button>
      <template
        dangerouslySetInnerHTML={{
          __html: `<iframe src="${VIDEO}" width="560" height="315" title="Vidéo : la halle Saint-Martin" allowfullscreen></iframe>`,
        }}
      />
    </div>
  );
}

export function Article({ consent }) {
  return (
    <main>
      <h1>La halle Saint-Martin rouvre</h1>
      <p>Après deux ans de travaux, le marché couvert accueille de nouveau ses commerçants.</p>
      <YouTube consent={consent} />
    </main>
  );
}
