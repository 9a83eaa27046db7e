import type { Activity, Attachment, CardAction } from 'botbuilder';
import type { Card, Choice } from './types.js';

/**
 * Activity shapes for Web Chat, Direct Line, the Emulator and tests: choices as suggested actions
 * (messageBack, so the pick comes back as `value.choice` while the resident sees its title), pictures
 * as image attachments, cards as a hero-card carousel.
 */

function choiceAction(choice: Choice): CardAction {
  return { type: 'messageBack', title: choice.title, text: choice.title, displayText: choice.title, value: { choice: choice.id } };
}

/** A message with one suggested action per choice. */
export function webChatChoice(text: string, choices: Choice[]): Partial<Activity> {
  return {
    type: 'message',
    text,
    inputHint: 'expectingInput',
    suggestedActions: { to: [], actions: choices.map(choiceAction) },
  };
}

/** The message with one more button; an existing button with the same id is not repeated. */
export function webChatWithChoice(activity: Partial<Activity>, choice: Choice): Partial<Activity> {
  const actions = activity.suggestedActions?.actions ?? [];
  if (actions.some((a) => isChoiceAction(a, choice.id))) return activity;
  return { ...activity, suggestedActions: { to: activity.suggestedActions?.to ?? [], actions: [...actions, choiceAction(choice)] } };
}

function isChoiceAction(action: CardAction, id: string): boolean {
  const value: unknown = action.value;
  return typeof value === 'object' && value !== null && 'choice' in value && value.choice === id;
}

/** A message with the picture as an image attachment; the alt text is also in the message text for screen readers and slow networks. */
export function webChatPicture(url: string, alt: string, text?: string): Partial<Activity> {
  return {
    type: 'message',
    text: text ? `${text}\n\n${alt}` : alt,
    attachments: [{ contentType: contentTypeOf(url), contentUrl: url, name: alt }],
  };
}

/** A message with one hero card per activity suggestion, side by side. */
export function webChatCards(text: string, cards: Card[]): Partial<Activity> {
  return {
    type: 'message',
    text,
    attachmentLayout: 'carousel',
    attachments: cards.map(heroCard),
  };
}

function heroCard(card: Card): Attachment {
  const buttons: CardAction[] = card.buttons.map(choiceAction);
  if (card.url) buttons.push({ type: 'openUrl', title: card.url.title, value: card.url.href });
  return {
    contentType: 'application/vnd.microsoft.card.hero',
    content: { title: card.title, text: card.lines.join('\n\n'), buttons },
  };
}

/** The image content type for a URL, by its extension; PNG unless it says JPEG. */
export function contentTypeOf(url: string): string {
  const path = safePathname(url).toLowerCase();
  return path.endsWith('.jpg') || path.endsWith('.jpeg') ? 'image/jpeg' : 'image/png';
}

/** The path of a URL, or the text itself when it is not a full URL. */
export function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    // A relative or malformed URL: judge it by its own text.
    return url.split(/[?#]/)[0] ?? url;
  }
}
