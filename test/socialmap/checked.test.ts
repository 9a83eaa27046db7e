import { expect } from 'chai';
import { validateRow } from '../../src/socialmap/row.js';
import { stillSuggested, suggestedEachDay, type Activity } from '../../src/socialmap/model.js';
import { activity, cells, HEADER } from './fixtures.js';

const rowWith = (checked: string) => {
  const values = cells('LV-9');
  return { ...Object.fromEntries(HEADER.map((h, i) => [h, values[i] ?? ''])), laatst_gecontroleerd: checked };
};

describe('socialmap: laatst_gecontroleerd', () => {
  it('reads a date as YYYY-MM-DD or DD-MM-YYYY, and leaves an empty cell as not known', () => {
    const iso = validateRow(rowWith('2026-03-31'), 2, 'line');
    const dutch = validateRow(rowWith('1-3-2026'), 2, 'line');
    const empty = validateRow(rowWith(''), 2, 'line');
    expect(iso.ok && iso.activity.checkedOn).to.equal('2026-03-31');
    expect(dutch.ok && dutch.activity.checkedOn).to.equal('2026-03-01');
    expect(empty.ok && empty.activity.checkedOn).to.equal(undefined);
  });

  it('refuses a date that does not exist, with a fix in Dutch', () => {
    const result = validateRow(rowWith('31-02-2026'), 7, 'line');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0]).to.include({ column: 'laatst_gecontroleerd' }).and.have.property('message').that.contains('2026-03-31');
  });

  it('stops suggesting an activity not checked for longer than the configured age', () => {
    const now = Date.UTC(2026, 5, 1);
    const list: Activity[] = [activity('OLD', { checkedOn: '2024-01-01' }), activity('NEW', { checkedOn: '2026-01-01' }), activity('UNDATED')];
    expect(stillSuggested(list, now, 730).map((a) => a.id)).to.deep.equal(['NEW', 'UNDATED']);
    expect(stillSuggested(list, now, 1000)).to.equal(list);
    const daily = suggestedEachDay(730);
    expect(daily(list, now)).to.equal(daily(list, now + 1000), 'the same list all day, so matching keeps its prepared form');
  });
});
