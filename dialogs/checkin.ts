import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { parseScore, scoreFromSentiment } from '../src/health/answers.js';
import { answer, back, currentQuestion, earlierAnswer, mark, progress, skip } from '../src/health/checkin.js';
import type { Choice } from '../src/channels/types.js';
import { AskDialog, ask, type Reply } from './ask.js';
import { scratch, talk, type DialogDeps, type Talk } from './deps.js';

const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A score the resident still has to confirm, e.g. after "acht of zo" or "gaat wel". */
interface Pending {
  score: number;
  low?: number;
  high?: number;
}

/**
 * One question per turn for every question of the active set, with progress, a 0-10 scale,
 * and always: skip, "what do you mean?", back, and "I want to talk about this".
 * Answers live in the profile, so a resident can continue after a pause or a restart of the server.
 */
export class CheckInDialog extends ComponentDialog {
  static readonly id = 'checkin';

  constructor(private readonly deps: DialogDeps) {
    super(CheckInDialog.id);
    this.addDialog(new AskDialog(deps.presenter));
    this.addDialog(new WaterfallDialog('checkin.steps', [this.askStep.bind(this), this.interpretStep.bind(this), this.confirmStep.bind(this)]));
    this.initialDialogId = 'checkin.steps';
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const checkIn = t.profile.checkIn!;
    const question = currentQuestion(this.deps.questions, checkIn);
    if (!question) return this.finish(step, t);
    const earlier = earlierAnswer(this.deps.questions, checkIn);
    const lines = [
      t.t('checkin.progress', progress(this.deps.questions, checkIn)),
      t.t(`questions.${question.id}.ask`),
      ...(typeof earlier === 'number' ? [t.t('checkin.earlier', { score: formatScore(earlier, t) })] : []),
      t.t('checkin.scale'),
    ];
    const extras: Choice[] = [
      { id: 'skip', title: t.t('checkin.choice.skip') },
      { id: 'explain', title: t.t('checkin.choice.explain') },
      ...(checkIn.position > 0 ? [{ id: 'back', title: t.t('checkin.choice.back') }] : []),
      { id: 'mark', title: t.t('checkin.choice.mark') },
    ];
    return ask(step, t.choice(lines.join('\n\n'), [...scaleChoices(t), ...extras]));
  }

  private async interpretStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.handle(step, await talk(this.deps, step.context), step.result as Reply);
  }

  /** A reply to the question: a button, a shortcut (skip, back, explain, mark) or typed text. */
  private async handle(step: WaterfallStepContext, t: Talk, reply: Reply): Promise<DialogTurnResult> {
    const action = reply.choice ?? this.deps.commands.read(reply.text, ['skip', 'back', 'explain', 'mark']);
    if (action?.startsWith('score:')) return this.record(step, t, Number(action.slice('score:'.length)));
    switch (action) {
      case 'skip':
        t.profile.checkIn = skip(this.deps.questions, t.profile.checkIn!);
        await t.say('checkin.skipped');
        return this.next(step);
      case 'explain':
        await t.say(`questions.${currentQuestion(this.deps.questions, t.profile.checkIn!)!.id}.explain`);
        return this.next(step);
      case 'back':
        if (t.profile.checkIn!.position === 0) await t.say('checkin.firstQuestion');
        t.profile.checkIn = back(this.deps.questions, t.profile.checkIn!);
        return this.next(step);
      case 'mark':
        t.profile.checkIn = mark(t.profile.checkIn!, currentQuestion(this.deps.questions, t.profile.checkIn!)!.dimension);
        await t.say('checkin.marked');
        return this.next(step);
    }
    return this.understand(step, t, reply.text);
  }

  /** Typed text: a clear number is taken; anything vaguer is offered back as a score to confirm. */
  private async understand(step: WaterfallStepContext, t: Talk, text: string): Promise<DialogTurnResult> {
    const reading = parseScore(text, t.locale);
    if (reading.kind === 'exact') return this.record(step, t, reading.score);
    let pending: Pending | undefined;
    if (reading.kind === 'approximate') pending = { score: reading.score };
    if (reading.kind === 'range') pending = { score: reading.score, low: reading.low, high: reading.high };
    if (!pending && text) {
      const sentiment = await this.deps.language.sentiment(text, t.locale);
      if (sentiment.label !== 'neutral' || Math.abs(sentiment.score) >= 0.2) pending = { score: scoreFromSentiment(sentiment.label, sentiment.score) };
    }
    if (!pending) {
      await t.say('checkin.unclear');
      return this.next(step);
    }
    scratch<{ pending: Pending }>(step).pending = pending;
    const question = pending.low !== undefined
      ? t.t('checkin.confirmRange', { low: formatScore(pending.low, t), high: formatScore(pending.high!, t), score: formatScore(pending.score, t) })
      : t.t('checkin.confirm', { score: formatScore(pending.score, t) });
    return ask(step, t.choice(question, [
      { id: 'yes', title: t.t('checkin.choice.yes') },
      { id: 'no', title: t.t('checkin.choice.no') },
    ]));
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.result as Reply;
    const pending = scratch<{ pending: Pending }>(step).pending!;
    const decision = reply.choice ?? this.deps.commands.read(reply.text, ['yes', 'no']);
    if (decision === 'yes') return this.record(step, t, pending.score);
    if (decision === 'no') {
      await t.say('checkin.noScore');
      return this.next(step);
    }
    return this.handle(step, t, reply);
  }

  private async record(step: WaterfallStepContext, t: Talk, score: number): Promise<DialogTurnResult> {
    t.profile.checkIn = answer(this.deps.questions, t.profile.checkIn!, score);
    return this.next(step);
  }

  private next(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(this.initialDialogId);
  }

  private async finish(step: WaterfallStepContext, t: Talk): Promise<DialogTurnResult> {
    await t.say('checkin.done');
    t.profile.stage = 'reflection';
    return step.endDialog();
  }
}

function scaleChoices(t: Talk): Choice[] {
  return SCALE.map((n) => ({
    id: `score:${n}`,
    title: n === 0 ? t.t('checkin.choice.low') : n === 10 ? t.t('checkin.choice.high') : String(n),
  }));
}

/** 7.5 reads as "7,5" in Dutch and "7.5" in English. */
export function formatScore(score: number, t: Pick<Talk, 'locale'>): string {
  const text = Number.isInteger(score) ? String(score) : score.toFixed(1);
  return t.locale === 'nl' ? text.replace('.', ',') : text;
}
