import type { DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import { markEnded, talk, type DialogDeps } from './deps.js';
import { PartStep, PartDialog } from './steps.js';
import { restartCheckIn } from './welcome.js';

/** What the resident asked for that forgets this round's answers, and so is asked once more first. */
const confirmOptions = z.object({ action: z.enum(['stop', 'restart']) });
export type ConfirmOptions = z.infer<typeof confirmOptions>;

type Step = PartStep<ConfirmOptions>;

/**
 * "stop" and "opnieuw": both forget the answers of this round, so the bot asks once ("Wil je stoppen? Dan wis ik je
 * antwoorden van deze keer.") and only a clear yes does it. A no, or anything unclear after a second ask, goes on.
 */
export class ConfirmDialog extends PartDialog<ConfirmOptions> {
  static readonly id = 'confirm';

  constructor(private readonly deps: DialogDeps) {
    super(ConfirmDialog.id, deps, { 'confirm.steps': [(s) => this.askStep(s), (s) => this.actStep(s)] }, 'confirm.steps', { schema: confirmOptions, defaults: { action: 'stop' } });
  }

  private async askStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const { action } = step.options;
    const keeps = action === 'restart' && (t.profile.history?.length ?? 0) > 0;
    const text = [t.t(`common.${action}Confirm`), ...(keeps ? [t.t('common.restartedHistory')] : [])].join(' ');
    return step.ask({ ...t.yesNo(text, t.t(`common.choice.${action}Yes`), t.t('common.choice.goOn')), confirmsRequest: true });
  }

  private async actStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (step.reply.choice !== 'yes') {
      await t.say('common.goingOn');
      return step.end();
    }
    if (step.options.action === 'restart') {
      await t.say('common.restarted');
      restartCheckIn(this.deps, t);
      // The router starts again from the profile's stage: question 1.
      return step.endAll();
    }
    const requests = await this.deps.handover.statusOf(this.deps.residentOf(step.context));
    await t.say('common.stopped', ...(requests.some((r) => r.status !== 'closed') ? ['common.stoppedWithRequest'] : []));
    markEnded(step.context, 'stopped');
    return step.endAll();
  }
}
