import type { DialogTurnResult } from 'botbuilder-dialogs';
import { markErased, talk, type DialogDeps, type Talk } from './deps.js';
import { PartDialog, type PartStep } from './steps.js';

/** "mijn gegevens": tells the resident in plain words what is stored about them and for how long. */
export async function describeData(deps: DialogDeps, t: Talk): Promise<void> {
  const checkIn = t.profile.checkIn;
  const answered = checkIn ? Object.values(checkIn.answers).filter((a) => typeof a === 'number').length : 0;
  const { handoverReferences } = await deps.privacy.describe(deps.residentOf(t.context));
  const lines: (string | [string, Record<string, string | number>])[] = ['privacy.summary'];
  lines.push(answered > 0 ? ['privacy.answers', { count: answered, total: deps.questions.questions.length }] : 'privacy.noAnswers');
  if (checkIn && checkIn.marks.length > 0) lines.push(['privacy.marks', { count: checkIn.marks.length }]);
  if (t.profile.important) lines.push('privacy.words');
  lines.push('privacy.language');
  if (handoverReferences.length > 0) lines.push(['privacy.requests', { references: handoverReferences.join(', ') }]);
  lines.push(['privacy.retention', { days: deps.settings.retentionDays }], 'privacy.eraseHint');
  await t.say(...lines);
}

/**
 * "wis mijn gegevens" / "forget me": asks once, then erases every row about the resident in every table.
 * Then every dialog ends and the turn is marked so it does not write the state back.
 */
export class EraseDialog extends PartDialog {
  static readonly id = 'erase';

  constructor(private readonly deps: DialogDeps) {
    super(EraseDialog.id, deps, { 'erase.steps': [(s) => this.confirmStep(s), (s) => this.eraseStep(s)] }, 'erase.steps');
  }

  private async confirmStep(step: PartStep<Record<string, never>>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    return step.ask({
      text: t.t('privacy.eraseConfirm'),
      choices: [{ id: 'erase', title: t.t('privacy.choice.erase'), means: 'yes' }, { id: 'keep', title: t.t('privacy.choice.keep'), means: 'no' }],
      onlyChoices: true,
    });
  }

  private async eraseStep(step: PartStep<Record<string, never>>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    if (reply.choice === 'erase') {
      await this.deps.privacy.erase(this.deps.residentOf(step.context));
      await t.say('privacy.erased');
      markErased(step.context);
      return step.endAll();
    }
    await t.say('privacy.kept');
    return step.end();
  }
}
