import createContentSafetyClient, { isUnexpected } from '@azure-rest/ai-content-safety';
import { AzureKeyCredential } from '@azure/core-auth';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { azureBreaker, type AzureBreakerOptions } from './breaker.js';

/** The service's settings; the breaker's (threshold, cool-down, clock, watcher) come from AzureBreakerOptions. */
export interface ContentSafetyOptions extends AzureBreakerOptions {
  endpoint: string;
  key: string;
  /** the longest the turn waits for Azure; after that the offline safety net alone decides */
  timeoutMs: number;
  /** SelfHarm severity (0, 2, 4 or 6) from which a message counts as a crisis; default 2 */
  selfHarmSeverity?: number;
  /** Violence severity (0, 2, 4 or 6) from which a message counts as a crisis; default 4 */
  violenceSeverity?: number;
  logger: Logger;
  /** only for a loopback stub in tests: Azure itself is always https */
  allowInsecureConnection?: boolean;
}

/** Azure AI Content Safety as an extra opinion of the safety net. */
export interface ContentSafety {
  /**
   * 'crisis' when Azure rates the message as self-harm or violence at or above the configured severity,
   * 'none' when it does not, undefined when Azure gave no usable answer in time (the rules alone decide then).
   */
  contentSafetyLevel(text: string): Promise<'crisis' | 'none' | undefined>;
}

// The service takes at most 10,000 characters; a longer message is left to the offline safety net.
const MAX_TEXT_LENGTH = 10_000;

const AnalyzeTextResult = z.object({
  categoriesAnalysis: z.array(z.object({ category: z.string(), severity: z.number().int().min(0).max(7).optional() })),
});

type FailureKind = 'timeout' | 'throttled' | 'server' | 'rejected' | 'network' | 'answer' | 'unexpected';

/** A failure we classified ourselves; carries only a kind, a status and a service code, never the text. */
class ContentSafetyFailure extends Error {
  constructor(readonly kind: FailureKind, readonly status?: number, readonly code?: string) {
    super(`Azure AI Content Safety: ${kind}${status ? ` (${status})` : ''}`);
  }
}

function classify(error: unknown): { kind: FailureKind; status?: number; code?: string } {
  if (error instanceof ContentSafetyFailure) return { kind: error.kind, status: error.status, code: error.code };
  if (error instanceof Error) {
    if (error.name === 'AbortError') return { kind: 'timeout' };
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+/.test(code)) return { kind: 'network', code };
  }
  return { kind: 'unexpected' };
}

function failureForStatus(status: number, code: string | undefined): ContentSafetyFailure {
  if (status === 429) return new ContentSafetyFailure('throttled', status, code);
  if (status >= 500) return new ContentSafetyFailure('server', status, code);
  return new ContentSafetyFailure('rejected', status, code);
}

/**
 * Azure AI Content Safety (text:analyze, categories SelfHarm and Violence) behind a timeout and a circuit
 * breaker. It is a second opinion only: it can raise a message to crisis, and when it is slow, down, throttled
 * or skipped it answers undefined at once, so the offline safety net stays the floor. Logs only the kind of
 * failure, never the text.
 */
export function createContentSafety(options: ContentSafetyOptions): ContentSafety {
  const { timeoutMs, logger } = options;
  const selfHarmSeverity = options.selfHarmSeverity ?? 2;
  const violenceSeverity = options.violenceSeverity ?? 4;
  const client = createContentSafetyClient(options.endpoint, new AzureKeyCredential(options.key), {
    retryOptions: { maxRetries: 0 },
    allowInsecureConnection: options.allowInsecureConnection ?? false,
  });
  const breaker = azureBreaker(options);

  async function analyze(text: string, abortSignal: AbortSignal): Promise<'crisis' | 'none'> {
    const response = await client.path('/text:analyze').post({
      body: { text, categories: ['SelfHarm', 'Violence'], outputType: 'FourSeverityLevels' },
      abortSignal,
    });
    if (isUnexpected(response)) {
      const code = typeof response.body?.error?.code === 'string' ? response.body.error.code : undefined;
      throw failureForStatus(Number(response.status), code);
    }
    const parsed = AnalyzeTextResult.safeParse(response.body);
    if (!parsed.success) throw new ContentSafetyFailure('answer');
    const severity = (category: string) => parsed.data.categoriesAnalysis.find((c) => c.category === category)?.severity ?? 0;
    return severity('SelfHarm') >= selfHarmSeverity || severity('Violence') >= violenceSeverity ? 'crisis' : 'none';
  }

  return {
    async contentSafetyLevel(text) {
      if (text.trim() === '' || text.length > MAX_TEXT_LENGTH || !breaker.tryAcquire()) return undefined;
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new ContentSafetyFailure('timeout'));
        }, timeoutMs);
      });
      const request = analyze(text, controller.signal);
      // The aborted request may still reject after the deadline won; that outcome is already handled.
      request.catch(() => undefined);
      try {
        const level = await Promise.race([request, deadline]);
        breaker.recordSuccess();
        return level;
      } catch (error) {
        breaker.recordFailure();
        const failure = classify(error);
        const logLevel = failure.kind === 'rejected' ? 'error' : 'warn';
        logger[logLevel]({ operation: 'contentSafety', failure: failure.kind, status: failure.status, code: failure.code, breaker: breaker.state }, 'Azure AI Content Safety failed; the offline safety net decides alone');
        return undefined;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
