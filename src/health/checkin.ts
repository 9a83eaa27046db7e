import { z } from 'zod';
import { DIMENSIONS, isDimension, type Dimension } from './dimensions.js';
import { MAX_SCORE, MIN_SCORE } from './answers.js';

/** One question of a check-in; its wording lives in prompts/ under the same id. */
export interface Question {
  readonly id: string;
  readonly dimension: Dimension;
}

/** The questions a check-in asks, in order: the standard set has one per dimension, the extended set several. */
export interface QuestionSet {
  readonly id: string;
  readonly questions: readonly Question[];
}

/** What a resident gave for one question: a score 0..10 (halves allowed), or "skipped". */
export type Answer = number | 'skipped';

/**
 * A check-in in progress, plain JSON so it can live in bot state.
 * `position` is the index of the question being asked; it equals the number of questions once finished.
 */
export interface CheckIn {
  readonly setId: string;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly marks: readonly Dimension[];
  readonly position: number;
}

/** Where the resident is: "question 2 of 6". A type alias, so it can be passed straight to a prompt as variables. */
export type Progress = {
  readonly number: number;
  readonly total: number;
};

/**
 * A score as the check-in keeps it: a number from MIN_SCORE to MAX_SCORE in halves. A plain check, not a schema of
 * its own: it runs for every answer of every stored check-in on every turn, inside the check-in's schema.
 */
function isScore(value: unknown): value is number {
  return typeof value === 'number' && value >= MIN_SCORE && value <= MAX_SCORE && Number.isInteger(value * 2);
}

