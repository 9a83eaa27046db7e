import { loadContent } from '../src/app.js';
import { readTyped } from '../dialogs/ask.js';
import { INTERRUPTIONS } from '../src/bot.js';
const { replies, prompts, commands } = loadContent();
const qs = {
  consent: { text: 'c', choices: [{ id: 'yes', title: prompts.t('nl', 'handover.choice.yes'), means: 'yes' as const }, { id: 'no', title: prompts.t('nl', 'handover.choice.no'), means: 'no' as const }], onlyChoices: true },
  send: { text: 's', choices: [{ id: 'yes', title: prompts.t('nl', 'handover.choice.send'), means: 'yes' as const }, { id: 'no', title: prompts.t('nl', 'handover.choice.cancel'), means: 'no' as const }], onlyChoices: true, acknowledging: true },
  erase: { text: 'e', choices: [{ id: 'erase', title: prompts.t('nl', 'privacy.choice.erase'), means: 'yes' as const }, { id: 'keep', title: prompts.t('nl', 'privacy.choice.keep'), means: 'no' as const }], onlyChoices: true, confirmsRequest: true },
};
const texts = process.argv.slice(2).join(' ').split('|').map((t) => t.trim());
for (const t of texts) {
  const got = Object.entries(qs).map(([n, q]) => `${n}=${readTyped(replies, t, q, (x) => commands.read(x, INTERRUPTIONS) !== undefined) ?? '-'}`);
  if (got.some((g) => /=(yes|erase)$/.test(g))) console.log(t.padEnd(40), got.join(' '));
}
