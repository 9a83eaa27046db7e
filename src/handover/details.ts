import { z } from 'zod';
import { DIMENSIONS, LOCALES } from '../health/dimensions.js';

const dimension = z.enum(DIMENSIONS);

/** How the resident wants to be reached; "chat" means a message back in this conversation. */
export const contactSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('phone'), phone: z.string().regex(/^\+31[1-9][0-9]{8}$/, { message: 'expected a phone number from validatePhone' }) }),
  z.object({ kind: z.literal('email'), email: z.email().max(254) }),
  z.object({ kind: z.literal('chat') }),
  z.object({ kind: z.literal('walk_in') }),
]);

/**
 * What a resident agreed to share with a welfare worker. Only this is stored with a request:
 * the resident saw each part before saying yes.
 */
export const handoverDetailsSchema = z.object({
  /** first name or nickname, whatever the resident wants to be called */
  name: z.string().trim().min(1).max(60),
  contact: contactSchema,
  preferredTimes: z.string().trim().min(1).max(200).optional(),
  scores: z.partialRecord(dimension, z.number().min(0).max(10)),
  chosenDimension: dimension.optional(),
  /** the dimensions the resident marked "hier wil ik over praten" */
  marks: z.array(dimension).max(DIMENSIONS.length),
  /** the resident's own words, only when they agreed to share them */
  words: z.string().trim().min(1).max(2000).optional(),
  activity: z.object({ id: z.string().min(1).max(100), title: z.string().min(1).max(200) }).optional(),
  locale: z.enum(LOCALES),
});

export type HandoverDetails = z.output<typeof handoverDetailsSchema>;
export type HandoverContact = z.output<typeof contactSchema>;
