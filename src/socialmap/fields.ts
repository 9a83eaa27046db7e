import { DEFAULT_LOCALE } from '../content/locales.js';
import { z } from 'zod';
import { DIMENSIONS, type Dimension } from '../health/dimensions.js';
import { WEEKDAYS, type Cost, type Tag, type Weekday } from './model.js';
import type { ColumnName } from './columns.js';
import {
  APPOINTMENT_WORDS, CITYPASS_WORDS, DIMENSION_WORDS, FREE_WORDS, LANGUAGE_WORDS, NO_WORDS, TAG_WORDS, WEEKDAY_WORDS,
  YES_WORDS, lookup, normaliseWord,
} from './vocabulary.js';

/**
 * One zod schema per column: a text cell in, a typed value out. Every message is a fix a municipal
 * employee can act on, in Dutch, because they maintain the file.
 */

type Ctx = z.core.$RefinementCtx<string>;

const dimensionByWord = lookup(DIMENSION_WORDS);
const tagByWord = lookup(TAG_WORDS);
const weekdayByWord = lookup(WEEKDAY_WORDS);
const languageByWord = lookup(LANGUAGE_WORDS);

const DIMENSION_HINT = DIMENSIONS.map((d) => DIMENSION_WORDS[d][0]).join(', ');
const TAG_HINT = (Object.keys(TAG_WORDS) as Tag[]).map((t) => TAG_WORDS[t][0]).join(', ');

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER as never;
}

const cell = z.string().optional().transform((v) => (v ?? '').trim());

/** Splits a list cell on `|` or `,`; empty parts are dropped. */
export function splitList(value: string): string[] {
  return value.split(/[|,]/).map((part) => part.trim()).filter(Boolean);
}

function requiredText(what: string, max: number) {
  return cell.transform((v, ctx) => {
    if (v === '') return fail(ctx, `dit vak is leeg. Schrijf ${what}.`);
    if (v.length > max) return fail(ctx, `de tekst is te lang (${v.length} tekens). Maak hem korter: hoogstens ${max} tekens.`);
    return v;
  });
}

function optionalText(max: number) {
  return cell.transform((v, ctx) => {
    if (v.length > max) return fail(ctx, `de tekst is te lang (${v.length} tekens). Maak hem korter: hoogstens ${max} tekens.`);
    return v === '' ? undefined : v;
  });
}

function wordList<K extends string>(map: Map<string, K>, hint: string, required: string | undefined) {
  return cell.transform((v, ctx) => {
    const parts = splitList(v);
    if (parts.length === 0 && required) return fail(ctx, `dit vak is leeg. Schrijf ${required}, gescheiden door | of een komma.`);
    const unknown = parts.filter((p) => !map.has(normaliseWord(p)));
    if (unknown.length > 0) {
      const quoted = unknown.map((u) => `'${u}'`).join(', ');
      return fail(ctx, `${quoted} ${unknown.length === 1 ? 'is geen bekende waarde' : 'zijn geen bekende waarden'}. Kies uit: ${hint}.`);
    }
    return [...new Set(parts.map((p) => map.get(normaliseWord(p)) as K))];
  });
}

/** Parses "ma|wo", "ma-vr", "dinsdag" or "op afspraak"; `appointment` means no fixed days. */
const days = cell.transform((v, ctx): Weekday[] | 'appointment' => {
  if (v === '') return fail(ctx, 'dit vak is leeg. Schrijf de dagen, zoals ma|wo, of schrijf: op afspraak.');
  if (APPOINTMENT_WORDS.includes(normaliseWord(v))) return 'appointment';
  const result = new Set<Weekday>();
  for (const part of splitList(v)) {
    const range = part.split(/\s*(?:t\/m|tot en met|-)\s*/i);
    const [from, to] = range.map((r) => weekdayByWord.get(normaliseWord(r)));
    if (from === undefined || (range.length === 2 && to === undefined) || range.length > 2) {
      return fail(ctx, `'${part}' is geen bekende dag. Schrijf dagen zoals ma, di, wo, do, vr, za, zo (bijvoorbeeld ma|wo of ma-vr), of: op afspraak.`);
    }
    const end = to ?? from;
    for (let i = WEEKDAYS.indexOf(from); ; i = (i + 1) % 7) {
      result.add(WEEKDAYS[i] as Weekday);
      if (WEEKDAYS[i] === end) break;
    }
  }
  return WEEKDAYS.filter((d) => result.has(d));
});

/** Parses 9:30, 09:30, 9.30 or 10 into "HH:MM". */
const time = cell.transform((v, ctx) => {
  if (v === '') return undefined;
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*uur)?$/i.exec(v);
  const hours = m ? Number(m[1]) : NaN;
  const minutes = m?.[2] ? Number(m[2]) : 0;
  if (!m || hours > 23 || minutes > 59) return fail(ctx, `'${v}' is geen tijd. Schrijf een tijd zoals 9:30 of 14:00.`);
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
});

