import type { Activity } from '../../src/socialmap/model.js';

/** A plain activity that tests change one thing at a time. */
export function activity(id: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    title: `Activiteit ${id}`,
    description: 'Samen iets leuks doen.',
    organisation: { name: 'Stichting Test' },
    dimensions: ['participation'],
    tags: ['meeting-people'],
    location: { neighbourhood: 'Centrum', address: 'Plein 1', postcode: '7500 AA', postcode4: '7500' },
    schedule: { kind: 'weekly', byday: ['WE'], opensAt: '10:00', closesAt: '12:00' },
    cost: { kind: 'amount', euros: 2 },
    languages: ['nl'],
    contact: { email: 'info@test.example' },
    companion: false,
    ...overrides,
  };
}

export const HEADER = [
  'id', 'titel', 'beschrijving', 'titel_en', 'beschrijving_en', 'organisatie', 'dimensies', 'tags', 'wijk', 'adres',
  'postcode', 'plaats', 'dagen', 'begintijd', 'eindtijd', 'kosten', 'toegankelijkheid', 'talen', 'doelgroep',
  'telefoon', 'website', 'email', 'meegaan',
];

/** A valid row as cells, in HEADER order; `changes` replaces cells by column name. */
export function cells(id: string, changes: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    id, titel: `Koffieochtend ${id}`, beschrijving: 'Kom koffie drinken en maak een praatje.', titel_en: 'Coffee morning',
    beschrijving_en: 'Come for coffee and a chat.', organisatie: 'Huis van de Buurt', dimensies: 'meedoen|mentaal',
    tags: 'ontmoeten|talking', wijk: 'De Horst', adres: 'Horstweg 12', postcode: '7413 AB', plaats: 'Lindeveen',
    dagen: 'wo', begintijd: '10:00', eindtijd: '11:30', kosten: 'gratis', toegankelijkheid: '', talen: 'nl|en',
    doelgroep: '', telefoon: '0123-456701', website: '', email: '', meegaan: 'ja',
  };
  return HEADER.map((h) => changes[h] ?? base[h] ?? '');
}

/** Builds CSV text with a delimiter, quoting cells that need it. */
export function csv(rows: string[][], delimiter: ';' | ',', newline = '\n'): string {
  const quote = (cell: string) => (/[;,"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [HEADER, ...rows].map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
}
