import { expect } from 'chai';
import { mkdtemp, rm, writeFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log.js';
import { openCatalogue, SocialMapError, type Catalogue } from '../../src/socialmap/catalogue.js';
import { cells, csv } from './fixtures.js';

/** Waits until `check` is true, polling; fails after a generous deadline. */
async function eventually(check: () => boolean, what: string, deadlineMs = 10_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('socialmap: the live catalogue', () => {
  let dir: string;
  let catalogue: Catalogue | undefined;
  let logLines: string[];
  const logger = () => createLogger('info', new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } }));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'socialmap-'));
    logLines = [];
  });
  afterEach(async () => {
    catalogue?.close();
    catalogue = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the activities in use when a bad file arrives, and picks up a good one without a restart', async () => {
    const file = join(dir, 'kaart.csv');
    await writeFile(file, csv([cells('OLD-1'), cells('OLD-2')], ';'));
    catalogue = await openCatalogue(file, logger(), { intervalMs: 50 });
    const first = catalogue.current();
    expect(first.map((a) => a.id)).to.deep.equal(['OLD-1', 'OLD-2']);

    await writeFile(file, csv([cells('BAD-1', { kosten: 'gratis?', titel: 'Geheime titel' }), cells('BAD-2', { dagen: 'ooit' })], ';'));
    await eventually(() => logLines.some((l) => l.includes('has problems')), 'the bad file was checked');
    expect(catalogue.current()).to.equal(first);
    const warning = JSON.parse(logLines.find((l) => l.includes('has problems')) as string) as Record<string, unknown>;
    expect(warning['problems']).to.equal(2);
    expect(logLines.join('')).not.to.include('Geheime titel');

    // Saved the way many editors do: write a temporary file, then rename it over the old one.
    const temp = join(dir, 'kaart.csv.tmp');
    await writeFile(temp, csv([cells('NEW-1'), cells('NEW-2'), cells('NEW-3')], ','));
    await rename(temp, file);
    await eventually(() => catalogue?.current().length === 3, 'the good file is in use');
    expect(catalogue.current().map((a) => a.id)).to.deep.equal(['NEW-1', 'NEW-2', 'NEW-3']);
    expect(catalogue.version()).to.equal(2);
  });

  it('refuses to start with a bad file and names the problems for the operator', async () => {
    const file = join(dir, 'kaart.csv');
    await writeFile(file, csv([cells('A-1', { postcode: 'onbekend' })], ';'));
    let error: unknown;
    try {
      catalogue = await openCatalogue(file, logger());
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(SocialMapError);
    expect((error as Error).message).to.include("Regel 2, kolom 'postcode'");
  });
});
