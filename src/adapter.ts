import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * The CloudAdapter with one public entry for a parsed activity. `CloudAdapter.process` would also do this, but
 * its error path writes the whole error (which names conversation ids) to stderr and echoes it to the caller.
 */
export class BotAdapter extends CloudAdapter {
  /** Authenticates and runs one turn; with deliveryMode "expectReplies" the replies come back in the result. */
  processTurn(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}