const cost = cell.transform((v, ctx): Cost => {
  const word = normaliseWord(v);
  if (FREE_WORDS.includes(word)) return { kind: 'free' };
  if (CITYPASS_WORDS.includes(word)) return { kind: 'citypass' };
  const m = /^(?:€|eur|euro)?\s*(\d{1,4})(?:[.,](\d{1,2}))?\s*(?:€|eur|euro)?$/.exec(word);
  if (!m) {
    const shown = v === '' ? 'dit vak is leeg.' : `'${v}' is geen bekende waarde.`;
    return fail(ctx, `${shown} Schrijf: gratis, een bedrag zoals 2,50, of stadspas.`);
  }
  const euros = Number(`${m[1]}.${(m[2] ?? '0').padEnd(2, '0')}`);
  return euros === 0 ? { kind: 'free' } : { kind: 'amount', euros };
});

/** A date as YYYY-MM-DD, also written as DD-MM-YYYY; empty means "not known". */
const checkedOn = cell.transform((v, ctx) => {
  if (v === '') return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!year || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return fail(ctx, `'${v}' is geen datum. Schrijf een datum zoals 2026-03-31.`);
  }
  return date;
});

const postcode = cell.transform((v, ctx) => {
  const m = /^([1-9]\d{3})\s?([a-zA-Z]{2})$/.exec(v);
  if (!m) return fail(ctx, `${v === '' ? 'dit vak is leeg.' : `'${v}' is geen postcode.`} Schrijf een postcode zoals 7411 AB.`);
  return `${m[1]} ${(m[2] as string).toUpperCase()}`;
});

const phone = cell.transform((v, ctx) => {
  if (v === '') return undefined;
  if (!/^(\+31|0)[0-9 -]{8,14}$/.test(v) || v.replace(/\D/g, '').length < 10) {
    return fail(ctx, `'${v}' is geen telefoonnummer. Schrijf een nummer zoals 0570-123456.`);
  }
  return v;
});

const website = cell.transform((v, ctx) => {
  if (v === '') return undefined;
  const withScheme = /^www\./i.test(v) ? `https://${v}` : v;
  if (!/^https?:\/\//i.test(withScheme) || !URL.canParse(withScheme) || /\s/.test(withScheme)) {
    return fail(ctx, `'${v}' is geen webadres. Schrijf een adres zoals https://www.voorbeeld.nl.`);
  }
  return withScheme;
});

const email = cell.transform((v, ctx) => {
  if (v === '') return undefined;
  if (!z.email().safeParse(v).success) return fail(ctx, `'${v}' is geen e-mailadres. Schrijf een adres zoals info@voorbeeld.nl.`);
  return v;
});

const companion = cell.transform((v, ctx) => {
  const word = normaliseWord(v);
  if (YES_WORDS.includes(word)) return true;
  if (NO_WORDS.includes(word)) return false;
  return fail(ctx, `'${v}' is geen bekende waarde. Schrijf: ja of nee. Leeg betekent nee.`);
});

const id = cell.transform((v, ctx) => {
  if (v === '') return fail(ctx, 'dit vak is leeg. Geef elke activiteit een eigen code, zoals LV-001.');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(v)) {
    return fail(ctx, `'${v}' is geen geldige code. Gebruik alleen letters, cijfers en streepjes, zoals LV-001.`);
  }
  return v;
});

const languages = cell.transform((v, ctx) => {
  const parts = splitList(v);
  // No languages given: the activity speaks the file's own language.
  if (parts.length === 0) return [DEFAULT_LOCALE];
  const codes: string[] = [];
  for (const part of parts) {
    const word = normaliseWord(part);
    const code = languageByWord.get(word) ?? (/^[a-z]{2,3}$/.test(word) ? word : undefined);
    if (code === undefined) return fail(ctx, `'${part}' is geen bekende taal. Schrijf een taalcode zoals nl, en of ar, gescheiden door |.`);
    codes.push(code);
  }
  return [...new Set(codes)];
});

/** The schema for each column. Columns not listed here do not exist. */
export const FIELD_SCHEMAS = {
  id,
  titel: requiredText('de naam van de activiteit', 80),
  beschrijving: requiredText('in een of twee korte zinnen wat je er doet', 300),
  titel_en: optionalText(80),
  beschrijving_en: optionalText(300),
  organisatie: requiredText('de naam van de organisatie', 100),
  dimensies: wordList<Dimension>(dimensionByWord, DIMENSION_HINT, 'een of meer dimensies, zoals meedoen|lichaam'),
  tags: wordList<Tag>(tagByWord, TAG_HINT, undefined),
  wijk: requiredText('de naam van de wijk', 60),
  adres: requiredText('straat en huisnummer', 100),
  postcode,
  plaats: optionalText(60),
  dagen: days,
  begintijd: time,
  eindtijd: time,
  kosten: cost,
  toegankelijkheid: optionalText(200),
  talen: languages,
  doelgroep: optionalText(100),
  telefoon: phone,
  website,
  email,
  meegaan: companion,
  laatst_gecontroleerd: checkedOn,
} satisfies Record<ColumnName, z.ZodType>;

/** The typed value of each column after its schema succeeded. */
export type Fields = { [K in ColumnName]: z.output<(typeof FIELD_SCHEMAS)[K]> };
