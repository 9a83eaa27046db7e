import { TurnContext } from 'botbuilder';
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { dimensionScores } from '../src/health/checkin.js';
import type { HandoverContact, HandoverDetails } from '../src/handover/details.js';
import { AskDialog, ask, type Reply } from './ask.js';
import { scratch, talk, type DialogDeps, type Talk } from './deps.js';

/** Exactly what the resident agreed to share with the organisation. */
export type SharedDetails = HandoverDetails;
type ContactWish = HandoverContact;

/** Requests to welfare workers, as the conversation needs them. */
export interface HandoverDeps {
  handoverRequests: {
    create(input: { resident: string; channelId: string; conversationRef: Record<string, unknown>; details: SharedDetails }): Promise<{ reference: string }>;
    validatePhone(text: string): string | undefined;
    validateEmail(text: string): string | undefined;
  };
  handoverSettings: { organisation: string; responseDays: number; walkIn?: string };
}

type Deps = DialogDeps & HandoverDeps;

interface Draft {
  wordsShared?: boolean;
  name?: string;
  contact?: ContactWish;
  times?: string;
}

const TIMES = ['morning', 'afternoon', 'evening', 'anytime'] as const;

/**
 * Arranges a real conversation with a welfare worker. Shows exactly what will be shared and asks an explicit
 * yes first; the resident's own words go along only after a second yes. A nickname is enough.
 */
export class HandoverDialog extends ComponentDialog {
  static readonly id = 'handover';

  constructor(private readonly deps: Deps) {
    super(HandoverDialog.id);
    this.addDialog(new AskDialog(deps.presenter));
    this.addDialog(new TextPrompt('handover.name', async (p) => this.nameValid(p)));
    this.addDialog(new TextPrompt('handover.phone', async (p) => p.recognized.succeeded && !!deps.handoverRequests.validatePhone(p.recognized.value ?? '')));
    this.addDialog(new TextPrompt('handover.email', async (p) => p.recognized.succeeded && !!deps.handoverRequests.validateEmail(p.recognized.value ?? '')));
    this.addDialog(new WaterfallDialog('handover.steps', [
      this.consentStep.bind(this),
      this.wordsStep.bind(this),
      this.nameStep.bind(this),
      this.contactStep.bind(this),
      this.contactDetailStep.bind(this),
      this.timesStep.bind(this),
      this.checkStep.bind(this),
      this.sendStep.bind(this),
    ]));
    this.initialDialogId = 'handover.steps';
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    values(step).draft = {};
    const org = this.deps.handoverSettings.organisation;
    const lines: (string | [string, Record<string, string>])[] = [['handover.intro', { org }], 'handover.sharedIntro'];
    const checkIn = t.profile.checkIn;
    if (checkIn && Object.keys(dimensionScores(this.deps.questions, checkIn)).length > 0) lines.push('handover.sharedWeb');
    if (t.profile.chosen) lines.push(['handover.sharedChosen', { dimension: t.t(`dimensions.${t.profile.chosen}`) }]);
    if (checkIn && checkIn.marks.length > 0) lines.push(['handover.sharedMarks', { dimensions: checkIn.marks.map((d) => t.t(`dimensions.${d}`)).join(', ') }]);
    if (t.profile.activity) lines.push(['handover.sharedActivity', { title: t.profile.activity.title }]);
    lines.push('handover.sharedContact');
    await t.say(...lines);
    return ask(step, this.yesNo(t, t.t('handover.consent', { org })));
  }

