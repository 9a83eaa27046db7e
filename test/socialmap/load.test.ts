import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { DIMENSIONS } from '../../src/health/dimensions.js';
import { loadActivitiesFile, parseActivities, type LoadResult } from '../../src/socialmap/load.js';
import { formatProblem, formatReport } from '../../src/socialmap/problems.js';
import { cells, csv } from './fixtures.js';

const SAMPLE = fileURLToPath(new URL('../../socialmap/lindeveen.csv', import.meta.url));

function activities(result: LoadResult) {
  if (!result.ok) throw new Error(`expected a valid file, got:\n${formatReport(result.problems)}`);
  return result.activities;
}

function report(result: LoadResult): string[] {
  if (result.ok) throw new Error('expected problems, but the file was accepted');
  return result.problems.map(formatProblem);
}

describe('socialmap: loading the activities file', () => {
  it('loads the Lindeveen sample: every dimension, four neighbourhoods, English texts, appointments and companions', async () => {
    const list = activities(await loadActivitiesFile(SAMPLE));
    expect(list.length).to.be.within(35, 50);
    for (const d of DIMENSIONS) expect(list.some((a) => a.dimensions.includes(d)), d).to.equal(true);
    expect(new Set(list.map((a) => a.location.neighbourhood))).to.have.lengthOf(4);
    expect(list.every((a) => a.translations?.en?.title && a.translations.en.description)).to.equal(true);
    expect(list.filter((a) => a.schedule.kind === 'appointment').length).to.be.greaterThan(2);
    expect(list.filter((a) => a.companion).length).to.be.greaterThan(2);
    expect(list.filter((a) => a.cost.kind === 'free').length).to.be.greaterThan(list.length / 3);
  });

  it('reads a semicolon file with a BOM and a comma file without one to the same activities', () => {
    const rows = [cells('A-1', { kosten: '2,50', beschrijving: 'Koffie, thee en een praatje.' }), cells('A-2', { dagen: 'op afspraak', begintijd: '', eindtijd: '' })];
    const semicolon = activities(parseActivities(`\uFEFF${csv(rows, ';')}`));
    const comma = activities(parseActivities(csv(rows, ',')));
    expect(comma).to.deep.equal(semicolon);
    expect(semicolon[0]?.id).to.equal('A-1');
    expect(semicolon[0]?.cost).to.deep.equal({ kind: 'amount', euros: 2.5 });
    expect(semicolon[0]?.description).to.equal('Koffie, thee en een praatje.');
    expect(semicolon[0]?.tags).to.deep.equal(['meeting-people', 'talking']);
    expect(semicolon[0]?.dimensions).to.deep.equal(['participation', 'mind']);
    expect(semicolon[1]?.schedule).to.deep.equal({ kind: 'appointment' });
  });

  it('accepts Dutch day ranges, times with a dot, lists with commas and "stadspas"', () => {
    const [a] = activities(parseActivities(csv([cells('A-1', { dagen: 'ma-wo', begintijd: '9.30', eindtijd: '11', kosten: 'Stadspas', talen: 'nl, Engels', website: 'www.buurt.example' })], ';')));
    expect(a?.schedule).to.deep.equal({ kind: 'weekly', byday: ['MO', 'TU', 'WE'], opensAt: '09:30', closesAt: '11:00' });
    expect(a?.cost).to.deep.equal({ kind: 'citypass' });
    expect(a?.languages).to.deep.equal(['nl', 'en']);
    expect(a?.contact.url).to.equal('https://www.buurt.example');
  });

  it('reads JSON rows with the same column names', () => {
    const [a] = activities(parseActivities(JSON.stringify([{
      id: 'J-1', titel: 'Wandelgroep', beschrijving: 'Samen wandelen.', organisatie: 'Wandelclub', dimensies: ['lichaam', 'meedoen'],
      tags: ['wandelen'], wijk: 'Centrum', adres: 'Plein 1', postcode: '7411AA', dagen: 'do', begintijd: '9:00', eindtijd: '10:00',
      kosten: 0, email: 'wandel@test.example', meegaan: true,
    }])));
    expect(a?.dimensions).to.deep.equal(['body', 'participation']);
    expect(a?.tags).to.deep.equal(['walking']);
    expect(a?.location.postcode).to.equal('7411 AA');
    expect(a?.cost).to.deep.equal({ kind: 'free' });
    expect(a?.companion).to.equal(true);
  });

  it('reads HSDS-like services (organization, location, schedules, cost_options, attributes)', () => {
    const [a] = activities(parseActivities(JSON.stringify({ services: [{
      id: 'H-1', name: 'Repair café', description: 'Samen spullen repareren.',
      translations: { en: { name: 'Repair café', description: 'Fix things together.' } },
      organization: { name: 'Stichting Heel' },
      location: { name: 'Kanaalzijde', address: { address_1: 'Sluisstraat 40', postal_code: '7425 EF', city: 'Lindeveen' }, accessibility: [{ description: 'Geen drempel.' }] },
      schedules: [{ byday: 'SA', opens_at: '10:00', closes_at: '13:00' }],
      cost_options: [{ amount: 1.5, currency: 'EUR' }],
      languages: [{ code: 'nl' }, { code: 'en' }],
      phones: [{ number: '0123-456789' }],
      attributes: [
        { taxonomy: 'positieve-gezondheid', value: 'meaning' },
        { taxonomy: 'spinnenweb-tags', value: 'crafts' },
        { taxonomy: 'spinnenweb-meegaan', value: 'ja' },
      ],
    }] })));
    expect(a).to.deep.include({ id: 'H-1', title: 'Repair café', dimensions: ['meaning'], tags: ['crafts'], companion: true });
    expect(a?.translations?.en?.title).to.equal('Repair café');
    expect(a?.schedule).to.deep.equal({ kind: 'weekly', byday: ['SA'], opensAt: '10:00', closesAt: '13:00' });
    expect(a?.cost).to.deep.equal({ kind: 'amount', euros: 1.5 });
    expect(a?.location).to.deep.include({ neighbourhood: 'Kanaalzijde', postcode4: '7425', accessibility: 'Geen drempel.' });
  });

  it('reports every bad row and field with its line number and a fix', () => {
    const text = csv([
      cells('OK-1'),
      cells('B-1', { kosten: 'gratis?', postcode: '741 AB' }),
      cells('OK-2', { beschrijving: 'Een tekst\nover twee regels.' }),
      cells('B-2', { titel: '', dimensies: 'meedoen|geluk', dagen: 'elke dag' }),
      cells('B-2', { telefoon: '', website: '', email: '', begintijd: '14:00', eindtijd: '13:00' }),
    ], ';', '\r\n');
    const lines = report(parseActivities(text));
    expect(lines).to.include("Regel 3, kolom 'kosten': 'gratis?' is geen bekende waarde. Schrijf: gratis, een bedrag zoals 2,50, of stadspas.");
    expect(lines.some((l) => l.startsWith("Regel 3, kolom 'postcode': '741 AB'"))).to.equal(true);
    // Row OK-2 spans lines 4 and 5, so the next row starts on line 6.
    expect(lines.some((l) => l.startsWith("Regel 6, kolom 'titel': dit vak is leeg"))).to.equal(true);
    expect(lines.some((l) => l.startsWith("Regel 6, kolom 'dimensies': 'geluk'"))).to.equal(true);
    expect(lines.some((l) => l.startsWith("Regel 6, kolom 'dagen': 'elke dag'"))).to.equal(true);
    expect(lines.some((l) => l.startsWith("Regel 7, kolom 'id': de code 'B-2' staat ook op regel 6"))).to.equal(true);
    expect(lines.some((l) => l.startsWith("Regel 7, kolom 'telefoon': er is geen telefoon, website of e-mail"))).to.equal(true);
    expect(lines.some((l) => l.startsWith("Regel 7, kolom 'eindtijd'"))).to.equal(true);
    expect(lines.filter((l) => l.startsWith('Regel 2,') || l.startsWith('Regel 4,'))).to.deep.equal([]);
  });

  it('names a missing column, an unclosed quote and JSON items by number', () => {
    const withoutCost = csv([cells('A-1')], ';').replace(';kosten', '').replace(';gratis', '');
    expect(report(parseActivities(withoutCost))).to.include("Regel 1: de kolom 'kosten' ontbreekt. Voeg die kolom toe aan de kopregel.");
    expect(report(parseActivities(`${csv([cells('A-1')], ';')}A-2;"Koffie\n`))[0]).to.match(/^Regel \d+: een aanhalingsteken/);
    const json = report(parseActivities(JSON.stringify([{ id: 'J-1' }, 'hallo'])));
    expect(json.some((l) => l.startsWith("Item 1, veld 'titel': dit vak is leeg"))).to.equal(true);
    expect(json.some((l) => l.startsWith('Item 2: dit is geen activiteit'))).to.equal(true);
  });

  it('refuses an empty file instead of emptying the map', () => {
    expect(report(parseActivities(csv([], ';')))[0]).to.match(/geen activiteiten/);
  });
});
