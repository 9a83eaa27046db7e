import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LOCALES } from '../health/dimensions.js';
import { questionSetSchema, type QuestionSet } from '../health/checkin.js';
import type { Prompts } from './prompts.js';

const fileSchema = z.object({
  active: z.string().min(1),
  sets: z.record(z.string(), z.array(z.object({ id: z.string().regex(/^[a-z_]+$/), dimension: z.string() }))),
});

/**
 * Reads the active question set from `prompts/questions.json` and checks that every question has
 * an `ask` and an `explain` text in every locale and that every dimension is asked.
 */
export function loadQuestionSet(file: string, prompts: Prompts, override?: string): QuestionSet {
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const id = override ?? parsed.data.active;
  const listed = parsed.data.sets[id];
  if (!listed) throw new Error(`${file}: "active" names the set "${id}", but there is no such set. Known: ${Object.keys(parsed.data.sets).join(', ')}`);
  const set = questionSetSchema.safeParse({ id, questions: listed });
  const problems = set.success ? [] : set.error.issues.map((i) => i.message);
  for (const q of listed) {
    for (const locale of LOCALES) {
      for (const part of ['ask', 'explain']) {
        if (!prompts.has(locale, `questions.${q.id}.${part}`)) problems.push(`prompts/${locale}/questions.json has no "${q.id}.${part}"`);
      }
    }
  }
  if (!set.success || problems.length > 0) throw new Error(`Question set "${id}" in ${file} cannot be used:\n- ${problems.join('\n- ')}`);
  return set.data;
}
