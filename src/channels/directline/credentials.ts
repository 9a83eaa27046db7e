import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** A browser's resident id: `dl_`, 22 random characters and a 16-character signature (base64url). */
const RESIDENT_ID = /^dl_[A-Za-z0-9_-]{38}$/;
const CONVERSATION_ID = /^[A-Za-z0-9_-]{22}$/;
const RANDOM_CHARS = 22;
const RESIDENT_MAC_BYTES = 12;

/**
 * The signed parts of the chat on our own page. A resident id is made here and kept by the browser, so a reload
 * or a later visit is the same resident; only ids this server signed are accepted, so a page cannot pick an id.
 * A conversation's token is a signature over the conversation and its resident, so the conversation can be
 * opened again after a restart (with the same secret) and the token cannot be moved to another conversation.
 */
export interface DirectLineCredentials {
  /** a new random resident id, `dl_`-prefixed */
  newResidentId(): string;
  /** true for a resident id this server (or another instance with the same secret) made */
  isResidentId(id: unknown): id is string;
  /** the token of a conversation: `<conversationId>.<residentId>.<signature>` */
  tokenFor(conversationId: string, residentId: string): string;
  /** the conversation and resident a genuine token is for; undefined for anything else */
  readToken(token: string | undefined): { conversationId: string; residentId: string } | undefined;
}

/** Credentials under a key derived from `secret` (URL_SECRET); without one a restart forgets every id. */
export function createDirectLineCredentials(secret: string = randomBytes(32).toString('base64url')): DirectLineCredentials {
  const key = Buffer.from(hkdfSync('sha256', secret, 'spinnenweb', 'direct-line-credentials', 32));
  const mac = (purpose: string, text: string, bytes: number) =>
    createHmac('sha256', key).update(`${purpose}|${text}`).digest().subarray(0, bytes).toString('base64url');
  const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

  const credentials: DirectLineCredentials = {
    newResidentId() {
      const random = randomBytes(16).toString('base64url').slice(0, RANDOM_CHARS);
      return `dl_${random}${mac('resident', random, RESIDENT_MAC_BYTES)}`;
    },
    isResidentId(id): id is string {
      if (typeof id !== 'string' || !RESIDENT_ID.test(id)) return false;
      const random = id.slice(3, 3 + RANDOM_CHARS);
      return same(id.slice(3 + RANDOM_CHARS), mac('resident', random, RESIDENT_MAC_BYTES));
    },
    tokenFor(conversationId, residentId) {
      return `${conversationId}.${residentId}.${mac('conversation', `${conversationId}|${residentId}`, 32)}`;
    },
    readToken(token) {
      if (token === undefined || token.length > 200) return undefined;
      const [conversationId, residentId, signature, extra] = token.split('.', 4);
      if (extra !== undefined || conversationId === undefined || residentId === undefined || signature === undefined) return undefined;
      if (!CONVERSATION_ID.test(conversationId) || !credentials.isResidentId(residentId)) return undefined;
      return same(signature, mac('conversation', `${conversationId}|${residentId}`, 32)) ? { conversationId, residentId } : undefined;
    },
  };
  return credentials;
}
