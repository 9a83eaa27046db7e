import type { Activity } from 'botbuilder';
import { isLocale, type Locale } from '../health/dimensions.js';
import { isRecord } from './choiceIds.js';
import { FACEBOOK_CHANNEL } from './presenter.js';

/** A resident opened the chat: from the Web Chat page, Messenger's Get Started button or an m.me link. */
export interface StartEvent {
  kind: 'start';
  /** the invitation they came from (`?campaign=` on the page, `?ref=` on an m.me link), if valid */
  campaign?: string;
  locale?: Locale;
}

/** The Get Started payload configured on the Facebook page (Messenger profile `get_started.payload`). */
export const DEFAULT_GET_STARTED_PAYLOAD = 'GET_STARTED';

const CAMPAIGN = /^[a-z0-9-]{1,40}$/;

/** A campaign name as it may be stored and counted: 1-40 of a-z, 0-9 and '-'; anything else is dropped. */
export function parseCampaign(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().toLowerCase();
  return CAMPAIGN.test(name) ? name : undefined;
}

/** A language the bot speaks from a tag such as 'nl-NL' or 'en'; undefined for anything else. */
export function parseLocale(value: unknown): Locale | undefined {
  if (typeof value !== 'string') return undefined;
  const language = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}

/**
 * Recognises the start of a conversation, with the campaign it came from:
 * - a `conversationUpdate` in which someone other than the bot joined (the local Direct Line adds the
 *   page's `locale` and `channelData.campaign`);
 * - Web Chat: the page's event `{ type: 'event', name: 'start', value: { campaign, locale } }`;
 * - Messenger Get Started (a postback with the configured payload), with `postback.referral.ref`
 *   when a new thread was opened through an m.me link with `?ref=`;
 * - Messenger `messaging_referrals` (an m.me link opened in an existing thread): a root `referral`.
 * The Azure Facebook channel puts Meta's messaging event in `channelData` for messages and in
 * `value` for event activities, so both are read.
 */
export function readChannelEvent(
  activity: Partial<Activity>,
  options: { getStartedPayload?: string } = {},
): StartEvent | undefined {
  if (activity.type === 'conversationUpdate') {
    const joined = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
    const data: unknown = activity.channelData;
    return joined ? start(isRecord(data) ? parseCampaign(data.campaign) : undefined, parseLocale(activity.locale)) : undefined;
  }
  if (activity.type === 'event' && activity.name === 'start' && activity.channelId !== FACEBOOK_CHANNEL) {
    const value: unknown = activity.value;
    const data = isRecord(value) ? value : {};
    return start(parseCampaign(data.campaign), parseLocale(data.locale) ?? parseLocale(activity.locale));
  }
  if (activity.channelId !== FACEBOOK_CHANNEL) return undefined;

  const getStarted = options.getStartedPayload ?? DEFAULT_GET_STARTED_PAYLOAD;
  const locale = parseLocale(activity.locale);
  for (const event of [activity.channelData, activity.value]) {
    if (!isRecord(event)) continue;
    const postback = event.postback;
    if (isRecord(postback) && postback.payload === getStarted) {
      return start(isRecord(postback.referral) ? parseCampaign(postback.referral.ref) : undefined, locale);
    }
    if (isRecord(event.referral)) return start(parseCampaign(event.referral.ref), locale);
  }
  return undefined;
}

function start(campaign: string | undefined, locale: Locale | undefined): StartEvent {
  return { kind: 'start', ...(campaign ? { campaign } : {}), ...(locale ? { locale } : {}) };
}

/** Messenger's standard messaging window after the resident's last message. */
export const FACEBOOK_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Messenger's human-agent tag: a person may answer up to 7 days after the resident's last message. */
export const FACEBOOK_HUMAN_AGENT_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether a message may go into a resident's conversation now, with Messenger's tag when it needs one; if not, why. */
export type SendPermission = { may: true; tag?: 'HUMAN_AGENT' } | { may: false; reason: 'channel' | 'window' };

/**
 * Whether a message may reach the resident now. Only on channels that carry a message later (`chatChannels`);
 * on Messenger within 24 hours of their last message, or, for a message a person wrote, up to 7 days with the
 * HUMAN_AGENT tag.
 */
export function permissionToSend(
  channelId: string,
  chatChannels: readonly string[],
  lastResidentMessageAt: number | undefined,
  now: number,
  byPerson: boolean,
): SendPermission {
  if (!chatChannels.includes(channelId)) return { may: false, reason: 'channel' };
  if (channelId !== FACEBOOK_CHANNEL) return { may: true };
  if (lastResidentMessageAt === undefined) return { may: false, reason: 'window' };
  const since = now - lastResidentMessageAt;
  if (since <= FACEBOOK_WINDOW_MS) return { may: true };
  return byPerson && since <= FACEBOOK_HUMAN_AGENT_MS ? { may: true, tag: 'HUMAN_AGENT' } : { may: false, reason: 'window' };
}

/**
 * Whether the bot may send a message now (a follow-up, a reminder). On Messenger only within 24 hours
 * of the resident's last message, and never when they have not written yet; other channels have no window.
 */
export function mayMessage(channelId: string, lastResidentMessageAt: number | undefined, now: number): boolean {
  if (channelId !== FACEBOOK_CHANNEL) return true;
  return lastResidentMessageAt !== undefined && now - lastResidentMessageAt <= FACEBOOK_WINDOW_MS;
}
