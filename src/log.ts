import { pino, type Logger, type DestinationStream } from 'pino';

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
 * The one logger. `destination` lets tests capture every line that would be written.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' }, base: undefined }, destination);
}
