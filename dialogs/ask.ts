import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Presenter } from '../src/channels/types.js';
import type { Question } from './deps.js';

/** What the resident answered: the id of a picked choice, and the text as typed or as shown on the button. */
export interface Reply {
  choice?: string;
  text: string;
}

interface AskState {
  question?: Question;
  /** the question as stored by earlier versions: already shaped for the channel */
  activity?: Partial<Activity>;
}

/**
 * Sends one question (text with choices) shaped for the resident's channel and returns the next message
 * as a Reply. After an interruption (help, privacy, a request for a person) it asks the same question again.
 * It keeps the question, not the shaped activity: a third of the size, read and written every turn.
 */
export class AskDialog extends Dialog<AskState> {
  static readonly id = 'ask';

  constructor(private readonly presenter: Presenter) {
    super(AskDialog.id);
  }

  override async beginDialog(dc: DialogContext, options?: { question?: Question }): Promise<DialogTurnResult> {
    if (!options?.question) throw new Error('AskDialog needs { question }: the question to send');
    dc.activeDialog!.state = { question: options.question } satisfies AskState;
    await dc.context.sendActivity(this.shaped(dc.context, options.question));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const reply = readReply(this.presenter, dc.context);
    return reply ? dc.endDialog(reply) : Dialog.EndOfTurn;
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, dc.activeDialog!);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance<AskState>): Promise<void> {
    const { question, activity } = instance.state;
    const shaped = question ? this.shaped(context, question) : activity;
    if (shaped) await context.sendActivity(shaped);
  }

  private shaped(context: TurnContext, question: Question): Partial<Activity> {
    return shapeQuestion(this.presenter, context, question);
  }
}

/** The question as an activity for the resident's channel (buttons on Web Chat, quick replies on Messenger). */
export function shapeQuestion(presenter: Presenter, context: TurnContext, question: Question): Partial<Activity> {
  return presenter.choice(context.activity.channelId, question.text, question.choices);
}

/** The resident's answer in this turn, or undefined when the activity is not a message. */
export function readReply(presenter: Presenter, context: TurnContext): Reply | undefined {
  const activity = context.activity;
  if (activity.type !== ActivityTypes.Message) return undefined;
  return { choice: presenter.readChoice(activity), text: (activity.text ?? '').trim() };
}

/** Starts an AskDialog from a waterfall step or another dialog. */
export function ask(dc: DialogContext, question: Question): Promise<DialogTurnResult> {
  return dc.beginDialog(AskDialog.id, { question });
}