/** Validates a question set read from prompts/: unique ids, known dimensions, every dimension asked at least once. */
export const questionSetSchema = z
  .object({
    id: z.string().min(1),
    questions: z
      .array(z.object({ id: z.string().min(1), dimension: z.enum(DIMENSIONS) }))
      .min(DIMENSIONS.length),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    for (const [i, q] of set.questions.entries()) {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question id "${q.id}" is used twice` });
      seen.add(q.id);
    }
    for (const dimension of DIMENSIONS) {
      if (!set.questions.some((q) => q.dimension === dimension)) {
        ctx.addIssue({ code: 'custom', path: ['questions'], message: `no question asks about the dimension "${dimension}"` });
      }
    }
  });

/**
 * Validates a check-in read back from bot state, which may be from an older version of the bot.
 * Unknown answer values are dropped rather than refused, so a resident never loses a whole check-in.
 */
export const checkInSchema = z.object({
  setId: z.string(),
  answers: z.record(z.string(), z.unknown()).transform((raw): Readonly<Record<string, Answer>> => {
    const answers: Record<string, Answer> = {};
    for (const [id, value] of Object.entries(raw)) {
      if (value === 'skipped' || isScore(value)) answers[id] = value;
    }
    return answers;
  }),
  marks: z.array(z.unknown()).transform((raw): readonly Dimension[] => [...new Set(raw.filter(isDimension))]),
  position: z.number().int().min(0),
});

/** A fresh check-in at the first question. */
export function startCheckIn(set: QuestionSet): CheckIn {
  return { setId: set.id, answers: {}, marks: [], position: 0 };
}

/** The question to ask now, or undefined when the check-in is finished. */
export function currentQuestion(set: QuestionSet, checkIn: CheckIn): Question | undefined {
  return set.questions[clampPosition(set, checkIn.position)];
}

/** The answer given earlier to the current question (after "terug"), so the dialog can say "je gaf eerder een 6". */
export function earlierAnswer(set: QuestionSet, checkIn: CheckIn): Answer | undefined {
  const question = currentQuestion(set, checkIn);
  return question ? ownAnswer(checkIn, question.id) : undefined;
}

/**
 * Stores a score for the current question and moves to the next question still open.
 * Throws when the score is not 0..10 in halves or the check-in is finished: both are mistakes in the calling dialog.
 */
export function answer(set: QuestionSet, checkIn: CheckIn, score: number): CheckIn {
  if (!isScore(score)) {
    throw new RangeError(`A score must be 0 to 10 in steps of 0.5, got ${score}; pass the score from parseScore or scoreFromSentiment`);
  }
  return record(set, checkIn, score);
}

/** Skips the current question: it stays empty in the spider web and does not count for the scores. */
export function skip(set: QuestionSet, checkIn: CheckIn): CheckIn {
  return record(set, checkIn, 'skipped');
}

/** Goes back one question; its old answer stays, so the resident can keep or change it. */
export function back(set: QuestionSet, checkIn: CheckIn): CheckIn {
  const position = clampPosition(set, checkIn.position);
  return position === 0 ? { ...checkIn, position } : { ...checkIn, position: position - 1 };
}

/** Marks a dimension as "I want to talk about this". */
export function mark(checkIn: CheckIn, dimension: Dimension): CheckIn {
  return checkIn.marks.includes(dimension) ? checkIn : { ...checkIn, marks: [...checkIn.marks, dimension] };
}

/** Removes the "I want to talk about this" mark. */
export function unmark(checkIn: CheckIn, dimension: Dimension): CheckIn {
  return checkIn.marks.includes(dimension) ? { ...checkIn, marks: checkIn.marks.filter((d) => d !== dimension) } : checkIn;
}

/** True when every question of the set has an answer (or was skipped) and no question is being asked again. */
export function isComplete(set: QuestionSet, checkIn: CheckIn): boolean {
  return currentQuestion(set, checkIn) === undefined && set.questions.every((q) => ownAnswer(checkIn, q.id) !== undefined);
}

/** "Question 2 of 6"; once finished, the number equals the total. */
export function progress(set: QuestionSet, checkIn: CheckIn): Progress {
  const total = set.questions.length;
  return { number: Math.min(total, clampPosition(set, checkIn.position) + 1), total };
}

/**
 * The score per dimension: the mean of its answered questions, to one decimal.
 * Skipped questions and answers to questions no longer in the set do not count; a dimension without answers is absent.
 */
export function dimensionScores(set: QuestionSet, checkIn: CheckIn): Partial<Record<Dimension, number>> {
  const scores: Partial<Record<Dimension, number>> = {};
  for (const dimension of DIMENSIONS) {
    const values = set.questions
      .filter((q) => q.dimension === dimension)
      .map((q) => ownAnswer(checkIn, q.id))
      .filter((a): a is number => typeof a === 'number');
    if (values.length > 0) scores[dimension] = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
  }
  return scores;
}

/**
 * The check-in of a returning resident, fitted to the current question set and placed at the first open question.
 * Answers to questions that no longer exist are dropped; new questions are asked.
 */
export function resumePoint(set: QuestionSet, checkIn: CheckIn): CheckIn {
  const known = new Set(set.questions.map((q) => q.id));
  const answers = Object.fromEntries(Object.entries(checkIn.answers).filter(([id]) => known.has(id)));
  const fitted: CheckIn = { ...checkIn, setId: set.id, answers };
  return { ...fitted, position: nextOpen(set, fitted, -1) };
}

function record(set: QuestionSet, checkIn: CheckIn, value: Answer): CheckIn {
  const question = currentQuestion(set, checkIn);
  if (!question) throw new Error('The check-in is finished; check isComplete before asking for an answer');
  const updated: CheckIn = { ...checkIn, answers: { ...checkIn.answers, [question.id]: value } };
  return { ...updated, position: nextOpen(set, updated, clampPosition(set, checkIn.position)) };
}

/** The first open question after `from`, else the first open one before it, else the end. */
function nextOpen(set: QuestionSet, checkIn: CheckIn, from: number): number {
  const open = (i: number) => {
    const q = set.questions[i];
    return q !== undefined && ownAnswer(checkIn, q.id) === undefined;
  };
  for (let i = from + 1; i < set.questions.length; i++) if (open(i)) return i;
  for (let i = 0; i <= from && i < set.questions.length; i++) if (open(i)) return i;
  return set.questions.length;
}

function ownAnswer(checkIn: CheckIn, id: string): Answer | undefined {
  // Own properties only: a question id such as "constructor" must not find Object.prototype.
  return Object.hasOwn(checkIn.answers, id) ? checkIn.answers[id] : undefined;
}

function clampPosition(set: QuestionSet, position: number): number {
  if (!Number.isInteger(position) || position < 0) return 0;
  return Math.min(position, set.questions.length);
}
