import type { Activity } from 'botbuilder';

/** One option the resident can pick; `id` comes back unchanged, `title` is what they see (at most 20 characters). */
export interface Choice {
  id: string;
  title: string;
  /** this button is the question's yes, its no, or its "tell me more": a typed "ja hoor", "nee, liever niet" or "wat is dit?" picks it */
  means?: 'yes' | 'no' | 'more';
}

/** An activity suggestion shown as a card. */
export interface Card {
  title: string;
  lines: string[];
  buttons: Choice[];
  /** a link the resident can open, e.g. the organisation's website */
  url?: { title: string; href: string };
}

/**
 * How the bot shows things on a channel. Dialogs ask for "a choice", "a picture" or "cards";
 * only `src/channels/` knows what that means on Web Chat or Facebook Messenger.
 */
export interface Presenter {
  choice(channelId: string, text: string, choices: Choice[]): Partial<Activity>;
  picture(channelId: string, url: string, alt: string, text?: string): Partial<Activity>;
  cards(channelId: string, text: string, cards: Card[]): Partial<Activity>;
  /** A message with one more choice added to the ones it has (e.g. "Hulp nu" after a crisis), within the channel's limits. */
  withChoice(channelId: string, activity: Partial<Activity>, choice: Choice): Partial<Activity>;
  /** The id of the choice the resident picked in this activity, if they picked one rather than typing. */
  readChoice(activity: Partial<Activity>): string | undefined;
  /** A link inside a message: its words on a channel that shows links by their words (Web Chat), the address itself where it cannot (Messenger). */
  link(channelId: string, text: string, url: string): string;
  /** An event that makes our chat page forget the resident id it keeps; undefined where the user id is the channel's. */
  forgetBrowser(channelId: string): Partial<Activity> | undefined;
}
