import { createHash } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 32);

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

/** The id under which a handled activity is remembered: activity ids are unique per conversation, not per resident. */
export function activityKey(channelId: string, conversationId: string, activityId: string): string {
  return `${digest(`${channelId}:${conversationId}`)}:${activityId}`.slice(0, 255);
}
