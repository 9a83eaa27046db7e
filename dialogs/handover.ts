import { TurnContext } from 'botbuilder';
import type { DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import { dimensionScores } from '../src/health/checkin.js';
import { contactSchema, type HandoverDetails } from '../src/handover/details.js';
import { takeHomeLine, talk, type DialogDeps, type Question, type Talk } from './deps.js';
import type { ReplyReader } from '../src/language/choices.js';
import { NO_OPTIONS, PartDialog, type PartStep } from './steps.js';

/** Requests to welfare workers, as the conversation needs them. */
export interface HandoverDeps {
  handoverRequests: {
    create(input: { resident: string; channelId: string; conversationRef: Record<string, unknown>; details: HandoverDetails }): Promise<{ reference: string }>;
    validatePhone(text: string): string | undefined;
    validateEmail(text: string): string | undefined;
  };
  /** `chatChannels`: channels where a worker's message can reach the resident later, so "hier in de chat" is offered */
  handoverSettings: { organisation: string; responseDays: number; walkIn?: string; chatChannels: readonly string[] };
}

type Deps = DialogDeps & HandoverDeps;
type Step = PartStep<Record<string, never>>;

/** What the resident has filled in so far, kept between turns (read with its schema: it comes from storage). */
const draftSchema = z.object({
  wordsShared: z.boolean().optional(),
  name: z.string().optional(),
  kind: z.string().optional(),
  contact: contactSchema.optional(),
  times: z.string().optional(),
});

const TIMES = ['morning', 'afternoon', 'evening', 'anytime'] as const;
const MAX_NAME = 40;

const draftOf = (step: Step) => step.valuesOf(draftSchema);

/**
 * Arranges a real conversation with a welfare worker. Shows exactly what will be shared and asks an explicit
 * yes first; the resident's own words go along only after a second yes, and nothing is sent before a third yes
 * on the summary. An unclear answer to any of these gets the question again: never a silent yes or no.
 * A first name or nickname is enough.
 */
export class HandoverDialog extends PartDialog {
  static readonly id = 'handover';

  constructor(private readonly deps: Deps) {
    super(HandoverDialog.id, deps, {
      'handover.steps': [
        (s) => this.consentStep(s),
        (s) => this.wordsStep(s),
        (s) => this.nameStep(s),
        (s) => this.contactStep(s),
        (s) => this.contactDetailStep(s),
        (s) => this.timesStep(s),
        (s) => this.checkStep(s),
        (s) => this.sendStep(s),
      ],
    }, 'handover.steps', NO_OPTIONS);
  }

  private async consentStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const org = this.deps.handoverSettings.organisation;
    const lines: (string | [string, Record<string, string>])[] = [['handover.intro', { org }], 'handover.sharedIntro'];
    const checkIn = t.profile.checkIn;
    if (checkIn && Object.keys(dimensionScores(this.deps.questions, checkIn)).length > 0) lines.push('handover.sharedWeb');
    if (t.profile.chosen) lines.push(['handover.sharedChosen', { dimension: t.t(`dimensions.${t.profile.chosen}`) }]);
    if (checkIn && checkIn.marks.length > 0) lines.push(['handover.sharedMarks', { dimensions: checkIn.marks.map((d) => t.t(`dimensions.${d}`)).join(', ') }]);
    if (t.profile.activity) lines.push(['handover.sharedActivity', { title: t.profile.activity.title }]);
    lines.push('handover.sharedContact');
    await t.say(...lines);
    return step.ask(this.yesNo(t, t.t('handover.consent', { org })));
  }

  private async wordsStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (step.reply.choice !== 'yes') {
      await t.say('handover.noConsent');
      return this.end(step, t);
    }
    if (!t.profile.important) return step.next();
    return step.ask(this.yesNo(t, t.t('handover.words', { words: t.profile.important })));
  }

  private async nameStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (t.profile.important) draftOf(step).wordsShared = step.reply.choice === 'yes';
    return step.ask(t.choice(t.t('handover.name'), []));
  }

  private async contactStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const name = cleanName(step.reply.text);
    if (!nameValid(name)) return step.askAgain(t.choice(t.t('handover.nameAgain'), []));
    draftOf(step).name = name;
    return step.ask(this.contactQuestion(t, step));
  }

  /** The ways to be reached; "hier in de chat" only where a worker's message can reach the resident later. */
  private contactQuestion(t: Talk, step: Step): Question {
    return t.choice(t.t('handover.contact'), [
      { id: 'phone', title: t.t('handover.choice.phone') },
      { id: 'email', title: t.t('handover.choice.email') },
      ...(this.chatPossible(step) ? [{ id: 'chat', title: t.t('handover.choice.chat') }] : []),
      ...(this.deps.handoverSettings.walkIn ? [{ id: 'walk_in', title: t.t('handover.choice.walkIn') }] : []),
    ]);
  }

  private chatPossible(step: Step): boolean {
    return this.deps.handoverSettings.chatChannels.includes(step.context.activity.channelId);
  }

  private async contactDetailStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const { choice, text } = step.reply;
    const draft = draftOf(step);
    const kind = choice ?? this.kindFromText(text);
    draft.kind = kind;
    // A number or address typed straight away answers the next question too.
    if (!choice && (kind === 'phone' || kind === 'email') && this.addressOf(kind, text)) return step.next(step.reply);
    if (kind === 'phone') return step.ask(t.choice(t.t('handover.phone'), []));
    if (kind === 'email') return step.ask(t.choice(t.t('handover.email'), []));
    if (kind === 'walk_in' && this.deps.handoverSettings.walkIn) {
      await t.say(['handover.walkIn', { walkIn: this.deps.handoverSettings.walkIn }]);
      draft.contact = { kind: 'walk_in' };
    } else if (this.chatPossible(step)) {
      draft.contact = { kind: 'chat' };
    } else {
      // A message later cannot reach this channel: ask again with the ways that work.
      return step.askAgain(this.contactQuestion(t, step));
    }
    return step.next();
  }

  private async timesStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const draft = draftOf(step);
    if (!draft.contact) {
      const kind = draft.kind === 'email' ? 'email' : 'phone';
      const address = this.addressOf(kind, step.reply.text);
      if (!address) return step.askAgain(t.choice(t.t(kind === 'phone' ? 'handover.phoneAgain' : 'handover.emailAgain'), []));
      draft.contact = kind === 'phone' ? { kind: 'phone', phone: address } : { kind: 'email', email: address };
    }
    return step.ask(this.timesQuestion(t, 'handover.times'));
  }

  private timesQuestion(t: Talk, key: string): Question {
    return t.choice(t.t(key), TIMES.map((id) => ({ id, title: t.t(`handover.choice.${id}`) })));
  }

  private async checkStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const { choice, text } = step.reply;
    const draft = draftOf(step);
    const picked = TIMES.find((id) => id === choice);
    // "ja", "Ja, versturen", "nee hoor": a bare yes or no names no time of day, so the question comes again (a day or time said in
    // words, "dinsdag graag", "na het eten", is kept as typed).
    if (!picked && isBareYesOrNo(this.deps.replies, text)) return step.askAgain(this.timesQuestion(t, 'handover.timesAgain'));
    draft.times = picked ? t.t(`handover.choice.${picked}`) : (await this.deps.language.redact(text, t.locale)).text.slice(0, 100) || undefined;
    const contact = draft.contact ?? { kind: 'chat' };
    const contactLine: [string, Record<string, string>] | string =
      contact.kind === 'phone' ? ['handover.checkPhone', { phone: contact.phone }]
        : contact.kind === 'email' ? ['handover.checkEmail', { email: contact.email }]
          : contact.kind === 'chat' ? 'handover.checkChat' : 'handover.checkWalkIn';
    await t.say(['handover.checkName', { name: draft.name ?? '' }], contactLine, ...(draft.times ? [['handover.checkTimes', { times: draft.times }] as [string, Record<string, string>]] : []));
    // "ok" under the summary says it was read, not "send it".
    return step.ask({ ...t.yesNo(t.t('handover.check'), t.t('handover.choice.send'), t.t('handover.choice.cancel')), acknowledging: true });
  }

  private async sendStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const draft = draftOf(step);
    if (step.reply.choice !== 'yes' || !draft.name || !draft.contact) {
      await t.say('handover.cancelled');
      return this.end(step, t);
    }
    const details: HandoverDetails = {
      name: draft.name,
      contact: draft.contact,
      preferredTimes: draft.times,
      scores: t.profile.checkIn ? dimensionScores(this.deps.questions, t.profile.checkIn) : {},
      chosenDimension: t.profile.chosen,
      marks: [...(t.profile.checkIn?.marks ?? [])],
      words: draft.wordsShared ? t.profile.important : undefined,
      activity: t.profile.activity,
      locale: t.locale,
    };
    const { reference } = await this.deps.handoverRequests.create({
      resident: this.deps.residentOf(step.context),
      channelId: step.context.activity.channelId,
      conversationRef: { ...TurnContext.getConversationReference(step.context.activity) },
      details,
    });
    t.count({ kind: 'step', step: 'asked_person' });
    const days = this.deps.handoverSettings.responseDays;
    await t.say(
      ['handover.sent', { name: details.name }],
      ['handover.reference', { reference }],
      [details.contact.kind === 'chat' ? 'handover.expectationChat' : 'handover.expectation', { days }],
      'handover.statusHint',
      ...takeHomeLine(this.deps, t, t.profile.activity ? [t.profile.activity.id] : [], reference),
    );
    return this.end(step, t);
  }

  private end(step: Step, t: Talk): Promise<DialogTurnResult> {
    if (t.profile.stage === 'handover') t.profile.stage = 'done';
    delete t.profile.activity;
    return step.end();
  }

  private yesNo(t: Talk, text: string): Question {
    return t.yesNo(text, t.t('handover.choice.yes'), t.t('handover.choice.no'));
  }

  private addressOf(kind: 'phone' | 'email', text: string): string | undefined {
    return kind === 'phone' ? this.deps.handoverRequests.validatePhone(text) : this.deps.handoverRequests.validateEmail(text);
  }

  private kindFromText(text: string): string {
    if (this.deps.handoverRequests.validatePhone(text)) return 'phone';
    if (this.deps.handoverRequests.validateEmail(text)) return 'email';
    return /mail/i.test(text) ? 'email' : /bel|call|phone|telefoon/i.test(text) ? 'phone' : 'chat';
  }
}

const MAX_BARE_WORDS = 3;

/** A short yes or no and nothing of its own ("ja", "Ja, versturen", "nee hoor", "prima"): no day or time in it. */
function isBareYesOrNo(replies: ReplyReader, text: string): boolean {
  if (/\d/.test(text) || text.split(/\s+/).filter((w) => w !== '').length > MAX_BARE_WORDS) return false;
  return replies.intent(text, { careful: true, acknowledging: true }) !== 'unclear';
}

/** "ik heet Anja" → "Anja": keeps the name short and free of filler words. */
function cleanName(text: string): string {
  return text.replace(/^(ik heet|mijn naam is|noem me|zeg maar|i am|i'm|my name is|call me)\s+/i, '').replace(/[.!]+$/, '').trim().slice(0, MAX_NAME);
}

function nameValid(name: string): boolean {
  return name.length >= 1 && name.length <= MAX_NAME && !/[0-9@]/.test(name);
}
