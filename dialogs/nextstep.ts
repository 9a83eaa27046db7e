import type { DialogTurnResult } from 'botbuilder-dialogs';
import { careNeeded, talk, type DialogDeps } from './deps.js';
import { NO_OPTIONS, PartDialog, type PartStep } from './steps.js';

/** After the resident chose what to work on: local activities, a conversation with a person, or nothing for now. */
export class NextStepDialog extends PartDialog {
  static readonly id = 'nextStep';

  constructor(private readonly deps: DialogDeps) {
    super(NextStepDialog.id, deps, { 'nextStep.steps': [(s) => this.offerStep(s), (s) => this.decideStep(s)] }, 'nextStep.steps', NO_OPTIONS);
  }

  private async offerStep(step: PartStep<Record<string, never>>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const dimension = t.t(`dimensions.${t.profile.chosen!}`);
    return step.ask(t.choice(t.t('nextstep.question', { dimension }), [
      { id: 'activities', title: t.t('nextstep.choice.activities') },
      { id: 'person', title: t.t('nextstep.choice.person') },
      { id: 'nothing', title: t.t('nextstep.choice.nothing'), means: 'no' },
    ]));
  }

  private async decideStep(step: PartStep<Record<string, never>>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    const decision = reply.choice ?? (this.deps.commands.read(reply.text, ['person']) ? 'person' : undefined);
    if (decision === 'activities') t.profile.stage = 'activities';
    else if (decision === 'person') t.profile.stage = 'handover';
    else if (decision === 'nothing') {
      await t.say('nextstep.nothing', ...(careNeeded(this.deps, t) ? ['common.careReminder'] : []));
      t.profile.stage = 'done';
    } else {
      await t.say('common.notUnderstood');
      return step.restart({});
    }
    return step.end();
  }
}
