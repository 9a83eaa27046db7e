import { z } from 'zod';
import { columnForHeader, type Row } from './columns.js';

/**
 * Turns HSDS-like JSON objects (Open Referral: service with organization, location, schedules, cost_options,
 * languages, phones and attributes) into flat rows, so both shapes go through the same validation and report.
 * Only the fields the bot uses are read; anything else in the object is ignored.
 */

const text = z.union([z.string(), z.number()]).transform(String).optional();
const address = z.object({ address_1: text, postal_code: text, city: text }).partial();
const location = z
  .object({
    name: text,
    address_1: text,
    postal_code: text,
    city: text,
    address: address.optional(),
    addresses: z.array(address).optional(),
    physical_addresses: z.array(address).optional(),
    accessibility: z.union([z.string(), z.array(z.object({ description: text }))]).optional(),
  })
  .partial();
const schedule = z.object({ byday: text, opens_at: text, closes_at: text, description: text }).partial();
const attribute = z.object({ taxonomy: text, value: text, taxonomy_term: z.object({ name: text, term: text }).partial().optional() }).partial();

const hsdsService = z.object({
  id: text.catch(undefined),
  name: text.catch(undefined),
  description: text.catch(undefined),
  name_en: text.catch(undefined),
  description_en: text.catch(undefined),
  translations: z.record(z.string(), z.object({ name: text, description: text }).partial()).optional().catch(undefined),
  organization: z.object({ name: text }).partial().optional().catch(undefined),
  location: location.optional().catch(undefined),
  locations: z.array(location).optional().catch(undefined),
  schedules: z.array(schedule).optional().catch(undefined),
  schedule: schedule.optional().catch(undefined),
  cost_options: z.array(z.object({ amount: text, option: text }).partial()).optional().catch(undefined),
  fees_description: text.catch(undefined),
  languages: z.array(z.union([z.string(), z.object({ code: text, name: text }).partial()])).optional().catch(undefined),
  eligibility_description: text.catch(undefined),
  phones: z.array(z.object({ number: text }).partial()).optional().catch(undefined),
  phone: text.catch(undefined),
  url: text.catch(undefined),
  email: text.catch(undefined),
  attributes: z.array(attribute).optional().catch(undefined),
  dimensions: z.array(z.string()).optional().catch(undefined),
  tags: z.array(z.string()).optional().catch(undefined),
  companion: z.union([z.boolean(), z.string()]).optional().catch(undefined),
  assured_date: text.catch(undefined),
});

/** True when a JSON item looks like an HSDS service rather than a flat row. */
export function isHsdsLike(item: Record<string, unknown>): boolean {
  return ['organization', 'location', 'locations', 'schedules', 'schedule'].some((key) => typeof item[key] === 'object' && item[key] !== null);
}

const join = (values: readonly (string | undefined)[]) => values.filter((v): v is string => Boolean(v)).join('|');

function attributeValues(attributes: z.output<typeof attribute>[] | undefined, taxonomy: string): string[] {
  return (attributes ?? [])
    .filter((a) => a.taxonomy === taxonomy)
    .map((a) => a.value ?? a.taxonomy_term?.term ?? a.taxonomy_term?.name)
    .filter((v): v is string => Boolean(v));
}

/**
 * Maps one HSDS-like service to a flat row; a field of the wrong type becomes an empty cell (`.catch` above),
 * which the row validation then reports with the column name.
 */
export function hsdsToRow(item: Record<string, unknown>): Row {
  const s = hsdsService.parse(item);
  const loc = s.location ?? s.locations?.[0] ?? {};
  const addr = loc.address ?? loc.addresses?.[0] ?? loc.physical_addresses?.[0] ?? {};
  const schedules = s.schedules ?? (s.schedule ? [s.schedule] : []);
  const first = schedules[0] ?? {};
  const byAppointment = schedules.length > 0 && schedules.every((sc) => !sc.byday);
  const cost = s.cost_options?.[0]?.amount ?? s.fees_description;
  const companion = s.companion ?? attributeValues(s.attributes, 'spinnenweb-meegaan')[0];
  return {
    id: s.id,
    titel: s.name,
    beschrijving: s.description,
    titel_en: s.name_en ?? s.translations?.en?.name,
    beschrijving_en: s.description_en ?? s.translations?.en?.description,
    organisatie: s.organization?.name,
    dimensies: join(s.dimensions ?? attributeValues(s.attributes, 'positieve-gezondheid')),
    tags: join(s.tags ?? attributeValues(s.attributes, 'spinnenweb-tags')),
    wijk: loc.name,
    adres: addr.address_1 ?? loc.address_1,
    postcode: addr.postal_code ?? loc.postal_code,
    plaats: addr.city ?? loc.city,
    dagen: byAppointment ? 'op afspraak' : join(schedules.flatMap((sc) => (sc.byday ?? '').split(','))),
    begintijd: first.opens_at,
    eindtijd: first.closes_at,
    kosten: cost,
    toegankelijkheid: typeof loc.accessibility === 'string' ? loc.accessibility : join((loc.accessibility ?? []).map((a) => a.description)),
    talen: join((s.languages ?? []).map((l) => (typeof l === 'string' ? l : l.code ?? l.name))),
    doelgroep: s.eligibility_description,
    telefoon: s.phones?.[0]?.number ?? s.phone,
    website: s.url,
    email: s.email,
    meegaan: typeof companion === 'boolean' ? (companion ? 'ja' : 'nee') : companion,
    laatst_gecontroleerd: s.assured_date,
  };
}

/** Maps a flat JSON row (keys are column headers, values text, numbers, yes/no or lists) to text cells. */
export function jsonRowToRow(item: Record<string, unknown>): { row: Row; unknown: string[] } {
  const row: Row = {};
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(item)) {
    const column = columnForHeader(key);
    if (column === undefined) {
      unknown.push(key);
      continue;
    }
    row[column] = Array.isArray(value)
      ? value.map(String).join('|')
      : typeof value === 'boolean'
        ? (value ? 'ja' : 'nee')
        : value === null || value === undefined
          ? ''
          : typeof value === 'object' ? '[object]' : String(value);
  }
  return { row, unknown };
}
