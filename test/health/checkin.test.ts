import { expect } from 'chai';
import {
  answer, back, checkInSchema, currentQuestion, dimensionScores, earlierAnswer, isComplete, mark, progress,
  questionSetSchema, resumePoint, skip, startCheckIn, unmark, type CheckIn, type QuestionSet,
} from '../../src/health/checkin.js';
import { DIMENSIONS } from '../../src/health/dimensions.js';

const standard: QuestionSet = { id: 'standard', questions: DIMENSIONS.map((d) => ({ id: d, dimension: d })) };
const extended: QuestionSet = {
  id: 'extended',
  questions: DIMENSIONS.flatMap((d) => [{ id: `${d}.1`, dimension: d }, { id: `${d}.2`, dimension: d }]),
};

/** Answers the questions of a set one by one with the given scores ('skip' skips). */
function walk(set: QuestionSet, replies: (number | 'skip')[]): CheckIn {
  return replies.reduce<CheckIn>((c, r) => (r === 'skip' ? skip(set, c) : answer(set, c, r)), startCheckIn(set));
}

describe('check-in', () => {
  it('starts at the first question, "1 of 6"', () => {
    const c = startCheckIn(standard);
    expect(currentQuestion(standard, c)?.id).to.equal('body');
    expect(progress(standard, c)).to.deep.equal({ number: 1, total: 6 });
    expect(isComplete(standard, c)).to.equal(false);
  });

  it('moves on after an answer and shows "2 of 6"', () => {
    const c = answer(standard, startCheckIn(standard), 7);
    expect(currentQuestion(standard, c)?.id).to.equal('daily');
    expect(progress(standard, c)).to.deep.equal({ number: 2, total: 6 });
    expect(c.answers).to.deep.equal({ body: 7 });
  });

  it('does not change the check-in it was given', () => {
    const start = startCheckIn(standard);
    answer(standard, start, 7);
    expect(start).to.deep.equal({ setId: 'standard', answers: {}, marks: [], position: 0 });
  });

  it('is complete after six answers, with a score per dimension', () => {
    const c = walk(standard, [7, 5, 8, 6.5, 4, 9]);
    expect(isComplete(standard, c)).to.equal(true);
    expect(currentQuestion(standard, c)).to.equal(undefined);
    expect(progress(standard, c)).to.deep.equal({ number: 6, total: 6 });
    expect(dimensionScores(standard, c)).to.deep.equal({ body: 7, daily: 5, participation: 8, quality: 6.5, mind: 4, meaning: 9 });
  });

  it('leaves a skipped dimension out of the scores, but the check-in still completes', () => {
    const c = walk(standard, [7, 'skip', 8, 6, 4, 9]);
    expect(isComplete(standard, c)).to.equal(true);
    expect(dimensionScores(standard, c)).to.not.have.property('daily');
    expect(c.answers.daily).to.equal('skipped');
  });

  it('goes back to the previous question and shows the earlier answer', () => {
    let c = walk(standard, [7, 6]);
    c = back(standard, c);
    expect(currentQuestion(standard, c)?.id).to.equal('daily');
    expect(earlierAnswer(standard, c)).to.equal(6);
    expect(progress(standard, c)).to.deep.equal({ number: 2, total: 6 });
  });

  it('takes a changed answer after going back and continues at the first open question', () => {
    let c = walk(standard, [7, 6, 5]);
    c = back(standard, back(standard, c));
    expect(currentQuestion(standard, c)?.id).to.equal('daily');
    c = answer(standard, c, 8);
    expect(c.answers.daily).to.equal(8);
    expect(currentQuestion(standard, c)?.id).to.equal('quality');
  });

  it('stays at the first question when going back there', () => {
    const c = back(standard, startCheckIn(standard));
    expect(currentQuestion(standard, c)?.id).to.equal('body');
  });

  it('can go back from the end to change the last answer', () => {
    let c = back(standard, walk(standard, [7, 5, 8, 6, 4, 9]));
    expect(isComplete(standard, c)).to.equal(false);
    expect(earlierAnswer(standard, c)).to.equal(9);
    c = answer(standard, c, 10);
    expect(isComplete(standard, c)).to.equal(true);
    expect(dimensionScores(standard, c).meaning).to.equal(10);
  });

  it('has no earlier answer for a new question', () => {
    expect(earlierAnswer(standard, startCheckIn(standard))).to.equal(undefined);
  });

  it('marks a dimension once, and unmarks it', () => {
    let c = mark(mark(startCheckIn(standard), 'mind'), 'mind');
    c = mark(c, 'body');
    expect(c.marks).to.deep.equal(['mind', 'body']);
    expect(unmark(c, 'mind').marks).to.deep.equal(['body']);
  });

  it('refuses a score outside 0..10 or between halves, naming the cause', () => {
    const c = startCheckIn(standard);
    expect(() => answer(standard, c, 11)).to.throw(RangeError, /0 to 10/);
    expect(() => answer(standard, c, -1)).to.throw(RangeError);
    expect(() => answer(standard, c, 7.3)).to.throw(RangeError);
    expect(() => answer(standard, c, Number.NaN)).to.throw(RangeError);
  });

  it('refuses an answer after the last question', () => {
    const c = walk(standard, [1, 2, 3, 4, 5, 6]);
    expect(() => answer(standard, c, 7)).to.throw(/finished/);
  });

  describe('extended set', () => {
    it('asks twelve questions and averages each dimension to one decimal', () => {
      let c = startCheckIn(extended);
      expect(progress(extended, c)).to.deep.equal({ number: 1, total: 12 });
      c = walk(extended, [7, 8, 5, 'skip', 6, 6.5, 3, 4, 9, 10, 'skip', 'skip']);
      expect(isComplete(extended, c)).to.equal(true);
      expect(dimensionScores(extended, c)).to.deep.equal({ body: 7.5, daily: 5, participation: 6.3, quality: 3.5, mind: 9.5 });
    });

    it('rounds a mean to one decimal', () => {
      const set: QuestionSet = { id: 'three', questions: [{ id: 'a', dimension: 'body' }, { id: 'b', dimension: 'body' }, { id: 'c', dimension: 'body' }] };
      const c = walk(set, [7, 7, 8]);
      expect(dimensionScores(set, c)).to.deep.equal({ body: 7.3 });
    });
  });

  describe('a returning resident', () => {
    it('continues at the first open question', () => {
      const saved: CheckIn = { ...walk(standard, [7, 6]), position: 0 };
      const c = resumePoint(standard, saved);
      expect(currentQuestion(standard, c)?.id).to.equal('participation');
      expect(progress(standard, c)).to.deep.equal({ number: 3, total: 6 });
    });

    it('ignores answers to questions that no longer exist', () => {
      const saved: CheckIn = { setId: 'old', answers: { body: 7, gone: 3, daily: 'skipped' }, marks: ['mind'], position: 3 };
      const c = resumePoint(standard, saved);
      expect(c.answers).to.deep.equal({ body: 7, daily: 'skipped' });
      expect(c.setId).to.equal('standard');
      expect(c.marks).to.deep.equal(['mind']);
      expect(currentQuestion(standard, c)?.id).to.equal('participation');
      expect(dimensionScores(standard, saved)).to.deep.equal({ body: 7 });
    });

    it('asks a question that was added before the place they left off', () => {
      const saved = walk(standard, [7, 6, 5]);
      const changed: QuestionSet = { id: 'v2', questions: [...standard.questions.slice(0, 1), { id: 'body.extra', dimension: 'body' }, ...standard.questions.slice(1)] };
      const c = resumePoint(changed, saved);
      expect(currentQuestion(changed, c)?.id).to.equal('body.extra');
      const next = answer(changed, c, 9);
      expect(currentQuestion(changed, next)?.id).to.equal('quality');
      expect(dimensionScores(changed, next).body).to.equal(8);
    });

    it('survives a position beyond a set that became shorter', () => {
      const saved: CheckIn = { setId: 'long', answers: {}, marks: [], position: 40 };
      expect(currentQuestion(standard, saved)).to.equal(undefined);
      expect(isComplete(standard, saved)).to.equal(false);
      expect(currentQuestion(standard, resumePoint(standard, saved))?.id).to.equal('body');
    });

    it('is not fooled by a question id like "constructor"', () => {
      const set: QuestionSet = { id: 'odd', questions: [{ id: 'constructor', dimension: 'body' }] };
      expect(earlierAnswer(set, startCheckIn(set))).to.equal(undefined);
      expect(isComplete(set, startCheckIn(set))).to.equal(false);
    });
  });

  describe('reading stored state and question sets', () => {
    it('keeps valid answers and marks from stored state and drops broken ones', () => {
      const parsed = checkInSchema.parse({ setId: 's', answers: { a: 7, b: 'skipped', c: 42, d: 'x', e: 6.5 }, marks: ['mind', 'nope', 'mind'], position: 2 });
      expect(parsed).to.deep.equal({ setId: 's', answers: { a: 7, b: 'skipped', e: 6.5 }, marks: ['mind'], position: 2 });
    });

    it('accepts the standard and extended sets', () => {
      expect(questionSetSchema.safeParse(standard).success).to.equal(true);
      expect(questionSetSchema.safeParse(extended).success).to.equal(true);
    });

    it('refuses a set with a duplicate id or a missing dimension, saying which', () => {
      const duplicate = { id: 'x', questions: [...standard.questions, { id: 'body', dimension: 'body' }] };
      const missing = { id: 'y', questions: [...standard.questions.slice(1), { id: 'daily.2', dimension: 'daily' }] };
      const messages = (data: unknown) => questionSetSchema.safeParse(data).error?.issues.map((i) => i.message).join('\n');
      expect(messages(duplicate)).to.contain('"body" is used twice');
      expect(messages(missing)).to.contain('no question asks about the dimension "body"');
    });
  });
});
