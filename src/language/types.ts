import type { Locale } from '../health/dimensions.js';

export type Sentiment = 'positive' | 'neutral' | 'negative' | 'mixed';

/** Sentiment of one sentence; `score` runs from -1 (very negative) to 1 (very positive). */
export interface SentimentResult {
  label: Sentiment;
  score: number;
}

export interface DetectedLanguage {
  language: Locale | 'other';
  confidence: number;
}

export interface Redaction {
  /** the text with each piece of personal data replaced by a placeholder such as [telefoon] */
  text: string;
  /** categories found, e.g. "email", "phone", "postcode", "iban", "bsn", "birthdate", "address" */
  categories: string[];
}

/** Understanding free text. Implemented by Azure AI Language and by an offline fallback. */
export interface LanguageService {
  readonly name: 'azure' | 'offline';
  sentiment(text: string, locale: Locale): Promise<SentimentResult>;
  detectLanguage(text: string): Promise<DetectedLanguage>;
  redact(text: string, locale: Locale): Promise<Redaction>;
}
