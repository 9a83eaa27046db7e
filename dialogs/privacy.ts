import type { DialogTurnResult } from 'botbuilder-dialogs';
import type { PromptVars } from '../src/content/prompts.js';
import { markEnded, talk, type DialogDeps, type Talk } from './deps.js';
import { NO_OPTIONS, PartDialog, type PartStep } from './steps.js';

type Line = string | [string, PromptVars];

/**
 * "mijn gegevens": tells the resident in plain words everything that is stored about them, with the right term for
 * each part: the conversation's answers until some days after their last message, a request to a worker until it
 * is closed and some days after that.
 */
export async function describeData(deps: DialogDeps, t: Talk): Promise<void> {
  const { checkIn, important, postcode4, chosen, activity, history, campaign } = t.profile;
  const answered = checkIn ? Object.values(checkIn.answers).filter((a) => typeof a === 'number').length : 0;
  const lines: Line[] = ['privacy.summary'];
  lines.push(answered > 0 ? ['privacy.answers', { count: answered, total: deps.questions.questions.length }] : 'privacy.noAnswers');
  if (checkIn && checkIn.marks.length > 0) lines.push(['privacy.marks', { count: checkIn.marks.length }]);
  if (important) lines.push('privacy.words');
  if (chosen) lines.push(['privacy.chosen', { dimension: t.t(`dimensions.${chosen}`) }]);
  if (activity) lines.push(['privacy.activity', { title: activity.title }]);
  if (postcode4) lines.push('privacy.postcode');
  if (history && history.length > 0) lines.push(['privacy.history', { count: history.length }]);
  if (campaign) lines.push('privacy.campaign');
  lines.push('privacy.language', ['privacy.retention', { days: deps.settings.retentionDays }]);
  await t.say(...lines);

  const { requests } = await deps.privacy.describe(deps.residentOf(t.context));
  for (const { reference, status, details, messages } of requests) {
    const { contact } = details;
    await t.say(
      ['privacy.request', { reference }],
      ['privacy.requestName', { name: details.name }],
      contact.kind === 'phone' ? ['privacy.requestPhone', { phone: contact.phone }]
        : contact.kind === 'email' ? ['privacy.requestEmail', { email: contact.email }]
          : contact.kind === 'chat' ? 'privacy.requestChat' : 'privacy.requestWalkIn',
      ...(details.preferredTimes ? [['privacy.requestTimes', { times: details.preferredTimes }] as Line] : []),
      ...(Object.keys(details.scores).length > 0 ? ['privacy.requestScores'] : []),
      ...(details.words ? ['privacy.requestWords'] : []),
      ...(details.activity ? [['privacy.requestActivity', { title: details.activity.title }] as Line] : []),
      ...(messages > 0 ? [['privacy.requestMessages', { count: messages }] as Line] : []),
      [status === 'closed' ? 'privacy.requestKeptClosed' : 'privacy.requestKeptOpen', { days: deps.settings.handoverRetentionDays }],
    );
  }
  await t.say('privacy.eraseHint');
}

/**
 * "wis mijn gegevens" / "forget me": asks once, then erases every row about the resident in every table.
 * Then every dialog ends and the turn is marked so it does not write the state back.
 */
export class EraseDialog extends PartDialog {
  static readonly id = 'erase';

  constructor(private readonly deps: DialogDeps) {
    super(EraseDialog.id, deps, { 'erase.steps': [(s) => this.confirmStep(s), (s) => this.eraseStep(s)] }, 'erase.steps', NO_OPTIONS);
  }

  private async confirmStep(step: PartStep<Record<string, never>>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    return step.ask({
      text: t.t('privacy.eraseConfirm'),
      choices: [{ id: 'erase', title: t.t('privacy.choice.erase'), means: 'yes' }, { id: 'keep', title: t.t('privacy.choice.keep'), means: 'no' }],
      onlyChoices: true,
      confirmsRequest: true,
    });
  }

  private async eraseStep(step: PartStep<Record<string, never>>): Promise<DialogTurnResult> {
    const t = await talk(this.deps, step.context);
    const reply = step.reply;
    if (reply.choice === 'erase') {
      await this.deps.privacy.erase(this.deps.residentOf(step.context));
      await t.say('privacy.erased');
      const forget = this.deps.presenter.forgetBrowser(step.context.activity.channelId);
      if (forget) await step.context.sendActivity(forget);
      markEnded(step.context, 'erased');
      return step.endAll();
    }
    await t.say('privacy.kept');
    return step.end();
  }
}
