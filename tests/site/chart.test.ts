/**
 * The organisation chart of Benin's institution page, in Chromium: the Secrétaire général on top,
 * the deputy under it, the units below, all joined to the head by the chart's lines; every box a
 * link to its record's page, named by its text, which keeps its spaces when copied. Mali's
 * source lists no composition, so its page draws no chart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(Number(process.env.SITE_TEST_PORT ?? 4391) + 30);
}, 60_000);
afterAll(async () => {
  await site?.close();
});

const organ = (slug: string) => `bj/secretariat-general/organ/${slug}`;
const head = organ('secretaire-general-ministere');
const deputy = organ('secretaire-general-adjoint-ministere');
const units = [
  'assistant-secretaire-general-ministere',
  'secretariat-administratif',
  'cellule-juridique',
  'personne-responsable-marches-publics',
  'commission-passation-marches-publics',
  'cellule-sectorielle-pilotage-reforme-administrative-institutionnelle',
].map(organ);
const labels = {
  fr: [
    'Secrétaire général du Ministère',
    'Secrétaire général adjoint du Ministère',
    'Assistant du Secrétaire général du Ministère',
    'Secrétariat administratif',
    'Cellule juridique',
    'Personne responsable des marchés publics',
    'Commission de passation des marchés publics',
    'Cellule sectorielle de pilotage de la réforme administrative et institutionnelle',
  ],
  en: [
    'Secretary-General of the Ministry',
    'Deputy Secretary-General of the Ministry',
    'Assistant to the Secretary-General of the Ministry',
    'Administrative Secretariat',
    'Legal Unit',
    'Public Procurement Officer',
    'Public Procurement Commission',
    'Sectoral Unit for Steering Administrative and Institutional Reform',
  ],
};

/** The chart's boxes in document order and its lines, in the SVG's coordinates. */
async function readChart(lang: 'fr' | 'en', width = 1280) {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.url}/${lang}/bj/secretariat-general/`);
  const chart = await page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('figure.chart svg')!;
    const boxes = [...svg.querySelectorAll('a')].map((link) => {
      const rect = link.querySelector('rect')!;
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(rect.getAttribute(name)));
      return {
        href: link.getAttribute('href'),
        role: link.getAttribute('class'),
        text: link.textContent,
        lines: [...link.querySelectorAll('tspan')].map((tspan) => tspan.textContent),
        widest: Math.max(...[...link.querySelectorAll('tspan')].map((tspan) => tspan.getComputedTextLength())),
        x: x!,
        y: y!,
        width: w!,
        height: h!,
      };
    });
    const selection = getSelection()!;
    selection.selectAllChildren(svg);
    const copied = selection.toString();
    selection.removeAllRanges();
    return {
      boxes,
      paths: [...svg.querySelectorAll('path')].map((path) => path.getAttribute('d')!),
      copied,
      scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
    };
  });
  return { page, ...chart };
}

describe('the organisation chart', () => {
  it.each(['fr', 'en'] as const)('heads with the Secrétaire général, the deputy under it, the units below (%s)', async (lang) => {
    const { page, boxes, paths } = await readChart(lang);
    expect(boxes.map((box) => box.href)).toEqual([head, deputy, ...units].map((id) => `/${lang}/${id}/`));
    expect(boxes.map((box) => box.role)).toEqual(['chart-head', 'chart-deputy', ...units.map(() => 'chart-unit')]);
    const [top, second, ...rest] = boxes;
    // The head above everything, the deputy above every unit.
    for (const box of [second!, ...rest]) expect(box.y).toBeGreaterThan(top!.y + top!.height);
    for (const box of rest) expect(box.y).toBeGreaterThan(second!.y + second!.height);

    // A line down from the middle of the head's foot, and an arm from it to the side of every other box.
    const [trunk, ...arms] = paths;
    const center = top!.x + top!.width / 2;
    const down = /^M([\d.]+),([\d.]+) V([\d.]+)$/.exec(trunk!)!;
    expect([Number(down[1]), Number(down[2])]).toEqual([center, top!.y + top!.height]);
    expect(arms).toEqual(
      [second!, ...rest].map((box) => `M${center},${box.y + box.height / 2} H${box.x + box.width / 2 < center ? box.x + box.width : box.x}`),
    );
    expect(Number(down[3])).toBe(Math.max(...[second!, ...rest].map((box) => box.y + box.height / 2)));
    await page.close();
  });

  it.each(['fr', 'en'] as const)('links every box to its record, named by its text, which keeps its spaces (%s)', async (lang) => {
    const { page, boxes, copied } = await readChart(lang);
    expect(boxes.map((box) => box.text)).toEqual(labels[lang]);
    // A box of several lines: the spaces between them are in the text, not only in the layout.
    expect(boxes.filter((box) => box.lines.length > 1).length).toBeGreaterThanOrEqual(4);
    expect(copied).toBe(labels[lang].join('\n'));
    for (const box of boxes) expect(box.widest, box.text!).toBeLessThanOrEqual(box.width - 8);
    const figure = page.locator('figure.chart');
    for (const [index, label] of labels[lang].entries()) {
      await expect.poll(() => figure.getByRole('link', { name: label, exact: true }).getAttribute('href')).toBe(boxes[index]!.href);
    }
    for (const box of boxes) expect((await page.request.get(`${site.url}${box.href}`)).status(), box.href!).toBe(200);
    // Reached from the keyboard like any link.
    await figure.getByRole('link').first().focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/${lang}/${head}/`);
    await page.close();
  });

  it('stays legible on the narrowest screen, 320 px', async () => {
    const { page, scale } = await readChart('fr', 320);
    expect(scale).toBeGreaterThanOrEqual(0.9);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('is not drawn where no record names the head: Mali lists no composition', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/fr/ml/secretariat-general/`);
    expect(await page.locator('figure.chart').count()).toBe(0);
    await page.close();
  });
});
