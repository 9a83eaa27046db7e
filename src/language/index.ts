import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { LanguageService } from './types.js';
import { createAzureLanguage } from './azure.js';
import { createOfflineLanguage } from './offline.js';

export type { LanguageService } from './types.js';
export { detectCrisis, type SafetyAssessment, type SafetyLevel } from './safety.js';
export { createOfflineLanguage } from './offline.js';
export { createAzureLanguage, type AzureLanguageOptions } from './azure.js';

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
  return createAzureLanguage({
    endpoint: config.AZURE_LANGUAGE_ENDPOINT,
    key: config.AZURE_LANGUAGE_KEY,
    timeoutMs: config.AZURE_LANGUAGE_TIMEOUT_MS,
    fallback: offline,
    logger,
  });
}
