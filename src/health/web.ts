import { DEFAULT_LOCALE, infoOf } from '../content/locales.js';
import { DIMENSIONS, type Dimension, type Locale } from './dimensions.js';

/** Colours of the picture; defaults keep at least 4.5:1 contrast for all text on white. */
export interface WebColours {
  readonly background: string;
  readonly grid: string;
  readonly axis: string;
  /** the resident's area, drawn at 30% opacity */
  readonly fill: string;
  readonly outline: string;
  readonly text: string;
  readonly mutedText: string;
}

export interface WebOptions {
  readonly colours?: Partial<WebColours>;
  /** formats the scores in the <title> text alternative ("7,5" in Dutch); default nl */
  readonly locale?: Locale;
  /** optional heading for the text alternative, e.g. "Jouw spinnenweb" from prompts/ */
  readonly title?: string;
  /** earlier scores, drawn dashed under the current ones (then and now) */
  readonly earlier?: Partial<Record<Dimension, number>>;
  /** the legend's words when `earlier` is drawn, e.g. { now: "Nu", earlier: "Eerder" } from prompts/ */
  readonly legend?: { readonly now: string; readonly earlier: string };
}

export const DEFAULT_COLOURS: WebColours = {
  background: '#ffffff',
  grid: '#d3dae0',
  axis: '#9aa5b1',
  fill: '#1d5b79',
  outline: '#1d5b79',
  text: '#1f2933',
  mutedText: '#52606d',
};

/** The earlier web: a dashed outline in a colour that keeps 4.5:1 on white, apart from the current blue. */
const EARLIER_COLOUR = '#8a4b08';

/**
 * Width and height of the picture in pixels. Shown about 340 px wide on a phone, so the labels are drawn at 30 px
 * (about 13 px on screen) and the web takes what the labels leave, to fill the frame.
 */
export const WEB_SIZE = 800;
const CENTRE = WEB_SIZE / 2;
/** a little below the middle: the labels above and below the web then sit evenly in the frame */
const CENTRE_Y = CENTRE + 20;
const RADIUS = 230;
const RINGS = [2, 4, 6, 8, 10];
const LABEL_FONT = 30;
const LABEL_LINE_CHARS = 11;
const SCALE_FONT = 20;
const LEGEND_FONT = 26;
const FONT_FAMILY = "'DejaVu Sans', Arial, Helvetica, sans-serif";

/**
 * Draws the resident's scores as a spider web: six axes in DIMENSIONS order starting at the top, light rings
 * at 2..10, the answered area filled, a dot per score, and a dashed mark near the centre for a dimension without
 * a score. Our own drawing, not the official picture. Labels are XML-escaped; a <title> carries a text alternative.
 */
export function spiderWebSvg(
  scores: Partial<Record<Dimension, number>>,
  labels: Record<Dimension, string>,
  options: WebOptions = {},
): string {
  const c = { ...DEFAULT_COLOURS, ...options.colours };
  const values = DIMENSIONS.map((d) => clampScore(scores[d]));
  const points = values.map((v, i) => pointAt(i, v ?? 0));
  const earlier = options.earlier && DIMENSIONS.map((d) => clampScore(options.earlier?.[d]));

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WEB_SIZE}" height="${WEB_SIZE}" viewBox="0 0 ${WEB_SIZE} ${WEB_SIZE}" role="img" aria-labelledby="web-title">`,
    `<title id="web-title">${escapeXml(textAlternative(values, labels, options))}</title>`,
    `<rect width="100%" height="100%" fill="${attr(c.background)}"/>`,
    ...RINGS.map((r) => `<polygon class="ring" points="${DIMENSIONS.map((_, i) => xy(pointAt(i, r))).join(' ')}" fill="none" stroke="${attr(c.grid)}" stroke-width="1.5"/>`),
    ...DIMENSIONS.map((d, i) => `<line class="axis" data-dimension="${d}" x1="${CENTRE}" y1="${CENTRE_Y}" x2="${fmt(pointAt(i, 10)[0])}" y2="${fmt(pointAt(i, 10)[1])}" stroke="${attr(c.axis)}" stroke-width="1.5"/>`),
    ...RINGS.map((r) => `<text x="${fmt(CENTRE + 8)}" y="${fmt(pointAt(0, r)[1] - 4)}" font-family="${FONT_FAMILY}" font-size="${SCALE_FONT}" fill="${attr(c.mutedText)}">${r}</text>`),
  ];

  if (earlier && earlier.some((v) => v !== undefined)) {
    const then = earlier.map((v, i) => pointAt(i, v ?? 0));
    parts.push(`<polygon class="earlier" points="${then.map(xy).join(' ')}" fill="none" stroke="${EARLIER_COLOUR}" stroke-width="4" stroke-dasharray="12 8" stroke-linejoin="round"/>`);
    if (options.legend) parts.push(legendSvg(options.legend, c));
  }

  if (values.some((v) => v !== undefined)) {
    parts.push(`<polygon class="area" points="${points.map(xy).join(' ')}" fill="${attr(c.fill)}" fill-opacity="0.3" stroke="none"/>`);
    points.forEach((p, i) => {
      const next = (i + 1) % points.length;
      const q = points[next] ?? p;
      const gap = values[i] === undefined || values[next] === undefined;
      parts.push(`<line x1="${fmt(p[0])}" y1="${fmt(p[1])}" x2="${fmt(q[0])}" y2="${fmt(q[1])}" stroke="${attr(c.outline)}" stroke-width="${gap ? 2 : 4}" stroke-linecap="round"${gap ? ' stroke-dasharray="6 6" stroke-opacity="0.6"' : ''}/>`);
    });
  }
  values.forEach((v, i) => {
    if (v === undefined) {
      const [x, y] = pointAt(i, 0.8);
      parts.push(`<circle class="missing" data-dimension="${DIMENSIONS[i]}" cx="${fmt(x)}" cy="${fmt(y)}" r="6" fill="${attr(c.background)}" stroke="${attr(c.outline)}" stroke-width="2" stroke-dasharray="3 3"/>`);
    } else {
      const [x, y] = pointAt(i, v);
      parts.push(`<circle class="score" data-dimension="${DIMENSIONS[i]}" cx="${fmt(x)}" cy="${fmt(y)}" r="7" fill="${attr(c.outline)}" stroke="${attr(c.background)}" stroke-width="2"/>`);
    }
  });
  DIMENSIONS.forEach((d, i) => parts.push(labelSvg(i, labels[d], c.text)));
  parts.push('</svg>');
  return parts.join('\n');
}

