import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { assessOffline } from '../../src/language/index.js';

/**
 * The safety net measured on the written corpus (test/language/safety/*.jsonl): crisis recall per language,
 * false alarms (ordinary or low-mood messages answered as crisis) and low mood that reaches De Luisterlijn.
 * Eighty-one authors wrote the corpora; each was split 70/30 before any tuning (scripts/split-corpus.mjs). The rules and
 * the model are tuned on the *tune splits; the *test splits stay unseen: only their figures are read, never their texts.
 */
interface Row {
  text: string;
  lang: 'nl' | 'en';
  label: 'crisis' | 'distress' | 'none';
}

function load(split: string): Row[] {
  return readFileSync(new URL(`./safety/${split}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

/** What the turn's offline net (rules raised by the statistical second opinion) does with each message. */
function figures(rows: readonly Row[]) {
  const levels = rows.map((r) => ({ r, level: assessOffline(r.text).level }));
  const crisis = levels.filter(({ r }) => r.label === 'crisis');
  const other = levels.filter(({ r }) => r.label !== 'crisis');
  const distress = levels.filter(({ r }) => r.label === 'distress');
  return {
    recall: crisis.filter(({ level }) => level === 'crisis').length / crisis.length,
    falseAlarms: other.filter(({ level }) => level === 'crisis').length / other.length,
    distressHelped: distress.filter(({ level }) => level !== 'none').length / distress.length,
  };
}

/**
 * Floors per split: recall per language, the most false alarms, the least low mood helped. Tune splits hold the
 * wordings the rules and the model were built on; test splits were split off before any tuning and are read only
 * as these figures. The floors sit just under what the net reaches today, so a change that loses ground fails.
 */
const FLOORS: readonly { split: string; about: string; nl: number | null; en: number | null; falseAlarms: number; helped: number }[] = [
  { split: 'tune', about: 'first author, tune split', nl: 1, en: 1, falseAlarms: 0.004, helped: 1 },
  { split: 'dev-tune', about: 'second author, tune split', nl: 0.99, en: 0.98, falseAlarms: 0, helped: 1 },
  { split: 'c-tune', about: 'third author, tune split', nl: 0.99, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'd-tune', about: 'fourth author, tune split', nl: 0.99, en: 1, falseAlarms: 0, helped: 0.98 },
  { split: 'e-tune', about: 'fifth author (hard negatives and low mood, no crisis), tune split', nl: null, en: null, falseAlarms: 0.004, helped: 0.99 },
  { split: 'f-tune', about: 'sixth author (indirect crisis wording), tune split', nl: 0.98, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'g-tune', about: 'seventh author (crisis said in answers to the questions), tune split', nl: 0.99, en: 1, falseAlarms: 0.003, helped: 1 },
  { split: 'h-tune', about: 'eighth author (ordinary answers and low mood, no crisis), tune split', nl: null, en: null, falseAlarms: 0.003, helped: 0.98 },
  { split: 'i-tune', about: 'ninth author (English crisis in many voices), tune split', nl: null, en: 0.99, falseAlarms: 0.016, helped: 1 },
  { split: 'j-tune', about: 'tenth author (Dutch and Flemish crisis in many voices), tune split', nl: 1, en: null, falseAlarms: 0, helped: 0.98 },
  { split: 'k-tune', about: 'eleventh author (hard negatives, no crisis), tune split', nl: null, en: null, falseAlarms: 0.017, helped: 0.98 },
  { split: 'l-tune', about: 'twelfth author (English crisis, indirect wording), tune split', nl: null, en: 0.99, falseAlarms: 0.003, helped: 1 },
  { split: 'm-tune', about: 'thirteenth author (Dutch and Flemish crisis, indirect wording), tune split', nl: 0.99, en: null, falseAlarms: 0, helped: 1 },
  { split: 'n-tune', about: 'fourteenth author (hard negatives and low mood), tune split', nl: 1, en: 1, falseAlarms: 0.002, helped: 1 },
  { split: 'o-tune', about: 'fifteenth author (crisis said as answers to the check-in questions, mostly Dutch), tune split', nl: 0.99, en: 1, falseAlarms: 0.003, helped: 1 },
  { split: 'p-tune', about: 'sixteenth author (young people, irony, mixed Dutch and English), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'q-tune', about: 'seventeenth author (hard negatives and low mood), tune split', nl: 1, en: 1, falseAlarms: 0.01, helped: 0.99 },
  { split: 'r-tune', about: 'eighteenth author (Dutch voices, crisis inside ordinary answers), tune split', nl: 0.99, en: null, falseAlarms: 0.01, helped: 0.97 },
  { split: 's-tune', about: 'nineteenth author (English voices, metaphors and understatement), tune split', nl: null, en: 1, falseAlarms: 0, helped: 1 },
  { split: 't-tune', about: 'twentieth author (Dutch residents of a town in Gelderland and Brabant, everyday typing), tune split', nl: 1, en: null, falseAlarms: 0.003, helped: 1 },
  { split: 'u-tune', about: 'twenty-first author (English speakers living in the Netherlands, many first languages), tune split', nl: null, en: 1, falseAlarms: 0.006, helped: 1 },
  { split: 'v-tune', about: 'twenty-second author (older residents, care at home, faith, carers), tune split', nl: 1, en: null, falseAlarms: 0, helped: 1 },
  { split: 'w-tune', about: 'twenty-third author (young people and Flemish speakers, chat and street words), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'x-tune', about: 'twenty-fourth author (answers to the check-in questions, Dutch and English), tune split', nl: 1, en: 1, falseAlarms: 0.008, helped: 0.99 },
  { split: 'y-tune', about: 'twenty-fifth author (older Dutch voices said indirectly, regional words), tune split', nl: 1, en: null, falseAlarms: 0.01, helped: 1 },
  { split: 'z-tune', about: 'twenty-sixth author (English metaphor, idiom and understatement), tune split', nl: null, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'aa-tune', about: 'twenty-seventh author (ordinary check-in answers with crisis words in harmless meanings), tune split', nl: 1, en: 1, falseAlarms: 0.008, helped: 1 },
  { split: 'ab-tune', about: 'twenty-eighth author (Dutch voices with roots abroad, faith, honour, control at home), tune split', nl: 1, en: 1, falseAlarms: 0.007, helped: 1 },
  { split: 'ac-tune', about: 'twenty-ninth author (Dutch answers to the daily-life question), tune split', nl: 1, en: null, falseAlarms: 0, helped: 1 },
  { split: 'ad-tune', about: 'thirtieth author (English answers to the daily-life question), tune split', nl: null, en: 1, falseAlarms: 0.005, helped: 1 },
  { split: 'ae-tune', about: 'thirty-first author (Dutch answers to the daily-life question, many voices), tune split', nl: 0.99, en: null, falseAlarms: 0, helped: 1 },
  { split: 'af-tune', about: 'thirty-second author (English answers to the check-in questions), tune split', nl: null, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'ag-tune', about: 'thirty-third author (Dutch, the border between low mood and danger), tune split', nl: 1, en: null, falseAlarms: 0.005, helped: 0.99 },
  { split: 'ah-tune', about: 'thirty-fourth author (short Messenger messages in Dutch and English), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'ai-tune', about: 'thirty-fifth author (English said indirectly by older and second-language speakers), tune split', nl: null, en: 0.99, falseAlarms: 0, helped: 1 },
  { split: 'aj-tune', about: 'thirty-sixth author (Flemish and southern Dutch voices), tune split', nl: 1, en: null, falseAlarms: 0.007, helped: 1 },
  { split: 'ak-tune', about: 'thirty-seventh author (older Dutch residents, long answers, calm talk of death), tune split', nl: 1, en: null, falseAlarms: 0, helped: 1 },
  { split: 'al-tune', about: 'thirty-eighth author (danger from others, Dutch and English), tune split', nl: 1, en: 1, falseAlarms: 0.004, helped: 1 },
  { split: 'am-tune', about: 'thirty-ninth author (young Dutch and Flemish voices in chat spelling), tune split', nl: 1, en: null, falseAlarms: 0.007, helped: 0.99 },
  { split: 'an-tune', about: 'fortieth author (English answers to the daily-life question), tune split', nl: null, en: 1, falseAlarms: 0.011, helped: 1 },
  { split: 'ao-tune', about: 'forty-first author (short Dutch answers to the daily-life question), tune split', nl: 0.99, en: null, falseAlarms: 0, helped: 0.96 },
  { split: 'ap-tune', about: 'forty-second author (low mood beside ordinary answers, Dutch and English), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'aq-tune', about: 'forty-third author (older and second-language Dutch voices, elder abuse, calm talk of death), tune split', nl: 1, en: null, falseAlarms: 0.004, helped: 1 },
  { split: 'ar-tune', about: 'forty-fourth author (Dutch young people, chat and straattaal, euphemisms), tune split', nl: 0.99, en: null, falseAlarms: 0.007, helped: 1 },
  { split: 'as-tune', about: 'forty-fifth author (Flemish, Limburg, Brabant and northern voices, said indirectly), tune split', nl: 1, en: null, falseAlarms: 0.004, helped: 1 },
  { split: 'at-tune', about: 'forty-sixth author (English speakers living here, understatement, coercive control), tune split', nl: null, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'au-tune', about: 'forty-seventh author (English by second-language writers, literal translations, mixed Dutch and English), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'av-tune', about: 'forty-eighth author (crisis signs inside score answers and long messages, Dutch and English), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'aw-tune', about: 'forty-ninth author (English, danger from others and acute danger), tune split', nl: null, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'ax-tune', about: 'fiftieth author (Dutch, danger from others and acute danger), tune split', nl: 1, en: null, falseAlarms: 0, helped: 1 },
  { split: 'ay-tune', about: 'fifty-first author (mostly ordinary answers full of crisis words, Dutch and English), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'az-tune', about: 'fifty-second author (English said indirectly in many Englishes, mixed Dutch and English), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'ba-tune', about: 'fifty-third author (older Dutch people, second-language Dutch, older English speakers), tune split', nl: 1, en: 1, falseAlarms: 0.004, helped: 1 },
  { split: 'bb-tune', about: 'fifty-fourth author (the many Englishes of a Dutch city, understatement, internet slang), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'bc-tune', about: 'fifty-fifth author (Flemish, Brabant and Limburg speech, chat spelling, very short messages, mixed Dutch and English), tune split', nl: 1, en: 1, falseAlarms: 0.007, helped: 0.98 },
  { split: 'bd-tune', about: 'fifty-sixth author (crisis inside check-in answers and long messages, danger from others, acute danger), tune split', nl: 1, en: 1, falseAlarms: 0.004, helped: 1 },
  { split: 'be-tune', about: 'fifty-seventh author (the boundary between crisis, low mood and ordinary messages, said quietly), tune split', nl: 1, en: 0.97, falseAlarms: 0, helped: 1 },
  { split: 'bf-tune', about: 'fifty-eighth author (everyday Dutch and English adults, crises said in everyday words and implied by context), tune split', nl: 0.99, en: 1, falseAlarms: 0.018, helped: 1 },
  { split: 'bg-tune', about: 'fifty-ninth author (English-speaking residents of every age and origin, plain varied English), tune split', nl: 1, en: 1, falseAlarms: 0.004, helped: 1 },
  { split: 'bh-tune', about: 'sixtieth author (young people, danger at home, online threats, self-harm in their own words), tune split', nl: 0.99, en: 1, falseAlarms: 0.004, helped: 0.96 },
  { split: 'bi-tune', about: 'sixty-first author (answers to the daily-life question, with or without a number), tune split', nl: 0.99, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'bj-tune', about: 'sixty-second author (chronic illness, addiction and recovery, homelessness, carers at the end of their strength), tune split', nl: 1, en: 1, falseAlarms: 0.004, helped: 1 },
  { split: 'bk-tune', about: 'sixty-third author (older residents, widowhood, faith, euthanasia talk, hoarded pills, exhausted carers), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'bl-tune', about: 'sixty-fourth author (young people and Flemish speakers, chat spelling, self-harm in their words, danger at home, gaming idioms), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'bm-tune', about: 'sixty-fifth author (English-speaking residents: expats, students, refugees, second-language English, idioms), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'bn-tune', about: 'sixty-sixth author (crises and danger inside answers to the check-in, beside low scores with ordinary dark words), tune split', nl: 1, en: 1, falseAlarms: 0.003, helped: 0.99 },
  { split: 'bo-tune', about: 'sixty-seventh author (few words, Dutch as a second language, low literacy, regional dialects), tune split', nl: 1, en: 0.98, falseAlarms: 0, helped: 0.99 },
  { split: 'bp-tune', about: 'sixty-eighth author (crises implied by context in everyday words, beside equally everyday hard negatives), tune split', nl: 1, en: 1, falseAlarms: 0.007, helped: 1 },
  { split: 'bq-tune', about: 'sixty-ninth author (English crises said indirectly: understatement, sport, games, faith, checking out), tune split', nl: 0.98, en: 0.99, falseAlarms: 0, helped: 1 },
  { split: 'br-tune', about: 'seventieth author (ordinary check-in answers full of dark-sounding words, low mood and crises of the same shape), tune split', nl: 1, en: 1, falseAlarms: 0.003, helped: 1 },
  { split: 'bs-tune', about: 'seventy-first author (danger from others and acute danger: partners, family, carers, stalkers, honour; quarrels and media as hard negatives), tune split', nl: 1, en: 1, falseAlarms: 0.017, helped: 1 },
  { split: 'bt-tune', about: 'seventy-second author (passive death wishes and burden; funeral wishes, living wills and doctor-advised stops as hard negatives), tune split', nl: 1, en: 1, falseAlarms: 0.004, helped: 0.98 },
  { split: 'bu-tune', about: 'seventy-third author (older residents, carers and Dutch as a second language; crises said in passing beside the house, the garden, church and grandchildren), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 0.99 },
  { split: 'bv-tune', about: 'seventy-fourth author (young people, students and young parents, chat spelling, Flemish, mixed Dutch and English; games, school and going out as hard negatives), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 0.99 },
  { split: 'bw-tune', about: 'seventy-fifth author (English-speaking residents from many countries, understatement and calm plans; the Dutch part in mixed voices), tune split', nl: 1, en: 1, falseAlarms: 0.007, helped: 1 },
  { split: 'bx-tune', about: 'seventy-sixth author (hard negatives beside older, formal, Flemish and NT2 voices: idioms, medicines, bridges, ropes, goodbyes to a job or a club, other people’s risk), tune split', nl: 1, en: 1, falseAlarms: 0.003, helped: 0.99 },
  { split: 'by-tune', about: 'seventy-seventh author (English-speaking residents of many backgrounds, understatement and euphemism, crises inside long messages and score answers; the Dutch part in mixed voices), tune split', nl: 1, en: 1, falseAlarms: 0.004, helped: 1 },
  { split: 'bz-tune', about: 'seventy-eighth author (young Dutch and Flemish writers, straattaal, run-together words, voice-to-text slips, young parents and students), tune split', nl: 0.99, en: 1, falseAlarms: 0, helped: 0.99 },
  { split: 'ca-tune', about: 'seventy-ninth author (Dutch and Flemish crises said indirectly: methods, places, preparations and farewells in practical words, beside ordinary plans, papers and goodbyes of the same shape), tune split', nl: 0.97, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'cb-tune', about: 'eightieth author (English crises said indirectly: preparations, calm farewells, plans with a date, control at home in ordinary words, beside ordinary plans, moves and goodbyes; the Dutch part in mixed voices), tune split', nl: 1, en: 0.98, falseAlarms: 0.004, helped: 1 },
  { split: 'cc-tune', about: 'eighty-first author (answers during a check-in: other people’s troubles, daily life with dark-sounding words, and the resident’s own crisis hidden inside such answers), tune split', nl: 1, en: 1, falseAlarms: 0, helped: 1 },
  { split: 'test', about: 'first author, frozen test split', nl: 0.96, en: 0.98, falseAlarms: 0.036, helped: 0.98 },
  { split: 'dev-test', about: 'second author, frozen test split', nl: 0.97, en: 1, falseAlarms: 0.038, helped: 0.96 },
  { split: 'c-test', about: 'third author, frozen test split', nl: 0.97, en: 0.97, falseAlarms: 0.015, helped: 0.96 },
  { split: 'd-test', about: 'fourth author, frozen test split', nl: 0.97, en: 0.97, falseAlarms: 0.02, helped: 0.96 },
  { split: 'e-test', about: 'fifth author, frozen test split', nl: null, en: null, falseAlarms: 0.025, helped: 0.97 },
  { split: 'f-test', about: 'sixth author, frozen test split', nl: 0.96, en: 0.98, falseAlarms: 0.017, helped: 0.98 },
  { split: 'g-test', about: 'seventh author, frozen test split', nl: 0.99, en: 0.94, falseAlarms: 0.012, helped: 0.91 },
  { split: 'h-test', about: 'eighth author, frozen test split', nl: null, en: null, falseAlarms: 0.009, helped: 0.94 },
  { split: 'i-test', about: 'ninth author, frozen test split', nl: null, en: 0.91, falseAlarms: 0.072, helped: 0.88 },
  { split: 'j-test', about: 'tenth author, frozen test split', nl: 0.95, en: null, falseAlarms: 0.028, helped: 0.96 },
  { split: 'k-test', about: 'eleventh author, frozen test split', nl: null, en: null, falseAlarms: 0.05, helped: 0.97 },
  { split: 'l-test', about: 'twelfth author, frozen test split', nl: null, en: 0.97, falseAlarms: 0.02, helped: 0.96 },
  { split: 'm-test', about: 'thirteenth author, frozen test split', nl: 0.84, en: null, falseAlarms: 0.017, helped: 0.98 },
  { split: 'n-test', about: 'fourteenth author, frozen test split', nl: 1, en: 1, falseAlarms: 0.04, helped: 0.97 },
  { split: 'o-test', about: 'fifteenth author, frozen test split', nl: 0.88, en: 0.7, falseAlarms: 0.006, helped: 0.91 },
  { split: 'p-test', about: 'sixteenth author, frozen test split', nl: 0.91, en: 0.92, falseAlarms: 0.04, helped: 0.98 },
  { split: 'q-test', about: 'seventeenth author, frozen test split', nl: 1, en: 1, falseAlarms: 0.04, helped: 0.9 },
  { split: 'r-test', about: 'eighteenth author, frozen test split', nl: 0.79, en: null, falseAlarms: 0.022, helped: 0.98 },
  { split: 's-test', about: 'nineteenth author, frozen test split', nl: null, en: 0.79, falseAlarms: 0.036, helped: 1 },
  { split: 't-test', about: 'twentieth author (Dutch residents of a town in Gelderland and Brabant, everyday typing), frozen test split', nl: 0.97, en: null, falseAlarms: 0.054, helped: 0.89 },
  { split: 'u-test', about: 'twenty-first author (English speakers living in the Netherlands, many first languages), frozen test split', nl: null, en: 0.96, falseAlarms: 0.018, helped: 0.96 },
  { split: 'v-test', about: 'twenty-second author (older residents, care at home, faith, carers), frozen test split', nl: 0.97, en: null, falseAlarms: 0.039, helped: 0.93 },
  { split: 'w-test', about: 'twenty-third author (young people and Flemish speakers, chat and street words), frozen test split', nl: 0.92, en: 1, falseAlarms: 0.012, helped: 0.98 },
  { split: 'x-test', about: 'twenty-fourth author (answers to the check-in questions, Dutch and English), frozen test split', nl: 0.97, en: 0.91, falseAlarms: 0.024, helped: 0.98 },
  { split: 'y-test', about: 'twenty-fifth author (older Dutch voices said indirectly, regional words), frozen test split', nl: 0.98, en: null, falseAlarms: 0.031, helped: 0.85 },
  { split: 'z-test', about: 'twenty-sixth author (English metaphor, idiom and understatement), frozen test split', nl: null, en: 0.89, falseAlarms: 0.008, helped: 0.85 },
  { split: 'aa-test', about: 'twenty-seventh author (ordinary check-in answers with crisis words in harmless meanings), frozen test split', nl: 1, en: 1, falseAlarms: 0.037, helped: 0.95 },
  { split: 'ab-test', about: 'twenty-eighth author (Dutch voices with roots abroad, faith, honour, control at home), frozen test split', nl: 0.96, en: 1, falseAlarms: 0.014, helped: 0.93 },
  { split: 'ac-test', about: 'twenty-ninth author (Dutch answers to the daily-life question), frozen test split', nl: 0.97, en: null, falseAlarms: 0.01, helped: 0.95 },
  { split: 'ad-test', about: 'thirtieth author (English answers to the daily-life question), frozen test split', nl: null, en: 0.95, falseAlarms: 0, helped: 0.97 },
  { split: 'ae-test', about: 'thirty-first author (Dutch answers to the daily-life question, many voices), frozen test split', nl: 0.91, en: null, falseAlarms: 0.03, helped: 0.92 },
  { split: 'af-test', about: 'thirty-second author (English answers to the check-in questions), frozen test split', nl: null, en: 0.95, falseAlarms: 0.04, helped: 0.93 },
  { split: 'ag-test', about: 'thirty-third author (Dutch, the border between low mood and danger), frozen test split', nl: 0.95, en: null, falseAlarms: 0.006, helped: 0.9 },
  { split: 'ah-test', about: 'thirty-fourth author (short Messenger messages in Dutch and English), frozen test split', nl: 0.96, en: 0.91, falseAlarms: 0, helped: 0.93 },
  { split: 'ai-test', about: 'thirty-fifth author (English said indirectly by older and second-language speakers), frozen test split', nl: null, en: 0.85, falseAlarms: 0, helped: 0.87 },
  { split: 'aj-test', about: 'thirty-sixth author (Flemish and southern Dutch voices), frozen test split', nl: 0.94, en: null, falseAlarms: 0.016, helped: 0.83 },
  { split: 'ak-test', about: 'thirty-seventh author (older Dutch residents, long answers, calm talk of death), frozen test split', nl: 0.97, en: null, falseAlarms: 0.033, helped: 0.91 },
  { split: 'al-test', about: 'thirty-eighth author (danger from others, Dutch and English), frozen test split', nl: 0.84, en: 0.8, falseAlarms: 0.03, helped: 1 },
  { split: 'am-test', about: 'thirty-ninth author (young Dutch and Flemish voices in chat spelling), frozen test split', nl: 0.93, en: null, falseAlarms: 0.008, helped: 0.89 },
  { split: 'an-test', about: 'fortieth author (English answers to the daily-life question), frozen test split', nl: null, en: 0.96, falseAlarms: 0.008, helped: 0.95 },
  { split: 'ao-test', about: 'forty-first author (short Dutch answers to the daily-life question), frozen test split', nl: 0.88, en: null, falseAlarms: 0.008, helped: 0.87 },
  { split: 'ap-test', about: 'forty-second author (low mood beside ordinary answers, Dutch and English), frozen test split', nl: 1, en: 1, falseAlarms: 0.012, helped: 0.94 },
  { split: 'aq-test', about: 'forty-third author (older and second-language Dutch voices, elder abuse, calm talk of death), frozen test split', nl: 0.91, en: null, falseAlarms: 0.052, helped: 0.92 },
  { split: 'ar-test', about: 'forty-fourth author (Dutch young people, chat and straattaal, euphemisms), frozen test split', nl: 0.9, en: null, falseAlarms: 0.038, helped: 0.83 },
  { split: 'as-test', about: 'forty-fifth author (Flemish, Limburg, Brabant and northern voices, said indirectly), frozen test split', nl: 0.88, en: null, falseAlarms: 0.023, helped: 0.83 },
  { split: 'at-test', about: 'forty-sixth author (English speakers living here, understatement, coercive control), frozen test split', nl: null, en: 0.93, falseAlarms: 0.017, helped: 0.96 },
  { split: 'au-test', about: 'forty-seventh author (English by second-language writers, literal translations, mixed Dutch and English), frozen test split', nl: 0.96, en: 0.89, falseAlarms: 0.024, helped: 0.83 },
  { split: 'av-test', about: 'forty-eighth author (crisis signs inside score answers and long messages, Dutch and English), frozen test split', nl: 0.93, en: 0.96, falseAlarms: 0.037, helped: 0.98 },
  { split: 'aw-test', about: 'forty-ninth author (English, danger from others and acute danger), frozen test split', nl: null, en: 0.9, falseAlarms: 0, helped: 0.95 },
  { split: 'ax-test', about: 'fiftieth author (Dutch, danger from others and acute danger), frozen test split', nl: 0.94, en: null, falseAlarms: 0.045, helped: 1 },
  { split: 'ay-test', about: 'fifty-first author (mostly ordinary answers full of crisis words, Dutch and English), frozen test split', nl: 0.96, en: 1, falseAlarms: 0.03, helped: 0.97 },
  { split: 'az-test', about: 'fifty-second author (English said indirectly in many Englishes, mixed Dutch and English), frozen test split', nl: 1, en: 0.91, falseAlarms: 0.051, helped: 0.93 },
  { split: 'ba-test', about: 'fifty-third author (older Dutch people, second-language Dutch, older English speakers), frozen test split', nl: 0.96, en: 1, falseAlarms: 0.023, helped: 0.92 },
  { split: 'bb-test', about: 'fifty-fourth author (the many Englishes of a Dutch city, understatement, internet slang), frozen test split', nl: 1, en: 0.96, falseAlarms: 0.057, helped: 0.89 },
  { split: 'bc-test', about: 'fifty-fifth author (Flemish, Brabant and Limburg speech, chat spelling, very short messages, mixed Dutch and English), frozen test split', nl: 0.95, en: 0.95, falseAlarms: 0.016, helped: 0.85 },
  { split: 'bd-test', about: 'fifty-sixth author (crisis inside check-in answers and long messages, danger from others, acute danger), frozen test split', nl: 0.92, en: 0.97, falseAlarms: 0.046, helped: 0.97 },
  { split: 'be-test', about: 'fifty-seventh author (the boundary between crisis, low mood and ordinary messages, said quietly), frozen test split', nl: 1, en: 0.97, falseAlarms: 0.055, helped: 0.9 },
  { split: 'bf-test', about: 'fifty-eighth author (everyday Dutch and English adults, crises said in everyday words and implied by context), frozen test split', nl: 0.82, en: 0.83, falseAlarms: 0.055, helped: 0.95 },
  { split: 'bg-test', about: 'fifty-ninth author (English-speaking residents of every age and origin, plain varied English), frozen test split', nl: 0.96, en: 0.97, falseAlarms: 0.055, helped: 1 },
  { split: 'bh-test', about: 'sixtieth author (young people, danger at home, online threats, self-harm in their own words), frozen test split', nl: 0.95, en: 0.89, falseAlarms: 0.031, helped: 0.84 },
  { split: 'bi-test', about: 'sixty-first author (answers to the daily-life question, with or without a number), frozen test split', nl: 1, en: 0.98, falseAlarms: 0.072, helped: 0.94 },
  { split: 'bj-test', about: 'sixty-second author (chronic illness, addiction and recovery, homelessness, carers at the end of their strength), frozen test split', nl: 1, en: 1, falseAlarms: 0.076, helped: 0.97 },
  { split: 'bk-test', about: 'sixty-third author (older residents, widowhood, faith, euthanasia talk, hoarded pills, exhausted carers), frozen test split', nl: 0.96, en: 0.92, falseAlarms: 0.008, helped: 0.93 },
  { split: 'bl-test', about: 'sixty-fourth author (young people and Flemish speakers, chat spelling, self-harm in their words, danger at home, gaming idioms), frozen test split', nl: 0.94, en: 0.97, falseAlarms: 0.022, helped: 0.97 },
  { split: 'bm-test', about: 'sixty-fifth author (English-speaking residents: expats, students, refugees, second-language English, idioms), frozen test split', nl: 0.92, en: 0.94, falseAlarms: 0.008, helped: 0.95 },
  { split: 'bn-test', about: 'sixty-sixth author (crises and danger inside answers to the check-in, beside low scores with ordinary dark words), frozen test split', nl: 1, en: 0.97, falseAlarms: 0.02, helped: 0.97 },
  { split: 'bo-test', about: 'sixty-seventh author (few words, Dutch as a second language, low literacy, regional dialects), frozen test split', nl: 0.92, en: 0.83, falseAlarms: 0.015, helped: 0.95 },
  { split: 'bp-test', about: 'sixty-eighth author (crises implied by context in everyday words, beside equally everyday hard negatives), frozen test split', nl: 0.87, en: 0.85, falseAlarms: 0.067, helped: 0.91 },
  { split: 'bq-test', about: 'sixty-ninth author (English crises said indirectly: understatement, sport, games, faith, checking out), frozen test split', nl: 0.92, en: 0.92, falseAlarms: 0.03, helped: 0.9 },
  { split: 'br-test', about: 'seventieth author (ordinary check-in answers full of dark-sounding words, low mood and crises of the same shape), frozen test split', nl: 1, en: 1, falseAlarms: 0.011, helped: 0.97 },
  { split: 'bs-test', about: 'seventy-first author (danger from others and acute danger: partners, family, carers, stalkers, honour; quarrels and media as hard negatives), frozen test split', nl: 0.94, en: 0.94, falseAlarms: 0.022, helped: 0.97 },
  { split: 'bt-test', about: 'seventy-second author (passive death wishes and burden; funeral wishes, living wills and doctor-advised stops as hard negatives), frozen test split', nl: 0.96, en: 0.97, falseAlarms: 0.029, helped: 0.95 },
  { split: 'bu-test', about: 'seventy-third author (older residents, carers and Dutch as a second language; crises said in passing beside the house, the garden, church and grandchildren), frozen test split', nl: 0.93, en: 1, falseAlarms: 0.022, helped: 0.89 },
  { split: 'bv-test', about: 'seventy-fourth author (young people, students and young parents, chat spelling, Flemish, mixed Dutch and English; games, school and going out as hard negatives), frozen test split', nl: 0.97, en: 1, falseAlarms: 0.008, helped: 0.97 },
  { split: 'bw-test', about: 'seventy-fifth author (English-speaking residents from many countries, understatement and calm plans; the Dutch part in mixed voices), frozen test split', nl: 0.97, en: 0.96, falseAlarms: 0.051, helped: 1 },
  { split: 'bx-test', about: 'seventy-sixth author (hard negatives beside older, formal, Flemish and NT2 voices: idioms, medicines, bridges, ropes, goodbyes to a job or a club, other people’s risk), frozen test split', nl: 0.96, en: 1, falseAlarms: 0.037, helped: 0.93 },
  { split: 'by-test', about: 'seventy-seventh author (English-speaking residents of many backgrounds, understatement and euphemism, crises inside long messages and score answers; the Dutch part in mixed voices), frozen test split', nl: 1, en: 1, falseAlarms: 0.064, helped: 0.93 },
  { split: 'bz-test', about: 'seventy-eighth author (young Dutch and Flemish writers, straattaal, run-together words, voice-to-text slips, young parents and students), frozen test split', nl: 0.89, en: 1, falseAlarms: 0.032, helped: 0.86 },
  { split: 'ca-test', about: 'seventy-ninth author (Dutch and Flemish crises said indirectly: methods, places, preparations and farewells in practical words, beside ordinary plans, papers and goodbyes of the same shape), frozen test split', nl: 0.87, en: 0.87, falseAlarms: 0.05, helped: 0.91 },
  { split: 'cb-test', about: 'eightieth author (English crises said indirectly: preparations, calm farewells, plans with a date, control at home in ordinary words, beside ordinary plans, moves and goodbyes; the Dutch part in mixed voices), frozen test split', nl: 0.83, en: 0.85, falseAlarms: 0.03, helped: 1 },
  { split: 'cc-test', about: 'eighty-first author (answers during a check-in: other people’s troubles, daily life with dark-sounding words, and the resident’s own crisis hidden inside such answers), frozen test split', nl: 0.96, en: 1, falseAlarms: 0.049, helped: 0.9 },
];

describe('safety net on the corpus (what the turn does offline: rules and second opinion)', () => {
  for (const floor of FLOORS) {
    describe(`${floor.about} (${floor.split}.jsonl)`, () => {
      const rows = load(floor.split);
      for (const lang of ['nl', 'en'] as const) {
        const least = floor[lang];
        // A split of hard negatives holds no crisis messages: there is no recall to measure.
        if (least === null) continue;
        it(`finds at least ${least * 100} % of the crisis messages in ${lang}`, () => {
          expect(figures(rows.filter((r) => r.lang === lang)).recall).to.be.at.least(least);
        });
      }
      it(`answers at most ${floor.falseAlarms * 100} % of the other messages as crisis`, () => {
        expect(figures(rows).falseAlarms).to.be.at.most(floor.falseAlarms);
      });
      it(`points at least ${floor.helped * 100} % of the low-mood messages to help`, () => {
        expect(figures(rows).distressHelped).to.be.at.least(floor.helped);
      });
    });
  }

  for (const split of ['own', 'own2', 'own3']) {
    describe(`own short examples of the wording families (${split}.jsonl)`, () => {
      it('finds every crisis message', () => {
        expect(figures(load(split)).recall).to.equal(1);
      });
    });
  }

  // The targets of issue 12 on unseen messages; pending until the net reaches them on every frozen split.
  it.skip('reaches 95 % crisis recall per language, at most 1 % false alarms and 85 % low mood helped on every frozen split', () => {
    for (const split of FLOORS.map((f) => f.split).filter((name) => name.endsWith('test'))) {
      const rows = load(split);
      if (rows.some((r) => r.label === 'crisis')) for (const lang of ['nl', 'en'] as const) expect(figures(rows.filter((r) => r.lang === lang)).recall).to.be.at.least(0.95);
      expect(figures(rows).falseAlarms).to.be.at.most(0.01);
      expect(figures(rows).distressHelped).to.be.at.least(0.85);
    }
  });
});
