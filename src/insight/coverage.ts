import { DIMENSIONS } from '../health/dimensions.js';
import { daysSinceChecked, type Activity } from '../socialmap/model.js';

/** Counts of activities (not residents, so nothing to suppress) per row and dimension. */
export interface CoverageTable {
  columns: string[];
  rows: { key: string; cells: number[] }[];
}

/** An activity whose information was not checked for a long time. */
export interface StaleActivity {
  id: string;
  title: string;
  organisation: string;
  checkedOn: string;
  days: number;
  /** past the age where it is no longer suggested */
  hidden: boolean;
}

export interface Coverage {
  /** activities per neighbourhood and dimension */
  neighbourhoods: CoverageTable;
  /** the "sociale kaart per dimensie": which organisations contribute to which dimension */
  organisations: CoverageTable;
  stale: StaleActivity[];
  /** activities whose file gives no `laatst_gecontroleerd` date */
  unchecked: number;
  total: number;
}

function perDimension(activities: readonly Activity[], keyOf: (a: Activity) => string): CoverageTable {
  const rows = new Map<string, number[]>();
  for (const activity of activities) {
    const key = keyOf(activity);
    const cells = rows.get(key) ?? DIMENSIONS.map(() => 0);
    for (const d of activity.dimensions) cells[DIMENSIONS.indexOf(d)] = (cells[DIMENSIONS.indexOf(d)] ?? 0) + 1;
    rows.set(key, cells);
  }
  return { columns: [...DIMENSIONS], rows: [...rows.entries()].sort((a, b) => a[0].localeCompare(b[0], 'nl')).map(([key, cells]) => ({ key, cells })) };
}

/** What the social map offers per neighbourhood and organisation, and what needs checking; straight from the file. */
export function coverageOf(activities: readonly Activity[], now: number, staleDays: number, hideAfterDays: number): Coverage {
  const stale: StaleActivity[] = [];
  let unchecked = 0;
  for (const a of activities) {
    const days = daysSinceChecked(a, now);
    if (days === undefined || !a.checkedOn) unchecked++;
    else if (days > staleDays) stale.push({ id: a.id, title: a.title, organisation: a.organisation.name, checkedOn: a.checkedOn, days, hidden: days > hideAfterDays });
  }
  return {
    neighbourhoods: perDimension(activities, (a) => a.location.neighbourhood),
    organisations: perDimension(activities, (a) => a.organisation.name),
    stale: stale.sort((a, b) => b.days - a.days),
    unchecked,
    total: activities.length,
  };
}

/** The neighbourhood names the social map gives each postcode area, to name the areas residents gave. */
export function neighbourhoodsByArea(activities: readonly Activity[]): Map<string, string> {
  const names = new Map<string, Set<string>>();
  for (const a of activities) {
    const set = names.get(a.location.postcode4) ?? new Set<string>();
    set.add(a.location.neighbourhood);
    names.set(a.location.postcode4, set);
  }
  return new Map([...names.entries()].map(([area, set]) => [area, [...set].sort().join(', ')]));
}
