import { matchRules } from './safety-match.js';
import type { SafetyCategory } from './safety-rules.js';

/** How worried the bot should be about a message; 'crisis' interrupts everything. */
export type SafetyLevel = 'crisis' | 'distress' | 'none';

export type { SafetyCategory };

/** The outcome of the safety net for one message. */
export interface SafetyAssessment {
  level: SafetyLevel;
  /** which part of the risk model (docs/safety.md) the message fell under; absent for 'none' */
  category?: SafetyCategory;
}

/**
 * The safety net: recognises suicidal thoughts, self-harm and acute danger ('crisis') and feeling very
 * low or lonely ('distress') in Dutch and English, also with chat and Flemish spellings and indirect
 * wording, by combining concepts (safety-concepts.ts) with rules (safety-rules.ts). Pure, synchronous
 * and offline on purpose: it never waits for or depends on Azure or configuration.
 */
export function detectCrisis(text: string): SafetyAssessment {
  const match = matchRules(text);
  if (match === undefined) return { level: 'none' };
  return { level: match.rule.level, category: match.rule.category };
}
