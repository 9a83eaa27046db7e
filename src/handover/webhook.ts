import type { Logger } from '../log.js';

/** What the webhook receives about a new request: no name, contact, scores or words, only where to look. */
export interface WebhookPayload {
  reference: string;
  organisation: string;
  /** link to the staff inbox, where the details wait behind a login */
  inboxUrl: string;
}

/** Options for notifyWebhook; the defaults suit production, tests pass a stub fetch and no wait. */
export interface WebhookOptions {
  logger: Logger;
  fetchImpl?: typeof fetch;
  /** tries in total, then it gives up (the request is in the inbox anyway) */
  attempts?: number;
  timeoutMs?: number;
  /** wait before the second try; doubles after each failure */
  retryDelayMs?: number;
}

/**
 * Tells the organisation's own tool (Teams, Slack, a mail relay) that a new request is waiting.
 * Posts JSON `{ event, reference, organisation, inboxUrl }`; retries a few times, then logs and gives up.
 * Never throws: a failing webhook must not break the resident's conversation. Returns true when delivered.
 */
export async function notifyWebhook(url: string, payload: WebhookPayload, options: WebhookOptions): Promise<boolean> {
  const { logger, fetchImpl = fetch, attempts = 3, timeoutMs = 5000, retryDelayMs = 1000 } = options;
  // Only these three fields go out, whatever the caller passed.
  const body = JSON.stringify({ event: 'handover.created', reference: payload.reference, organisation: payload.organisation, inboxUrl: payload.inboxUrl });
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return true;
      logger.warn({ status: response.status, attempt }, 'the handover webhook answered with an error status');
    } catch (err) {
      logger.warn({ error: err instanceof Error ? err.name : 'unknown', attempt }, 'the handover webhook could not be reached');
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)));
  }
  logger.error({ attempts }, 'gave up on the handover webhook; the request is in the staff inbox');
  return false;
}
