import type { DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import { parseScore } from '../src/health/answers.js';
import { progress, startCheckIn } from '../src/health/checkin.js';
import { talk, type DialogDeps, type Talk } from './deps.js';
import type { Stage } from './profile.js';
import { pictureAlt } from './reflection.js';
import { PartDialog, type PartStep } from './steps.js';
import type { PartResult } from './main.js';
import { nextLocale } from '../src/content/locales.js';
import { isLocale } from '../src/health/dimensions.js';

/** `askOnly`: skip the greeting and only ask again (after "tell me more" or an unclear answer); `counted`: greeted before. */
const welcomeOptions = z.object({ askOnly: z.boolean().optional(), counted: z.boolean().optional() });
type WelcomeOptions = z.infer<typeof welcomeOptions>;

/**
 * The first meeting: says plainly that this is a chatbot and who offers it, what it does, how long it takes,
 * that the resident can stop at any time, and where the privacy text is. "Not now" is taken as an answer.
 */
export class WelcomeDialog extends PartDialog<WelcomeOptions> {
  static readonly id = 'welcome';

  constructor(private readonly deps: DialogDeps) {
    super(WelcomeDialog.id, deps, { 'welcome.steps': [(s) => this.greetStep(s), (s) => this.decideStep(s)] }, 'welcome.steps', { schema: welcomeOptions, defaults: {} });
  }

  private async greetStep(step: PartStep<WelcomeOptions>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const { orgName, privacyUrl } = this.deps.settings;
    if (!step.options.askOnly && !step.options.counted) t.count({ kind: 'step', step: 'started' });
    if (!step.options.askOnly) {
      const campaign = t.profile.campaign && this.deps.prompts.has(t.locale, `welcome.campaign.${t.profile.campaign}`) ? t.profile.campaign : 'default';
      await t.say(['welcome.greeting', { org: orgName }], `welcome.campaign.${campaign}`, 'welcome.purpose', 'welcome.practical', ['welcome.privacy', { url: privacyUrl }]);
    }
    return step.ask(t.choice(t.t('welcome.question'), [
      { id: 'start', title: t.t('welcome.choice.start'), means: 'yes' },
      { id: 'more', title: t.t('welcome.choice.more'), means: 'more' },
      { id: 'notNow', title: t.t('welcome.choice.notNow'), means: 'no' },
      { id: 'otherLanguage', title: t.t('welcome.choice.otherLanguage') },
    ]));
  }

  private async decideStep(step: PartStep<WelcomeOptions>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    const decision = reply.choice ?? (await this.readOwnWords(t, reply.text));
    switch (decision) {
      case 'start':
        t.profile.checkIn = startCheckIn(this.deps.questions);
        t.profile.stage = 'checkin';
        t.count({ kind: 'step', step: 'consented' });
        return step.end();
      case 'more':
        await t.say('welcome.more');
        return step.restart({ askOnly: true, counted: true });
      case 'notNow':
        await t.say('welcome.declined');
        t.profile.stage = 'declined';
        return step.end();
      case 'otherLanguage':
        t.profile.locale = nextLocale(t.locale);
        return step.restart({ counted: true });
      default:
        await t.say('common.notUnderstood');
        return step.restart({ askOnly: true });
    }
  }

  /** Typed answers that are not a button's words: "verder", or text in the other language, which switches to it. */
  private async readOwnWords(t: Talk, text: string): Promise<string | undefined> {
    if (this.deps.commands.read(text, ['continue'])) return 'start';
    const detected = await this.deps.language.detectLanguage(text);
    if (isLocale(detected.language) && detected.language !== t.locale && detected.confidence >= 0.6) return 'otherLanguage';
    return undefined;
  }
}

/** Options of the welcome back: `again` re-offers the choices without the greeting (after showing a result). */
const welcomeBackOptions = z.object({ again: z.boolean().optional() });
type WelcomeBackOptions = z.infer<typeof welcomeBackOptions>;

/** Stages in which the resident was still on their way, so "go on where I was" means something. */
const MIDWAY = new Set<Stage>(['checkin', 'reflection', 'next', 'activities', 'handover']);

/**
 * A resident who comes back (a reload, a new tab, a visit next week): says again that this is a chatbot, and
 * offers to go on where they were, to see their earlier result, or to start again (which keeps earlier results
 * to compare with).
 */
export class WelcomeBackDialog extends PartDialog<WelcomeBackOptions> {
  static readonly id = 'welcomeBack';

  constructor(private readonly deps: DialogDeps) {
    super(WelcomeBackDialog.id, deps, { 'welcomeBack.steps': [(s) => this.offerStep(s), (s) => this.decideStep(s)] }, 'welcomeBack.steps', { schema: welcomeBackOptions, defaults: {} });
  }

  private async offerStep(step: PartStep<WelcomeBackOptions>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const { stage, checkIn } = t.profile;
    const midway = MIDWAY.has(stage);
    const org = this.deps.settings.orgName;
    if (!step.options.again) {
      if (stage === 'checkin' && checkIn) await t.say(['welcome.back.unfinished', { ...progress(this.deps.questions, checkIn), org }]);
      else await t.say([midway ? 'welcome.back.midway' : 'welcome.back.finished', { org }]);
    }
    return step.ask({
      ...t.choice(t.t('welcome.back.choose'), [
        ...(midway ? [{ id: 'continue', title: t.t('welcome.choice.continue') }] : []),
        ...(this.hasResult(t) ? [{ id: 'result', title: t.t('welcome.choice.showResult') }] : []),
        { id: 'restart', title: t.t('welcome.choice.restart') },
        // Not a yes/no question: a bare "nee" here may answer something else, so it asks again rather than ending.
        { id: 'notNow', title: t.t('welcome.choice.notNow') },
      ]),
      // Midway the check-in a typed number answers the question the resident remembers: "2" must not start again.
      ...(stage === 'checkin' && { numbersAreAnswers: true }),
    });
  }

  private async decideStep(step: PartStep<WelcomeBackOptions>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    const decision = reply.choice ?? this.deps.commands.read(reply.text, ['continue', 'restart']);
    if (decision === 'continue') return step.end();
    if (decision === 'result') {
      if (!MIDWAY.has(t.profile.stage) && t.profile.checkIn) {
        // A finished round: the reflection shows it again, and the resident may choose something to change.
        t.profile.stage = 'reflection';
        return step.end();
      }
      await this.showLatestResult(t);
      return step.restart({ again: true });
    }
    if (decision === 'restart') {
      await t.say('common.restarted', ...(t.profile.history?.length ? ['common.restartedHistory'] : []));
      restartCheckIn(this.deps, t);
      return step.end();
    }
    if (decision === 'notNow') {
      await t.say('welcome.back.later');
      return step.end({ pause: true });
    }
    // After a reload the resident often simply answers the question they remember ("een 4"): that means go on.
    if (t.profile.stage === 'checkin' && parseScore(reply.text, t.locale).kind !== 'none') return step.end({ answer: reply.text } satisfies PartResult);
    await t.say('common.notUnderstood');
    return step.restart({ again: true });
  }

  private hasResult(t: Talk): boolean {
    return (t.profile.history?.length ?? 0) > 0 || (!MIDWAY.has(t.profile.stage) && t.profile.checkIn !== undefined);
  }

  /** The latest finished check-in as a picture with its date, while a new round is still under way. */
  private async showLatestResult(t: Talk): Promise<void> {
    const latest = t.profile.history?.at(-1);
    if (!latest) return;
    await t.say(['welcome.back.resultFrom', { date: new Date(latest.at) }]);
    const url = `${this.deps.settings.publicUrl}${this.deps.webImageUrl(latest.scores, t.locale)}`;
    await t.context.sendActivity(t.picture(url, pictureAlt(t, latest.scores)));
  }
}

/** Forgets the answers of this round and starts the check-in at question 1; earlier finished rounds stay to compare with. */
export function restartCheckIn(deps: DialogDeps, t: Talk): void {
  t.profile.checkIn = startCheckIn(deps.questions);
  t.profile.stage = 'checkin';
  t.count({ kind: 'step', step: 'started' });
  t.count({ kind: 'step', step: 'consented' });
  delete t.profile.important;
  delete t.profile.chosen;
  delete t.profile.activity;
}
