import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { AzureLanguageOptions } from './azure.js';
import type { LanguageService } from './types.js';
import { createOfflineLanguage } from './offline.js';

export type { LanguageService } from './types.js';
import { detectCrisis, type SafetyAssessment } from './safety.js';
import { modelLevel, strongerLevel } from './safetyModel.js';
import { NOT_BAD_ANSWERS } from './safety-concepts.js';
import { safetySentences } from './safety-normalize.js';
import { redactOffline } from './pii.js';
import type { Locale } from '../health/dimensions.js';
import { BREAKER_VALUE, operationLabel, type BreakerService, type Telemetry } from '../telemetry/index.js';
import type { CircuitBreaker } from './breaker.js';
export type { SafetyAssessment, SafetyLevel } from './safety.js';
export { createOfflineLanguage } from './offline.js';
export type { AzureLanguageOptions } from './azure.js';

/**
 * Azure AI Language, with its SDK loaded on first use: the SDK costs memory and start-up time, and a bot
 * without Azure configured never needs it. The interface stays the same; only the first call waits for the import.
 */
function lazyAzureLanguage(options: AzureLanguageOptions): LanguageService {
  let service: Promise<LanguageService> | undefined;
  const azure = () => (service ??= import('./azure.js').then((m) => m.createAzureLanguage(options)));
  return {
    name: 'azure',
    sentiment: async (text, locale) => (await azure()).sentiment(text, locale),
    detectLanguage: async (text) => (await azure()).detectLanguage(text),
    redact: async (text, locale) => (await azure()).redact(text, locale),
  };
}

/**
 * Reports the breaker of an Azure service as the gauge `breakerState` from the start. The breaker is made with the
 * service, when its SDK is first loaded; until then nothing has failed, so it reads as closed. Returns the watcher
 * to hand to `azureBreaker`.
 */
function breakerGauge(telemetry: Telemetry | undefined, service: BreakerService): (breaker: CircuitBreaker) => void {
  let watched: CircuitBreaker | undefined;
  telemetry?.observe('breakerState', () => BREAKER_VALUE[watched?.state ?? 'closed'], { service });
  return (breaker) => {
    watched = breaker;
  };
}

/**
 * The language service for this run: Azure AI Language (with the offline service as fallback) when
 * AZURE_LANGUAGE_ENDPOINT and AZURE_LANGUAGE_KEY are set, otherwise the offline service alone.
 */
export function createLanguageService(config: Config, logger: Logger, telemetry?: Telemetry): LanguageService {
  const offline = createOfflineLanguage();
  if (!config.AZURE_LANGUAGE_ENDPOINT || !config.AZURE_LANGUAGE_KEY) {
    logger.info({ language: 'offline' }, 'Understanding text offline (no Azure AI Language configured)');
    return offline;
  }
  logger.info({ language: 'azure', timeoutMs: config.AZURE_LANGUAGE_TIMEOUT_MS }, 'Understanding text with Azure AI Language, offline as fallback');
  return lazyAzureLanguage({
    endpoint: config.AZURE_LANGUAGE_ENDPOINT,
    key: config.AZURE_LANGUAGE_KEY,
    timeoutMs: config.AZURE_LANGUAGE_TIMEOUT_MS,
    fallback: offline,
    logger,
    onFallback: (operation) => telemetry?.count('azureFallback', { operation: operationLabel(operation) }),
    watchBreaker: breakerGauge(telemetry, 'language'),
  });
}

/** The safety net of every turn, with its optional second opinions. */
export interface SafetyNet {
  assess(text: string, locale: Locale): Promise<SafetyAssessment>;
}

/**
 * The offline safety net: the rules, raised (never lowered) by the statistical second opinion. Low mood the model
 * hears and the rules do not counts as low mood (De Luisterlijn).
 */
export function assessOffline(text: string): SafetyAssessment {
  const rules = detectCrisis(text);
  const model = modelLevel(text);
  // "het gaat niet slecht", "I don't feel too bad": a short answer that says it is not going badly is no low mood.
  const level = strongerLevel(rules.level, model === 'distress' && saysNotBad(text) ? 'none' : model);
  if (level === rules.level) return rules;
  return { level, category: rules.category ?? (level === 'distress' ? 'low_mood' : undefined) };
}

/** The most words a short answer may have for "not bad" in it to say how it goes (a longer message may say more). */
const NOT_BAD_MAX_WORDS = 8;
const notBadPhrases = NOT_BAD_ANSWERS.map((p) => safetySentences(p).flat());

/** A short answer with a "not bad" in it ("het gaat niet slecht", "slecht gaat het niet", "I don't feel too bad"). */
function saysNotBad(text: string): boolean {
  const words = safetySentences(text).flat().filter((w) => /\p{L}/u.test(w));
  if (words.length > NOT_BAD_MAX_WORDS) return false;
  return notBadPhrases.some((p) => words.some((_, i) => p.length > 0 && p.every((w, k) => words[i + k] === w)));
}

/**
 * The safety net: the offline rules are the floor and are never switched off. The statistical model can raise a
 * message (assessOffline), and so can Azure AI
 * Content Safety when it is configured, which gets the text with personal data taken out and is asked only when
 * the offline net does not already answer with a crisis. Neither can lower what the rules say.
 */
export function createSafetyNet(config: Config, logger: Logger, telemetry?: Telemetry): SafetyNet {
  const endpoint = config.AZURE_CONTENT_SAFETY_ENDPOINT;
  const key = config.AZURE_CONTENT_SAFETY_KEY;
  const watchBreaker = endpoint && key ? breakerGauge(telemetry, 'content_safety') : undefined;
  // The SDK is loaded on first use, as for Azure AI Language.
  const azure = endpoint && key
    ? import('./contentSafety.js').then((m) => m.createContentSafety({
      endpoint,
      key,
      timeoutMs: config.AZURE_CONTENT_SAFETY_TIMEOUT_MS,
      selfHarmSeverity: config.AZURE_CONTENT_SAFETY_SELF_HARM_SEVERITY,
      violenceSeverity: config.AZURE_CONTENT_SAFETY_VIOLENCE_SEVERITY,
      logger,
      watchBreaker,
    }))
    : undefined;
  if (azure) logger.info({ safety: 'azure-content-safety' }, 'The safety net asks Azure AI Content Safety for a second opinion');
  return {
    async assess(text, locale) {
      const offline = assessOffline(text);
      if (offline.level === 'crisis' || !azure) return offline;
      const second = await (await azure).contentSafetyLevel(redactOffline(text, locale).text);
      return second === 'crisis' ? { ...offline, level: 'crisis' } : offline;
    },
  };
}
