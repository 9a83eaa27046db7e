import type { Dimension, Locale } from '../health/dimensions.js';

/**
 * The fixed vocabulary of interest tags. Matching, interest detection and the activities file all use these keys.
 * The file may also use the Dutch label from `TAG_LABELS_NL` (see columns.ts); both end up as the key below.
 */
export const TAGS = [
  'walking', // wandelen, samen een stukje lopen
  'sports', // sporten en bewegen in een groep
  'cooking', // koken, samen een maaltijd maken
  'eating-together', // samen eten, een maaltijd in de buurt
  'meeting-people', // nieuwe mensen leren kennen, koffieochtend
  'volunteering', // vrijwilligerswerk, iets doen voor een ander
  'sharing-skills', // iets doen met wat je kunt of vroeger deed (kapper, timmerman)
  'learning', // een cursus, iets nieuws leren
  'creative', // tekenen, schilderen, creatief bezig zijn
  'music', // zingen, muziek maken of luisteren
  'gardening', // tuinieren, moestuin
  'nature', // buiten zijn, natuur
  'crafts', // handwerk, klussen, repareren
  'reading', // lezen, leesclub, bibliotheek
  'language', // Nederlands oefenen, taalcafé
  'digital-skills', // computer, telefoon, internet
  'relaxation', // ontspannen, rust, yoga
  'talking', // een gesprek, je verhaal kwijt kunnen
  'money-matters', // hulp bij brieven, formulieren en geldzaken
  'housing', // wonen, je huis, de buurt
  'care-for-others', // zorgen voor een ander, mantelzorg, maatje zijn
  'games', // spelletjes, kaarten, schaken
  'children', // samen met (klein)kinderen
] as const;
export type Tag = (typeof TAGS)[number];

/** Weekdays as HSDS `byday` codes (iCalendar RRULE), Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * When an activity takes place. `weekly` follows HSDS schedule (freq WEEKLY, byday, opens_at, closes_at);
 * `appointment` is HSDS schedule with only a description ("op afspraak").
 */
export type Schedule =
  | { kind: 'weekly'; byday: readonly Weekday[]; opensAt: string; closesAt: string }
  | { kind: 'appointment' };

/** What taking part costs; HSDS 3 `cost_option` (amount in EUR) or a free/city-pass note in `fees_description`. */
export type Cost = { kind: 'free' } | { kind: 'amount'; euros: number } | { kind: 'citypass' };

/** HSDS `organization`: who offers the activity. */
export interface Organisation {
  name: string;
}

/** HSDS `location` + `address`: where it happens. `postcode4` is the 4 digits, used for "nearby". */
export interface Location {
  neighbourhood: string;
  address: string;
  postcode: string;
  postcode4: string;
  city?: string;
  accessibility?: string;
}

/** HSDS `phone` / service `email` / service `url`. At least one is always present. */
export interface Contact {
  phone?: string;
  url?: string;
  email?: string;
}

/**
 * One activity on the social map: an HSDS `service` with its organisation, location and schedule folded in.
 * Texts are in the file's own language (Dutch, B1); `translations` holds them in other languages the bot speaks,
 * shown to residents who speak that language when present.
 */
export interface Activity {
  id: string;
  title: string;
  description: string;
  translations?: Partial<Record<Locale, { title?: string; description?: string }>>;
  organisation: Organisation;
  dimensions: readonly Dimension[];
  tags: readonly Tag[];
  location: Location;
  schedule: Schedule;
  cost: Cost;
  /** ISO 639-1 codes such as "nl", "en", "ar". */
  languages: readonly string[];
  targetGroup?: string;
  contact: Contact;
  /** A welfare worker can go along the first time. */
  companion: boolean;
  /** The day (YYYY-MM-DD) someone last checked that the information is right, when the file says. */
  checkedOn?: string;
}

const DAY_MS = 86_400_000;

/** Days since the activity's information was last checked; undefined when the file does not say. */
export function daysSinceChecked(activity: Activity, now: number): number | undefined {
  if (!activity.checkedOn) return undefined;
  return Math.floor((now - Date.parse(`${activity.checkedOn}T00:00:00Z`)) / DAY_MS);
}

/**
 * The activities that may still be suggested: those not checked for longer than `hideAfterDays` are left out,
 * since their day, time or place may no longer be right. Activities without a date stay in.
 */
export function stillSuggested(activities: readonly Activity[], now: number, hideAfterDays: number): readonly Activity[] {
  const kept = activities.filter((a) => (daysSinceChecked(a, now) ?? 0) <= hideAfterDays);
  return kept.length === activities.length ? activities : kept;
}

/**
 * `stillSuggested` worked out once per list and day: matching prepares a list once and keeps it by identity,
 * so the same list must come back on every turn of the day.
 */
export function suggestedEachDay(hideAfterDays: number): (activities: readonly Activity[], now: number) => readonly Activity[] {
  let from: readonly Activity[] | undefined;
  let day = -1;
  let kept: readonly Activity[] = [];
  return (activities, now) => {
    const today = Math.floor(now / DAY_MS);
    if (activities !== from || today !== day) {
      kept = stillSuggested(activities, now, hideAfterDays);
      from = activities;
      day = today;
    }
    return kept;
  };
}

/** The title and description in the resident's language, falling back to the file's own text where none is given. */
export function activityText(activity: Activity, locale: Locale): { title: string; description: string } {
  const translated = activity.translations?.[locale];
  return { title: translated?.title ?? activity.title, description: translated?.description ?? activity.description };
}
