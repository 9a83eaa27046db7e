import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { AskDialog, ask, type Reply } from './ask.js';
import { talk, type DialogDeps } from './deps.js';

/** After the resident chose what to work on: local activities, a conversation with a person, or nothing for now. */
export class NextStepDialog extends ComponentDialog {
  static readonly id = 'nextStep';

  constructor(private readonly deps: DialogDeps) {
    super(NextStepDialog.id);
    this.addDialog(new AskDialog(deps.presenter));
    this.addDialog(new WaterfallDialog('nextStep.steps', [this.offerStep.bind(this), this.decideStep.bind(this)]));
    this.initialDialogId = 'nextStep.steps';
  }

  private async offerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const dimension = t.t(`dimensions.${t.profile.chosen!}`);
    return ask(step, t.choice(t.t('nextstep.question', { dimension }), [
      { id: 'activities', title: t.t('nextstep.choice.activities') },
      { id: 'person', title: t.t('nextstep.choice.person') },
      { id: 'nothing', title: t.t('nextstep.choice.nothing') },
    ]));
  }

  private async decideStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.result as Reply;
    const typed = this.deps.commands.read(reply.text, ['person', 'no']);
    const decision = reply.choice ?? (typed === 'person' ? 'person' : typed === 'no' ? 'nothing' : undefined);
    if (decision === 'activities') t.profile.stage = 'activities';
    else if (decision === 'person') t.profile.stage = 'handover';
    else if (decision === 'nothing') {
      await t.say('nextstep.nothing');
      t.profile.stage = 'done';
    } else {
      await t.say('common.notUnderstood');
      return step.replaceDialog(this.initialDialogId);
    }
    return step.endDialog();
  }
}
