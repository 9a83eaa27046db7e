import { infoOf, localeOfAzureCode } from '../content/locales.js';
import { AzureKeyCredential, TextAnalysisClient, type PiiEntityCategory } from '@azure/ai-language-text';
import type { Locale } from '../health/dimensions.js';
import type { Logger } from '../log.js';
import type { DetectedLanguage, LanguageService, Redaction, SentimentResult } from './types.js';
import { azureBreaker, type AzureBreakerOptions } from './breaker.js';
import { redactOffline, sortCategories } from './pii.js';
import { PLACEHOLDERS, type PiiCategory } from './placeholders.js';

/** The service's settings; the breaker's (threshold, cool-down, clock, watcher) come from AzureBreakerOptions. */
export interface AzureLanguageOptions extends AzureBreakerOptions {
  endpoint: string;
  key: string;
  /** the longest a resident waits for Azure before the offline answer is used */
  timeoutMs: number;
  /** answers when Azure is slow, down, throttled or skipped by the breaker */
  fallback: LanguageService;
  logger: Logger;
  /** told when Azure was asked (or skipped by the breaker) and the offline fallback answered instead */
  onFallback?(operation: string, reason: 'failed' | 'breaker'): void;
  /** only for a loopback stub in tests: Azure itself is always https */
  allowInsecureConnection?: boolean;
}

// Azure refuses documents over 5,120 characters; longer text goes offline straight away.
const MAX_DOCUMENT_LENGTH = 5000;

const AZURE_PII: Readonly<Partial<Record<string, PiiCategory>>> = {
  Email: 'email',
  PhoneNumber: 'phone',
  Address: 'address',
  InternationalBankingAccountNumber: 'iban',
  NLCitizensServiceNumber: 'bsn',
  NLCitizensServiceNumberV2: 'bsn',
  Person: 'name',
  Date: 'birthdate',
};
// Dates are left to the offline patterns: Azure also marks "maandag" and "vorige week" as dates.
const PII_FILTER = Object.keys(AZURE_PII).filter((c) => c !== 'Date') as PiiEntityCategory[];

type FailureKind = 'timeout' | 'throttled' | 'server' | 'rejected' | 'network' | 'document' | 'unexpected';

/** A failure we classified ourselves; carries only a kind and a service code, never the text. */
class LanguageFailure extends Error {
  constructor(readonly kind: FailureKind, readonly code?: string) {
    super(`Azure AI Language: ${kind}${code ? ` (${code})` : ''}`);
  }
}

/** What went wrong, in words safe for a log line. */
function classify(error: unknown): { kind: FailureKind; status?: number; code?: string } {
  if (error instanceof LanguageFailure) return { kind: error.kind, code: error.code };
  if (error instanceof Error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number') {
      if (status === 429) return { kind: 'throttled', status };
      if (status >= 500) return { kind: 'server', status };
      return { kind: 'rejected', status };
    }
    if (error.name === 'AbortError') return { kind: 'timeout' };
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+/.test(code)) return { kind: 'network', code };
  }
  return { kind: 'unexpected' };
}

/** Replaces each entity Azure found by its placeholder, working from the end so offsets stay right. */
function redactEntities(text: string, entities: ReadonlyArray<{ category: string; offset: number; length: number }>, locale: Locale): Redaction {
  const found = new Set<PiiCategory>();
  let result = text;
  let limit = text.length;
  const sorted = [...entities].sort((a, b) => b.offset - a.offset);
  for (const entity of sorted) {
    const category = AZURE_PII[entity.category];
    if (!category || entity.offset + entity.length > limit || entity.offset < 0) continue;
    result = result.slice(0, entity.offset) + PLACEHOLDERS[locale][category] + result.slice(entity.offset + entity.length);
    limit = entity.offset;
    found.add(category);
  }
  // The offline patterns catch what Azure does not mark, such as postcodes and dates of birth.
  const offline = redactOffline(result, locale);
  return { text: offline.text, categories: sortCategories([...found, ...(offline.categories as PiiCategory[])]) };
}

/**
 * Understanding text with Azure AI Language, wrapped so that a resident never waits longer than
 * `timeoutMs` and never sees an error: on a timeout, an error, throttling or a per-document error
 * the offline fallback answers, and after repeated failures a circuit breaker skips Azure for a while.
 * Logs only the kind of failure, never the text.
 */
export function createAzureLanguage(options: AzureLanguageOptions): LanguageService {
  const { timeoutMs, fallback, logger } = options;
  const client = new TextAnalysisClient(options.endpoint, new AzureKeyCredential(options.key), {
    retryOptions: { maxRetries: 0 },
    allowInsecureConnection: options.allowInsecureConnection ?? false,
  });
  const breaker = azureBreaker(options);

  async function attempt<T>(operation: string, text: string, call: (signal: AbortSignal) => Promise<T>, offline: () => Promise<T>): Promise<T> {
    if (text.trim() === '' || text.length > MAX_DOCUMENT_LENGTH) return offline();
    if (!breaker.tryAcquire()) {
      options.onFallback?.(operation, 'breaker');
      return offline();
    }
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new LanguageFailure('timeout'));
      }, timeoutMs);
    });
    const request = call(controller.signal);
    // The aborted request may still reject after the deadline won; that outcome is already handled.
    request.catch(() => undefined);
    try {
      const result = await Promise.race([request, deadline]);
      breaker.recordSuccess();
      return result;
    } catch (error) {
      const failure = classify(error);
      // A per-document error is about this text, not about the service: it does not count for the breaker.
      if (failure.kind === 'document') breaker.recordSuccess();
      else breaker.recordFailure();
      const level = failure.kind === 'rejected' ? 'error' : 'warn';
      logger[level]({ operation, failure: failure.kind, status: failure.status, code: failure.code, breaker: breaker.state }, 'Azure AI Language failed; the offline fallback answered');
      options.onFallback?.(operation, 'failed');
      return offline();
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    name: 'azure',

    sentiment: (text, locale) =>
      attempt<SentimentResult>('sentiment', text, async (abortSignal) => {
        const [doc] = await client.analyze('SentimentAnalysis', [{ id: '0', text, language: infoOf(locale).azure }], { abortSignal });
        if (!doc || doc.error) throw new LanguageFailure('document', doc?.error.code);
        const score = Math.round((doc.confidenceScores.positive - doc.confidenceScores.negative) * 100) / 100;
        return { label: doc.sentiment, score };
      }, () => fallback.sentiment(text, locale)),

    detectLanguage: (text) =>
      attempt<DetectedLanguage>('detectLanguage', text, async (abortSignal) => {
        const [doc] = await client.analyze('LanguageDetection', [{ id: '0', text, countryHint: 'nl' }], { abortSignal });
        if (!doc || doc.error) throw new LanguageFailure('document', doc?.error.code);
        const iso = doc.primaryLanguage.iso6391Name;
        return { language: localeOfAzureCode(iso) ?? 'other', confidence: doc.primaryLanguage.confidenceScore };
      }, () => fallback.detectLanguage(text)),

    redact: (text, locale) =>
      attempt<Redaction>('redact', text, async (abortSignal) => {
        const [doc] = await client.analyze('PiiEntityRecognition', [{ id: '0', text, language: infoOf(locale).azure }], {
          abortSignal,
          categoriesFilter: PII_FILTER,
          stringIndexType: 'Utf16CodeUnit',
        });
        if (!doc || doc.error) throw new LanguageFailure('document', doc?.error.code);
        return redactEntities(text, doc.entities, locale);
      }, () => fallback.redact(text, locale)),
  };
}
