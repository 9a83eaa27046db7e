import { expect } from 'chai';
import { DIMENSIONS, type Dimension } from '../../src/health/dimensions.js';
import { spiderWebSvg } from '../../src/health/web.js';

const labels: Record<Dimension, string> = {
  body: 'Lichaamsfuncties', daily: 'Dagelijks functioneren', participation: 'Meedoen',
  quality: 'Kwaliteit van leven', mind: 'Mentaal welbevinden', meaning: 'Zingeving',
};

const count = (svg: string, re: RegExp) => svg.match(re)?.length ?? 0;

describe('spider-web picture (SVG)', () => {
  it('draws six axes in dimension order, five rings and a dot per score', () => {
    const svg = spiderWebSvg({ body: 7, daily: 5, participation: 8, quality: 6, mind: 4, meaning: 9 }, labels);
    expect(count(svg, /<line class="axis"/g)).to.equal(6);
    expect([...svg.matchAll(/class="axis" data-dimension="(\w+)"/g)].map((m) => m[1])).to.deep.equal([...DIMENSIONS]);
    expect(count(svg, /<polygon class="ring"/g)).to.equal(5);
    expect(count(svg, /<circle class="score"/g)).to.equal(6);
    expect(count(svg, /<polygon class="area"/g)).to.equal(1);
    expect(svg).to.match(/^<svg [^>]*width="800" height="800"/);
  });

  it('places a score on its axis: 10 at the outer ring, 0 at the centre', () => {
    const svg = spiderWebSvg({ body: 10, quality: 0 }, labels);
    expect(svg).to.contain('<circle class="score" data-dimension="body" cx="400" cy="190"');
    expect(svg).to.contain('<circle class="score" data-dimension="quality" cx="400" cy="420"');
  });

  it('shows a missing dimension as a dashed mark, not as a score', () => {
    const svg = spiderWebSvg({ body: 7, participation: 8 }, labels);
    expect(count(svg, /<circle class="score"/g)).to.equal(2);
    expect(count(svg, /<circle class="missing"[^>]*stroke-dasharray/g)).to.equal(4);
    expect(svg).to.contain('stroke-dasharray="6 6"');
  });

  it('draws no area when nothing was answered', () => {
    const svg = spiderWebSvg({}, labels);
    expect(svg).to.not.contain('class="area"');
    expect(count(svg, /<circle class="missing"/g)).to.equal(6);
  });

  it('has a <title> with every dimension and its score, in Dutch number format', () => {
    const svg = spiderWebSvg({ body: 7.5, daily: 5 }, labels, { title: 'Jouw spinnenweb', locale: 'nl' });
    expect(svg).to.contain('aria-labelledby="web-title"');
    expect(svg).to.match(/<title id="web-title">Jouw spinnenweb\. Lichaamsfuncties: 7,5; Dagelijks functioneren: 5; Meedoen: –/);
  });

  it('escapes labels, title and colours, so text cannot break the picture', () => {
    const evil = { ...labels, meaning: 'Zin & <b>"geving"</b>' };
    const svg = spiderWebSvg({ meaning: 8 }, evil, { title: "<script>'x'</script>", colours: { fill: '"/><script>' } });
    expect(svg).to.contain('Zin &amp; &lt;b&gt;&quot;geving&quot;&lt;/b&gt;');
    expect(svg).to.contain('&lt;script&gt;&apos;x&apos;&lt;/script&gt;');
    expect(svg).to.not.contain('<script>');
    expect(svg).to.not.contain('<b>');
  });

  it('wraps a long label over two lines', () => {
    const svg = spiderWebSvg({}, labels);
    expect(svg).to.match(/<tspan[^>]*>Dagelijks<\/tspan><tspan[^>]*>functioneren<\/tspan>/);
  });

  it('clamps a score outside 0..10 to the edge instead of drawing outside the web', () => {
    const svg = spiderWebSvg({ body: 14 }, labels);
    expect(svg).to.contain('<circle class="score" data-dimension="body" cx="400" cy="190"');
  });

  it('draws earlier scores dashed under the current ones, with a legend, and names both in the text alternative', () => {
    const svg = spiderWebSvg({ body: 7, daily: 5 }, labels, { locale: 'nl', title: 'Jouw spinnenweb', earlier: { body: 4 }, legend: { now: 'Nu', earlier: 'Vorige keer' } });
    expect(count(svg, /<polygon class="earlier"[^>]*stroke-dasharray/g)).to.equal(1);
    expect(count(svg, /<text class="legend"/g)).to.equal(2);
    expect(svg).to.contain('>Vorige keer</text>');
    expect(svg).to.match(/Lichaamsfuncties: 7 \(Vorige keer: 4\); Dagelijks functioneren: 5 \(Vorige keer: –\)/);
  });

  it('draws no earlier web and no legend without earlier scores', () => {
    const svg = spiderWebSvg({ body: 7 }, labels, { legend: { now: 'Nu', earlier: 'Vorige keer' } });
    expect(svg).to.not.contain('class="earlier"');
    expect(svg).to.not.contain('class="legend"');
  });
});
