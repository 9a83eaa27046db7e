import type { Counter, Histogram, ObservableGauge, Tracer } from '@opentelemetry/api';
import { SpanStatusCode } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { channelLabel, COUNTED, GAUGED, TURN_DURATION, TURNS, type Counted, type Gauged, type Telemetry } from './port.js';

export interface OtlpOptions {
  /** the collector's base URL; metrics go to /v1/metrics and traces to /v1/traces under it */
  endpoint: string;
  /** headers for the collector (an API key, say) */
  headers: Record<string, string>;
  serviceName: string;
  version: string;
  exportIntervalMs: number;
}

/** Turn durations in milliseconds: a quick answer, a database round trip, an Azure call, a slow turn. */
const DURATION_BUCKETS_MS = [10, 25, 50, 100, 250, 500, 1000, 2000, 5000, 10_000];

/** The unit of each gauge, in OpenTelemetry's notation. */
const GAUGE_UNITS: Readonly<Record<Gauged, string>> = { queueAge: 's', breakerState: '1', poolClients: '{client}' };

/** How long a gauge may take to read (a database query) before it is left out of this export. */
const GAUGE_LIMIT_MS = 2000;

/** The value, or undefined when `read` fails or takes longer than GAUGE_LIMIT_MS. */
async function readWithin(read: () => Promise<number | undefined>): Promise<number | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), GAUGE_LIMIT_MS).unref()));
  try {
    return await Promise.race([read().catch(() => undefined), limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long stopping waits for the last export. */
const SHUTDOWN_LIMIT_MS = 3000;

/** How long one export may take; the SDK wants it no longer than the interval. */
const EXPORT_TIMEOUT_MS = 10_000;

/**
 * Telemetry exported over OTLP/HTTP (JSON): every counter of the port, the turn counter and duration histogram, and
 * a span per turn whose only attributes are the channel (from a fixed list) and the outcome.
 */
export function createOtlpTelemetry(options: OtlpOptions): Telemetry {
  const base = options.endpoint.replace(/\/+$/, '');
  const timeoutMillis = Math.min(EXPORT_TIMEOUT_MS, options.exportIntervalMs);
  const resource = resourceFromAttributes({ 'service.name': options.serviceName, 'service.version': options.version });
  const reader = new PeriodicExportingMetricReader({
    exporter: new OTLPMetricExporter({ url: `${base}/v1/metrics`, headers: options.headers, timeoutMillis }),
    exportIntervalMillis: options.exportIntervalMs,
    exportTimeoutMillis: timeoutMillis,
  });
  const meters = new MeterProvider({ resource, readers: [reader] });
  const traces = new BasicTracerProvider({
    resource,
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${base}/v1/traces`, headers: options.headers, timeoutMillis }), { scheduledDelayMillis: options.exportIntervalMs })],
  });
  const meter = meters.getMeter('spinnenweb', options.version);
  const tracer: Tracer = traces.getTracer('spinnenweb', options.version);

  const counters = {} as Record<Counted, Counter>;
  for (const [event, name] of Object.entries(COUNTED) as [Counted, string][]) {
    counters[event] = meter.createCounter(name);
    // Present from the start, so a dashboard shows 0 rather than nothing.
    counters[event].add(0);
  }
  // One instrument per gauge name; each registration adds a callback for its own attributes.
  const gauges = new Map<Gauged, ObservableGauge>();
  const gaugeOf = (name: Gauged): ObservableGauge => {
    let gauge = gauges.get(name);
    if (!gauge) gauges.set(name, (gauge = meter.createObservableGauge(GAUGED[name], { unit: GAUGE_UNITS[name] })));
    return gauge;
  };
  const turns: Counter = meter.createCounter(TURNS, { description: 'turns the bot ran' });
  const duration: Histogram = meter.createHistogram(TURN_DURATION, {
    unit: 'ms',
    description: 'how long a turn took, from the activity to the last answer sent',
    advice: { explicitBucketBoundaries: DURATION_BUCKETS_MS },
  });

  return {
    count(event, attributes = {}) {
      counters[event].add(1, attributes);
    },
    gauge(name, read) {
      gaugeOf(name).addCallback(async (result) => {
        // The SDK calls every callback at once; waiting a tick lets the values at hand be read first, so the
        // pool gauges never count this query's own wait for a connection.
        await new Promise((resolve) => setImmediate(resolve));
        const value = await readWithin(read);
        if (value !== undefined && Number.isFinite(value)) result.observe(value);
      });
    },
    observe(name, read, attributes) {
      gaugeOf(name).addCallback((result) => {
        const value = read();
        if (Number.isFinite(value)) result.observe(value, attributes);
      });
    },
    startTurn(channelId) {
      const channel = channelLabel(channelId);
      const started = performance.now();
      const span = tracer.startSpan('turn', { attributes: { 'spinnenweb.channel': channel } });
      return (outcome) => {
        const attributes = { channel, outcome };
        turns.add(1, attributes);
        duration.record(performance.now() - started, attributes);
        span.setAttribute('spinnenweb.outcome', outcome);
        if (outcome === 'error') span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      };
    },
    async shutdown() {
      // A collector that does not answer must not hold up stopping: the last export gets a few seconds at most.
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_LIMIT_MS).unref()));
      try {
        await Promise.race([Promise.allSettled([meters.shutdown(), traces.shutdown()]), limit]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
