/**
 * Small-cell suppression. A figure that could point at fewer than `k` residents is shown as "< k", and so is
 * any figure that would let a reader work such a number out by subtraction (complementary suppression).
 * A zero is shown: it points at nobody. `null` below means "hidden".
 */
export type Shown = number | null | typeof PROTECTING;

/**
 * A figure of k or more hidden only so that a small one cannot be worked out from it: shown as "verborgen", not
 * as "< k", which would be untrue.
 */
export const PROTECTING = 'protecting';

/** The smallest threshold configuration may set; the rule is ten. */
export const MIN_THRESHOLD = 5;

/** How the cells of one row relate: parts of a total that is shown, steps of a funnel, or unrelated figures. */
export type RowRule = 'partition' | 'nested' | 'single';

const small = (v: number, k: number) => v > 0 && v < k;

/** A single figure with nothing to subtract it from. */
export function hideSmall(value: number, k: number): Shown {
  return small(value, k) ? null : value;
}

/**
 * Hides cells of a partition (cells adding up to a shown total) until the hidden ones together come to zero or
 * at least k, and are never a single cell (which the total would give away exactly): the smallest shown cell goes
 * first. A total under k hides every cell. Returns true when it hid more.
 */
function partition(values: readonly number[], hidden: boolean[], k: number): boolean {
  let changed = false;
  const hide = (i: number) => {
    hidden[i] = true;
    changed = true;
  };
  const total = values.reduce((a, b) => a + b, 0);
  if (small(total, k)) {
    values.forEach((v, i) => v > 0 && !hidden[i] && hide(i));
    return changed;
  }
  for (;;) {
    const hiddenSum = values.reduce((sum, v, i) => sum + (hidden[i] ? v : 0), 0);
    const single = hidden.filter(Boolean).length === 1;
    if (!small(hiddenSum, k) && !single) return changed;
    let next = -1;
    values.forEach((v, i) => {
      if (!hidden[i] && v > 0 && (next < 0 || v < (values[next] ?? 0))) next = i;
    });
    if (next < 0) return changed;
    hide(next);
  }
}

/** A funnel: each shown figure differs from the shown one before it by zero or at least k. */
function nested(values: readonly number[], hidden: boolean[], k: number): boolean {
  let changed = false;
  let last: number | undefined;
  values.forEach((v, i) => {
    if (hidden[i]) return;
    if (last !== undefined && small(Math.abs(last - v), k)) {
      hidden[i] = true;
      changed = true;
    } else last = v;
  });
  return changed;
}

/**
 * Suppresses a table. Every cell under k is hidden; then, until nothing changes, each row is protected by its rule
 * and, with `columns`, each column as the parts of a column total that another table shows (so a reader who adds
 * up a column and subtracts it from that total finds nothing under k either).
 */
export function suppressTable(values: readonly (readonly number[])[], k: number, rule: RowRule, columns: boolean): Shown[][] {
  const hidden = values.map((row) => row.map((v) => small(v, k)));
  const width = Math.max(0, ...values.map((r) => r.length));
  for (let round = 0; round < 100; round++) {
    let changed = false;
    values.forEach((row, r) => {
      const mask = hidden[r] ?? [];
      if (rule === 'partition') changed = partition(row, mask, k) || changed;
      if (rule === 'nested') changed = nested(row, mask, k) || changed;
    });
    if (columns) {
      for (let c = 0; c < width; c++) {
        const column = values.map((row) => row[c] ?? 0);
        const mask = hidden.map((row) => row[c] ?? false);
        if (partition(column, mask, k)) {
          changed = true;
          mask.forEach((h, r) => {
            const row = hidden[r];
            if (row && c < row.length) row[c] = h;
          });
        }
      }
    }
    if (!changed) break;
  }
  return values.map((row, r) => row.map((v, c) => (hidden[r]?.[c] ? (small(v, k) ? null : PROTECTING) : v)));
}

/** One row of parts with its total: the cells as suppressed, and the total (hidden when it is under k). */
export function suppressPartition(values: readonly number[], k: number): { cells: Shown[]; total: Shown } {
  const [cells = []] = suppressTable([values], k, 'partition', false);
  return { cells, total: hideSmall(values.reduce((a, b) => a + b, 0), k) };
}

/** How a hidden figure is written on the page, in JSON and in CSV. */
export const hiddenLabel = (k: number): string => `< ${k}`;

/** How a figure hidden to protect another is written. */
export const PROTECTING_LABEL = 'verborgen';

/** A figure as it leaves the server: the number, "< k", or "verborgen". */
export const show = (value: Shown, k: number): number | string => (value === null ? hiddenLabel(k) : value === PROTECTING ? PROTECTING_LABEL : value);

/** True when a figure is not shown, for whatever reason. */
export const isHidden = (value: Shown): value is null | typeof PROTECTING => value === null || value === PROTECTING;
