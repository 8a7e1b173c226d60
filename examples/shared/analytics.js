// A stand-in analytics tag: it only notes that it ran (window.__ran), with the app that rendered it.
(window.__ran = window.__ran || []).push({ name: new URL(document.currentScript.src).searchParams.get('app') });
