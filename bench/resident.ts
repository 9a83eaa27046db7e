/** One step of a simulated resident: what they send, and what a correct bot reply must contain. */
export interface Step {
  /** a button press (`value.choice`) */
  choice?: string;
  /** typed text */
  text?: string;
  /** the opening conversationUpdate that makes the bot say welcome */
  join?: boolean;
  /** a reply check: false means the bot took the conversation somewhere else (counted as a flow error) */
  expect?: (activities: readonly BotReply[]) => boolean;
}

/** The part of a bot reply the benchmark looks at. */
export interface BotReply {
  type?: string;
  text?: string;
  attachments?: unknown[];
}

const hasText = (replies: readonly BotReply[]) => replies.some((r) => typeof r.text === 'string' && r.text.length > 0);
const hasCards = (replies: readonly BotReply[]) => replies.some((r) => (r.attachments?.length ?? 0) >= 1);

/**
 * The whole conversation of one resident: welcome, six answers (buttons, typed numbers, "gaat wel" confirmed),
 * what matters, a dimension, activities, postcode, interests, three suggestions, done. 15 turns.
 */
export const CONVERSATION: readonly Step[] = [
  { join: true, expect: hasText },
  { choice: 'start', expect: hasText },
  { choice: 'score:7', expect: hasText },
  { text: 'zeven', expect: hasText },
  { text: '8', expect: hasText },
  { text: 'gaat wel', expect: hasText },
  { choice: 'yes', expect: hasText },
  { choice: 'score:6', expect: hasText },
  { choice: 'score:4', expect: hasCards },
  { text: 'ik kook graag', expect: hasText },
  { choice: 'dimension:participation', expect: hasText },
  { choice: 'activities', expect: hasText },
  { text: '7411', expect: hasText },
  { text: 'koken', expect: hasCards },
  { choice: 'done', expect: hasText },
];

/** Builds the Bot Framework activity a Web Chat client would send for one step. */
export function activityFor(step: Step, resident: string, turn: number, serviceUrl: string): Record<string, unknown> {
  const base = {
    id: `${resident}-${turn}`,
    channelId: 'directline',
    serviceUrl,
    conversation: { id: `conv-${resident}` },
    from: { id: `user-${resident}`, role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    timestamp: new Date().toISOString(),
    locale: 'nl-NL',
    deliveryMode: 'expectReplies',
  };
  if (step.join) {
    return { ...base, type: 'conversationUpdate', membersAdded: [{ id: `user-${resident}` }, { id: 'bot' }] };
  }
  if (step.choice) return { ...base, type: 'message', text: '', value: { choice: step.choice } };
  return { ...base, type: 'message', text: step.text ?? '' };
}
