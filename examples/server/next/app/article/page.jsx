// app/article/page.jsx in a Next.js (App Router) project: the cookie is read
// on the server for each request, so the page is rendered per reader.
import { cookies } from 'next/headers';
import { readConsent } from 'consent-panel/server';
import { Article } from '../../Article.jsx';
import { consentConfig } from '../../../consent-config.mjs';

export default async function ArticlePage() {
  const consent = readConsent((await cookies()).toString(), consentConfig);
  return <Article consent={consent} />;
}
