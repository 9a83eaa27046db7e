import { ActivityTypes, type Activity, type Storage, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogSet, DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { DialogTurnStatus } from '../dialogs/framework.js';
import { z } from 'zod';
import type { Logger } from './log.js';
import type { Command } from './content/commands.js';
import { detectLanguageOffline } from './language/detect.js';
import type { SafetyNet } from './language/index.js';
import { nextLocale } from './content/locales.js';
import { isLocale, type Locale } from './health/dimensions.js';
import { readablePart } from './channels/limits.js';
import { activityMark, conversationKey, profileKey, residentKey } from './store/keys.js';
import { StatePair } from './store/turnState.js';
import { keepReplies, repliesFor } from './store/replies.js';
import { endedAs, talk, type Talk } from '../dialogs/deps.js';
import type { Profile } from '../dialogs/profile.js';
import { createDialogSet, MainDialog, type AllDialogDeps, type RouteOptions } from '../dialogs/main.js';
import { HELP_NOW, SafetyDialog, helpNowChoice, sayNumbers } from '../dialogs/safety.js';
import { EraseDialog, describeData } from '../dialogs/privacy.js';
import { HandoverDialog } from '../dialogs/handover.js';
import { ConfirmDialog, type ConfirmOptions } from '../dialogs/confirm.js';
import { resolveReply, waitingQuestion } from '../dialogs/ask.js';
import { ANSWER, AnswerDialog } from '../dialogs/answer.js';

/** Commands that interrupt whatever the resident is doing, checked in this order. */
export const INTERRUPTIONS: readonly Command[] = ['erase', 'myData', 'stop', 'helpNow', 'help', 'restart', 'language', 'person', 'status', 'answer'];

/** The words "help" explains, one line each, in this order (prompts `common.helpLines.<word>`). */
const HELP_LINES = ['stop', 'restart', 'back', 'skip', 'explain', 'language', 'myData', 'erase', 'person', 'status', 'answer'] as const;

/** A reference code as the bot hands it out, e.g. K7P-42Q. */
const REFERENCE = /^[a-z0-9]{3}-[a-z0-9]{3}$/i;

const RESIDENT = Symbol('resident');

/** The pseudonymous resident of a turn: channel + user id, hashed (once per turn). */
export function residentOf(context: TurnContext): string {
  let resident = context.turnState.get(RESIDENT) as string | undefined;
  if (resident === undefined) {
    resident = residentKey(context.activity.channelId, context.activity.from.id);
    context.turnState.set(RESIDENT, resident);
  }
  return resident;
}

const MARK = Symbol('activity mark');
const CRISIS = Symbol('in crisis');

/** How this turn's activity is remembered as handled (a digest of its id, once per turn); undefined without an id. */
function markOf(context: TurnContext): string | undefined {
  const id = context.activity.id;
  if (!id) return undefined;
  let mark = context.turnState.get(MARK) as string | undefined;
  if (mark === undefined) {
    mark = activityMark(id);
    context.turnState.set(MARK, mark);
  }
  return mark;
}

/**
 * Where botbuilder-dialogs looks for the memory scopes of a turn. Without it, every dialog context of every turn
 * builds them again through a small dependency-injection container; they hold no per-turn data, so one set serves.
 */
const DIALOG_STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

/** A message's language guess must be at least this sure to count as a hint of the resident's language. */
const LANGUAGE_HINT = 0.4;
/** The bot follows the resident's language once the hints of consecutive messages add up to this. */
const LANGUAGE_SWITCH = 1;

/** When something happened in this conversation (a crisis answer, De Luisterlijn mentioned). */
const sinceMark = z.object({ since: z.number() });

/** Handled activities remembered per conversation: a channel redelivers the last one or two, never older ones. */
const HANDLED_KEPT = 8;

/**
 * The two pieces of state: the resident's profile (across conversations) and this conversation's dialog stack.
 * They are read together in one query and saved together in one storage write. The conversation's state also
 * remembers the activities whose turn it saved, so a channel's redelivery is recognised from the same read, and
 * a turn and the mark that it was handled are stored in the same write: both or neither.
 */
export function createResidentState(storage: Storage) {
  const pair = new StatePair(
    storage,
    (ctx) => profileKey(residentOf(ctx)),
    (ctx) => conversationKey(residentOf(ctx), ctx.activity.channelId, ctx.activity.conversation.id),
  );
  const handled = pair.second.createProperty<string[]>('handled');
  const replies = pair.second.createProperty<unknown>('replies');
  const safety = pair.second.createProperty<unknown>('safety');
  const lowMood = pair.second.createProperty<unknown>('lowMood');
  return {
    profileState: pair.first,
    conversationState: pair.second,
    profile: pair.first.createProperty<Profile>('profile'),
    dialogState: pair.second.createProperty<DialogState>('dialogs'),
    /**
     * True when the safety net answered a crisis earlier in this conversation: help stays within reach. Asked before
     * every send of a turn, so the mark is read (and checked) once per turn and then kept, until markCrisis changes it.
     */
    async inCrisis(context: TurnContext): Promise<boolean> {
      const known = context.turnState.get(CRISIS) as boolean | undefined;
      if (known !== undefined) return known;
      const crisis = sinceMark.safeParse(await safety.get(context)).success;
      context.turnState.set(CRISIS, crisis);
      return crisis;
    },
    /** True when De Luisterlijn was mentioned earlier in this conversation: once is kind, every message is not. */
    async mentionedListeningLine(context: TurnContext): Promise<boolean> {
      return sinceMark.safeParse(await lowMood.get(context)).success;
    },
    /** Notes that De Luisterlijn was mentioned now; the mark lives as long as the conversation. */
    markListeningLine: (context: TurnContext, at: number) => lowMood.set(context, { since: at }),
    /** Notes that the safety net answered a crisis now; the mark lives as long as the conversation. */
    async markCrisis(context: TurnContext, at: number): Promise<void> {
      await safety.set(context, { since: at });
      context.turnState.set(CRISIS, true);
    },
    /** True when this activity's turn was handled and saved before: the channel delivered it again. */
    async isRepeat(context: TurnContext): Promise<boolean> {
      const mark = markOf(context);
      return mark !== undefined && (await handled.get(context, []))!.includes(mark);
    },
    /** What the bot said to this activity when it was handled before, to say again on a redelivery. */
    async repliesTo(context: TurnContext): Promise<Partial<Activity>[]> {
      const mark = markOf(context);
      return mark ? repliesFor(await replies.get(context), mark) : [];
    },
    /**
     * Saves whichever of the two changed this turn, in one write, with this activity marked as handled and what
     * the bot said to it (bounded), so a redelivery after lost replies gets them again.
     */
    async saveChanges(context: TurnContext, said: readonly Partial<Activity>[] = []): Promise<void> {
      const mark = markOf(context);
      if (mark) {
        const marks = (await handled.get(context, []))!;
        marks.push(mark);
        marks.splice(0, marks.length - HANDLED_KEPT);
        const kept = keepReplies(mark, said);
        if (kept) await replies.set(context, kept);
        else await replies.delete(context);
      }
      await pair.saveChanges(context);
    },
    /** removes both from storage */
    async delete(context: TurnContext): Promise<void> {
      context.turnState.delete(CRISIS);
      await pair.delete(context);
    },
  };
}

export type ResidentState = ReturnType<typeof createResidentState>;

/** A conversation start as a channel reports it (Web Chat start event, Facebook Get Started or m.me referral). */
export interface ChannelStart {
  kind: 'start';
  campaign?: string;
  locale?: string;
}

export interface BotDeps {
  state: ResidentState;
  dialogs: AllDialogDeps;
  readChannelEvent(activity: Partial<Activity>): ChannelStart | undefined;
  /** the safety net: rules first, with its second opinions */
  safety: SafetyNet;
  countEvent(metric: string, label: string): Promise<void>;
  logger: Logger;
  now?: () => number;
}

/**
 * One turn: the safety net first, then commands that work anywhere (stop, help, taal, ...),
 * then the active dialog; finally the state is saved, unless the resident just erased or stopped.
 */
export class SpinnenwebBot {
  private readonly dialogSet: DialogSet;
  private readonly now: () => number;
  private dialogStateConfiguration?: DialogStateManagerConfiguration;

  constructor(private readonly deps: BotDeps) {
    this.dialogSet = createDialogSet(deps.dialogs, deps.state.dialogState);
    this.now = deps.now ?? Date.now;
  }

  async onTurn(context: TurnContext): Promise<void> {
    // The channel missed our answer and sent the activity again; its turn was saved, so it is not run twice,
    // but what the bot said to it is said again: the first replies may never have reached the resident.
    if (await this.deps.state.isRepeat(context)) {
      const again = await this.deps.state.repliesTo(context);
      if (again.length > 0) await context.sendActivities(again);
      return;
    }
    const t = await talk(this.deps.dialogs, context);
    // After a crisis, every reply in this conversation keeps "Hulp nu" within reach.
    context.onSendActivities(async (ctx, activities, next) => {
      if (await this.deps.state.inCrisis(ctx)) {
        const help = helpNowChoice(t);
        activities.forEach((a, i) => {
          if (a.type === ActivityTypes.Message) activities[i] = this.deps.dialogs.presenter.withChoice(ctx.activity.channelId, a, help);
        });
      }
      return next();
    });
    const said: Partial<Activity>[] = [];
    context.onSendActivities(async (_ctx, activities, next) => {
      const sent = await next();
      said.push(...activities);
      return sent;
    });
    if (this.dialogStateConfiguration) context.turnState.set(DIALOG_STATE_CONFIGURATION, this.dialogStateConfiguration);
    const dc = await this.dialogSet.createContext(context);
    this.dialogStateConfiguration ??= dc.state.configuration;
    const activity = context.activity;
    const start = this.deps.readChannelEvent(activity);
    if (start) {
      await this.onStart(dc, t, start);
    } else if (activity.type === ActivityTypes.Message) {
      t.profile.lastMessageAt = this.now();
      await this.onMessage(dc, t);
    }
    const ended = endedAs(context);
    // After "stop" nothing of this round is kept; after an erase the rows are gone already.
    if (ended === 'stopped') await this.deps.state.delete(context);
    if (ended) return;
    await this.deps.state.saveChanges(context, said);
  }

  private async onStart(dc: DialogContext, t: Talk, start: ChannelStart): Promise<void> {
    if (start.campaign) {
      t.profile.campaign = start.campaign;
      await this.deps.countEvent('campaign', start.campaign);
    }
    const newLanguage = isLocale(start.locale) && t.profile.stage === 'new' && start.locale !== t.locale;
    if (newLanguage) t.profile.locale = start.locale as Locale;
    // A page that reports its language after the channel's own greeting gets the welcome again, in that language.
    if (newLanguage && dc.activeDialog) await dc.cancelAllDialogs();
    if (!dc.activeDialog) await dc.beginDialog(MainDialog.id, { returning: true } satisfies RouteOptions);
  }

  private async onMessage(dc: DialogContext, t: Talk): Promise<void> {
    // Every reader after this point sees a bounded text, so no message can hold up the turns of others.
    const typed = dc.context.activity.text ?? '';
    const readable = readablePart(typed);
    if (readable !== typed) {
      dc.context.activity.text = readable;
      await t.say('common.tooLong');
    }
    const text = readable.trim();
    const clicked = this.deps.dialogs.presenter.readChoice(dc.context.activity) !== undefined;
    if (!clicked && text) {
      const { level } = await this.deps.safety.assess(text, t.locale);
      if (level === 'crisis') {
        await this.deps.countEvent('safety', 'crisis');
        await this.deps.state.markCrisis(dc.context, this.now());
        await dc.cancelAllDialogs();
        await dc.beginDialog(MainDialog.id, { part: SafetyDialog.id, pauseAfter: true } satisfies RouteOptions);
        return;
      }
      if (level === 'distress') {
        await this.deps.countEvent('safety', 'distress');
        if (!(await this.deps.state.mentionedListeningLine(dc.context))) {
          await this.deps.state.markListeningLine(dc.context, this.now());
          await t.say('safety.distress');
        }
      }
    }
    const readsAsCommand = (typed: string) => this.deps.dialogs.commands.read(typed, INTERRUPTIONS) !== undefined;
    const reply = resolveReply(this.deps.dialogs, dc.context, waitingQuestion(dc), readsAsCommand);
    if (reply?.choice === HELP_NOW) return this.onCommand('helpNow', dc, t);
    if (reply?.choice === ANSWER && !waitingQuestion(dc)?.choices.some((c) => c.id === ANSWER)) return this.onCommand('answer', dc, t);
    // Typed words of a button are that button, also when they sound like a command ("Ja, wis alles").
    if (!clicked && text && reply?.choice === undefined) {
      const command = this.deps.dialogs.commands.read(text, INTERRUPTIONS);
      if (command) return this.onCommand(command, dc, t);
      if (REFERENCE.test(text)) {
        await this.sayStatus(t, text.toUpperCase());
        await this.reprompt(dc);
        return;
      }
    }
    if (!clicked && text && reply?.choice === undefined && t.profile.stage !== 'new') await this.followResidentLanguage(t, text);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      if (t.profile.stage === 'new' && text) await this.followLanguage(t, text);
      const resume = this.deps.dialogs.commands.read(text, ['continue']) !== undefined;
      await dc.beginDialog(MainDialog.id, { returning: !resume } satisfies RouteOptions);
    } else if (result.status === DialogTurnStatus.cancelled && !dc.activeDialog && !endedAs(dc.context)) {
      // A part ended the whole conversation to start it afresh ("opnieuw"): the router picks up from the profile.
      await dc.beginDialog(MainDialog.id, {} satisfies RouteOptions);
    }
  }

  private async onCommand(command: Command, dc: DialogContext, t: Talk): Promise<void> {
    switch (command) {
      case 'erase':
        await dc.beginDialog(EraseDialog.id);
        return;
      case 'myData':
        await describeData(this.deps.dialogs, t);
        await this.reprompt(dc);
        return;
      case 'stop':
      case 'restart':
        await dc.beginDialog(ConfirmDialog.id, { action: command } satisfies ConfirmOptions);
        return;
      case 'helpNow':
        await sayNumbers(this.deps.dialogs, t, 'safety.numbersAgain');
        await this.reprompt(dc);
        return;
      case 'help':
        // After a crisis answer "hulp" or "help" asks for help, not for the list of words the bot knows.
        if (await this.deps.state.inCrisis(dc.context)) return this.onCommand('helpNow', dc, t);
        await t.say('common.help', ...HELP_LINES.map((line) => `common.helpLines.${line}`));
        await this.reprompt(dc);
        return;
      case 'language':
        t.profile.locale = nextLocale(t.locale);
        await t.say('common.language');
        await dc.cancelAllDialogs();
        await dc.beginDialog(MainDialog.id, {} satisfies RouteOptions);
        return;
      case 'person':
        if (dc.activeDialog) await dc.beginDialog(HandoverDialog.id);
        else await dc.beginDialog(MainDialog.id, { part: HandoverDialog.id, pauseAfter: true } satisfies RouteOptions);
        return;
      case 'status':
        await this.sayStatus(t);
        await this.reprompt(dc);
        return;
      case 'answer':
        if (dc.activeDialog) await dc.beginDialog(AnswerDialog.id);
        else await dc.beginDialog(MainDialog.id, { part: AnswerDialog.id, pauseAfter: true } satisfies RouteOptions);
        return;
      default:
        return;
    }
  }

  private async sayStatus(t: Talk, reference?: string): Promise<void> {
    const mine = await this.deps.dialogs.handover.statusOf(this.deps.dialogs.residentOf(t.context));
    const shown = reference ? mine.filter((r) => r.reference === reference) : mine;
    if (shown.length === 0) {
      await t.say(reference ? ['handover.status.unknownReference', { reference }] : 'handover.status.none');
      return;
    }
    await t.say(...shown.map((r) => [`handover.status.${r.status}`, { reference: r.reference }] as [string, Record<string, string>]));
  }

  private async reprompt(dc: DialogContext): Promise<void> {
    if (dc.activeDialog) await dc.repromptDialog();
  }

  /**
   * A resident who keeps writing in another language the bot speaks gets the bot in that language, with a word
   * about it and how to go back. One short message is not enough: the evidence of consecutive messages adds up, and a
   * message in the bot's own language starts the count again.
   */
  private async followResidentLanguage(t: Talk, text: string): Promise<void> {
    const detected = detectLanguageOffline(text);
    if (!isLocale(detected.language) || detected.confidence < LANGUAGE_HINT) return;
    if (detected.language === t.locale) {
      delete t.profile.heardOtherLanguage;
      return;
    }
    const heard = (t.profile.heardOtherLanguage ?? 0) + detected.confidence;
    if (heard < LANGUAGE_SWITCH) {
      t.profile.heardOtherLanguage = heard;
      return;
    }
    delete t.profile.heardOtherLanguage;
    t.profile.locale = detected.language;
    await t.say('common.languageFollowed');
  }

  /** A first message in the other language makes the bot greet in that language (it offers to switch back). */
  private async followLanguage(t: Talk, text: string): Promise<void> {
    const detected = await this.deps.dialogs.language.detectLanguage(text);
    if (isLocale(detected.language) && detected.language !== t.locale && detected.confidence >= 0.6) t.profile.locale = detected.language;
  }
}
