import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Choice, Card, Presenter } from '../src/channels/types.js';
import type { CommandReader } from '../src/content/commands.js';
import type { HandoverDetails } from '../src/handover/details.js';
import type { Prompts, PromptVars } from '../src/content/prompts.js';
import { dimensionScores, startCheckIn, type CheckIn, type QuestionSet } from '../src/health/checkin.js';
import { needsCare } from '../src/health/reflection.js';
import type { Dimension, Locale } from '../src/health/dimensions.js';
import type { LanguageService } from '../src/language/types.js';
import { earlierThanLatest, newProfile, readProfile, type Profile } from './profile.js';
import type { ReplyReader } from '../src/language/choices.js';
import type { InsightEvent, Whereabouts } from '../src/insight/events.js';

/** Handover requests as the conversation sees them. */
export interface HandoverPort {
  /** The resident's own requests, newest first. */
  statusOf(resident: string): Promise<{ reference: string; status: 'open' | 'claimed' | 'closed' }[]>;
}

/** What is stored about a resident, and erasing it ("wis mijn gegevens"). */
export interface PrivacyPort {
  /** `messages`: how many messages the resident and a worker exchanged on the request */
  describe(resident: string): Promise<{ requests: { reference: string; status: 'open' | 'claimed' | 'closed'; details: HandoverDetails; messages: number }[] }>;
  erase(resident: string): Promise<void>;
}

/** Everything a dialog may use. Built once in `index.ts`. */
export interface DialogDeps {
  prompts: Prompts;
  commands: CommandReader;
  replies: ReplyReader;
  questions: QuestionSet;
  presenter: Presenter;
  language: LanguageService;
  profile: StatePropertyAccessor<Profile>;
  privacy: PrivacyPort;
  handover: HandoverPort;
  settings: {
    orgName: string;
    privacyUrl: string;
    publicUrl: string;
    defaultLocale: Locale;
    retentionDays: number;
    handoverRetentionDays: number;
    huisartsenpost?: { name?: string; phone: string };
  };
  /** The path (under publicUrl) of the spider-web picture for these scores. */
  webImageUrl(scores: Partial<Record<Dimension, number>>, locale: Locale, earlier?: Partial<Record<Dimension, number>>): string;
  /**
   * The full URL of the printable take-home page: the picture (then and now), the strengths, these activities with
   * their details and the reference code. The URL carries it all sealed, so nothing is stored for it.
   */
  takeHomeUrl(home: { scores: Partial<Record<Dimension, number>>; earlier?: Partial<Record<Dimension, number>>; activityIds: readonly string[]; reference?: string }, locale: Locale): string;
  /** The pseudonymous key of the resident in this turn. */
  residentOf(context: TurnContext): string;
  /** True when the safety net answered a crisis earlier in this conversation. */
  inCrisis(context: TurnContext): Promise<boolean>;
  /** Anonymous insight counts: only the campaign and postcode area of `who` are kept, never who it was. */
  insight: { record(who: Whereabouts, event: InsightEvent): void };
}

/** A question and the choices offered with it, as a part stores it until the answer comes. */
export interface Question {
  text: string;
  choices: Choice[];
  /** only a choice answers it (a yes/no consent, a confirmation): anything else gets the question again, kindly */
  onlyChoices?: boolean;
  /** buttons shown elsewhere (on cards above the question) that typed words may also pick; then "the second one" is unclear */
  alsoAccepted?: Choice[];
  /** a typed number answers the question itself (a score), so "2" is not the second button */
  numbersAreAnswers?: boolean;
  /** something to look over comes with the question (a summary, cards): a bare "ok" says it was seen, not yes */
  acknowledging?: boolean;
  /** it confirms what the resident asked for (erasing, stopping): "laat maar" may drop either the request or the question */
  confirmsRequest?: boolean;
}


/** Small helpers every dialog uses to speak in the resident's language. */
export class Talk {
  constructor(
    private readonly deps: DialogDeps,
    readonly context: TurnContext,
    readonly profile: Profile,
  ) {}

  get locale(): Locale {
    return this.profile.locale;
  }

  /** The resident's check-in of this round; a fresh one when there is none yet (a profile from before it began). */
  get checkIn(): CheckIn {
    this.profile.checkIn ??= startCheckIn(this.deps.questions);
    return this.profile.checkIn;
  }

