import { PROTECTING_LABEL, type Shown } from './suppress.js';

/**
 * Server-rendered SVG charts for the insight page: no script, no chart library, no CDN. Each chart is a picture
 * with a title and a description (role="img"); the table under it holds the same figures for screen readers,
 * so the chart itself says where to find them. Colours have at least 3:1 contrast on white (WCAG 1.4.11), and
 * every bar carries its figure as text, so colour is never the only way to read it.
 */
const PALETTE = ['#1d5b79', '#a34d00', '#3f6e12', '#6f2d86', '#8a1538', '#005f5f'];
const HIDDEN_FILL = '#6b6b6b';
const WIDTH = 640;
const LABEL_WIDTH = 215;
const BAR_HEIGHT = 22;
const GAP = 8;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ChartText {
  title: string;
  /** says where the same figures are in words, e.g. "De tabel hieronder geeft dezelfde cijfers." */
  description: string;
  /** how a hidden figure is written, e.g. "< 10" */
  hidden: string;
}

/** One bar per row: its length is the value against the largest; a hidden value is drawn as a short grey bar with "< k". */
export function barChart(id: string, text: ChartText, bars: readonly { label: string; value: Shown }[]): string {
  const max = Math.max(1, ...bars.map((b) => (typeof b.value === 'number' ? b.value : 0)));
  const room = WIDTH - LABEL_WIDTH - 60;
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const body = bars
    .map((bar, i) => {
      const y = GAP + i * (BAR_HEIGHT + GAP);
      const value = typeof bar.value === 'number' ? bar.value : undefined;
      const w = value === undefined ? 6 : Math.max(value > 0 ? 2 : 0, (value / max) * room);
      const fill = value === undefined ? HIDDEN_FILL : PALETTE[0];
      const figure = value !== undefined ? String(value) : bar.value === null ? text.hidden : PROTECTING_LABEL;
      return [
        `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" font-size="13" fill="#222">${escapeXml(truncate(bar.label))}</text>`,
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" fill="${fill}"/>`,
        `<text x="${(LABEL_WIDTH + w + 6).toFixed(1)}" y="${y + 15}" font-size="13" fill="#222">${escapeXml(figure)}</text>`,
      ].join('');
    })
    .join('');
  return frame(id, text, height, body);
}

/**
 * One bar per row split into its parts (score bands, outcomes), as shares of the row's total. Hidden parts are
 * drawn together as one grey part: the total minus the shown parts, which the table lets anyone work out anyway.
 */
export function stackedChart(
  id: string,
  text: ChartText,
  parts: readonly string[],
  rows: readonly { label: string; cells: readonly Shown[]; total: Shown }[],
): string {
  const room = WIDTH - LABEL_WIDTH - 10;
  const legendHeight = 28;
  const height = legendHeight + rows.length * (BAR_HEIGHT + GAP) + GAP;
  const legend = [...parts, text.hidden]
    .map((part, i) => {
      const x = LABEL_WIDTH + i * 80;
      const fill = i < parts.length ? PALETTE[i % PALETTE.length] : HIDDEN_FILL;
      return `<rect x="${x}" y="6" width="12" height="12" fill="${fill}"/><text x="${x + 16}" y="17" font-size="12" fill="#222">${escapeXml(part)}</text>`;
    })
    .join('');
  const body = rows
    .map((row, r) => {
      const y = legendHeight + GAP + r * (BAR_HEIGHT + GAP);
      const label = `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" font-size="13" fill="#222">${escapeXml(truncate(row.label))}</text>`;
      const total = typeof row.total === 'number' ? row.total : 0;
      if (total === 0) return `${label}<text x="${LABEL_WIDTH}" y="${y + 15}" font-size="13" fill="#222">${escapeXml(row.total === null ? text.hidden : '0')}</text>`;
      let x = LABEL_WIDTH;
      const numbers = row.cells.map((c) => (typeof c === 'number' ? c : 0));
      const shownSum = numbers.reduce((sum, c) => sum + c, 0);
      const segments = [...numbers.map((value, i) => ({ value, fill: PALETTE[i % PALETTE.length] })), { value: total - shownSum, fill: HIDDEN_FILL }];
      const drawn = segments
        .filter((s) => s.value > 0)
        .map((s) => {
          const w = (s.value / total) * room;
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" fill="${s.fill}" stroke="#fff" stroke-width="1"/>`;
          const share = Math.round((s.value / total) * 100);
          const figure = w > 34 ? `<text x="${(x + 4).toFixed(1)}" y="${y + 15}" font-size="12" fill="#fff">${share}%</text>` : '';
          x += w;
          return rect + figure;
        })
        .join('');
      return label + drawn;
    })
    .join('');
  return frame(id, text, height, legend + body);
}

function frame(id: string, text: ChartText, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="100%" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${escapeXml(text.title)}</title><desc id="${id}-d">${escapeXml(text.description)}</desc>${body}</svg>`
  );
}

const truncate = (label: string) => (label.length > 26 ? `${label.slice(0, 25)}…` : label);
