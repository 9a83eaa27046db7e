import type { DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import { dimensionScores } from '../src/health/checkin.js';
import { DIMENSIONS, isDimension, type Dimension } from '../src/health/dimensions.js';
import { normalise } from '../src/content/commands.js';
import { reflect } from '../src/health/reflection.js';
import { careNeeded, takeHomeLine, talk, type DialogDeps, type Talk } from './deps.js';
import { earlierThanLatest } from './profile.js';
import { PartDialog, type PartStep } from './steps.js';

/** `askChangeOnly`: go straight to "what would you like to change?" (after an unclear answer). */
const reflectionOptions = z.object({ askChangeOnly: z.boolean().optional() });
type ReflectionOptions = z.infer<typeof reflectionOptions>;

/**
 * Shows what goes well first, then the spider-web picture with a text alternative, then asks what matters
 * and what the resident would like to change. "It is fine as it is" is a good ending too.
 */
export class ReflectionDialog extends PartDialog<ReflectionOptions> {
  static readonly id = 'reflection';

  constructor(private readonly deps: DialogDeps) {
    super(ReflectionDialog.id, deps, {
      'reflection.steps': [(s) => this.summaryStep(s), (s) => this.importantStep(s), (s) => this.changeStep(s)],
    }, 'reflection.steps', { schema: reflectionOptions, defaults: {} });
  }

  private async summaryStep(step: PartStep<ReflectionOptions>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    if (step.options.askChangeOnly) return step.next();
    const scores = dimensionScores(this.deps.questions, t.checkIn);
    const { strengths, strengthKind, attention, answered, care } = reflect(scores);
    const name = (d: Dimension) => t.t(`dimensions.${d}`);
    if (answered === 0) {
      await t.say('reflection.noScores');
    } else if (strengths.length === 0) {
      await t.say('reflection.noStrengths');
    } else {
      const lines = strengths.map((d) => `• ${t.t('reflection.strengthLine', { dimension: name(d), score: scores[d] ?? 0 })}`);
      const intro = strengthKind === 'good' ? 'reflection.strengthsIntro' : 'reflection.bestIntro';
      // Only what truly goes well earns "be proud of that"; a best that is merely a 6 is named, not praised.
      const outro = strengthKind === 'good' ? [t.t('reflection.strengthsOutro')] : [];
      await t.context.sendActivity([t.t(intro), ...lines, ...outro].join('\n\n'));
    }
    const marked = t.checkIn.marks;
    const notes: (string | [string, Record<string, string>])[] = [];
    if (attention.length > 0) notes.push(['reflection.attention', { dimensions: joinNames(t, attention.map(name)) }]);
    if (marked.length > 0) notes.push(['reflection.marked', { dimensions: joinNames(t, marked.map(name)) }]);
    if (care) notes.push(['reflection.care', { org: this.deps.settings.orgName }]);
    if (notes.length > 0) await t.say(...notes);
    if (Object.keys(scores).length > 0) {
      // After a new round, the earlier one is drawn in the same picture: then and now, without judging either.
      const earlier = earlierThanLatest(t.profile.history);
      const url = `${this.deps.settings.publicUrl}${this.deps.webImageUrl(scores, t.locale, earlier?.scores)}`;
      const alt = earlier ? `${pictureAlt(t, scores)} ${t.t('reflection.pictureAltEarlier', { lines: altLines(t, earlier.scores) })}` : pictureAlt(t, scores);
      const intro = [t.t('reflection.pictureIntro'), ...(earlier ? [t.t('reflection.thenAndNow', { date: new Date(earlier.at) })] : [])].join(' ');
      await t.context.sendActivity(t.picture(url, alt, intro));
    }
    return step.ask(t.choice(t.t('reflection.important'), [{ id: 'skip', title: t.t('reflection.choice.skip') }]));
  }

  private async importantStep(step: PartStep<ReflectionOptions>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    if (step.result !== undefined && reply.choice !== 'skip' && !this.skips(reply.text) && reply.text) {
      t.profile.important = (await this.deps.language.redact(reply.text, t.locale)).text.slice(0, 500);
      await t.say('reflection.importantThanks');
    }
    const care = reflect(dimensionScores(this.deps.questions, t.checkIn)).care;
    return step.ask(t.choice(t.t('reflection.change'), [
      ...this.changeOrder(t).map((d) => ({ id: `dimension:${d}`, title: t.t(`dimensions.${d}`) })),
      ...(care ? [{ id: 'person', title: t.t('reflection.choice.person') }] : []),
      { id: 'fine', title: t.t('reflection.choice.fine'), means: 'no' as const },
    ]));
  }

  private async changeStep(step: PartStep<ReflectionOptions>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    const picked = reply.choice ?? this.readDimension(t, reply.text);
    const dimension = picked?.startsWith('dimension:') ? picked.slice('dimension:'.length) : undefined;
    if (isDimension(dimension)) {
      t.profile.chosen = dimension;
      t.profile.stage = 'next';
      t.count({ kind: 'step', step: 'chose' });
      return step.end();
    }
    if (picked === 'person') {
      t.profile.stage = 'handover';
      return step.end();
    }
    if (picked === 'fine') {
      // "Het is goed zo" after low scores is respected, with the door to a person left open.
      await t.say(careNeeded(this.deps, t) ? 'common.careReminder' : 'reflection.fine', ...takeHomeLine(this.deps, t));
      t.profile.stage = 'done';
      return step.end();
    }
    await t.say('common.notUnderstood');
    return step.restart({ askChangeOnly: true });
  }

  /** Marked dimensions first, then the lowest scores: what the resident most likely wants to work on. */
  private changeOrder(t: Talk): Dimension[] {
    const scores = dimensionScores(this.deps.questions, t.checkIn);
    const marks = t.checkIn.marks;
    const rank = (d: Dimension) => (marks.includes(d) ? -1 : (scores[d] ?? 5));
    return [...DIMENSIONS].sort((a, b) => rank(a) - rank(b));
  }

  /** "sla over", "nee" or "weet ik niet" at an open question: the resident leaves it empty. */
  private skips(text: string): boolean {
    return this.deps.commands.read(text, ['skip']) !== undefined || this.deps.replies.intent(text) === 'no';
  }

  /** A dimension named in the resident's own words ("ik wil beter slapen"), or a clear no ('fine'). */
  private readDimension(t: Talk, text: string): string | undefined {
    const plain = normalise(text);
    if (!plain) return undefined;
    if (this.deps.replies.intent(text) === 'no') return 'fine';
    const named = (d: Dimension) => normalise(t.t(`dimensions.${d}`));
    const match = DIMENSIONS.find((d) => named(d) === plain || (plain.length >= 4 && named(d).includes(plain)))
      ?? this.deps.replies.topicOf(text, DIMENSIONS);
    return match ? `dimension:${match}` : undefined;
  }
}

function joinNames(t: Talk, names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${t.t('reflection.and')} ${names.at(-1)}`;
}

/** The text alternative of the picture: every dimension with its score, in the order of the web. */
export function pictureAlt(t: Talk, scores: Partial<Record<Dimension, number>>): string {
  return t.t('reflection.pictureAlt', { lines: altLines(t, scores) });
}

function altLines(t: Talk, scores: Partial<Record<Dimension, number>>): string {
  return DIMENSIONS.map((d) => {
    const score = scores[d];
    const dimension = t.t(`dimensions.${d}`);
    return score === undefined ? t.t('reflection.pictureAltSkipped', { dimension }) : t.t('reflection.pictureAltLine', { dimension, score });
  }).join(' ');
}
