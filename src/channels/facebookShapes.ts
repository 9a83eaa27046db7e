import type { Activity, Attachment, CardAction } from 'botbuilder';
import { choicePayload, isRecord } from './choiceIds.js';
import { FACEBOOK, cut } from './limits.js';
import type { Card, Choice } from './types.js';
import { contentTypeOf, safePathname } from './webchatShapes.js';

/**
 * Activity shapes for Facebook Messenger through the Azure Bot Service channel. Quick replies are sent
 * as `channelData.quick_replies` ourselves, because botbuilder only converts 10 or fewer choices and a
 * 0-10 scale has 11. Everything is cut to Messenger's limits so a message is never refused.
 */

/** A message with up to 13 quick replies; titles cut to 20 characters; payload `choice:<id>`. */
export function facebookChoice(text: string, choices: Choice[]): Partial<Activity> {
  return {
    type: 'message',
    text,
    channelData: {
      quick_replies: choices.slice(0, FACEBOOK.maxQuickReplies).map((choice) => ({
        content_type: 'text',
        title: cut(choice.title, FACEBOOK.maxTitle),
        payload: choicePayload(choice.id),
      })),
    },
  };
}

/** The message with one more quick reply; when Messenger's 13 are taken, it replaces the last one. */
export function facebookWithChoice(activity: Partial<Activity>, choice: Choice): Partial<Activity> {
  const data: unknown = activity.channelData;
  const existing = isRecord(data) && Array.isArray(data.quick_replies) ? data.quick_replies : [];
  const payload = choicePayload(choice.id);
  if (existing.some((q) => isRecord(q) && q.payload === payload)) return activity;
  const reply = { content_type: 'text', title: cut(choice.title, FACEBOOK.maxTitle), payload };
  const kept = existing.slice(0, FACEBOOK.maxQuickReplies - 1);
  return { ...activity, channelData: { ...(isRecord(data) ? data : {}), quick_replies: [...kept, reply] } };
}

/**
 * A picture, but only when Messenger can fetch it: an https URL under our own public address ending
 * in .png or .jpg. Otherwise only the text alternative is sent, so the resident still gets the meaning.
 */
export function facebookPicture(publicUrl: string, url: string, alt: string, text?: string): Partial<Activity> {
  const message = text ? `${text}\n\n${alt}` : alt;
  if (!isSendableImage(publicUrl, url)) return { type: 'message', text: message };
  return { type: 'message', text: message, attachments: [{ contentType: contentTypeOf(url), contentUrl: url, name: alt }] };
}

/** True when Messenger accepts this picture: https, under the bot's public https address, a PNG or JPEG. */
export function isSendableImage(publicUrl: string, url: string): boolean {
  if (!publicUrl.startsWith('https://') || !url.startsWith('https://')) return false;
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  if (!url.startsWith(base)) return false;
  return /\.(png|jpe?g)$/i.test(safePathname(url));
}

/** Hero cards that the channel turns into a generic template: at most 10 cards, 3 buttons each, short texts. */
export function facebookCards(text: string, cards: Card[]): Partial<Activity> {
  return {
    type: 'message',
    text,
    attachmentLayout: 'carousel',
    attachments: cards.slice(0, FACEBOOK.maxCards).map(heroCard),
  };
}

function heroCard(card: Card): Attachment {
  // Choices drive the conversation, so they go first; the website link only when a place is left.
  const buttons: CardAction[] = card.buttons.slice(0, FACEBOOK.maxButtons).map((choice) => ({
    type: 'postBack',
    title: cut(choice.title, FACEBOOK.maxTitle),
    value: choicePayload(choice.id),
  }));
  if (card.url && buttons.length < FACEBOOK.maxButtons) {
    buttons.push({ type: 'openUrl', title: cut(card.url.title, FACEBOOK.maxTitle), value: card.url.href });
  }
  return {
    contentType: 'application/vnd.microsoft.card.hero',
    content: {
      title: cut(card.title, FACEBOOK.maxCardText),
      subtitle: cut(card.lines.join(' · '), FACEBOOK.maxCardText),
      buttons,
    },
  };
}
