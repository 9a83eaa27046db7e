import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Presenter } from '../src/channels/types.js';

/** What the resident answered: the id of a picked choice, and the text as typed or as shown on the button. */
export interface Reply {
  choice?: string;
  text: string;
}

interface AskState {
  activity: Partial<Activity>;
}

/**
 * Sends one question (text with choices, already shaped for the channel) and returns the next message
 * as a Reply. After an interruption (help, privacy, a request for a person) it asks the same question again.
 */
export class AskDialog extends Dialog<AskState> {
  static readonly id = 'ask';

  constructor(private readonly presenter: Presenter) {
    super(AskDialog.id);
  }

  override async beginDialog(dc: DialogContext, options?: AskState): Promise<DialogTurnResult> {
    if (!options?.activity) throw new Error('AskDialog needs { activity }: the question to send');
    dc.activeDialog!.state = { activity: options.activity } satisfies AskState;
    await dc.context.sendActivity(options.activity);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const reply: Reply = { choice: this.presenter.readChoice(activity), text: (activity.text ?? '').trim() };
    return dc.endDialog(reply);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, dc.activeDialog!);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance<AskState>): Promise<void> {
    await context.sendActivity(instance.state.activity);
  }
}

/** Starts an AskDialog from a waterfall step or another dialog. */
export function ask(dc: DialogContext, activity: Partial<Activity>): Promise<DialogTurnResult> {
  return dc.beginDialog(AskDialog.id, { activity });
}
