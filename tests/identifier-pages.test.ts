/**
 * The identifier pages a build writes as files (src/lib/identifier-pages.ts): the markup of
 * src/pages/id/[...id].astro, with the style sheets and scripts Astro linked to the first.
 */
import { expect, it } from 'vitest';
import { h } from 'hastscript';
import { contentSecurityPolicy } from '../src/lib/hosting.ts';
import { identifierPage } from '../src/lib/identifier-pages.ts';

const site = new URL('https://example.test');
const assets = {
  styles: [h('link', { rel: 'stylesheet', href: '/_astro/Shell.a1.css' })],
  scripts: [h('script', { type: 'module', src: '/_astro/id.b2.js' })],
};

it('writes the page Astro renders for an identifier, leading to the end of its redirects', () => {
  const page = identifierPage({ id: 'ml/sg/attribution/ancien', target: 'ml/sg/attribution/coordonner', live: true }, site, assets);
  expect(page).toBe(
    `<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Identifiant permanent · ml/sg/attribution/ancien</title><meta name="description" content="Cet identifiant mène à la page du texte dans la langue du lecteur."><link rel="icon" href="/favicon.svg" type="image/svg+xml"><noscript><meta http-equiv="refresh" content="0; url=/fr/ml/sg/attribution/coordonner/"></noscript><meta name="robots" content="noindex"><link rel="canonical" href="https://example.test/fr/ml/sg/attribution/coordonner/"><link rel="alternate" hreflang="fr" href="https://example.test/fr/ml/sg/attribution/coordonner/"><link rel="alternate" hreflang="en" href="https://example.test/en/ml/sg/attribution/coordonner/"><link rel="stylesheet" href="/_astro/Shell.a1.css"></head><body><main id="content" class="wrap identifier"><h1>Identifiant permanent <span lang="en">/ Permanent identifier</span></h1><p><code>https://example.test/id/ml/sg/attribution/ancien/</code></p><ul><li lang="fr"><a href="/fr/ml/sg/attribution/coordonner/" hreflang="fr" data-identifier-target="fr">Lire en français</a></li><li lang="en"><a href="/en/ml/sg/attribution/coordonner/" hreflang="en" data-identifier-target="en">Read in English</a></li><li><a href="/data/records/ml/sg/attribution/coordonner.json" type="application/json">JSON</a></li></ul></main></body></html><script type="module" src="/_astro/id.b2.js"></script>`,
  );
});

it('links no data for a record whose data is not published', () => {
  const page = identifierPage({ id: 'ml/sg/attribution/retiree', target: 'ml/sg/attribution/retiree', live: false }, site, assets);
  expect(page).not.toContain('application/json');
  expect(page).toContain('<li lang="en"><a href="/en/ml/sg/attribution/retiree/" hreflang="en" data-identifier-target="en">Read in English</a></li></ul>');
});
