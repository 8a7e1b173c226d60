import { useEffect, useRef, useState } from 'react';
import { useConsent } from './use-consent.js';

const HOME = location.pathname;
const VIDEO = new URL('video', location.href).pathname;
const SHARED = new URL('../shared/', new URL(HOME, location.href)).pathname;

/** Client-side routing with the history API. */
function useRoute() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const back = () => setPath(location.pathname);
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, []);
  const navigate = (to) => {
    history.pushState(null, '', to);
    setPath(to);
  };
  return [path, navigate];
}

function Link({ to, navigate, children }) {
  const go = (event) => {
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={go}>
      {children}
    </a>
  );
}

/** A component gated on a purpose: it renders what it may, from useConsent(). */
function AudienceStatus() {
  const { granted } = useConsent('analytics');
  return <p>{granted ? 'Mesure d’audience activée' : 'Mesure d’audience désactivée'}</p>;
}

function Home() {
  return (
    <section>
      <h2>Accueil</h2>
      <AudienceStatus />
      {/* Gated tags and embeds sit in an element of their own: the panel swaps them, React removes the wrapper. */}
      <div>
        <script type="text/plain" data-consent="analytics" src={`${SHARED}analytics.js?app=react`} />
      </div>
    </section>
  );
}

function Video() {
  const { granted } = useConsent('social');
  return (
    <section>
      <h2>Vidéo</h2>
      <p>{granted ? 'Vidéo autorisée' : 'Vidéo bloquée'}</p>
      <figure>
        <iframe data-consent="social" data-src={`${SHARED}video.html`} title="Vidéo du marché" width="320" height="180" />
      </figure>
    </section>
  );
}

export function App() {
  const [path, navigate] = useRoute();
  const [lastChange, setLastChange] = useState('aucun');
  const panel = useRef(null);
  return (
    <>
      <header>
        <nav>
          <Link to={HOME} navigate={navigate}>
            Accueil
          </Link>
          <Link to={VIDEO} navigate={navigate}>
            Vidéo
          </Link>
        </nav>
        <button type="button" data-consent-open>
          Paramètres des cookies
        </button>
        {/* The element's own methods, through a ref. */}
        <button type="button" onClick={() => panel.current?.open()}>
          Préférences (méthode de l’élément)
        </button>
      </header>
      <main>{path === VIDEO ? <Video /> : <Home />}</main>
      <output aria-label="Dernier changement">{lastChange}</output>
      {/* React 19 sets known properties and listens to `onconsent-change` as the custom event `consent-change`. */}
      <consent-panel
        ref={panel}
        lang="fr"
        privacy-url="/confidentialite"
        onconsent-change={(event) => setLastChange(event.detail.changed.join(' ') || 'aucun')}
      />
    </>
  );
}
