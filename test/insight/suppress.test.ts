import { expect } from 'chai';
import { hideSmall, PROTECTING, show, suppressPartition, suppressTable, type Shown } from '../../src/insight/suppress.js';

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** What a reader can work out of a group of parts with a known total: the hidden parts together. */
function hiddenSum(values: readonly number[], cells: readonly Shown[]): number {
  return values.reduce((sum, v, i) => sum + (typeof cells[i] === 'number' ? 0 : v), 0);
}

const K = 10;

describe('insight suppression: no group under the threshold, also not by subtraction', () => {
  it('hides 1..9, shows 0 and 10 and up', () => {
    expect([0, 1, 9, 10, 250].map((v) => hideSmall(v, K))).to.deep.equal([0, null, null, 10, 250]);
  });

  it('hides a second cell when a single hidden one could be found from the total, and says it is not small', () => {
    const { cells, total } = suppressPartition([40, 3, 25, 30], K);
    expect(total).to.equal(98);
    expect(cells).to.deep.equal([40, null, PROTECTING, 30]);
    expect(cells.map((c) => show(c, K))).to.deep.equal([40, '< 10', 'verborgen', 30]);
  });

  it('keeps hiding until the hidden cells together come to at least the threshold', () => {
    const { cells } = suppressPartition([2, 3, 1, 50, 12], K);
    expect(cells).to.deep.equal([null, null, null, 50, PROTECTING]);
    expect(hiddenSum([2, 3, 1, 50, 12], cells)).to.be.at.least(K);
  });

  it('hides everything when the total itself is under the threshold', () => {
    expect(suppressPartition([4, 0, 3], K)).to.deep.equal({ cells: [null, 0, null], total: null });
  });

  it('in a funnel, never shows two steps that differ by 1..9', () => {
    const [row] = suppressTable([[100, 95, 60, 58, 12, 3]], K, 'nested', false);
    expect(row).to.deep.equal([100, PROTECTING, 60, PROTECTING, 12, null]);
  });

  for (const [rule, columns] of [['partition', false], ['partition', true], ['nested', true], ['single', true]] as const) {
    it(`holds for 300 random tables (${rule} rows${columns ? ', column totals known' : ''})`, () => {
      const next = random(rule.length * 7 + (columns ? 1 : 0));
      for (let n = 0; n < 300; n++) {
        const rows = 1 + Math.floor(next() * 6);
        const width = 1 + Math.floor(next() * 6);
        const values = Array.from({ length: rows }, () => {
          const row = Array.from({ length: width }, () => Math.floor(next() ** 2 * 40));
          return rule === 'nested' ? row.sort((a, b) => b - a) : row;
        });
        const cells = suppressTable(values, K, rule, columns);
        cells.flat().forEach((c) => expect(typeof c !== 'number' || c === 0 || c >= K, `cell ${c}`).to.equal(true));
        values.forEach((row, r) => {
          const shown = cells[r] ?? [];
          if (rule === 'partition') {
            const total = row.reduce((a, b) => a + b, 0);
            const hidden = hiddenSum(row, shown);
            if (total >= K) expect(hidden === 0 || hidden >= K, `row hides ${hidden}`).to.equal(true);
          }
          if (rule === 'nested') {
            const visible = shown.filter((c): c is number => typeof c === 'number');
            for (let i = 1; i < visible.length; i++) {
              const gap = Math.abs((visible[i - 1] ?? 0) - (visible[i] ?? 0));
              expect(gap === 0 || gap >= K, `gap ${gap} in ${JSON.stringify(row)}`).to.equal(true);
            }
          }
        });
        if (columns) {
          for (let c = 0; c < width; c++) {
            const column = values.map((row) => row[c] ?? 0);
            const total = column.reduce((a, b) => a + b, 0);
            const hidden = hiddenSum(column, cells.map((row) => row[c] ?? null));
            if (total >= K) expect(hidden === 0 || hidden >= K, `column ${c} hides ${hidden}`).to.equal(true);
            const hiddenCells = cells.filter((row, r) => typeof row[c] !== 'number' && (values[r]?.[c] ?? 0) > 0).length;
            if (total >= K && column.filter((v) => v > 0).length > 1) expect(hiddenCells, `column ${c} hides one cell`).to.not.equal(1);
          }
        }
      }
    });
  }
});
