/**
 * The columns of the activities file (the flat "sociale kaart" spreadsheet), their accepted header names and
 * where each one lives in the Open Referral HSDS model. Municipal staff edit the file; this table is its contract.
 */
export const COLUMNS = [
  { name: 'id', aliases: [], required: true, hsds: 'service.id' },
  { name: 'titel', aliases: ['title', 'naam', 'name'], required: true, hsds: 'service.name' },
  { name: 'beschrijving', aliases: ['description'], required: true, hsds: 'service.description' },
  { name: 'titel_en', aliases: ['title_en', 'name_en'], required: false, hsds: 'service.name (English translation)' },
  { name: 'beschrijving_en', aliases: ['description_en'], required: false, hsds: 'service.description (English translation)' },
  { name: 'organisatie', aliases: ['organisation', 'organization'], required: true, hsds: 'organization.name' },
  { name: 'dimensies', aliases: ['dimensions', 'dimensie'], required: true, hsds: 'attribute (taxonomy "positieve-gezondheid")' },
  { name: 'tags', aliases: ['interesses', 'onderwerpen'], required: false, hsds: 'attribute (taxonomy "spinnenweb-tags")' },
  { name: 'wijk', aliases: ['neighbourhood', 'neighborhood', 'buurt'], required: true, hsds: 'location.name' },
  { name: 'adres', aliases: ['address', 'address_1', 'straat'], required: true, hsds: 'location.address.address_1' },
  { name: 'postcode', aliases: ['postal_code', 'zip'], required: true, hsds: 'location.address.postal_code' },
  { name: 'plaats', aliases: ['city', 'woonplaats'], required: false, hsds: 'location.address.city' },
  { name: 'dagen', aliases: ['days', 'byday', 'dag'], required: true, hsds: 'schedule.byday (or schedule.description "op afspraak")' },
  { name: 'begintijd', aliases: ['opens_at', 'start', 'van'], required: false, hsds: 'schedule.opens_at' },
  { name: 'eindtijd', aliases: ['closes_at', 'end', 'tot'], required: false, hsds: 'schedule.closes_at' },
  { name: 'kosten', aliases: ['cost', 'prijs', 'fees'], required: true, hsds: 'cost_option.amount (EUR) or service.fees_description' },
  { name: 'toegankelijkheid', aliases: ['accessibility'], required: false, hsds: 'location.accessibility.description' },
  { name: 'talen', aliases: ['languages', 'taal'], required: false, hsds: 'language.code' },
  { name: 'doelgroep', aliases: ['target_group', 'eligibility'], required: false, hsds: 'service.eligibility_description' },
  { name: 'telefoon', aliases: ['phone', 'tel'], required: false, hsds: 'phone.number' },
  { name: 'website', aliases: ['url'], required: false, hsds: 'service.url' },
  { name: 'email', aliases: ['e-mail', 'mail'], required: false, hsds: 'service.email' },
  { name: 'meegaan', aliases: ['companion', 'welzijnswerker_kan_mee'], required: false, hsds: 'attribute (taxonomy "spinnenweb-meegaan")' },
  { name: 'laatst_gecontroleerd', aliases: ['last_checked', 'gecontroleerd', 'assured_date'], required: false, hsds: 'service.assured_date' },
] as const;

/** The canonical (Dutch) name of a column. */
export type ColumnName = (typeof COLUMNS)[number]['name'];

/** One row as text cells keyed by canonical column name; a missing column is an empty cell. */
export type Row = Partial<Record<ColumnName, string>>;

const byHeader = new Map<string, ColumnName>();
for (const column of COLUMNS) {
  for (const header of [column.name, ...column.aliases]) byHeader.set(normaliseHeader(header), column.name);
}

/** Header cells are matched without regard to case, spaces, dashes or a trailing colon. */
function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/:$/, '').replace(/[\s-]+/g, '_');
}

/** The canonical column for a header cell, or undefined when the header is unknown. */
export function columnForHeader(header: string): ColumnName | undefined {
  return byHeader.get(normaliseHeader(header));
}
