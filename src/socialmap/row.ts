import { COLUMNS, type ColumnName, type Row } from './columns.js';
import { FIELD_SCHEMAS, type Fields } from './fields.js';
import type { Activity, Schedule } from './model.js';
import type { Problem } from './problems.js';

/** A valid row as an Activity, or every problem found in it. */
export type RowResult = { ok: true; activity: Activity } | { ok: false; problems: Problem[] };

/**
 * Validates one spreadsheet row and turns it into an Activity (the HSDS shape).
 * Every bad cell is reported, not just the first, so one round of fixing is enough.
 */
export function validateRow(row: Row, line: number, unit: 'line' | 'item'): RowResult {
  const problems: Problem[] = [];
  const report = (column: ColumnName, message: string) => problems.push({ unit, line, column, message });
  const fields: Partial<Record<ColumnName, unknown>> = {};
  for (const { name } of COLUMNS) {
    const result = FIELD_SCHEMAS[name].safeParse(row[name]);
    if (result.success) fields[name] = result.data;
    else for (const issue of result.error.issues) report(name, issue.message);
  }
  const f = fields as Partial<Fields>;

  if (!row.telefoon?.trim() && !row.website?.trim() && !row.email?.trim()) {
    report('telefoon', 'er is geen telefoon, website of e-mail. Vul er minstens een in, zodat mensen contact kunnen opnemen.');
  }
  if (Array.isArray(f.dagen)) {
    if (!row.begintijd?.trim()) report('begintijd', 'dit vak is leeg. Schrijf hoe laat het begint, zoals 10:00. Of schrijf bij dagen: op afspraak.');
    if (!row.eindtijd?.trim()) report('eindtijd', 'dit vak is leeg. Schrijf hoe laat het eindigt, zoals 12:00.');
    if (f.begintijd && f.eindtijd && f.eindtijd <= f.begintijd) {
      report('eindtijd', `${f.eindtijd} is niet later dan de begintijd ${f.begintijd}. Schrijf een eindtijd na de begintijd.`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const v = f as Fields;
  const schedule: Schedule =
    v.dagen === 'appointment'
      ? { kind: 'appointment' }
      : { kind: 'weekly', byday: v.dagen, opensAt: v.begintijd as string, closesAt: v.eindtijd as string };
  const activity: Activity = {
    id: v.id,
    title: v.titel,
    description: v.beschrijving,
    ...((v.titel_en !== undefined || v.beschrijving_en !== undefined) && {
      translations: { en: { ...(v.titel_en !== undefined && { title: v.titel_en }), ...(v.beschrijving_en !== undefined && { description: v.beschrijving_en }) } },
    }),
    organisation: { name: v.organisatie },
    dimensions: v.dimensies,
    tags: v.tags,
    location: {
      neighbourhood: v.wijk,
      address: v.adres,
      postcode: v.postcode,
      postcode4: v.postcode.slice(0, 4),
      ...(v.plaats !== undefined && { city: v.plaats }),
      ...(v.toegankelijkheid !== undefined && { accessibility: v.toegankelijkheid }),
    },
    schedule,
    cost: v.kosten,
    languages: v.talen,
    ...(v.doelgroep !== undefined && { targetGroup: v.doelgroep }),
    contact: {
      ...(v.telefoon !== undefined && { phone: v.telefoon }),
      ...(v.website !== undefined && { url: v.website }),
      ...(v.email !== undefined && { email: v.email }),
    },
    companion: v.meegaan,
    ...(v.laatst_gecontroleerd !== undefined && { checkedOn: v.laatst_gecontroleerd }),
  };
  return { ok: true, activity };
}
