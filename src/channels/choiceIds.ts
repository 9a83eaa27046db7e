/**
 * How a picked choice travels inside a channel payload. Facebook payloads are plain strings, so the
 * choice id is written as `choice:<id>`; Web Chat carries `{ choice: id }` as the activity value.
 */
const PREFIX = 'choice:';

/** The Facebook payload string for a choice id. */
export function choicePayload(id: string): string {
  return `${PREFIX}${id}`;
}

/** The choice id inside a payload string (`choice:<id>` or the JSON `{"choice":"<id>"}`), else undefined. */
export function parseChoicePayload(payload: unknown): string | undefined {
  if (typeof payload !== 'string') return undefined;
  if (payload.startsWith(PREFIX)) return nonEmpty(payload.slice(PREFIX.length));
  if (payload.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(payload);
      return isRecord(parsed) ? nonEmpty(parsed.choice) : undefined;
    } catch {
      // Not JSON after all: a payload someone else configured (e.g. GET_STARTED) is not a choice.
      return undefined;
    }
  }
  return undefined;
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
