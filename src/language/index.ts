import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { AzureLanguageOptions } from './azure.js';
import type { LanguageService } from './types.js';
import { createOfflineLanguage } from './offline.js';

export type { LanguageService } from './types.js';
export { detectCrisis, type SafetyAssessment, type SafetyLevel } from './safety.js';
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
 * The language service for this run: Azure AI Language (with the offline service as fallback) when
 * AZURE_LANGUAGE_ENDPOINT and AZURE_LANGUAGE_KEY are set, otherwise the offline service alone.
 */
export function createLanguageService(config: Config, logger: Logger): LanguageService {
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
  });
}