  private async wordsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (!this.isYes(step.result as Reply)) {
      await t.say('handover.noConsent');
      return this.end(step, t);
    }
    if (!t.profile.important) return step.next();
    return ask(step, this.yesNo(t, t.t('handover.words', { words: t.profile.important })));
  }

  private async nameStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (step.result) draft(step).wordsShared = this.isYes(step.result as Reply);
    return step.prompt('handover.name', { prompt: t.t('handover.name'), retryPrompt: t.t('handover.nameAgain') });
  }

  private async contactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    draft(step).name = cleanName(step.result as string);
    return ask(step, t.choice(t.t('handover.contact'), [
      { id: 'phone', title: t.t('handover.choice.phone') },
      { id: 'email', title: t.t('handover.choice.email') },
      { id: 'chat', title: t.t('handover.choice.chat') },
      ...(this.deps.handoverSettings.walkIn ? [{ id: 'walk_in', title: t.t('handover.choice.walkIn') }] : []),
    ]));
  }

  private async contactDetailStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.result as Reply;
    const kind = reply.choice ?? this.kindFromText(reply.text);
    values(step).kind = kind;
    if (!reply.choice && (kind === 'phone' || kind === 'email') && this.isAddress(reply.text)) return step.next(reply.text);
    if (kind === 'phone') return step.prompt('handover.phone', { prompt: t.t('handover.phone'), retryPrompt: t.t('handover.phoneAgain') });
    if (kind === 'email') return step.prompt('handover.email', { prompt: t.t('handover.email'), retryPrompt: t.t('handover.emailAgain') });
    if (kind === 'walk_in' && this.deps.handoverSettings.walkIn) {
      await t.say(['handover.walkIn', { walkIn: this.deps.handoverSettings.walkIn }]);
      return step.next({ kind: 'walk_in' } satisfies ContactWish);
    }
    return step.next({ kind: 'chat' } satisfies ContactWish);
  }

  private async timesStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const kind = values(step).kind;
    const given = step.result as ContactWish | string;
    const { validatePhone, validateEmail } = this.deps.handoverRequests;
    draft(step).contact = typeof given !== 'string' ? given
      : kind === 'phone' ? { kind: 'phone', phone: validatePhone(given)! } : { kind: 'email', email: validateEmail(given)! };
    return ask(step, t.choice(t.t('handover.times'), TIMES.map((id) => ({ id, title: t.t(`handover.choice.${id}`) }))));
  }

  private async checkStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.result as Reply;
    const d = draft(step);
    const picked = TIMES.find((id) => id === reply.choice);
    d.times = picked ? t.t(`handover.choice.${picked}`) : (await this.deps.language.redact(reply.text, t.locale)).text.slice(0, 100) || undefined;
    const contact = d.contact!;
    const contactLine: [string, Record<string, string>] | string =
      contact.kind === 'phone' ? ['handover.checkPhone', { phone: contact.phone }]
        : contact.kind === 'email' ? ['handover.checkEmail', { email: contact.email }]
          : contact.kind === 'chat' ? 'handover.checkChat' : 'handover.checkWalkIn';
    await t.say(['handover.checkName', { name: d.name! }], contactLine, ...(d.times ? [['handover.checkTimes', { times: d.times }] as [string, Record<string, string>]] : []));
    return ask(step, t.choice(t.t('handover.check'), [
      { id: 'yes', title: t.t('handover.choice.send') },
      { id: 'no', title: t.t('handover.choice.cancel') },
    ]));
  }

  private async sendStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (!this.isYes(step.result as Reply)) {
      await t.say('handover.cancelled');
      return this.end(step, t);
    }
    const d = draft(step);
    const details: SharedDetails = {
      name: d.name!,
      contact: d.contact!,
      preferredTimes: d.times,
      scores: t.profile.checkIn ? dimensionScores(this.deps.questions, t.profile.checkIn) : {},
      chosenDimension: t.profile.chosen,
      marks: [...(t.profile.checkIn?.marks ?? [])],
      words: d.wordsShared ? t.profile.important : undefined,
      activity: t.profile.activity,
      locale: t.locale,
    };
    const { reference } = await this.deps.handoverRequests.create({
      resident: this.deps.residentOf(step.context),
      channelId: step.context.activity.channelId,
      conversationRef: { ...TurnContext.getConversationReference(step.context.activity) },
      details,
    });
    const days = this.deps.handoverSettings.responseDays;
    await t.say(
      ['handover.sent', { name: details.name }],
      ['handover.reference', { reference }],
      [details.contact.kind === 'chat' ? 'handover.expectationChat' : 'handover.expectation', { days }],
      'handover.statusHint',
    );
    return this.end(step, t);
  }

  private end(step: WaterfallStepContext, t: Talk): Promise<DialogTurnResult> {
    if (t.profile.stage === 'handover') t.profile.stage = 'done';
    delete t.profile.activity;
    return step.endDialog();
  }

  private yesNo(t: Talk, text: string) {
    return t.choice(text, [
      { id: 'yes', title: t.t('handover.choice.yes') },
      { id: 'no', title: t.t('handover.choice.no') },
    ]);
  }

  private isYes(reply: Reply): boolean {
    return (reply.choice ?? this.deps.commands.read(reply.text, ['yes', 'no'])) === 'yes';
  }

  private isAddress(text: string): boolean {
    return !!(this.deps.handoverRequests.validatePhone(text) ?? this.deps.handoverRequests.validateEmail(text));
  }

  private kindFromText(text: string): string {
    if (this.deps.handoverRequests.validatePhone(text)) return 'phone';
    if (this.deps.handoverRequests.validateEmail(text)) return 'email';
    return /mail/i.test(text) ? 'email' : /bel|call|phone|telefoon/i.test(text) ? 'phone' : 'chat';
  }

  private nameValid(prompt: PromptValidatorContext<string>): boolean {
    const name = cleanName(prompt.recognized.value ?? '');
    return prompt.recognized.succeeded && name.length >= 1 && name.length <= 40 && !/[0-9@]/.test(name);
  }
}

const values = (step: WaterfallStepContext) => scratch<{ draft: Draft; kind: string }>(step);

function draft(step: WaterfallStepContext): Draft {
  return values(step).draft!;
}

/** "ik heet Anja" → "Anja": keeps the name short and free of filler words. */
function cleanName(text: string): string {
  return text.replace(/^(ik heet|mijn naam is|noem me|zeg maar|i am|i'm|my name is|call me)\s+/i, '').replace(/[.!]+$/, '').trim().slice(0, 40);
}
