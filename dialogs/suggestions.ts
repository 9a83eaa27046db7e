import type { DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { Card } from '../src/channels/types.js';
import { dimensionScores } from '../src/health/checkin.js';
import { DIMENSIONS, isDimension } from '../src/health/dimensions.js';
import { activityText, TAGS, type Activity } from '../src/socialmap/model.js';
import { interestsFromText, likedFromText } from '../src/socialmap/interests.js';
import { suggest, type Suggestion } from '../src/socialmap/match.js';
import { careNeeded, takeHomeLine, talk, type DialogDeps, type Question, type Talk } from './deps.js';
import { PartDialog, type PartStep } from './steps.js';

/** The activities on the social map, and an anonymous tally of what was asked for and shown. */
export interface SuggestionsDeps {
  activities(): readonly Activity[];
  countEvent(metric: string, label: string): Promise<void>;
}

type Deps = DialogDeps & SuggestionsDeps;

/** `again` after a postcode that was not one; then what was shown already, the interests to match, and those the resident said they like. */
const suggestionsOptions = z.object({
  again: z.boolean().optional(),
  shown: z.array(z.string()),
  interests: z.array(z.enum(TAGS)),
  liked: z.array(z.enum(TAGS)).optional(),
});
type SuggestionsOptions = z.infer<typeof suggestionsOptions>;
const FIRST: SuggestionsOptions = { shown: [], interests: [] };

type Step = PartStep<SuggestionsOptions>;

/** The activities shown last, so a typed or clicked "can someone come along?" knows which one. */
const shownValues = z.object({ picks: z.array(z.object({ id: z.string(), title: z.string() })).default([]) });

const ASK = 'suggestions.ask';
/** A card's "can someone come along?" typed rather than clicked: which card is not known yet. */
const GO_ALONG = 'goAlong';
const SHOW = 'suggestions.show';

const values = (step: Step) => step.valuesOf(shownValues);

const POSTCODE4 = /\b([1-9][0-9]{3})\b/;

/**
 * Suggests local activities for the dimension the resident chose, three at a time, each with one line
 * saying why. Asks (optionally) for the postcode digits and interests first. When nothing fits it says so
 * and offers a welfare worker; "can someone come along?" leads to the handover with the activity attached.
 */
export class SuggestionsDialog extends PartDialog<SuggestionsOptions> {
  static readonly id = 'suggestions';

  constructor(private readonly deps: Deps) {
    super(SuggestionsDialog.id, deps, {
      [ASK]: [(s) => this.postcodeStep(s), (s) => this.interestsStep(s), (s) => this.startStep(s)],
      [SHOW]: [(s) => this.showStep(s), (s) => this.afterShowStep(s), (s) => this.afterOtherStep(s)],
    }, ASK, { schema: suggestionsOptions, defaults: FIRST });
  }

  private async postcodeStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (t.profile.postcode4) return step.next();
    const text = t.t(step.options.again ? 'suggestions.postcodeAgain' : 'suggestions.postcode');
    return step.ask(t.choice(text, [{ id: 'skip', title: t.t('suggestions.choice.skip') }]));
  }

  private async interestsStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    if (reply && reply.choice !== 'skip') {
      const digits = POSTCODE4.exec(reply.text)?.[1];
      if (digits) t.profile.postcode4 = digits;
      else if (!this.skips(reply.text)) return step.restart({ ...FIRST, again: true }, ASK);
    }
    return step.ask(t.choice(t.t('suggestions.interests'), [{ id: 'skip', title: t.t('suggestions.choice.skip') }]));
  }

  private async startStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    const typed = reply.choice === 'skip' ? [] : interestsFromText(reply.text, t.locale);
    const fromImportant = t.profile.important ? interestsFromText(t.profile.important, t.locale) : [];
    const interests = [...new Set([...typed, ...fromImportant])];
    const saidText = [reply.choice === 'skip' ? '' : reply.text, t.profile.important ?? ''];
    const liked = [...new Set(saidText.flatMap((text) => (text ? likedFromText(text, t.locale) : [])))];
    if (t.profile.chosen) await this.deps.countEvent('dimension', t.profile.chosen);
    if (t.profile.chosen) t.count({ kind: 'wish', dimension: t.profile.chosen, interests });
    for (const tag of interests) await this.deps.countEvent('tag', tag);
    return step.restart({ ...FIRST, interests, liked }, SHOW);
  }

  private async showStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const { interests, liked, shown } = step.options;
    const { checkIn, chosen } = t.profile;
    if (!chosen) {
      // Nothing chosen to work on (a profile from an older version): back to the question what to change.
      t.profile.stage = 'reflection';
      return step.end();
    }
    const picks = suggest(this.deps.activities(), {
      dimension: chosen,
      scores: checkIn ? dimensionScores(this.deps.questions, checkIn) : {},
      marks: checkIn?.marks ?? [],
      postcode4: t.profile.postcode4,
      interests,
      // An older stored state has no `liked`: then no interest is named, rather than one the resident did not say.
      liked: liked ?? [],
      now: new Date(),
      exclude: shown,
      locale: t.locale,
    });
    if (picks.length === 0) {
      await this.deps.countEvent('no_match', chosen);
      if (shown.length === 0) t.count({ kind: 'missing', dimension: chosen, interests });
      await t.say(shown.length === 0 ? 'suggestions.noMatch' : 'suggestions.noMore');
      return step.ask(t.choice(t.t('suggestions.offerPerson'), [
        { id: 'person', title: t.t('suggestions.choice.person'), means: 'yes' },
        { id: 'done', title: t.t('suggestions.choice.noThanks'), means: 'no' },
      ]));
    }
    for (const pick of picks) await this.deps.countEvent('activity_shown', pick.activity.id);
    if (shown.length === 0) t.count({ kind: 'step', step: 'saw_activities' });
    const offered = picks.map((p) => ({ id: p.activity.id, title: activityText(p.activity, t.locale).title }));
    values(step).picks = offered;
    const intro = picks.length === 3 ? t.t('suggestions.intro') : t.t('suggestions.introFew');
    await step.context.sendActivity(t.cards(intro, picks.map((p) => this.card(t, p))));
    return step.ask(this.moreQuestion(t, offered));
  }

  /** "Wil je meer zien?" under the cards, whose buttons may be typed too. */
  private moreQuestion(t: Talk, offered: readonly { id: string; title: string }[]): Question {
    return {
      ...t.choice(t.t('suggestions.more'), [
        { id: 'more', title: t.t('suggestions.choice.more'), means: 'yes' },
        { id: 'other', title: t.t('suggestions.choice.other') },
        { id: 'done', title: t.t('suggestions.choice.done'), means: 'no' },
      ]),
      // "ok" under the cards says they were seen, not "more".
      acknowledging: true,
      // The cards' buttons can be typed too: the same words on every card ask which one, an activity's name picks it.
      alsoAccepted: [
        { id: GO_ALONG, title: t.t('suggestions.choice.goAlong') },
        ...offered.map((p) => ({ id: `go:${p.id}`, title: p.title })),
      ],
    };
  }

  private async afterShowStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    const picks = values(step).picks ?? [];
    const choice = reply.choice ?? this.deps.commands.read(reply.text, ['person']);
    if (choice === GO_ALONG) {
      const [only, ...others] = picks;
      if (only && others.length === 0) return this.goAlong(step, t, only.id);
      return step.askAgain({
        ...t.choice(t.t('suggestions.whichActivity'), picks.map((p) => ({ id: `go:${p.id}`, title: p.title }))),
        onlyChoices: true,
      });
    }
    if (choice?.startsWith('go:')) return this.goAlong(step, t, choice.slice(3));
    if (choice === 'person') {
      t.profile.stage = 'handover';
      return step.end();
    }
    if (choice === 'more') {
      return step.restart({ ...step.options, shown: [...step.options.shown, ...picks.map((p) => p.id)] }, SHOW);
    }
    if (choice === undefined && this.deps.replies.intent(reply.text) !== 'no') {
      // Not one of the buttons and not a no: the suggestions stay, and the question comes again.
      await t.say('common.pickOne');
      return step.askAgain(this.moreQuestion(t, picks));
    }
    if (choice === 'other') {
      return step.ask(t.choice(t.t('suggestions.otherDimension'), DIMENSIONS.filter((d) => d !== t.profile.chosen)
        .map((d) => ({ id: `dimension:${d}`, title: t.t(`dimensions.${d}`) }))));
    }
    const activityIds = [...new Set([...picks.map((p) => p.id), ...(t.profile.activity ? [t.profile.activity.id] : [])])];
    await t.say('suggestions.done', ...(careNeeded(this.deps, t) ? ['common.careReminder'] : []), ...takeHomeLine(this.deps, t, activityIds));
    t.profile.stage = 'done';
    return step.end();
  }

  private async afterOtherStep(step: Step): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const picked = step.reply.choice?.replace('dimension:', '');
    if (isDimension(picked)) {
      t.profile.chosen = picked;
      await this.deps.countEvent('dimension', picked);
    }
    return step.restart(step.options, SHOW);
  }

  /** Someone goes along to this activity: the request for a person carries it. */
  private goAlong(step: Step, t: Talk, id: string): Promise<DialogTurnResult> {
    t.profile.activity = values(step).picks?.find((p) => p.id === id);
    t.profile.stage = 'handover';
    return step.end();
  }

  /** "sla over", "nee" or "weet ik niet" at an open question: the resident leaves it empty. */
  private skips(text: string): boolean {
    return this.deps.commands.read(text, ['skip']) !== undefined || this.deps.replies.intent(text) === 'no';
  }

  private card(t: Talk, pick: Suggestion): Card {
    const a = pick.activity;
    const text = activityText(a, t.locale);
    const lines = [this.reason(t, pick), text.description, this.when(t, a), t.t('suggestions.where', { address: a.location.address, neighbourhood: a.location.neighbourhood }), this.cost(t, a)];
    if (a.contact.phone) lines.push(t.t('suggestions.contact.phone', { phone: a.contact.phone }));
    if (a.contact.email) lines.push(t.t('suggestions.contact.email', { email: a.contact.email }));
    if (a.companion) lines.push(t.t('suggestions.companion'));
    return {
      title: text.title,
      lines,
      buttons: [{ id: `go:${a.id}`, title: t.t('suggestions.choice.goAlong') }],
      ...(a.contact.url && { url: { title: t.t('suggestions.website'), href: a.contact.url } }),
    };
  }

  private reason(t: Talk, pick: Suggestion): string {
    const params: Record<string, string> = { ...pick.reason.params };
    if (params.interest) params.interest = t.t(`suggestions.tag.${params.interest}`);
    if (params.dimension) params.dimension = t.t(`dimensions.${params.dimension}`);
    if (params.day) params.day = t.t(`suggestions.day.${params.day}`);
    return t.t(`suggestions.${pick.reason.key}`, params);
  }

  private when(t: Talk, a: Activity): string {
    if (a.schedule.kind === 'appointment') return t.t('suggestions.when.appointment');
    const days = a.schedule.byday.map((d) => t.t(`suggestions.day.${d}`));
    const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} ${t.t('suggestions.or')} ${days.at(-1)}` : days.join('');
    return t.t('suggestions.when.weekly', { days: list, opensAt: a.schedule.opensAt, closesAt: a.schedule.closesAt });
  }

  private cost(t: Talk, a: Activity): string {
    if (a.cost.kind === 'amount') return t.t('suggestions.cost.amount', { euros: a.cost.euros });
    return t.t(`suggestions.cost.${a.cost.kind}`);
  }
}
