import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import { openStore, type AppStore } from '../../src/store/index.js';
import { startStaffServer, type StaffServer } from './helpers.js';

const CLI = join(process.cwd(), 'src/handover/cli.ts');

/** Runs `npm run staff -- <args>` as an operator would, with `stdin` piped in. */
function staff(args: string[], env: Record<string, string>, stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('the staff CLI', function () {
  this.timeout(60_000);
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spinnenweb-cli-'));
    env = { SQLITE_PATH: join(dir, 'bot.db'), HANDOVER_ORGANISATION: 'Welzijn West', LOG_LEVEL: 'silent', NODE_ENV: 'test' };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds an account with a password from stdin, which then logs in to the inbox', async () => {
    const added = await staff(['add', 'Sam@Welzijn.nl', '--role', 'admin'], env, 'een lang wachtwoord 42\n');
    expect(added.stderr).to.equal('');
    expect(added.code).to.equal(0);
    expect(added.stdout).to.contain('Created admin account sam@welzijn.nl for "Welzijn West"');

    const listed = await staff(['list'], env);
    expect(listed.stdout).to.equal('sam@welzijn.nl\tadmin\tWelzijn West\n');

    let store: AppStore | undefined;
    let web: StaffServer | undefined;
    try {
      store = await openStore({ sqlitePath: env.SQLITE_PATH!, poolSize: 1, retentionDays: 30, handoverRetentionDays: 90, logger: createLogger('silent') });
      web = await startStaffServer(store.db);
      const res = await fetch(`${web.url}/staff/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'sam@welzijn.nl', password: 'een lang wachtwoord 42' }) });
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.include({ staff: { email: 'sam@welzijn.nl', role: 'admin', organisation: 'Welzijn West' } });
    } finally {
      await web?.close();
      await store?.close();
    }

    const removed = await staff(['remove', 'sam@welzijn.nl'], env);
    expect(removed.code).to.equal(0);
    expect((await staff(['list'], env)).stdout).to.contain('No accounts yet');
  });

  it('refuses a short password with a clear message and creates nothing', async () => {
    const added = await staff(['add', 'sam@welzijn.nl', '--role', 'staff', '--organisation', 'Buurtteam Oost'], env, 'kort\n');
    expect(added.code).to.equal(1);
    expect(added.stderr).to.contain('at least 12 characters');
    expect((await staff(['list'], env)).stdout).to.contain('No accounts yet');
  });

  it('explains how to use it when the role is missing or wrong', async () => {
    const added = await staff(['add', 'sam@welzijn.nl', '--role', 'baas'], env, 'een lang wachtwoord 42\n');
    expect(added.code).to.equal(1);
    expect(added.stderr).to.contain('--role staff, --role admin or --role insight').and.contain('npm run staff -- add');
  });
});
