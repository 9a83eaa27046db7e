import type { DialogTurnResult } from 'botbuilder-dialogs';
import { talk, type DialogDeps } from './deps.js';
import { NO_OPTIONS, PartDialog, type PartStep } from './steps.js';

/** The id of the "Antwoord sturen" button under a worker's message. */
export const ANSWER = 'answer';

/** The longest answer a resident can send to a worker; the same bound as a worker's message. */
const MAX_ANSWER = 1000;

/** Answers to a worker's messages, as the conversation needs them. */
export interface AnswerDeps {
  handoverMessages: {
    /** True when a worker wrote to this resident on a request that is still open. */
    canAnswer(resident: string): Promise<boolean>;
    /** Stores the answer on that request; the request's reference, or undefined when there is none to answer. */
    answer(resident: string, text: string): Promise<string | undefined>;
  };
}

type Deps = DialogDeps & AnswerDeps;
type Step = PartStep<Record<string, never>>;

/**
 * "Antwoord sturen": the resident writes back to the worker who wrote to them. The answer is stored on the request,
 * where the worker reads it in the inbox. Without a worker's message there is nothing to answer, and the bot says so.
 */
export class AnswerDialog extends PartDialog {
  static readonly id = 'answer';

  constructor(private readonly deps: Deps) {
    super(AnswerDialog.id, deps, { 'answer.steps': [(s) => this.askStep(s), (s) => this.sendStep(s)] }, 'answer.steps', NO_OPTIONS);
  }

  private async askStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (!(await this.deps.handoverMessages.canAnswer(this.deps.residentOf(step.context)))) {
      await t.say('handover.answer.none');
      return step.end();
    }
    return step.ask(t.choice(t.t('handover.answer.ask'), [{ id: 'cancel', title: t.t('handover.choice.answerCancel') }]));
  }

  private async sendStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const { choice, text } = step.reply;
    if (choice === 'cancel' || text === '') {
      await t.say('handover.answer.cancelled');
      return step.end();
    }
    if (text.length > MAX_ANSWER) {
      return step.askAgain(t.choice(t.t('handover.answer.tooLong', { max: MAX_ANSWER }), [{ id: 'cancel', title: t.t('handover.choice.answerCancel') }]));
    }
    const reference = await this.deps.handoverMessages.answer(this.deps.residentOf(step.context), text);
    await t.say(reference ? ['handover.answer.sent', { reference }] : 'handover.answer.none');
    return step.end();
  }
}
