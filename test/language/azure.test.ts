import { expect } from 'chai';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log.js';
import { createAzureLanguage, type AzureLanguageOptions } from '../../src/language/azure.js';
import { createOfflineLanguage } from '../../src/language/offline.js';
import type { LanguageService } from '../../src/language/types.js';
import { documentErrorFor, startAzureStub, successFor, type AzureStub } from './azure-stub.js';

const KEY = 'test-key-0123456789';

/** Collects every log line so tests can check what an operator would see. */
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

describe('Azure AI Language with offline fallback', () => {
  let stub: AzureStub;
  let logs: ReturnType<typeof captureLogs>;
  let clock: number;
  const offline = createOfflineLanguage();

  const service = (overrides: Partial<AzureLanguageOptions> = {}): LanguageService =>
    createAzureLanguage({
      endpoint: stub.endpoint,
      key: KEY,
      timeoutMs: 500,
      fallback: offline,
      logger: createLogger('info', logs.stream),
      allowInsecureConnection: true,
      now: () => clock,
      ...overrides,
    });

  beforeEach(async () => {
    stub = await startAzureStub();
    logs = captureLogs();
    clock = 1_000_000;
  });
  afterEach(() => stub.close());

  it('asks Azure for sentiment in Dutch, with the key, on the documented route', async () => {
    const result = await service().sentiment('beroerd eigenlijk', 'nl');
    expect(result).to.deep.equal({ label: 'positive', score: 0.87 });
    expect(stub.requests).to.have.length(1);
    const [request] = stub.requests;
    expect(request?.method).to.equal('POST');
    expect(request?.url).to.match(/^\/language\/:analyze-text\?api-version=2023-04-01/);
    expect(request?.key).to.equal(KEY);
    expect(request?.body.kind).to.equal('SentimentAnalysis');
    expect(request?.body.analysisInput.documents[0]?.language).to.equal('nl');
  });

  it('passes English when the resident chats in English', async () => {
    await service().sentiment('pretty awful', 'en');
    expect(stub.requests[0]?.body.analysisInput.documents[0]?.language).to.equal('en');
  });

  it('detects the language through Azure', async () => {
    const result = await service().detectLanguage('I feel fine today');
    expect(result).to.deep.equal({ language: 'en', confidence: 0.97 });
    expect(stub.requests[0]?.body.kind).to.equal('LanguageDetection');
  });

  it('redacts what Azure finds by offset, and what the offline patterns find as well', async () => {
    const result = await service().redact('Mijn dochter Anna woont in 1234 AB', 'nl');
    expect(result.text).to.equal('Mijn dochter [naam] woont in [postcode]');
    expect(result.categories).to.deep.equal(['postcode', 'name']);
    expect(stub.requests[0]?.body.kind).to.equal('PiiEntityRecognition');
    expect(stub.requests[0]?.body.analysisInput.documents[0]?.language).to.equal('nl');
  });

  it('uses the fallback when Azure reports an error for the document', async () => {
    stub.answer = (request) => ({ status: 200, body: documentErrorFor(request) });
    const result = await service().sentiment('beroerd', 'nl');
    expect(result).to.deep.equal(await offline.sentiment('beroerd', 'nl'));
    expect(result.label).to.equal('negative');
  });

  it('uses the fallback when Azure throttles (429)', async () => {
    stub.answer = () => ({ status: 429, body: { error: { code: '429', message: 'Rate limit is exceeded.' } } });
    const result = await service().redact('bel me op 06-12345678', 'nl');
    expect(result).to.deep.equal({ text: 'bel me op [telefoon]', categories: ['phone'] });
    expect(stub.requests).to.have.length(1);
  });

  it('uses the fallback when Azure has a server error (500)', async () => {
    stub.answer = () => ({ status: 500, body: { error: { code: 'InternalServerError', message: 'Internal error.' } } });
    const result = await service().detectLanguage('ik voel me vandaag heel goed, dank je');
    expect(result.language).to.equal('nl');
  });

  it('uses the fallback when Azure answers too late', async () => {
    stub.answer = (request) => ({ status: 200, body: successFor(request), delayMs: 3000 });
    const result = await service({ timeoutMs: 150 }).sentiment('beroerd', 'nl');
    expect(result).to.deep.equal({ label: 'negative', score: -0.7 });
  });

  it('logs the kind of failure but never the text', async () => {
    stub.answer = () => ({ status: 500, body: { error: { code: 'InternalServerError', message: 'Internal error.' } } });
    await service().sentiment('mijn buurvrouw Wilhelmina is ziek', 'nl');
    const failures = logs.lines.filter((line) => line.includes('"failure"'));
    expect(failures).to.have.length(1);
    expect(failures[0]).to.include('"failure":"server"');
    expect(logs.lines.join('\n')).not.to.include('Wilhelmina');
  });

  it('stops calling Azure after three failures in a row, for the cool-down', async () => {
    stub.answer = () => ({ status: 500, body: { error: { code: 'InternalServerError', message: 'Internal error.' } } });
    const language = service({ failureThreshold: 3, coolDownMs: 30_000 });
    for (let i = 0; i < 3; i++) await language.sentiment('prima', 'nl');
    expect(stub.requests).to.have.length(3);

    clock += 29_000;
    const skipped = await language.sentiment('beroerd', 'nl');
    await language.redact('bel 06-12345678', 'nl');
    expect(stub.requests).to.have.length(3);
    expect(skipped.label).to.equal('negative');
  });

  it('tries Azure once after the cool-down and closes again when that works', async () => {
    stub.answer = () => ({ status: 500, body: { error: { code: 'InternalServerError', message: 'Internal error.' } } });
    const language = service({ failureThreshold: 3, coolDownMs: 30_000 });
    for (let i = 0; i < 3; i++) await language.sentiment('prima', 'nl');

    stub.answer = (request) => ({ status: 200, body: successFor(request) });
    clock += 30_000;
    expect(await language.sentiment('beroerd', 'nl')).to.deep.equal({ label: 'positive', score: 0.87 });
    expect(stub.requests).to.have.length(4);
    await language.sentiment('beroerd', 'nl');
    expect(stub.requests).to.have.length(5);
  });

  it('opens again at once when the try after the cool-down fails', async () => {
    stub.answer = () => ({ status: 503, body: { error: { code: 'ServiceUnavailable', message: 'Unavailable.' } } });
    const language = service({ failureThreshold: 3, coolDownMs: 30_000 });
    for (let i = 0; i < 3; i++) await language.sentiment('prima', 'nl');
    clock += 30_000;
    await language.sentiment('prima', 'nl');
    expect(stub.requests).to.have.length(4);
    await language.sentiment('prima', 'nl');
    expect(stub.requests).to.have.length(4);
  });

  it('does not send empty text to Azure', async () => {
    const result = await service().sentiment('   ', 'nl');
    expect(result.label).to.equal('neutral');
    expect(stub.requests).to.have.length(0);
  });
});
