import { DialogSet, WaterfallDialog, type DialogState, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { StatePropertyAccessor } from 'botbuilder';
import { resumePoint } from '../src/health/checkin.js';
import { talk, type DialogDeps, type Stage } from './deps.js';
import { WelcomeBackDialog, WelcomeDialog } from './welcome.js';
import { CheckInDialog } from './checkin.js';
import { ReflectionDialog } from './reflection.js';
import { NextStepDialog } from './nextstep.js';
import { SafetyDialog } from './safety.js';
import { EraseDialog } from './privacy.js';
import { SuggestionsDialog, type SuggestionsDeps } from './suggestions.js';
import { HandoverDialog, type HandoverDeps } from './handover.js';

/** Options of the router: which part to run now, and whether the conversation pauses after it. */
export interface RouteOptions {
  returning?: boolean;
  part?: string;
  pauseAfter?: boolean;
  hops?: number;
}

/** What a part may return to the router. */
export interface PartResult {
  pause?: boolean;
  handover?: boolean;
}

const PART_FOR_STAGE: Record<Stage, string | undefined> = {
  new: WelcomeDialog.id,
  declined: WelcomeDialog.id,
  checkin: CheckInDialog.id,
  reflection: ReflectionDialog.id,
  next: NextStepDialog.id,
  activities: SuggestionsDialog.id,
  handover: HandoverDialog.id,
  done: undefined,
};

/** A runaway guard: no resident turn needs more than this many parts in a row. */
const MAX_HOPS = 12;

/**
 * The router: runs the part that fits where the resident is (welcome, check-in, reflection, next step,
 * activities, a person), and after each part the next one, until the conversation pauses or ends.
 */
export class MainDialog extends WaterfallDialog<RouteOptions> {
  static readonly id = 'main';

  constructor(private readonly deps: DialogDeps) {
    super(MainDialog.id, []);
    this.addStep(this.routeStep.bind(this));
    this.addStep(this.afterStep.bind(this));
  }

  private async routeStep(step: WaterfallStepContext<RouteOptions>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (t.profile.stage === 'declined' && !step.options.hops) t.profile.stage = 'new';
    // The operator may have switched question sets since this resident's last visit: keep the answers that still fit.
    if (t.profile.checkIn && t.profile.checkIn.setId !== this.deps.questions.id) t.profile.checkIn = resumePoint(this.deps.questions, t.profile.checkIn);
    const returning = step.options.returning && t.profile.stage !== 'new';
    const part = step.options.part ?? (returning ? WelcomeBackDialog.id : PART_FOR_STAGE[t.profile.stage]);
    if (!part) return step.endDialog();
    return step.beginDialog(part);
  }

  private async afterStep(step: WaterfallStepContext<RouteOptions>): Promise<DialogTurnResult> {
    const result = (step.result ?? {}) as PartResult;
    const hops = (step.options.hops ?? 0) + 1;
    if (result.handover) return step.replaceDialog(MainDialog.id, { part: HandoverDialog.id, pauseAfter: true, hops } satisfies RouteOptions);
    if (result.pause || step.options.pauseAfter || hops > MAX_HOPS) return step.endDialog();
    const t = await talk(this.deps, step.context);
    if (t.profile.stage === 'done' || t.profile.stage === 'declined') return step.endDialog();
    return step.replaceDialog(MainDialog.id, { hops } satisfies RouteOptions);
  }
}

export type AllDialogDeps = DialogDeps & SuggestionsDeps & HandoverDeps;

/** Every dialog of the conversation in one set, on the conversation's dialog state. */
export function createDialogSet(deps: AllDialogDeps, dialogState: StatePropertyAccessor<DialogState>): DialogSet {
  return new DialogSet(dialogState)
    .add(new MainDialog(deps))
    .add(new WelcomeDialog(deps))
    .add(new WelcomeBackDialog(deps))
    .add(new CheckInDialog(deps))
    .add(new ReflectionDialog(deps))
    .add(new NextStepDialog(deps))
    .add(new SuggestionsDialog(deps))
    .add(new HandoverDialog(deps))
    .add(new SafetyDialog(deps))
    .add(new EraseDialog(deps));
}
