import { hash } from 'node:crypto';

/** SHA-256 in base64url, cut to 32 characters (192 bits); the one-shot hash() is a third of createHash's cost. */
const digest = (s: string) => hash('sha256', s, 'base64url').slice(0, 32);

/** A pseudonymous, stable key for one resident on one channel; raw channel user ids are never stored. */
export function residentKey(channelId: string, userId: string): string {
  return digest(`${channelId}:${userId}`);
}

/** Storage key of a resident's profile (answers, language, marks): survives new conversations. */
export function profileKey(resident: string): string {
  return `r/${resident}/profile`;
}

/** Storage key of one conversation's dialog stack. */
export function conversationKey(resident: string, channelId: string, conversationId: string): string {
  return `r/${resident}/c/${digest(`${channelId}:${conversationId}`)}`;
}

/** The resident a storage key belongs to, or null for keys outside the resident space. */
export function residentOfKey(key: string): string | null {
  const match = /^r\/([^/]+)\//.exec(key);
  return match ? match[1]! : null;
}

/**
 * How a handled activity is remembered in its conversation's state: a short digest, because a channel's
 * activity id can contain the conversation id, and that can contain a user id.
 */
export function activityMark(activityId: string): string {
  return digest(activityId).slice(0, 16);
}
