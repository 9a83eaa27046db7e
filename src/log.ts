import { pino, stdSerializers, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Field names whose values never reach a log line: contact details, free text and ids that point at a person.
 * Anything the bot logs about a resident goes through these paths, at any depth up to two levels.
 */
const SENSITIVE_FIELDS = [
  'text', 'words', 'name', 'nickname', 'email', 'phone', 'contact', 'address', 'postcode',
  'userId', 'user', 'from', 'recipient', 'conversation', 'password', 'token', 'secret', 'authorization', 'cookie',
  'channelData', 'value', 'attachments', 'serviceUrl',
];

const redactPaths = SENSITIVE_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]).concat(['req.headers.authorization', 'req.headers.cookie']);

/**
 * Errors are logged with their name as `type`: a `name` field would be redacted (it may be a person's name),
 * and a log without the error's name cannot be read.
 */
function serializeError(value: unknown): unknown {
  if (value instanceof Error) return stdSerializers.err(value);
  if (value === null || typeof value !== 'object' || !('name' in value)) return value;
  const { name, ...rest } = value as Record<string, unknown>;
  return { type: typeof name === 'string' ? name : 'unknown', ...rest };
}

/**
 * The one logger. `destination` lets tests capture every line that would be written.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' }, base: undefined, serializers: { err: serializeError, error: serializeError } }, destination);
}
