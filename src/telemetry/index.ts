import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { noTelemetry, type Telemetry } from './port.js';

export { BREAKER_VALUE, channelLabel, COUNTED, GAUGED, noTelemetry, operationLabel, POOL_STATES, TURN_DURATION, TURNS } from './port.js';
export type { BreakerService, Counted, Gauged, Telemetry, TurnOutcome } from './port.js';

/**
 * The telemetry of this run: OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set, otherwise nothing at all. The
 * OpenTelemetry SDK is imported only then, so a bot without a collector does not load it.
 */
export async function createTelemetry(config: Config, logger: Logger, version: string): Promise<Telemetry> {
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT) return noTelemetry;
  const { createOtlpTelemetry } = await import('./otel.js');
  logger.info({ telemetry: 'otlp', intervalMs: config.OTEL_METRIC_EXPORT_INTERVAL }, 'Exporting metrics and traces over OTLP/HTTP');
  return createOtlpTelemetry({
    endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
    headers: config.OTEL_EXPORTER_OTLP_HEADERS,
    serviceName: config.OTEL_SERVICE_NAME,
    version,
    exportIntervalMs: config.OTEL_METRIC_EXPORT_INTERVAL,
  });
}
