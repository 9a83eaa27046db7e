import type { DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { Choice } from '../src/channels/types.js';
import { talk, type DialogDeps, type Talk } from './deps.js';
import { PartDialog, type PartStep } from './steps.js';

/** `after`: the conversation comes back to the safety net later (a new message after a crisis), without a new crisis. */
const safetyOptions = z.object({ after: z.boolean().optional() });
export type SafetyOptions = z.infer<typeof safetyOptions>;

type Step = PartStep<SafetyOptions>;

/** The choice that shows the crisis numbers again; after a crisis every reply offers it. */
export const HELP_NOW = 'helpNow';

/** The "Hulp nu" button in the resident's language. */
export function helpNowChoice(t: Talk): Choice {
  return { id: HELP_NOW, title: t.t('safety.choice.helpNow') };
}

/** 113, 112 and the regional out-of-hours GP, in that order. */
export async function sayNumbers(deps: DialogDeps, t: Talk, first?: string): Promise<void> {
  const gp = deps.settings.huisartsenpost;
  const gpLine: string | [string, Record<string, string>] = !gp ? 'safety.gpWithoutNumber'
    : gp.name ? ['safety.gpNamed', { name: gp.name, phone: gp.phone }] : ['safety.gpWithNumber', { phone: gp.phone }];
  await t.say(...(first ? [first] : []), 'safety.line113', 'safety.line112', gpLine);
}

/**
 * The crisis safety net: interrupts everything, stays warm, shows 113, 112 and the regional out-of-hours GP
 * first, then offers a welfare worker. The questions wait until the resident says to go on: a later message
 * is met by the safety net again ("I am still here"), with the numbers, a person, or the questions to choose from.
 */
export class SafetyDialog extends PartDialog<SafetyOptions> {
  static readonly id = 'safety';

  constructor(private readonly deps: DialogDeps) {
    super(SafetyDialog.id, deps, { 'safety.steps': [(s) => this.helpStep(s), (s) => this.offerStep(s)] }, 'safety.steps', { schema: safetyOptions, defaults: {} });
  }

  private async helpStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (step.options.after) {
      return step.ask({
        text: t.t('safety.after'),
        choices: [
          helpNowChoice(t),
          { id: 'person', title: t.t('safety.choice.person') },
          { id: 'continue', title: t.t('safety.choice.continue') },
          { id: 'no', title: t.t('safety.choice.notNow'), means: 'no' },
        ],
        onlyChoices: true,
      });
    }
    await sayNumbers(this.deps, t, 'safety.crisis');
    // "verder met de vragen" typed here says to go on, as the button does later; it is read, not shown, beside the offer.
    return step.ask({
      ...t.yesNo(t.t('safety.offer', { org: this.deps.settings.orgName }), t.t('safety.choice.yes'), t.t('safety.choice.no')),
      alsoAccepted: [{ id: 'continue', title: t.t('safety.choice.continue') }],
    });
  }

  private async offerStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const { choice } = step.reply;
    if (choice === 'yes' || choice === 'person') return step.end({ handover: true });
    if (choice === 'continue') return step.end({ resume: true });
    await t.say('safety.declined');
    return step.end({ pause: true });
  }
}
