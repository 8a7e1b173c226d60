// The configurator (demo/configurator.html): builds a site's snippet from the
// vendor catalogue (dist/presets/catalogue.json) and shows the real panel
// with it, live, in the preview frame.
(() => {
  const $ = (id) => document.getElementById(id);
  const DIST = new URL('/dist/', location.href).href;
  const PURPOSES = [
    { id: 'analytics', label: 'Mesure d’audience', description: 'Compter les visites et les articles lus.', on: true },
    { id: 'ads', label: 'Publicité', description: 'Afficher des publicités et les mesurer.', on: true },
    { id: 'social', label: 'Vidéos et réseaux sociaux', description: 'Afficher les vidéos et publications intégrées.', on: true },
    { id: 'personalization', label: 'Personnalisation', description: 'Recommander des articles selon vos lectures.', on: false },
    {
      id: 'audience',
      label: 'Mesure d’audience exemptée',
      description: 'Statistiques anonymes de fréquentation, pour nous seuls.',
      on: false,
      exempt: true,
    },
  ];
  const GROUPS = {
    analytics: 'Mesure d’audience',
    ads: 'Publicité',
    social: 'Vidéos, réseaux sociaux et contenus intégrés',
    personalization: 'Autres',
  };
  let catalogue = [];
  const presetFiles = new Map();

  function purposeFields() {
    const box = $('purposes');
    for (const p of PURPOSES) {
      const div = document.createElement('div');
      div.className = 'purpose';
      div.innerHTML = `<label><input type="checkbox" data-purpose="${p.id}" ${p.on ? 'checked' : ''}> ${p.exempt ? 'Mesure exemptée de consentement (CNIL)' : `Finalité « ${p.id} »`}</label>
        <label>Intitulé <input type="text" data-label="${p.id}"></label>
        <label>Description <input type="text" data-description="${p.id}"></label>`;
      div.querySelector(`[data-label]`).value = p.label;
      div.querySelector(`[data-description]`).value = p.description;
      box.append(div);
    }
  }

  function vendorFields() {
    const box = $('vendors');
    for (const [purpose, title] of Object.entries(GROUPS)) {
      const group = document.createElement('div');
      group.className = 'group';
      group.innerHTML = `<h3>${title}</h3>`;
      for (const preset of catalogue.filter((p) => p.purpose === purpose)) {
        const row = document.createElement('div');
        row.className = 'vendor';
        row.dataset.search = `${preset.id} ${preset.name} ${preset.description.fr} ${preset.description.en}`.toLowerCase();
        const id = `vendor-${preset.id}`;
        row.innerHTML = `<input type="checkbox" id="${id}" data-vendor="${preset.id}"><label for="${id}"></label><small></small>`;
        row.querySelector('label').textContent = preset.name;
        row.querySelector('small').textContent = preset.description.fr;
        const params = Object.entries(preset.tag?.params ?? {});
        if (params.length) {
          const box = document.createElement('div');
          box.className = 'params';
          box.hidden = true;
          for (const [name, { example }] of params) {
            const label = document.createElement('label');
            label.textContent = `${preset.name} : ${name} `;
            const input = document.createElement('input');
            input.type = 'text';
            input.dataset.param = `${preset.id}.${name}`;
            input.value = example;
            label.append(input);
            box.append(label);
          }
          row.append(box);
          row.querySelector('input').addEventListener('change', (e) => (box.hidden = !e.target.checked));
        }
        group.append(row);
      }
      box.append(group);
    }
  }

  /** The configuration the form describes, and the presets it names. */
  function configuration() {
    const lang = $('lang').value;
    const purposes = [{ id: 'necessary', label: lang === 'en' ? 'Essential' : 'Fonctionnement du site', required: true }];
    const chosen = catalogue.filter((p) => document.querySelector(`[data-vendor="${p.id}"]`).checked);
    const exemptOn = document.querySelector('[data-purpose="audience"]').checked;
    const home = (preset) => (preset.exemptible && exemptOn ? 'audience' : preset.purpose);
    for (const p of PURPOSES) {
      const vendors = chosen
        .filter((preset) => home(preset) === p.id)
        .map((preset) => {
          const params = Object.keys(preset.tag?.params ?? {});
          if (!params.length) return preset.id;
          return {
            preset: preset.id,
            ...Object.fromEntries(params.map((n) => [n, document.querySelector(`[data-param="${preset.id}.${n}"]`).value.trim()])),
          };
        });
      if (!document.querySelector(`[data-purpose="${p.id}"]`).checked && !vendors.length) continue;
      const purpose = { id: p.id, label: document.querySelector(`[data-label="${p.id}"]`).value.trim() || p.id };
      const description = document.querySelector(`[data-description="${p.id}"]`).value.trim();
      if (description) purpose.description = description;
      if (p.exempt) purpose.exempt = true;
      if (vendors.length) purpose.vendors = vendors;
      purposes.push(purpose);
    }
    const config = { privacyUrl: $('privacy').value.trim() || undefined, purposes };
    if (lang !== 'auto') config.lang = lang;
    return { config, presets: chosen.map((p) => p.id) };
  }

  /**
   * The site's presets file, as scripts/presets/bundle.mjs makes it: the presets module (dist/presets/site.js), the
   * tag loader kinds its presets use (dist/presets/kind-<kind>.js), then the presets' data in one push, written by the
   * same code as bundle.mjs's (dist/presets/source.mjs). A snippet that fixes the panel's language gets the presets'
   * texts in that language only (bundle.mjs --lang): its readers see no other. The drop-in script then fetches
   * nothing more for them.
   */
  const fetchText = (name) => {
    if (!presetFiles.has(name))
      presetFiles.set(
        name,
        fetch(`${DIST}presets/${name}`).then((r) => r.text()),
      );
    return presetFiles.get(name);
  };
  let source;
  async function bundle(ids, lang) {
    source ??= import(`${DIST}presets/source.mjs`);
    const { presetsFile } = await source;
    // The catalogue's entries are the presets as written, with the piece their kind is in.
    const chosen = ids.map((id) => catalogue.find((p) => p.id === id));
    const pieces = [...new Set(chosen.map((p) => p.piece).filter(Boolean))];
    const code = await Promise.all(['site.js', ...pieces.map((piece) => `kind-${piece}.js`)].map(fetchText));
    return presetsFile(
      code,
      chosen.map(({ piece, ...preset }) => (void piece, preset)),
      lang ? [lang] : undefined,
    );
  }

  async function snippet(extra = {}) {
    const { config, presets } = configuration();
    const style = `consent-panel { --consent-accent: ${$('accent').value}; --consent-background: ${$('background').value}; --consent-text: ${$('text').value}; }`;
    const json = JSON.stringify({ ...config, ...extra }, null, 2).replaceAll('</', '<\\/');
    const presetsScript = presets.length ? `<script>\n${await bundle(presets, config.lang)}</script>\n` : '';
    return `<style>${style}</style>\n<script>\nwindow.consentPanelConfig = ${json};\n</script>\n${presetsScript}<script src="${DIST}consent-panel.js"></script>\n`;
  }

  let timer;
  let showPreferences = false;
  async function render() {
    const text = await snippet();
    $('snippet').value = text;
    // The preview keeps its choices apart from the demo's, and starts again each time.
    const key = 'consent-panel-configurator';
    localStorage.removeItem(key);
    const lang = $('lang').value === 'en' ? 'en' : 'fr';
    const preview = await snippet({ storageKey: key });
    $('preview').srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Aperçu</title>${preview}</head>
<body style="font-family:system-ui;margin:1.5rem"><h1>Un article</h1><p>Le panneau tel que vos lecteurs le verront.</p></body></html>`;
  }
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(render, 250);
  };

  $('preview').addEventListener('load', () => {
    if (showPreferences) $('preview').contentWindow.consentPanel?.open();
  });
  $('show-banner').addEventListener('click', () => {
    showPreferences = false;
    render();
  });
  $('show-preferences').addEventListener('click', () => {
    showPreferences = true;
    render();
  });
  $('search').addEventListener('input', () => {
    const q = $('search').value.trim().toLowerCase();
    for (const row of document.querySelectorAll('.vendor')) row.hidden = !!q && !row.dataset.search.includes(q);
  });
  $('form').addEventListener('input', schedule);
  $('form').addEventListener('change', schedule);
  $('copy').addEventListener('click', async () => {
    const text = await snippet();
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      $('snippet').select();
      document.execCommand('copy');
    }
    $('status').textContent = 'Extrait copié.';
  });
  $('download').addEventListener('click', async () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([await snippet()], { type: 'text/html' }));
    a.download = 'consent-panel-snippet.html';
    a.click();
    URL.revokeObjectURL(a.href);
    $('status').textContent = 'Extrait téléchargé.';
  });

  fetch(`${DIST}presets/catalogue.json`)
    .then((r) => r.json())
    .then((data) => {
      catalogue = data;
      purposeFields();
      vendorFields();
      render();
    })
    .catch(() => ($('status').textContent = 'Catalogue introuvable : lancez npm run build.'));
})();
