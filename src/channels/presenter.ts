import type { Activity } from 'botbuilder';
import { isRecord, parseChoicePayload } from './choiceIds.js';
import { facebookCards, facebookChoice, facebookPicture, facebookWithChoice } from './facebookShapes.js';
import type { Presenter } from './types.js';
import { webChatCards, webChatChoice, webChatPicture, webChatWithChoice } from './webchatShapes.js';

/** The event our chat page acts on by forgetting the resident id it keeps (after "wis mijn gegevens"). */
export const FORGET_BROWSER_EVENT = 'forgetResident';

/** The channel id Azure Bot Service gives Facebook Messenger activities. */
export const FACEBOOK_CHANNEL = 'facebook';

/**
 * The one place that decides how a choice, a picture or cards look on a channel. Facebook Messenger
 * gets quick replies and generic-template cards within its limits; every other channel (Web Chat,
 * Direct Line, Emulator, tests) gets suggested actions and hero cards.
 * `publicUrl` is the bot's public address: Messenger only gets pictures served from there over https.
 */
export function createPresenter(options: { publicUrl: string }): Presenter {
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  return {
    choice: (channelId, text, choices) =>
      channelId === FACEBOOK_CHANNEL ? facebookChoice(text, choices) : webChatChoice(text, choices),
    picture: (channelId, url, alt, text) =>
      channelId === FACEBOOK_CHANNEL ? facebookPicture(publicUrl, url, alt, text) : webChatPicture(url, alt, text),
    cards: (channelId, text, cards) => (channelId === FACEBOOK_CHANNEL ? facebookCards(text, cards) : webChatCards(text, cards)),
    withChoice: (channelId, activity, choice) =>
      channelId === FACEBOOK_CHANNEL ? facebookWithChoice(activity, choice) : webChatWithChoice(activity, choice),
    // Web Chat shows a markdown link by its words, so a long sealed address does not fill a phone screen; Messenger shows text as it is.
    link: (channelId, text, url) => (channelId === FACEBOOK_CHANNEL ? url : `[${text.replace(/[[\]]/g, '')}](${url})`),
    readChoice,
    forgetBrowser: (channelId) => (channelId === FACEBOOK_CHANNEL ? undefined : { type: 'event', name: FORGET_BROWSER_EVENT }),
  };
}

/**
 * The id of the choice picked in this activity: `value.choice` (Web Chat messageBack), a Facebook quick
 * reply (`channelData.message.quick_reply.payload`) or postback (`channelData.postback.payload`).
 * Undefined when the resident typed instead.
 */
export function readChoice(activity: Partial<Activity>): string | undefined {
  const value: unknown = activity.value;
  if (isRecord(value) && typeof value.choice === 'string' && value.choice.length > 0) return value.choice;
  const data: unknown = activity.channelData;
  if (!isRecord(data)) return undefined;
  const message = data.message;
  if (isRecord(message) && isRecord(message.quick_reply)) return parseChoicePayload(message.quick_reply.payload);
  if (isRecord(data.postback)) return parseChoicePayload(data.postback.payload);
  return undefined;
}
