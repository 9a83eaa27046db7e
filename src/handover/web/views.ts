import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Eta } from 'eta';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../paths.js';

const VIEWS_DIR = join(PROJECT_ROOT, 'src/handover/views');

const labelsSchema = z.object({
  dimensions: z.record(z.string(), z.string()),
  status: z.record(z.string(), z.string()),
  contact: z.record(z.string(), z.string()),
  outcomes: z.record(z.string(), z.string()),
  delivery: z.record(z.string(), z.string()),
  actions: z.record(z.string(), z.string()),
  insight: z.record(z.string(), z.string()),
});

/** Dutch names for dimensions, statuses, contact kinds and outcomes: content, so it lives beside the templates. */
export type Labels = z.output<typeof labelsSchema>;

/** How long someone has waited, in the largest whole unit; the template turns it into words. */
export interface Waiting {
  unit: 'minutes' | 'hours' | 'days';
  count: number;
}

/** Splits a wait into days, else hours, else minutes, so the inbox can say "wacht 2 dagen". */
export function waitingFor(ms: number): Waiting {
  const minutes = Math.floor(ms / 60_000);
  if (minutes >= 24 * 60) return { unit: 'days', count: Math.floor(minutes / (24 * 60)) };
  if (minutes >= 60) return { unit: 'hours', count: Math.floor(minutes / 60) };
  return { unit: 'minutes', count: minutes };
}

const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'medium', timeStyle: 'short' });

/**
 * Renders the staff pages with Eta. autoEscape is on, so everything a resident typed is shown as text,
 * never as markup; templates use `<%~` only for the layout body, which Eta itself produced.
 */
export class StaffViews {
  private readonly eta = new Eta({ views: VIEWS_DIR, autoEscape: true, cache: true });
  readonly labels: Labels = labelsSchema.parse(JSON.parse(readFileSync(join(VIEWS_DIR, 'labels.json'), 'utf8')));
  readonly stylesheet = readFileSync(join(VIEWS_DIR, 'staff.css'), 'utf8');

  /** Renders one page; every page gets the labels and a time formatter. */
  render(view: string, data: Record<string, unknown>): string {
    return this.eta.render(`./${view}`, { ...data, labels: this.labels, time: (ms: number) => timeFormat.format(ms), waitingFor });
  }
}
