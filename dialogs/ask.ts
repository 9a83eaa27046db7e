import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { Presenter } from '../src/channels/types.js';
import type { ReplyReader } from '../src/language/choices.js';
import type { Question } from './deps.js';

/** What the resident answered: the id of the choice they meant (clicked or typed), and the text as typed or as shown on the button. */
export interface Reply {
  choice?: string;
  text: string;
}

/** A waiting question as a part keeps it in its dialog state; read with a schema because it comes from storage. */
export const storedQuestion = z.object({
  text: z.string(),
  choices: z.array(z.object({ id: z.string(), title: z.string(), means: z.enum(['yes', 'no', 'more']).optional() })),
  onlyChoices: z.boolean().optional(),
  alsoAccepted: z.array(z.object({ id: z.string(), title: z.string() })).optional(),
  numbersAreAnswers: z.boolean().optional(),
  acknowledging: z.boolean().optional(),
  confirmsRequest: z.boolean().optional(),
});
const waitingState = z.object({ question: storedQuestion.optional() });

/** The question the active part of the conversation waits on, if any. */
export function waitingQuestion(dc: DialogContext): Question | undefined {
  const parsed = waitingState.safeParse(dc.activeDialog?.state);
  return parsed.success ? parsed.data.question : undefined;
}

/** The reply of each turn, read once; a turn's context is dropped when the turn ends, and its entry with it. */
const replies = new WeakMap<TurnContext, Reply>();

/**
 * Reads the resident's message once per turn, in the one place that reads replies: a clicked choice (Web Chat
 * value, Messenger quick reply or postback), or typed text that stands for one of the waiting question's
 * buttons. Typed button words thus give exactly what clicking gives, in every part of the conversation.
 * Returns the text too, for parts that read it themselves.
 */
export function resolveReply(
  deps: { presenter: Presenter; replies: ReplyReader },
  context: TurnContext,
  question: Question | undefined,
  readsAsCommand: (text: string) => boolean,
): Reply | undefined {
  const activity = context.activity;
  if (activity.type !== ActivityTypes.Message) return undefined;
  const text = (activity.text ?? '').trim();
  const choice = deps.presenter.readChoice(activity) ?? readTyped(deps.replies, text, question, readsAsCommand);
  const reply: Reply = { ...(choice !== undefined && { choice }), text };
  replies.set(context, reply);
  return reply;
}

/**
 * The button that typed text stands for, if any: its words (also of buttons on cards above), its place among the
 * buttons as shown ("2", "de tweede", "1. Ja, wis alles"), or at a yes/no question a clear yes, no or "tell me more".
 * A command typed at a yes/no question ("stop", "help") stays a command.
 */
export function readTyped(replies: ReplyReader, text: string, question: Question | undefined, readsAsCommand: (text: string) => boolean): string | undefined {
  const choices = question?.choices ?? [];
  const offered = [...choices, ...(question?.alsoAccepted ?? [])];
  // Where a yes passes something on or erases it, a bare "ok" is no clear yes either.
  const options = {
    careful: question?.onlyChoices === true,
    acknowledging: question?.acknowledging === true || question?.onlyChoices === true,
    confirmsRequest: question?.confirmsRequest === true,
  };
  const byWords = (typed: string): string | undefined => {
    const choice = replies.choiceFor(typed, offered, options);
    if (choice !== undefined || !choices.some((c) => c.means) || readsAsCommand(typed)) return choice;
    const answer = replies.intent(typed, options, offered);
    return answer === 'unclear' ? undefined : choices.find((c) => c.means === answer)?.id;
  };
  // Not under cards with buttons of their own: "the second one" of which? Where a number is an answer (a score), only
  // an ordinal names a place ("de eerste"), and not among buttons that are numbers themselves (the score scale).
  const numbered = choices.some((c) => /^\d/.test(c.title));
  const place = question && !question.alsoAccepted && !(question.numbersAreAnswers && numbered)
    ? replies.placeIn(text, choices.length, { ordinalsOnly: question.numbersAreAnswers === true })
    : undefined;
  if (!place) return byWords(text);
  const placed = choices[place.index]!.id;
  // Words after the place must say the same button: "2, ja" at "Ja, wis alles / Nee, bewaren" says two things.
  return place.rest === '' || byWords(place.rest) === placed ? placed : undefined;
}

/** The reply of this turn as `resolveReply` read it; undefined when the activity is not a message. */
export function readReply(context: TurnContext): Reply | undefined {
  const resolved = replies.get(context);
  if (resolved) return resolved;
  const activity = context.activity;
  return activity.type === ActivityTypes.Message ? { text: (activity.text ?? '').trim() } : undefined;
}

/** The question as an activity for the resident's channel (buttons on Web Chat, quick replies on Messenger). */
export function shapeQuestion(presenter: Presenter, context: TurnContext, question: Question): Partial<Activity> {
  return presenter.choice(context.activity.channelId, question.text, question.choices);
}
