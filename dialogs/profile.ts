import { z } from 'zod';
import { checkInSchema } from '../src/health/checkin.js';
import { DIMENSIONS, LOCALES, type Dimension, type Locale } from '../src/health/dimensions.js';

/** Where the resident is in the whole conversation; the router picks the next part from this. */
export const STAGES = ['new', 'checkin', 'reflection', 'next', 'activities', 'handover', 'done', 'declined'] as const;
export type Stage = (typeof STAGES)[number];

/** How many finished check-ins a resident keeps, to compare with: the first and the latest few. */
export const HISTORY_KEPT = 5;

const scores = z.partialRecord(z.enum(DIMENSIONS), z.number().min(0).max(10));

/** A finished check-in, kept so a returning resident can see it and compare: when, and the score per dimension. */
const finishedCheckIn = z.object({ at: z.number(), scores });
export type FinishedCheckIn = z.infer<typeof finishedCheckIn>;

/**
 * What the bot keeps about one resident between conversations (stored under `r/<resident>/profile`), read with a
 * schema because it comes from storage and may have been written by an earlier version. A field that cannot be read
 * falls back to its default rather than losing the whole profile; fields this version does not know are kept.
 */
function profileSchema(defaultLocale: Locale) {
  return z.looseObject({
    locale: z.enum(LOCALES).catch(defaultLocale),
    stage: z.enum(STAGES).catch('new'),
    checkIn: checkInSchema.optional().catch(undefined),
    /** what the resident wrote about what matters to them, with personal data redacted */
    important: z.string().optional().catch(undefined),
    chosen: z.enum(DIMENSIONS).optional().catch(undefined),
    /** the activity a resident wants someone to go along to */
    activity: z.object({ id: z.string(), title: z.string() }).optional().catch(undefined),
    postcode4: z.string().optional().catch(undefined),
    campaign: z.string().optional().catch(undefined),
    lastMessageAt: z.number().optional().catch(undefined),
    /** how sure the bot is, over the last messages, that the resident writes in another language it speaks */
    heardOtherLanguage: z.number().min(0).optional().catch(undefined),
    /** earlier finished check-ins, oldest first */
    history: z.array(finishedCheckIn).optional().catch(undefined),
  });
}
export type Profile = z.infer<ReturnType<typeof profileSchema>>;

/** One schema per default language, built once: building a zod schema costs far more than using it. */
const schemas = new Map<Locale, ReturnType<typeof profileSchema>>();
function schemaFor(defaultLocale: Locale): ReturnType<typeof profileSchema> {
  const known = schemas.get(defaultLocale);
  if (known) return known;
  const built = profileSchema(defaultLocale);
  schemas.set(defaultLocale, built);
  return built;
}

/** A profile for a resident the bot has not met. */
export function newProfile(locale: Locale): Profile {
  return { locale, stage: 'new' };
}

/** Reads a stored profile; anything unreadable becomes a fresh profile in the default language. */
export function readProfile(stored: unknown, defaultLocale: Locale): Profile {
  const parsed = schemaFor(defaultLocale).safeParse(stored);
  return parsed.success ? parsed.data : newProfile(defaultLocale);
}

/** Adds a finished check-in to the history, keeping the first one and the latest ones. */
export function remember(history: readonly FinishedCheckIn[] | undefined, finished: FinishedCheckIn): FinishedCheckIn[] {
  const [first, ...later] = [...(history ?? []), finished];
  if (!first) return [finished];
  return [first, ...later.slice(Math.max(0, later.length - HISTORY_KEPT + 1))];
}

/** The finished check-in before the latest one, to show "then and now"; undefined for a first check-in. */
export function earlierThanLatest(history: readonly FinishedCheckIn[] | undefined): FinishedCheckIn | undefined {
  return history && history.length >= 2 ? history[history.length - 2] : undefined;
}

/** The scores of a dimension list, for a picture or a comparison. */
export type Scores = Partial<Record<Dimension, number>>;
