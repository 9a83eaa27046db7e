import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { DialogContext, DialogInstance, DialogReason, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from './framework.js';
import { parseScore, proposalFromSentiment } from '../src/health/answers.js';
import { answer, back, currentQuestion, dimensionScores, earlierAnswer, mark, progress, skip } from '../src/health/checkin.js';
import { remember } from './profile.js';
import type { Choice } from '../src/channels/types.js';
import { readReply, shapeQuestion, storedQuestion, type Reply } from './ask.js';
import { activeInstance } from './steps.js';
import { talk, type DialogDeps, type Question, type Talk } from './deps.js';

const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A score the resident still has to confirm, e.g. after "acht of zo" or "gaat wel" (low and high: stored by earlier versions). */
const pendingSchema = z.object({ score: z.number(), low: z.number().optional(), high: z.number().optional() });
type Pending = z.infer<typeof pendingSchema>;

/**
 * What the check-in keeps between turns (the answers themselves live in the profile): the question asked last, to
 * ask again after an interruption (absent in state stored by earlier versions), a score waiting to be confirmed, and
 * the two scores of "Is het een 6 of een 8?" while that question waits.
 */
const checkInStateSchema = z.object({
  question: storedQuestion.optional(),
  pending: pendingSchema.optional(),
  either: z.tuple([z.number(), z.number()]).optional(),
});
type CheckInState = z.infer<typeof checkInStateSchema>;

/** How the check-in is started: with a reply that already answers its current question, or without. */
export interface CheckInOptions {
  answer?: string;
}

/**
 * One question per turn for every question of the active set, with progress, a 0-10 scale,
 * and always: skip, "what do you mean?", back, and "I want to talk about this".
 * Answers live in the profile, so a resident can continue after a pause or a restart of the server.
 * It is one dialog rather than a waterfall of steps: most turns of a conversation are check-in answers.
 */
export class CheckInDialog extends Dialog<CheckInOptions> {
  static readonly id = 'checkin';

  constructor(private readonly deps: DialogDeps) {
    super(CheckInDialog.id);
  }

  override async beginDialog(dc: DialogContext, options?: CheckInOptions): Promise<DialogTurnResult> {
    const t = await talk(this.deps, dc.context);
    // "een 4" typed at "welcome back" answers the question the resident remembers: it is read as that answer, not asked again.
    if (options?.answer !== undefined && currentQuestion(this.deps.questions, t.checkIn)) return this.handle(dc, t, { text: options.answer });
    return this.askNext(dc, t);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const reply = readReply(dc.context);
    if (!reply) return Dialog.EndOfTurn;
    const t = await talk(this.deps, dc.context);
    const state = this.state(dc);
    if (state.pending) return this.confirm(dc, t, state.pending, reply);
    // State stored by an earlier version holds no question; the reply answers the current question all the same.
    return this.handle(dc, t, reply);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, activeInstance(dc));
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance<CheckInState>): Promise<void> {
    // The score question is put together again (in the resident's language now); a confirmation is asked as it was.
    const waiting = instance.state.pending ?? instance.state.either;
    const question = waiting ? instance.state.question : this.questionNow(await talk(this.deps, context));
    if (!question) return;
    instance.state.question = question;
    await context.sendActivity(shapeQuestion(this.deps.presenter, context, question));
  }

  /** The dialog state as stored; anything unreadable counts as nothing pending, and the current question is asked. */
  private state(dc: DialogContext): CheckInState {
    const parsed = checkInStateSchema.safeParse(activeInstance(dc).state);
    return parsed.success ? parsed.data : {};
  }

  /** Asks the current question of the set, or ends the check-in when every question has an answer. */
  private async askNext(dc: DialogContext, t: Talk): Promise<DialogTurnResult> {
    const question = this.questionNow(t);
    if (!question) return this.finish(dc, t);
    return this.ask(dc, question);
  }

  private async ask(dc: DialogContext, question: Question, waiting: Omit<CheckInState, 'question'> = {}): Promise<DialogTurnResult> {
    activeInstance(dc).state = { question, ...waiting } satisfies CheckInState;
    await dc.context.sendActivity(shapeQuestion(this.deps.presenter, dc.context, question));
    return Dialog.EndOfTurn;
  }

  /** The current question with its progress, the earlier answer (when going back) and the scale. */
  private questionNow(t: Talk): Question | undefined {
    const checkIn = t.checkIn;
    const question = currentQuestion(this.deps.questions, checkIn);
    if (!question) return undefined;
    const earlier = earlierAnswer(this.deps.questions, checkIn);
    const lines = [
      t.t('checkin.progress', progress(this.deps.questions, checkIn)),
      t.t(`questions.${question.id}.ask`),
      ...(typeof earlier === 'number' ? [t.t('checkin.earlier', { score: earlier })] : []),
      t.t('checkin.scale'),
    ];
    const extras: Choice[] = [
      { id: 'skip', title: t.t('checkin.choice.skip') },
      { id: 'explain', title: t.t('checkin.choice.explain') },
      ...(checkIn.position > 0 ? [{ id: 'back', title: t.t('checkin.choice.back') }] : []),
      { id: 'mark', title: t.t('checkin.choice.mark') },
    ];
    return { ...t.choice(lines.join('\n\n'), [...scaleChoices(t), ...extras]), numbersAreAnswers: true };
  }

  /** A reply to the question: a button, a shortcut (skip, back, explain, mark) or typed text. */
  private async handle(dc: DialogContext, t: Talk, reply: Reply): Promise<DialogTurnResult> {
    const action = reply.choice ?? this.deps.commands.read(reply.text, ['skip', 'back', 'explain', 'mark']);
    if (action?.startsWith('score:')) return this.record(dc, t, Number(action.slice('score:'.length)));
    switch (action) {
      case 'skip':
        this.countFirstAnswer(t, true);
        t.profile.checkIn = skip(this.deps.questions, t.checkIn);
        await t.say('checkin.skipped');
        return this.askNext(dc, t);
      case 'explain':
        await t.say(`questions.${currentQuestion(this.deps.questions, t.checkIn)!.id}.explain`);
        return this.askNext(dc, t);
      case 'back':
        if (t.checkIn.position === 0) await t.say('checkin.firstQuestion');
        t.profile.checkIn = back(this.deps.questions, t.checkIn);
        return this.askNext(dc, t);
      case 'mark': {
        const { dimension } = currentQuestion(this.deps.questions, t.checkIn)!;
        if (!t.checkIn.marks.includes(dimension)) t.count({ kind: 'marked', dimension });
        t.profile.checkIn = mark(t.checkIn, dimension);
        await t.say('checkin.marked');
        return this.askNext(dc, t);
      }
    }
    return this.understand(dc, t, reply.text);
  }

  /**
   * Typed text, read as a person reads it: a clear score is taken; a guess, a word or an emoji is offered back to
   * confirm; two candidates ("6 of 8") get "Is het een 6 of een 8?" with both as buttons, whose typed answer comes back
   * here; "weet ik niet" gets a kind word and the question again, with its skip button. A time, an age or a question
   * is never a score. Only text with nothing score-like in it goes to the language service for a proposal.
   */
  private async understand(dc: DialogContext, t: Talk, text: string): Promise<DialogTurnResult> {
    // The area asked decides between numbers for several areas ("Fysiek 8, mentaal 4" answers the body question with 8).
    const reading = parseScore(text, t.locale, currentQuestion(this.deps.questions, t.checkIn)?.dimension);
    switch (reading.kind) {
      case 'exact':
        return this.record(dc, t, reading.score);
      case 'approximate':
        return this.propose(dc, t, reading.score);
      case 'either': {
        const [a, b] = reading.scores;
        return this.ask(dc, {
          ...t.choice(t.t('checkin.either', { a, b }), [
            { id: `score:${a}`, title: t.t('checkin.eitherButton', { score: a }) },
            { id: `score:${b}`, title: t.t('checkin.eitherButton', { score: b }) },
          ]),
          numbersAreAnswers: true,
        }, { either: [a, b] });
      }
      case 'unsure':
        await t.say(['checkin.unsure', { skip: t.t('checkin.choice.skip') }]);
        return this.askNext(dc, t);
      case 'none': {
        const sentiment = text ? await this.deps.language.sentiment(text, t.locale) : undefined;
        const proposal = sentiment && proposalFromSentiment(sentiment.label, sentiment.score);
        if (proposal !== undefined) return this.propose(dc, t, proposal);
        break;
      }
      case 'unclear':
        break;
    }
    await t.say('checkin.unclear');
    return this.askNext(dc, t);
  }

  /** "Bedoel je ongeveer een 7?" with yes and no. */
  private async propose(dc: DialogContext, t: Talk, score: number): Promise<DialogTurnResult> {
    return this.ask(dc, {
      ...t.choice(t.t('checkin.confirm', { score }), [
        { id: 'yes', title: t.t('checkin.choice.yes'), means: 'yes' },
        { id: 'no', title: t.t('checkin.choice.no'), means: 'no' },
      ]),
      // "1" here is a score too, never the yes button.
      numbersAreAnswers: true,
    }, { pending: { score } });
  }

  /** The answer to "did you mean this score?": yes records it, no asks again, anything else is an answer itself. */
  private async confirm(dc: DialogContext, t: Talk, pending: Pending, reply: Reply): Promise<DialogTurnResult> {
    if (reply.choice === 'yes') return this.record(dc, t, pending.score);
    if (reply.choice === 'no') {
      // "nee, meer een 6": the no carries the score the resident meant; read it as a new answer.
      if (parseScore(reply.text, t.locale).kind !== 'none') return this.handle(dc, t, { text: reply.text });
      await t.say('checkin.noScore');
      return this.askNext(dc, t);
    }
    // "tja, een 5 ofzo" at "Bedoel je ongeveer een 5?" says the offered score again: that is a yes, not a new guess to confirm.
    const again = parseScore(reply.text, t.locale, currentQuestion(this.deps.questions, t.checkIn)?.dimension);
    if (again.kind === 'approximate' && again.score === pending.score) return this.record(dc, t, pending.score);
    return this.handle(dc, t, reply);
  }

  private async record(dc: DialogContext, t: Talk, score: number): Promise<DialogTurnResult> {
    this.countFirstAnswer(t, false);
    t.profile.checkIn = answer(this.deps.questions, t.checkIn, score);
    return this.askNext(dc, t);
  }

  private async finish(dc: DialogContext, t: Talk): Promise<DialogTurnResult> {
    await t.say('checkin.done');
    t.profile.stage = 'reflection';
    const scores = dimensionScores(this.deps.questions, t.checkIn);
    t.count({ kind: 'step', step: 'finished' });
    t.count({ kind: 'checkin', scores, first: t.profile.history?.[0]?.scores });
    t.profile.history = remember(t.profile.history, { at: Date.now(), scores });
    return dc.endDialog();
  }

  /** Insight counts a question once per check-in, when it first gets a score or "sla over": that is where drop-off is seen. */
  private countFirstAnswer(t: Talk, skipped: boolean): void {
    const question = currentQuestion(this.deps.questions, t.checkIn);
    if (question && !Object.hasOwn(t.checkIn.answers, question.id)) t.count({ kind: 'question', question: question.id, skipped });
  }
}

function scaleChoices(t: Talk): Choice[] {
  return SCALE.map((n) => ({
    id: `score:${n}`,
    title: n === 0 ? t.t('checkin.choice.low') : n === 10 ? t.t('checkin.choice.high') : String(n),
  }));
}