/** Escapes the five XML special characters, for text and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);
}

function clampScore(v: number | undefined): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(10, Math.max(0, v)) : undefined;
}

/** The legend in the empty top-left corner: a solid line for now, a dashed one for earlier. */
function legendSvg(legend: { now: string; earlier: string }, c: WebColours): string {
  const x = 16;
  const rows: [number, string, string, string][] = [[40, legend.now, c.outline, ''], [82, legend.earlier, EARLIER_COLOUR, ' stroke-dasharray="12 8"']];
  return rows
    .map(([y, text, colour, dash]) =>
      `<line x1="${x}" y1="${y - 9}" x2="${x + 56}" y2="${y - 9}" stroke="${attr(colour)}" stroke-width="5"${dash}/>` +
      `<text class="legend" x="${x + 68}" y="${y}" font-family="${FONT_FAMILY}" font-size="${LEGEND_FONT}" fill="${attr(c.text)}">${escapeXml(text)}</text>`)
    .join('\n');
}

function textAlternative(values: (number | undefined)[], labels: Record<Dimension, string>, options: WebOptions): string {
  const number = new Intl.NumberFormat(infoOf(options.locale ?? DEFAULT_LOCALE).tag, { maximumFractionDigits: 1 });
  const earlier = options.earlier;
  const list = DIMENSIONS.map((d, i) => {
    const v = values[i];
    const then = clampScore(earlier?.[d]);
    const before = earlier && options.legend ? ` (${options.legend.earlier}: ${then === undefined ? '–' : number.format(then)})` : '';
    return `${labels[d]}: ${v === undefined ? '–' : number.format(v)}${before}`;
  }).join('; ');
  return options.title ? `${options.title}. ${list}` : list;
}

function labelSvg(index: number, label: string, colour: string): string {
  const angle = angleOf(index);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Above and below the web the label keeps clear of the scale number 10.
  const [x, y] = pointAt(index, 10, Math.abs(sin) > 0.9 ? 30 : 16);
  const anchor = Math.abs(cos) < 0.1 ? 'middle' : cos > 0 ? 'start' : 'end';
  const lines = wrap(label, LABEL_LINE_CHARS);
  const lineHeight = LABEL_FONT * 1.2;
  // Above the web the text grows upwards, below it downwards, at the sides it is centred on the axis end.
  const firstBaseline =
    sin < -0.9 ? y - (lines.length - 1) * lineHeight : sin > 0.9 ? y + LABEL_FONT : y - ((lines.length - 1) * lineHeight) / 2 + LABEL_FONT * 0.35;
  const tspans = lines
    .map((line, i) => `<tspan x="${fmt(x)}" y="${fmt(firstBaseline + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text class="label" text-anchor="${anchor}" font-family="${FONT_FAMILY}" font-size="${LABEL_FONT}" font-weight="bold" fill="${attr(colour)}">${tspans}</text>`;
}

/** Greedy word wrap; a single long word keeps its own line rather than being cut. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function angleOf(index: number): number {
  return -Math.PI / 2 + (index * 2 * Math.PI) / DIMENSIONS.length;
}

function pointAt(index: number, value: number, extra = 0): [number, number] {
  const r = (value / 10) * RADIUS + extra;
  const a = angleOf(index);
  return [CENTRE + r * Math.cos(a), CENTRE_Y + r * Math.sin(a)];
}

function xy(p: [number, number]): string {
  return `${fmt(p[0])},${fmt(p[1])}`;
}

function fmt(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

function attr(value: string): string {
  return escapeXml(value);
}
