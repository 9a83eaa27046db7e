import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadActivitiesFile } from '../../src/socialmap/load.js';
import { suggest, type SuggestRequest } from '../../src/socialmap/match.js';
import type { Activity } from '../../src/socialmap/model.js';
import { activity } from './fixtures.js';

// Monday 2 March 2026, 09:00 in Lindeveen (08:00 UTC).
const MONDAY_9AM = new Date('2026-03-02T08:00:00Z');

function request(overrides: Partial<SuggestRequest> = {}): SuggestRequest {
  return { dimension: 'participation', scores: {}, marks: [], interests: [], now: MONDAY_9AM, exclude: [], locale: 'nl', ...overrides };
}

const ids = (list: { activity: Activity }[]) => list.map((s) => s.activity.id);

describe('socialmap: suggesting activities', () => {
  it('shows only activities for the dimension the resident chose, however attractive the others are', () => {
    const list = [
      activity('other', { dimensions: ['body'], tags: ['cooking'], cost: { kind: 'free' } }),
      activity('chosen', { dimensions: ['participation'] }),
    ];
    const result = suggest(list, request({ interests: ['cooking'], postcode4: '7500' }));
    expect(ids(result)).to.deep.equal(['chosen']);
    expect(result[0]?.reasons.at(-1)).to.deep.equal({ key: 'reason.dimension', params: { dimension: 'participation' } });
  });

  it('lifts a cooking activity when the resident said they like cooking, and says why', () => {
    const list = [activity('walk', { tags: ['walking'] }), activity('cook', { tags: ['cooking', 'eating-together'] })];
    expect(ids(suggest(list, request()))[0]).to.equal('walk');
    const result = suggest(list, request({ interests: ['cooking'] }));
    expect(ids(result)[0]).to.equal('cook');
    expect(result[0]?.reason).to.deep.equal({ key: 'reason.interest', params: { interest: 'cooking' } });
  });

  it('names only an interest the resident said; an activity found through their trade says they can use what they can', () => {
    const list = [activity('sing', { tags: ['music'] }), activity('care', { tags: ['care-for-others', 'volunteering'] })];
    // "ik zing graag en ik was vroeger kapper": music is liked, the rest comes from the trade.
    const said = { interests: ['music', 'sharing-skills', 'care-for-others', 'volunteering'] as const, liked: ['music'] as const };
    const result = suggest(list, request({ interests: [...said.interests], liked: [...said.liked] }));
    const reasonOf = (id: string) => result.find((s) => s.activity.id === id)?.reason;
    expect(reasonOf('sing')).to.deep.equal({ key: 'reason.interest', params: { interest: 'music' } });
    expect(reasonOf('care')).to.deep.equal({ key: 'reason.skill', params: {} });
  });

  it('puts the same postcode before the same area, and the same area before far away', () => {
    const far = activity('far', { location: { neighbourhood: 'Ver weg', address: 'Weg 1', postcode: '9900 AA', postcode4: '9900' } });
    const area = activity('area', { location: { neighbourhood: 'Oosterpark', address: 'Laan 1', postcode: '7422 AA', postcode4: '7422' } });
    const same = activity('same', { location: { neighbourhood: 'Kanaalzijde', address: 'Sluis 1', postcode: '7425 AA', postcode4: '7425' } });
    const result = suggest([far, area, same], request({ postcode4: '7425' }));
    expect(ids(result)).to.deep.equal(['same', 'area', 'far']);
    expect(result[0]?.reason).to.deep.equal({ key: 'reason.nearby', params: { neighbourhood: 'Kanaalzijde' } });
  });

  it('puts a free activity before a paid one when everything else is equal', () => {
    const result = suggest([activity('paid'), activity('free', { cost: { kind: 'free' } })], request());
    expect(ids(result)).to.deep.equal(['free', 'paid']);
    expect(result[0]?.reasons.map((r) => r.key)).to.include('reason.free');
  });

  it('puts the activity that happens soonest first and tells when', () => {
    const friday = activity('friday', { schedule: { kind: 'weekly', byday: ['FR'], opensAt: '10:00', closesAt: '12:00' } });
    const tuesday = activity('tuesday', { schedule: { kind: 'weekly', byday: ['TU'], opensAt: '10:00', closesAt: '12:00' } });
    const result = suggest([friday, tuesday], request());
    expect(ids(result)).to.deep.equal(['tuesday', 'friday']);
    expect(result[0]?.next).to.deep.equal({ day: 'TU', opensAt: '10:00', closesAt: '12:00', inDays: 1 });
  });

  it('prefers activities that also help a dimension the resident scored low or marked', () => {
    const plain = activity('plain');
    const alsoBody = activity('body-too', { dimensions: ['participation', 'body'] });
    const alsoMind = activity('mind-too', { dimensions: ['participation', 'mind'] });
    expect(ids(suggest([plain, alsoBody], request()))[0]).to.equal('plain');
    expect(ids(suggest([alsoMind, alsoBody], request({ scores: { body: 2, mind: 8 } })))[0]).to.equal('body-too');
    const result = suggest([plain, alsoBody], request({ scores: { body: 2 } }));
    expect(ids(result)[0]).to.equal('body-too');
    expect(result[0]?.reason).to.deep.equal({ key: 'reason.alsoHelps', params: { dimension: 'body' } });
    expect(ids(suggest([plain, alsoBody], request({ marks: ['body'] })))[0]).to.equal('body-too');
  });

  it('gives pages of three and never shows excluded activities again', () => {
    const list = Array.from({ length: 7 }, (_, i) => activity(`a${i}`));
    const first = ids(suggest(list, request()));
    expect(first).to.have.lengthOf(3);
    const second = ids(suggest(list, request({ exclude: first })));
    expect(second).to.have.lengthOf(3);
    expect(second.filter((id) => first.includes(id))).to.deep.equal([]);
    const third = ids(suggest(list, request({ exclude: [...first, ...second] })));
    expect(third).to.have.lengthOf(1);
    expect(suggest(list, request({ exclude: ids(list.map((a) => ({ activity: a }))) }))).to.deep.equal([]);
    expect(ids(suggest(list, request(), { page: 1 }))).to.deep.equal(second);
  });

  it('returns an empty list when nothing fits the chosen dimension', () => {
    expect(suggest([activity('a'), activity('b')], request({ dimension: 'meaning' }))).to.deep.equal([]);
    expect(suggest([], request())).to.deep.equal([]);
  });

  it('on the Lindeveen map, finds the cooking evening in Kanaalzijde for a resident there who likes cooking', async () => {
    const loaded = await loadActivitiesFile(fileURLToPath(new URL('../../socialmap/lindeveen.csv', import.meta.url)));
    if (!loaded.ok) throw new Error('sample file should be valid');
    const result = suggest(loaded.activities, request({ interests: ['cooking'], postcode4: '7425' }));
    expect(ids(result)[0]).to.equal('LV-013');
    expect(result[0]?.reason.key).to.equal('reason.interest');
  });
});
