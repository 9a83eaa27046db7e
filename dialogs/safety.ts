import type { DialogTurnResult } from 'botbuilder-dialogs';
import { talk, type DialogDeps, type Talk } from './deps.js';
import { PartDialog, type PartStep } from './steps.js';

/**
 * The crisis safety net: interrupts everything, stays warm, shows 113, 112 and the regional out-of-hours GP
 * first, then offers a welfare worker. The check-in waits; "verder" continues it later.
 */
export class SafetyDialog extends PartDialog {
  static readonly id = 'safety';

  constructor(private readonly deps: DialogDeps) {
    super(SafetyDialog.id, deps, { 'safety.steps': [(s) => this.helpStep(s), (s) => this.offerStep(s)] }, 'safety.steps');
  }

  private async helpStep(step: PartStep<Record<string, never>>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    await t.say('safety.crisis', 'safety.line113', 'safety.line112', this.gpLine(t));
    return step.ask(t.yesNo(t.t('safety.offer', { org: this.deps.settings.orgName }), t.t('safety.choice.yes'), t.t('safety.choice.no')));
  }

  private async offerStep(step: PartStep<Record<string, never>>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    if (reply.choice === 'yes') return step.end({ handover: true });
    await t.say('safety.declined');
    return step.end({ pause: true });
  }

  private gpLine(t: Talk): string | [string, Record<string, string>] {
    const gp = this.deps.settings.huisartsenpost;
    if (!gp) return 'safety.gpWithoutNumber';
    return gp.name ? ['safety.gpNamed', { name: gp.name, phone: gp.phone }] : ['safety.gpWithNumber', { phone: gp.phone }];
  }
}
