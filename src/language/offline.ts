import type { LanguageService } from './types.js';
import { analyseSentiment } from './sentiment.js';
import { detectLanguageOffline } from './detect.js';
import { redactOffline } from './pii.js';

/**
 * Understanding text without any outside service: word lists for sentiment, frequent words for
 * the language, patterns with checksums for personal data. Always available, also as Azure's fallback.
 */
export function createOfflineLanguage(): LanguageService {
  return {
    name: 'offline',
    sentiment: async (text) => analyseSentiment(text),
    detectLanguage: async (text) => detectLanguageOffline(text),
    redact: async (text, locale) => redactOffline(text, locale),
  };
}
