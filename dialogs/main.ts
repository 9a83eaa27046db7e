import type { DialogContext, DialogReason, DialogState, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, DialogSet } from './framework.js';
import type { StatePropertyAccessor } from 'botbuilder';
import { resumePoint } from '../src/health/checkin.js';
import { z } from 'zod';
import { talk, type DialogDeps } from './deps.js';
import { activeInstance } from './steps.js';
import type { Stage } from './profile.js';
import { WelcomeBackDialog, WelcomeDialog } from './welcome.js';
import { CheckInDialog, type CheckInOptions } from './checkin.js';
import { ReflectionDialog } from './reflection.js';
import { NextStepDialog } from './nextstep.js';
import { SafetyDialog, type SafetyOptions } from './safety.js';
import { EraseDialog } from './privacy.js';
import { SuggestionsDialog, type SuggestionsDeps } from './suggestions.js';
import { HandoverDialog, type HandoverDeps } from './handover.js';
import { ConfirmDialog } from './confirm.js';
import { AnswerDialog, type AnswerDeps } from './answer.js';

/** Options of the router: which part to run now, and whether the conversation pauses after it. */
const routeOptions = z.object({
  returning: z.boolean().optional(),
  part: z.string().optional(),
  pauseAfter: z.boolean().optional(),
  hops: z.number().int().min(0).optional(),
  /** a reply that already answers the first question of the part started now; passed on within the turn, never stored */
  answer: z.string().optional(),
});
export type RouteOptions = z.infer<typeof routeOptions>;

/** What a part may return to the router. */
export interface PartResult {
  pause?: boolean;
  handover?: boolean;
  /** the resident asked to go on where the conversation was, also where the part was started to pause after it */
  resume?: boolean;
  /** the reply already answers the question the next part asks (a score typed at "welcome back"): that part reads it */
  answer?: string;
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

/** The router's options as stored: directly, or (state stored by earlier versions) inside a waterfall's state. */
/** Router state as an earlier version stored it: the options inside a waterfall's state. */
const earlierRouteState = z.object({ stepIndex: z.number(), options: routeOptions.optional() });

function routeOptionsOf(state: unknown): RouteOptions {
  // Only state that has a step index can be the earlier form; checking first spares every current state a failed parse.
  if (typeof state === 'object' && state !== null && 'stepIndex' in state) {
    const earlier = earlierRouteState.safeParse(state);
    if (earlier.success) return earlier.data.options ?? {};
  }
  const current = routeOptions.safeParse(state);
  return current.success ? current.data : {};
}

/**
 * The router: runs the part that fits where the resident is (welcome, check-in, reflection, next step,
 * activities, a person), and after each part the next one, until the conversation pauses or ends.
 */
export class MainDialog extends Dialog<RouteOptions> {
  static readonly id = 'main';

  constructor(private readonly deps: DialogDeps) {
    super(MainDialog.id);
  }

  override async beginDialog(dc: DialogContext, options: RouteOptions = {}): Promise<DialogTurnResult> {
    return this.route(dc, options);
  }

  /** A part ended: start the next one, or pause or end the conversation. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: PartResult): Promise<DialogTurnResult> {
    const options = routeOptionsOf(activeInstance(dc).state);
    const hops = (options.hops ?? 0) + 1;
    if (result?.handover) return this.route(dc, { part: HandoverDialog.id, pauseAfter: true, hops });
    if (result?.pause || (options.pauseAfter && !result?.resume) || hops > MAX_HOPS) return dc.endDialog();
    const t = await talk(this.deps, dc.context);
    if (t.profile.stage === 'done' || t.profile.stage === 'declined') return dc.endDialog();
    return this.route(dc, { hops, ...(result?.answer !== undefined && { answer: result.answer }) });
  }

  private async route(dc: DialogContext, { answer, ...options }: RouteOptions): Promise<DialogTurnResult> {
    // The resident's words are handed to the next part, not kept in the router's state.
    activeInstance(dc).state = options;
    const t = await talk(this.deps, dc.context);
    if (t.profile.stage === 'declined' && !options.hops) t.profile.stage = 'new';
    // The operator may have switched question sets since this resident's last visit: keep the answers that still fit.
    if (t.profile.checkIn && t.profile.checkIn.setId !== this.deps.questions.id) t.profile.checkIn = resumePoint(this.deps.questions, t.profile.checkIn);
    // After a crisis in this conversation, a new message is met by the safety net, not by the questions.
    if (!options.part && options.returning && (await this.deps.inCrisis(dc.context))) {
      return dc.beginDialog(SafetyDialog.id, { after: true } satisfies SafetyOptions);
    }
    const returning = options.returning && t.profile.stage !== 'new';
    const part = options.part ?? (returning ? WelcomeBackDialog.id : PART_FOR_STAGE[t.profile.stage]);
    if (!part) return dc.endDialog();
    return dc.beginDialog(part, answer !== undefined && part === CheckInDialog.id ? ({ answer } satisfies CheckInOptions) : undefined);
  }
}

export type AllDialogDeps = DialogDeps & SuggestionsDeps & HandoverDeps & AnswerDeps;

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
    .add(new EraseDialog(deps))
    .add(new ConfirmDialog(deps))
    .add(new AnswerDialog(deps));
}
