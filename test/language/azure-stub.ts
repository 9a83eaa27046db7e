import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the stub saw it. */
export interface StubRequest {
  method: string;
  url: string;
  key: string | undefined;
  body: { kind: string; analysisInput: { documents: Array<{ id: string; text: string; language?: string; countryHint?: string }> }; parameters?: Record<string, unknown> };
}

/** How the stub answers the next request: a status and JSON body, optionally after a delay. */
export interface StubAnswer {
  status: number;
  body: unknown;
  delayMs?: number;
}

/**
 * A loopback stand-in for Azure AI Language that speaks its wire format
 * (POST {endpoint}/language/:analyze-text?api-version=2023-04-01).
 */
export interface AzureStub {
  endpoint: string;
  requests: StubRequest[];
  answer: (request: StubRequest) => StubAnswer;
  close: () => Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startAzureStub(): Promise<AzureStub> {
  const stub: AzureStub = {
    endpoint: '',
    requests: [],
    answer: (request) => ({ status: 200, body: successFor(request) }),
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const request: StubRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        key: req.headers['ocp-apim-subscription-key'] as string | undefined,
        body: JSON.parse(await readBody(req)) as StubRequest['body'],
      };
      stub.requests.push(request);
      const answer = stub.answer(request);
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      if (res.destroyed) return;
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  stub.endpoint = `http://127.0.0.1:${port}`;
  stub.close = () =>
    new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return stub;
}

const results = (kind: string, documents: unknown[], errors: unknown[] = []) => ({
  kind,
  results: { documents, errors, modelVersion: '2022-11-01' },
});

/** A successful answer of the right kind for any request. */
export function successFor(request: StubRequest): unknown {
  const text = request.body.analysisInput.documents[0]?.text ?? '';
  switch (request.body.kind) {
    case 'SentimentAnalysis': {
      const scores = { positive: 0.9, neutral: 0.07, negative: 0.03 };
      return results('SentimentAnalysisResults', [
        {
          id: '0',
          sentiment: 'positive',
          confidenceScores: scores,
          sentences: [{ text, sentiment: 'positive', confidenceScores: scores, offset: 0, length: text.length }],
          warnings: [],
        },
      ]);
    }
    case 'LanguageDetection':
      return results('LanguageDetectionResults', [
        { id: '0', detectedLanguage: { name: 'English', iso6391Name: 'en', confidenceScore: 0.97 }, warnings: [] },
      ]);
    case 'PiiEntityRecognition': {
      const name = 'Anna';
      const offset = text.indexOf(name);
      const entities = offset >= 0 ? [{ text: name, category: 'Person', offset, length: name.length, confidenceScore: 0.95 }] : [];
      return results('PiiEntityRecognitionResults', [{ id: '0', redactedText: text.replace(name, '****'), entities, warnings: [] }]);
    }
    default:
      return { error: { code: 'InvalidRequest', message: `unknown kind ${request.body.kind}` } };
  }
}

/** A per-document error, as Azure sends for an invalid or unsupported document. */
export function documentErrorFor(request: StubRequest): unknown {
  const kind = `${request.body.kind}Results`;
  return results(kind, [], [{ id: '0', error: { code: 'InvalidArgument', message: 'Invalid document in request.', innererror: { code: 'InvalidDocument', message: 'Document text is empty.' } } }]);
}
