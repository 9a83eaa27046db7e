import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { expect } from 'chai';
import { sql } from 'kysely';
import { BREAKER_VALUE, COUNTED, GAUGED, noTelemetry, TURN_DURATION, TURNS } from '../../src/telemetry/index.js';
import { Chat, startParts } from '../conversation/harness.js';
import { createTempSchema } from '../support/postgres.js';
import { play } from '../conversation/transcript.js';
import { BlackHole } from '../server/blackHole.js';
import { BotProcess, post, Resident, stopAllBots } from '../server/process.js';

/** One request as the loopback collector received it. */
interface Received {
  path: string;
  contentType: string;
  body: string;
}

/** A loopback OTLP/HTTP collector for the JSON protocol: it keeps every request and answers as a collector does. */
async function startCollector(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const read = async (req: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    return req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
  };
  const server: Server = createServer((req, res) => {
    void read(req).then((body) => {
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', body: body.toString('utf8') });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface OtlpAttribute { key: string; value: { stringValue?: string } }
interface OtlpPoint { asInt?: string | number; asDouble?: number; count?: string | number; attributes?: OtlpAttribute[] }
interface OtlpMetric { name: string; sum?: { dataPoints: OtlpPoint[] }; gauge?: { dataPoints: OtlpPoint[] }; histogram?: { dataPoints: OtlpPoint[] } }
interface OtlpMetrics { resourceMetrics: { scopeMetrics: { metrics: OtlpMetric[] }[] }[] }
interface OtlpSpan { name: string; attributes?: OtlpAttribute[] }
interface OtlpTraces { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] }

/** Every metric of every export, decoded from the JSON the collector received. */
function metricsIn(received: Received[]): OtlpMetric[] {
  return received
    .filter((r) => r.path === '/v1/metrics')
    .flatMap((r) => (JSON.parse(r.body) as OtlpMetrics).resourceMetrics.flatMap((rm) => rm.scopeMetrics.flatMap((sm) => sm.metrics)));
}

function spansIn(received: Received[]): OtlpSpan[] {
  return received
    .filter((r) => r.path === '/v1/traces')
    .flatMap((r) => (JSON.parse(r.body) as OtlpTraces).resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans)));
}

/** Resolves once `count` more metric exports have arrived than when it was called. */
async function moreExports(received: Received[], count: number, deadlineMs = 10_000): Promise<void> {
  const exports = () => received.filter((r) => r.path === '/v1/metrics').length;
  const target = exports() + count;
  const deadline = Date.now() + deadlineMs;
  while (exports() < target) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} metric exports arrived within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every value a gauge reported, in the order of the exports, keyed by its attributes (`key=value`, sorted, joined by `,`). */
function gaugeValues(metrics: OtlpMetric[], name: string): Map<string, number[]> {
  const values = new Map<string, number[]>();
  for (const point of metrics.filter((m) => m.name === name).flatMap((m) => m.gauge?.dataPoints ?? [])) {
    const key = (point.attributes ?? []).map((a) => `${a.key}=${a.value.stringValue ?? '?'}`).sort().join(',');
    values.set(key, [...(values.get(key) ?? []), Number(point.asDouble ?? point.asInt)]);
  }
  return values;
}

/** The largest value a counter reached over all exports (they are cumulative), per data point summed. */
function highest(metrics: OtlpMetric[], name: string): number {
  const totals = metrics.filter((m) => m.name === name).map((m) => (m.sum?.dataPoints ?? []).reduce((sum, p) => sum + Number(p.asDouble ?? p.asInt ?? 0), 0));
  return Math.max(0, ...totals);
}

describe('telemetry: OTLP export of the running bot', () => {
  const user = 'resident-telemetry-8d3f1c';
  const conversation = 'conversation-telemetry-5be27a';
  const crisisText = 'ik zie het niet meer zitten sinds Pimpernelle de kanarie weg is';

  it('sends the listed metrics and a span per turn, with no resident text and no ids', async () => {
    const collector = await startCollector();
    try {
      const parts = await startParts({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_METRIC_EXPORT_INTERVAL: '200' });
      const chat = new Chat(parts, user, conversation, 'webchat');
      let turns = 0;
      let reference = '';
      try {
        const steps = `
          > (open)
          [Ja, beginnen]
          [every question: 7]
          > Mijn moestuin aan de Zwaluwhof
          [Meedoen]
          [Praten met iemand]
          [Ja, dat mag]
          [Nee, liever niet]
          > Ik heet Anjolieke
          [Bellen]
          > 06 1234 5678
          [Ochtend]
          [Ja, versturen]
          < Je vraag is verstuurd.
        `;
        const sent = await play(chat, steps);
        reference = /([A-Z0-9]{3}-[A-Z0-9]{3})/.exec(sent.text)?.[1] ?? '';
        expect(reference).to.not.equal('');
        turns = steps.split('\n').filter((line) => /^\s*(>|\[)/.test(line)).length - 1 + parts.content.questions.questions.length;
        await chat.say(crisisText);
        turns++;
        // A periodic export happens while the bot runs, not only at shutdown.
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(collector.received.map((r) => r.path)).to.include('/v1/metrics');
      } finally {
        await parts.close();
      }

      const metrics = metricsIn(collector.received);
      const names = new Set(metrics.map((m) => m.name));
      for (const name of [...Object.values(COUNTED), GAUGED.queueAge, TURNS, TURN_DURATION]) expect(names, name).to.include(name);
      // No Azure service is configured, so there is no breaker; SQLite has no connection pool.
      expect(names).to.not.include(GAUGED.breakerState).and.not.include(GAUGED.poolClients);
      expect(highest(metrics, COUNTED.crisis)).to.equal(1);
      expect(highest(metrics, COUNTED.checkinFinished)).to.equal(1);
      expect(highest(metrics, COUNTED.requestCreated)).to.equal(1);
      // The request is still open: the queue has an age, and it is not older than this test.
      const ages = metrics.filter((m) => m.name === GAUGED.queueAge).flatMap((m) => m.gauge?.dataPoints ?? []).map((p) => Number(p.asDouble ?? p.asInt));
      expect(ages.length).to.be.greaterThan(0);
      expect(Math.max(...ages)).to.be.greaterThan(0).and.lessThan(120);
      expect(highest(metrics, COUNTED.turnError)).to.equal(0);
      expect(highest(metrics, TURNS)).to.equal(turns);
      const durations = metrics.filter((m) => m.name === TURN_DURATION).flatMap((m) => m.histogram?.dataPoints ?? []);
      expect(Math.max(...durations.map((p) => Number(p.count)))).to.equal(turns);

      const spans = spansIn(collector.received);
      expect(spans.filter((s) => s.name === 'turn')).to.have.length(turns);
      for (const span of spans) {
        expect(span.attributes?.map((a) => `${a.key}=${a.value.stringValue ?? '?'}`).sort()).to.deep.equal(['spinnenweb.channel=webchat', 'spinnenweb.outcome=ok']);
      }

      expect(collector.received.every((r) => r.contentType.startsWith('application/json'))).to.equal(true);
      const everything = collector.received.map((r) => r.body).join('\n');
      for (const personal of [user, conversation, reference, 'Pimpernelle', 'kanarie', 'niet meer zitten', 'Zwaluwhof', 'Anjolieke', '12345678']) expect(everything).to.not.contain(personal);
    } finally {
      await collector.close();
    }
  });

  it('sends the breaker state of both Azure services: closed from the start, open once the service keeps failing', async function () {
    this.timeout(20_000);
    const collector = await startCollector();
    const blackHole = await BlackHole.open();
    try {
      const parts = await startParts({
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_METRIC_EXPORT_INTERVAL: '100',
        // Both services are "Azure" at the black hole: every call times out, as when Azure is down.
        ...blackHole.env(100),
        AZURE_CONTENT_SAFETY_ENDPOINT: `https://127.0.0.1:${blackHole.port}/`,
        AZURE_CONTENT_SAFETY_KEY: 'not-a-real-key',
        AZURE_CONTENT_SAFETY_TIMEOUT_MS: '100',
      });
      try {
        await moreExports(collector.received, 1);
        const chat = new Chat(parts, user, conversation, 'webchat');
        await chat.open();
        for (const text of ['hallo', 'goedemorgen, ik wil even kletsen', 'wat kan ik hier doen?', 'vertel eens iets']) await chat.say(text);
        await moreExports(collector.received, 2);
      } finally {
        await parts.close();
      }
      expect(blackHole.connections).to.be.greaterThan(0);

      const states = gaugeValues(metricsIn(collector.received), GAUGED.breakerState);
      expect([...states.keys()].sort()).to.deep.equal(['service=content_safety', 'service=language']);
      for (const [service, values] of states) {
        expect(values[0], service).to.equal(BREAKER_VALUE.closed);
        expect(values.at(-1), service).to.equal(BREAKER_VALUE.open);
      }
    } finally {
      await blackHole.close();
      await collector.close();
    }
  });

  describe('on PostgreSQL', () => {
    const databaseUrl = process.env.TEST_DATABASE_URL;
    if (!databaseUrl) {
      it.skip('sends the clients of both connection pools: was skipped, set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run it');
      return;
    }

    it('sends the clients of both connection pools, and the calls waiting when the query pool is full', async function () {
      this.timeout(30_000);
      const collector = await startCollector();
      // A schema of its own inside that one database, removed afterwards.
      const schema = await createTempSchema(databaseUrl, 'spinnenweb_telemetry');
      try {
        const parts = await startParts({
          OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
          OTEL_METRIC_EXPORT_INTERVAL: '100',
          DATABASE_URL: schema.url,
          DATABASE_POOL_SIZE: '1',
        });
        let beforeClose: OtlpMetric[] = [];
        let exportsBusy = 0;
        try {
          expect(parts.store.engine).to.equal('postgres');
          await new Chat(parts, user, conversation, 'webchat').open();
          // Two statements on a pool of one connection: the second waits for the first's connection.
          const sleep = () => sql`select pg_sleep(0.8)`.execute(parts.store.db);
          await Promise.all([sleep(), sleep()]);
          // One more export may have been read while they ran; the ones after it were read at rest.
          exportsBusy = collector.received.filter((r) => r.path === '/v1/metrics').length + 1;
          await moreExports(collector.received, 4);
          beforeClose = metricsIn(collector.received);
        } finally {
          await parts.close();
        }

        const clients = gaugeValues(beforeClose, GAUGED.poolClients);
        const series = (pool: string, state: string) => clients.get(`pool=${pool},state=${state}`) ?? [];
        expect([...clients.keys()].sort()).to.deep.equal(
          ['lock', 'query'].flatMap((pool) => ['idle', 'total', 'waiting'].map((state) => `pool=${pool},state=${state}`)),
        );
        expect(Math.max(...series('query', 'waiting').slice(0, exportsBusy))).to.be.greaterThan(0);
        // Once they are done, nothing waits and the one connection is idle in the pool (between the bot's own
        // periodic writes and the queue-age query of the export itself, which take it now and then).
        const atRest = (state: string) => series('query', state).slice(exportsBusy);
        expect(atRest('waiting')).to.include(0);
        expect(atRest('idle')).to.include(1);
        expect(atRest('total').every((total) => total === 1)).to.equal(true);
        // The turn took its lock on the lock pool's connection; neither pool ever went past its size.
        expect(Math.max(...series('lock', 'total'))).to.equal(1);
        expect(Math.max(...series('query', 'total'))).to.equal(1);

        const everything = collector.received.map((r) => r.body).join('\n');
        const url = new URL(databaseUrl);
        for (const secret of ['postgres://', url.host, url.pathname.slice(1), 'spinnenweb_telemetry', user, conversation]) expect(everything).to.not.contain(secret);
      } finally {
        await schema.drop();
        await collector.close();
      }
    });
  });

  it('records and sends nothing when no endpoint is set', async () => {
    const parts = await startParts();
    try {
      expect(parts.telemetry).to.equal(noTelemetry);
    } finally {
      await parts.close();
    }
  });

  it('stops within a few seconds when the collector never answers', async function () {
    // Without the limit on stopping, the last export would wait for its own timeout of 10 s.
    this.timeout(8000);
    const blackHole = await BlackHole.open();
    try {
      const parts = await startParts({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${blackHole.port}`, OTEL_METRIC_EXPORT_INTERVAL: '60000' });
      await new Chat(parts, user, conversation, 'webchat').open();
      await parts.close();
      expect(blackHole.connections).to.be.greaterThan(0);
    } finally {
      await blackHole.close();
    }
  });

  it('counts 503s and Azure fallbacks in the real server process, and sends what is left when it stops', async function () {
    this.timeout(60_000);
    const collector = await startCollector();
    const blackHole = await BlackHole.open();
    try {
      const bot = await BotProcess.start({
        SQLITE_PATH: ':memory:',
        MAX_CONCURRENT_TURNS: '1',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_METRIC_EXPORT_INTERVAL: '60000',
        ...blackHole.env(800),
      });
      const residents = Array.from({ length: 6 }, () => new Resident(bot.url, `resident-${Math.random().toString(36).slice(2)}`, 'directline'));
      const results = await Promise.all(residents.map((r) => post(bot.url, r.activity({ type: 'message', text: 'hallo Zwaluwstaart' }))));
      const shed = results.filter((r) => r.status === 503).length;
      const answered = results.filter((r) => r.status === 200).length;
      expect(shed, results.map((r) => r.status).join(',')).to.be.greaterThan(0);
      // The interval is a minute: what arrives was sent when the process stopped.
      expect((await bot.stop()).code).to.equal(0);

      const metrics = metricsIn(collector.received);
      expect(highest(metrics, COUNTED.busy)).to.equal(shed);
      expect(highest(metrics, TURNS)).to.equal(answered);
      expect(highest(metrics, COUNTED.azureFallback)).to.be.greaterThan(0);
      const everything = collector.received.map((r) => r.body).join('\n');
      for (const resident of residents) expect(everything).to.not.contain(resident.userId).and.not.contain(resident.conversationId);
      expect(everything).to.not.contain('Zwaluwstaart');
    } finally {
      await stopAllBots(this);
      await blackHole.close();
      await collector.close();
    }
  });
});
