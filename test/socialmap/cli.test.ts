import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cells, csv } from './fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/socialmap/cli.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('socialmap: npm run socialmap -- check', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'socialmap-cli-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('says the Lindeveen file is fine, with a count per dimension, and exits 0', async () => {
    const { code, stdout } = await run('check', 'socialmap/lindeveen.csv');
    expect(code).to.equal(0);
    expect(stdout).to.match(/^\d+ activiteiten in orde\. Per dimensie: lichaam \d+, dagelijks \d+, meedoen \d+, kwaliteit \d+, mentaal \d+, zingeving \d+\.\n$/);
  });

  it('lists every problem with line and column and exits 1', async () => {
    const file = join(dir, 'kaart.csv');
    await writeFile(file, csv([cells('A-1'), cells('A-2', { kosten: 'gratis?' }), cells('A-3', { meegaan: 'misschien' })], ';'));
    const { code, stdout } = await run('check', file);
    expect(code).to.equal(1);
    expect(stdout).to.include("Regel 3, kolom 'kosten': 'gratis?' is geen bekende waarde.");
    expect(stdout).to.include("Regel 4, kolom 'meegaan': 'misschien' is geen bekende waarde.");
    expect(stdout).to.include('2 fout(en) gevonden.');
  });

  it('exits 1 for a file that does not exist and 2 without a file name', async () => {
    expect((await run('check', join(dir, 'bestaat-niet.csv'))).code).to.equal(1);
    const usage = await run();
    expect(usage.code).to.equal(2);
    expect(usage.stderr).to.include('npm run socialmap -- check');
  });
});
