import { expect } from 'chai';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log.js';
import { createContentSafety, type ContentSafety, type ContentSafetyOptions } from '../../src/language/contentSafety.js';
import { serviceError, severities, startContentSafetyStub, type ContentSafetyStub } from './content-safety-stub.js';

const KEY = 'test-key-0123456789';

function captureLogs(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines, stream };
}

describe('Azure AI Content Safety as a second opinion (contentSafetyLevel)', () => {
  let stub: ContentSafetyStub;
  let logs: ReturnType<typeof captureLogs>;
  let clock: number;

  const service = (overrides: Partial<ContentSafetyOptions> = {}): ContentSafety =>
    createContentSafety({
      endpoint: stub.endpoint,
      key: KEY,
      timeoutMs: 3000,
      logger: createLogger('info', logs.stream),
      allowInsecureConnection: true,
      now: () => clock,
      ...overrides,
    });

  beforeEach(async () => {
    stub = await startContentSafetyStub();
    logs = captureLogs();
    clock = 1_000_000;
  });
  afterEach(() => stub.close());

  it('asks text:analyze for self-harm and violence, with the key, on the documented route', async () => {
    expect(await service().contentSafetyLevel('ik weet het niet meer')).to.equal('none');
    expect(stub.requests).to.have.length(1);
    const [request] = stub.requests;
    expect(request?.method).to.equal('POST');
    expect(request?.url).to.equal('/contentsafety/text:analyze?api-version=2023-10-01');
    expect(request?.key).to.equal(KEY);
    expect(request?.body).to.deep.equal({ text: 'ik weet het niet meer', categories: ['SelfHarm', 'Violence'], outputType: 'FourSeverityLevels' });
  });

  it('calls a message a crisis from self-harm severity 2 and violence severity 4', async () => {
    stub.answer = () => ({ status: 200, body: severities(2, 0) });
    expect(await service().contentSafetyLevel('a')).to.equal('crisis');
    stub.answer = () => ({ status: 200, body: severities(0, 2) });
    expect(await service().contentSafetyLevel('a')).to.equal('none');
    stub.answer = () => ({ status: 200, body: severities(0, 4) });
    expect(await service().contentSafetyLevel('a')).to.equal('crisis');
  });

  it('follows the configured severities', async () => {
    stub.answer = () => ({ status: 200, body: severities(2, 2) });
    expect(await service({ selfHarmSeverity: 4, violenceSeverity: 2 }).contentSafetyLevel('a')).to.equal('crisis');
    expect(await service({ selfHarmSeverity: 4, violenceSeverity: 4 }).contentSafetyLevel('a')).to.equal('none');
  });

  it('answers undefined when Azure is too slow, and logs the kind of failure without the text', async () => {
    stub.answer = () => ({ status: 200, body: severities(6, 0), delayMs: 1500 });
    const started = Date.now();
    expect(await service({ timeoutMs: 300 }).contentSafetyLevel('geheime tekst van een inwoner')).to.equal(undefined);
    expect(Date.now() - started).to.be.below(1400);
    const log = logs.lines.join('');
    expect(log).to.contain('"failure":"timeout"');
    expect(log).not.to.contain('geheime');
  });

  it('answers undefined on throttling, a rejected request and a server error', async () => {
    for (const [status, code] of [[429, 'TooManyRequests'], [400, 'InvalidRequestBody'], [500, 'InternalError']] as const) {
      stub.answer = () => ({ status, body: serviceError(code, 'failed') });
      expect(await service().contentSafetyLevel('a'), `status ${status}`).to.equal(undefined);
    }
    const log = logs.lines.join('');
    expect(log).to.contain('"failure":"throttled"').and.to.contain('"failure":"rejected"').and.to.contain('"failure":"server"');
    expect(log).to.contain('"code":"TooManyRequests"');
  });

  it('answers undefined when the answer has an unknown shape', async () => {
    stub.answer = () => ({ status: 200, body: { categoriesAnalysis: [{ category: 'SelfHarm', severity: 'high' }] } });
    expect(await service().contentSafetyLevel('a')).to.equal(undefined);
    expect(logs.lines.join('')).to.contain('"failure":"answer"');
  });

  it('answers undefined when Azure cannot be reached', async () => {
    const endpoint = stub.endpoint;
    await stub.close();
    stub = await startContentSafetyStub();
    expect(await service({ endpoint }).contentSafetyLevel('a')).to.equal(undefined);
    expect(logs.lines.join('')).to.contain('"failure":"network"');
  });

  it('skips Azure after repeated failures and tries again after the cool-down', async () => {
    const safety = service({ failureThreshold: 2, coolDownMs: 10_000 });
    stub.answer = () => ({ status: 503, body: serviceError('ServiceUnavailable', 'busy') });
    await safety.contentSafetyLevel('a');
    await safety.contentSafetyLevel('a');
    expect(stub.requests).to.have.length(2);
    expect(await safety.contentSafetyLevel('a')).to.equal(undefined);
    expect(stub.requests).to.have.length(2);
    clock += 10_000;
    stub.answer = () => ({ status: 200, body: severities(4, 0) });
    expect(await safety.contentSafetyLevel('a')).to.equal('crisis');
    expect(stub.requests).to.have.length(3);
  });

  it('does not send an empty message or one longer than the service takes', async () => {
    expect(await service().contentSafetyLevel('   ')).to.equal(undefined);
    expect(await service().contentSafetyLevel('a'.repeat(10_001))).to.equal(undefined);
    expect(stub.requests).to.have.length(0);
  });
});
