/** Limits of Facebook Messenger's Send API that the presenter respects. */
export const FACEBOOK = {
  /** quick replies per message */
  maxQuickReplies: 13,
  /** characters of a quick-reply or button title before Messenger cuts it */
  maxTitle: 20,
  /** buttons on one card (generic template element) */
  maxButtons: 3,
  /** cards in one carousel */
  maxCards: 10,
  /** characters of a card title and of its subtitle */
  maxCardText: 80,
} as const;

/** Cuts a text to `max` characters, ending with an ellipsis when it had to cut. */
export function cut(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Characters of one resident message the bot reads; the rest of a longer message is left unread. */
export const MAX_MESSAGE_CHARS = 2000;

/** The part of a message the bot reads: at most MAX_MESSAGE_CHARS, never ending in half an emoji. */
export function readablePart(text: string): string {
  if (text.length <= MAX_MESSAGE_CHARS) return text;
  const part = text.slice(0, MAX_MESSAGE_CHARS);
  const last = part.charCodeAt(part.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? part.slice(0, -1) : part;
}