  /** Counts something that happened for the municipality's insight, with the resident's campaign and area only. */
  count(event: InsightEvent): void {
    this.deps.insight.record({ campaign: this.profile.campaign, postcode4: this.profile.postcode4 }, event);
  }

  t(key: string, vars?: PromptVars): string {
    return this.deps.prompts.t(this.locale, key, vars);
  }

  /** Sends one message made of several prompts, each on its own line. */
  async say(...keys: (string | [string, PromptVars])[]): Promise<void> {
    const lines = keys.map((k) => (typeof k === 'string' ? this.t(k) : this.t(k[0], k[1])));
    await this.context.sendActivity(lines.join('\n\n'));
  }

  /** A question with choices under it, for `ask`: kept as plain data while it waits, shaped for the channel when sent. */
  choice(text: string, choices: Choice[]): Question {
    return { text, choices };
  }

  /**
   * A yes/no question whose only answers are its two buttons: typed yes and no in their ordinary forms pick
   * them, and anything unclear gets the question again. Never a silent yes, never a silent no.
   */
  yesNo(text: string, yesTitle: string, noTitle: string): Question {
    return { text, choices: [{ id: 'yes', title: yesTitle, means: 'yes' }, { id: 'no', title: noTitle, means: 'no' }], onlyChoices: true };
  }

  picture(url: string, alt: string, text?: string): Partial<Activity> {
    return this.deps.presenter.picture(this.context.activity.channelId, url, alt, text);
  }

  cards(text: string, cards: Card[]): Partial<Activity> {
    return this.deps.presenter.cards(this.context.activity.channelId, text, cards);
  }

  link(text: string, url: string): string {
    return this.deps.presenter.link(this.context.activity.channelId, text, url);
  }
}

/** True when the resident's scores are low enough that every end of the path leaves the door to a person open. */
export function careNeeded(deps: Pick<DialogDeps, 'questions'>, t: Talk): boolean {
  return t.profile.checkIn !== undefined && needsCare(dimensionScores(deps.questions, t.profile.checkIn));
}

/**
 * The line that offers the take-home page at an end of the path: the latest scores with the earlier round, these
 * activities and the resident's reference code. Nothing to offer before any question was answered.
 */
export function takeHomeLine(deps: Pick<DialogDeps, 'questions' | 'takeHomeUrl'>, t: Talk, activityIds: readonly string[] = [], reference?: string): [string, PromptVars][] {
  const checkIn = t.profile.checkIn;
  const scores = checkIn ? dimensionScores(deps.questions, checkIn) : {};
  if (Object.keys(scores).length === 0 && activityIds.length === 0 && !reference) return [];
  const earlier = earlierThanLatest(t.profile.history)?.scores;
  const url = deps.takeHomeUrl({ scores, ...(earlier && { earlier }), activityIds, ...(reference && { reference }) }, t.locale);
  return [['common.takeHome', { link: t.link(t.t('common.takeHomeLink'), url) }]];
}

/** How a conversation can end in a turn: everything erased ("wis mijn gegevens"), or this round dropped ("stop"). */
export type Ending = 'erased' | 'stopped';

const endings = new WeakMap<TurnContext, Ending>();

/** Marks this turn as one that ended the conversation: nothing of it is written back, and after "stop" the state is removed. */
export function markEnded(context: TurnContext, ending: Ending): void {
  endings.set(context, ending);
}

/** How this turn ended the conversation, if it did. */
export function endedAs(context: TurnContext): Ending | undefined {
  return endings.get(context);
}

const profiles = new WeakMap<TurnContext, Profile>();

/**
 * Reads the profile of this turn (creating a fresh one) and wraps it in a Talk. The stored profile is checked
 * against its schema once per turn, where it is read; everything after that trusts its type.
 */
export async function talk(deps: DialogDeps, context: TurnContext): Promise<Talk> {
  let profile = profiles.get(context);
  if (!profile) {
    const stored: unknown = await deps.profile.get(context, newProfile(deps.settings.defaultLocale));
    profile = readProfile(stored, deps.settings.defaultLocale);
    await deps.profile.set(context, profile);
    profiles.set(context, profile);
  }
  return new Talk(deps, context, profile);
}
