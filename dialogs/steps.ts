import type { Activity, TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogReason, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from './framework.js';
import { z } from 'zod';
import { readReply, shapeQuestion, storedQuestion, type Reply } from './ask.js';
import { talk, type DialogDeps, type Question } from './deps.js';

/** One step of a part: asks a question, moves on, or ends the part. */
export type PartStepFn<O extends object> = (step: PartStep<O>) => Promise<DialogTurnResult>;

/** What a part keeps between turns. */
interface PartState<O> {
  /** the sequence of steps running, and the step that takes the next answer */
  sequence: string;
  index: number;
  options: O;
  values: Record<string, unknown>;
  /** the question waiting for an answer, to ask again after an interruption */
  question?: Question;
  /** a question as earlier versions stored it: already shaped for the channel */
  shaped?: Partial<Activity>;
}

/** The options of a part that takes none. */
export const NO_OPTIONS: { schema: z.ZodType<Record<string, never>>; defaults: Record<string, never> } = {
  schema: z.record(z.string(), z.never()),
  defaults: {},
};

/** The instance a dialog method is called for; botbuilder calls those methods only while the dialog is active. */
export function activeInstance(dc: DialogContext): DialogInstance {
  const instance = dc.activeDialog;
  if (!instance) throw new Error('A dialog method was called without an active dialog; begin the dialog first');
  return instance;
}

/**
 * A part of the conversation (welcome, reflection, next step, activities, safety, erase) as named sequences
 * of steps in one dialog. A step asks a question and the next step gets the answer, as in botbuilder's
 * WaterfallDialog inside a ComponentDialog; but a resident's turn through a part then builds one dialog
 * context, not one per step and per nested dialog, and most turns of a conversation pass through a part.
 */
export abstract class PartDialog<O extends object = Record<string, never>> extends Dialog<O> {
  constructor(
    id: string,
    private readonly partDeps: DialogDeps,
    private readonly sequences: Record<string, readonly PartStepFn<O>[]>,
    private readonly firstSequence: string,
    /** the part's options as stored between turns; read with this schema, falling back to `defaults` */
    private readonly options: { schema: z.ZodType<O>; defaults: O },
  ) {
    super(id);
  }

  override beginDialog(dc: DialogContext, options?: O): Promise<DialogTurnResult> {
    return this.start(dc, this.firstSequence, options ?? this.options.defaults);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const reply = readReply(dc.context);
    if (!reply) return Dialog.EndOfTurn;
    const instance = activeInstance(dc);
    const state = this.stateOf(instance.state);
    instance.state = state;
    const waiting = state.question;
    if (waiting?.onlyChoices && !answers(waiting, reply)) {
      // Not clearly one of the buttons: say so kindly and ask the same question again; nothing is guessed.
      const t = await talk(this.partDeps, dc.context);
      await t.say(waiting.choices.some((c) => c.means) ? 'common.yesOrNo' : 'common.pickOne');
      await dc.context.sendActivity(shapeQuestion(this.partDeps.presenter, dc.context, waiting));
      return Dialog.EndOfTurn;
    }
    delete state.question;
    delete state.shaped;
    return this.run(dc, state, reply);
  }

  /** After an interruption (a request for a person, the safety net) the waiting question is asked again. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, activeInstance(dc));
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance<PartState<O>>): Promise<void> {
    const { question, shaped } = this.stateOf(instance.state);
    const activity = question ? shapeQuestion(this.partDeps.presenter, context, question) : shaped;
    if (activity) await context.sendActivity(activity);
  }

  private stateOf(stored: unknown): PartState<O> {
    return partStateOf(stored, this.firstSequence, this.options);
  }

  /** @internal */
  start(dc: DialogContext, sequence: string, options: O): Promise<DialogTurnResult> {
    const state: PartState<O> = { sequence, index: 0, options, values: {} };
    activeInstance(dc).state = state;
    return this.run(dc, state, undefined);
  }

  /** @internal */
  async ask(dc: DialogContext, state: PartState<O>, question: Question): Promise<DialogTurnResult> {
    state.question = question;
    await dc.context.sendActivity(shapeQuestion(this.partDeps.presenter, dc.context, question));
    return Dialog.EndOfTurn;
  }

  /** @internal asks again from the step that is running: the answer comes back to that same step */
  askAgain(dc: DialogContext, state: PartState<O>, question: Question): Promise<DialogTurnResult> {
    state.index--;
    return this.ask(dc, state, question);
  }

  /** @internal runs the step at `state.index` with `result`, or ends the part after the last step */
  run(dc: DialogContext, state: PartState<O>, result: unknown): Promise<DialogTurnResult> {
    const steps = this.sequences[state.sequence];
    if (!steps) throw new Error(`${this.id} has no step sequence "${state.sequence}"`);
    const step = steps[state.index];
    if (!step) return dc.endDialog(result);
    state.index++;
    return step(new PartStep(this, dc, state, result));
  }
}

/** What a step sees (the turn, the part's options and values, the answer) and can do next. */
export class PartStep<O extends object> {
  constructor(
    private readonly part: PartDialog<O>,
    private readonly dc: DialogContext,
    private readonly state: PartState<O>,
    /** the answer to the question of the step before (a Reply), or what the step before passed to `next` */
    readonly result: unknown,
  ) {}

  get context(): TurnContext {
    return this.dc.context;
  }

  get options(): O {
    return this.state.options;
  }

  /** Scratch values of this run of the part, kept between its turns, read with the schema of the part that owns them. */
  valuesOf<V extends Record<string, unknown>>(schema: z.ZodType<V>): V {
    const parsed = schema.safeParse(this.state.values);
    const values = parsed.success ? parsed.data : schema.parse({});
    this.state.values = values;
    return values;
  }

  /** Asks the question; the next step receives the resident's answer. */
  ask(question: Question): Promise<DialogTurnResult> {
    return this.part.ask(this.dc, this.state, question);
  }

  /** Asks a question whose answer comes back to this same step (after an answer that could not be used). */
  askAgain(question: Question): Promise<DialogTurnResult> {
    return this.part.askAgain(this.dc, this.state, question);
  }

  /** The resident's answer to the question of the step before; a step after `next` gets an empty reply. */
  get reply(): Reply {
    const result = this.result;
    return typeof result === 'object' && result !== null && 'text' in result && typeof result.text === 'string'
      ? { text: result.text, ...('choice' in result && typeof result.choice === 'string' && { choice: result.choice }) }
      : { text: '' };
  }

  /** Runs the next step now, without waiting for the resident. */
  next(result?: unknown): Promise<DialogTurnResult> {
    return this.part.run(this.dc, this.state, result);
  }

  /** Starts a sequence of this part again from its first step (by default the one the part starts with). */
  restart(options: O, sequence?: string): Promise<DialogTurnResult> {
    return this.part.start(this.dc, sequence ?? this.state.sequence, options);
  }

  /** Ends the part and hands `result` to the router. */
  end(result?: unknown): Promise<DialogTurnResult> {
    return this.dc.endDialog(result);
  }

  /** Ends every dialog of the conversation (after the resident's data was erased). */
  endAll(): Promise<DialogTurnResult> {
    return this.dc.cancelAllDialogs(true);
  }
}

/** True when the reply is one of the question's own buttons. */
function answers(question: Question, reply: Reply): boolean {
  return reply.choice !== undefined && [...question.choices, ...(question.alsoAccepted ?? [])].some((c) => c.id === reply.choice);
}

const partStateSchema = z.object({
  sequence: z.string(),
  index: z.number().int().min(0),
  options: z.unknown().optional(),
  values: z.record(z.string(), z.unknown()),
  question: storedQuestion.optional(),
  shaped: z.record(z.string(), z.unknown()).optional(),
});

/** A part as earlier versions stored it: a component whose waterfall (named like a sequence) asked through an ask dialog. */
const earlierComponentSchema = z.object({
  dialogs: z.object({
    dialogStack: z.array(z.object({
      id: z.string(),
      state: z.object({
        options: z.unknown().optional(),
        values: z.record(z.string(), z.unknown()).optional(),
        stepIndex: z.number().int().min(0).optional(),
        question: storedQuestion.optional(),
        activity: z.record(z.string(), z.unknown()).optional(),
      }).optional(),
    })),
  }),
});

/**
 * The part's state, also when an earlier version stored it: then a component with a waterfall (named like this
 * part's sequences) that asked through an ask dialog. The answer goes to the step after the one that asked;
 * state that cannot be read that way starts the part again.
 */
function partStateOf<O>(stored: unknown, firstSequence: string, options: { schema: z.ZodType<O>; defaults: O }): PartState<O> {
  const readOptions = (raw: unknown): O => {
    const parsed = options.schema.safeParse(raw ?? options.defaults);
    return parsed.success ? parsed.data : options.defaults;
  };
  const current = partStateSchema.safeParse(stored);
  if (current.success) {
    const { shaped, ...rest } = current.data;
    return { ...rest, options: readOptions(current.data.options), ...(shaped && { shaped: shaped as Partial<Activity> }) };
  }
  const earlier = earlierComponentSchema.safeParse(stored);
  const stack = earlier.success ? earlier.data.dialogs.dialogStack : [];
  const waterfall = stack.find((d) => d.state?.stepIndex !== undefined);
  const asked = stack.find((d) => d.id === 'ask')?.state;
  if (!waterfall?.state || waterfall.state.stepIndex === undefined) return { sequence: firstSequence, index: 0, options: options.defaults, values: {} };
  return {
    sequence: waterfall.id,
    index: waterfall.state.stepIndex + 1,
    options: readOptions(waterfall.state.options),
    values: { ...waterfall.state.values },
    ...(asked?.question && { question: asked.question }),
    ...(asked?.activity && { shaped: asked.activity as Partial<Activity> }),
  };
}
