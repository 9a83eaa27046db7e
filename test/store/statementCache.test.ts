import { expect } from 'chai';
import BetterSqlite3 from 'better-sqlite3';
import { withStatementCache } from '../../src/store/statementCache.js';

describe('SQLite prepared-statement cache', () => {
  it('prepares each distinct query once, and keeps no more than its size', () => {
    const database = new BetterSqlite3(':memory:');
    let prepared = 0;
    const prepare = database.prepare.bind(database);
    database.prepare = ((sql: string) => (prepared++, prepare(sql))) as typeof database.prepare;
    const cached = withStatementCache(database, 2);
    try {
      for (let i = 0; i < 5; i++) expect(cached.prepare('select 1 as one').all([])).to.deep.equal([{ one: 1 }]);
      expect(prepared).to.equal(1);
      cached.prepare('select 2');
      cached.prepare('select 3'); // pushes out "select 1", the least recently used
      cached.prepare('select 1 as one');
      expect(prepared).to.equal(4);
      cached.prepare('select 3');
      expect(prepared).to.equal(4);
    } finally {
      cached.close();
    }
    expect(database.open).to.equal(false);
  });
});
