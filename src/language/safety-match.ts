import { CONCEPTS, type ConceptName } from './safety-concepts.js';
import { CLAUSE_BREAK, safetySentences, squeeze } from './safety-normalize.js';
import { RULES, type Rule, type SafetyCategory } from './safety-rules.js';

/** One word of a concept entry: exact, a prefix ("snij*"), a suffix ("*moord") or inside a word ("*moord*"). */
interface WordMatcher {
  kind: 'exact' | 'prefix' | 'suffix' | 'infix';
  text: string;
}

/** A compiled concept entry; `rest` are the following words of a several-word entry, in order. */
interface Entry {
  concept: number;
  rest: readonly WordMatcher[];
  /** its place among all entries: entries found at one word are tried in this order */
  order: number;
}

/** One place in a sentence where a concept was found, as token indices. */
interface Hit {
  concept: number;
  start: number;
  end: number;
}

interface Atom {
  /** alternatives that must be in the sentence */
  concepts: readonly number[];
  /** alternatives that may be anywhere in the message ("~") */
  anywhere: readonly number[];
  clauseFinal: boolean;
}

interface CompiledPattern {
  source: string;
  atoms: readonly Atom[];
  excludeSentence: readonly number[];
  excludeMessage: readonly number[];
  negated: boolean;
  window?: number;
  /** concepts that must be in the sentence; "X ~X" then asks for X twice in the message */
  inSentence: ReadonlySet<number>;
  /** the concepts of its first part that must be in the sentence itself: without one of them it cannot match */
  anchor: readonly number[];
  /** its place among all patterns, for the per-sentence list of patterns worth trying */
  id: number;
}

interface CompiledRule {
  rule: Rule;
  patterns: readonly CompiledPattern[];
  window: number;
}

/** Most words a several-word entry may skip between its words ("breng ... om"). */
const ENTRY_GAP = 1;
/** How far before a match a negation still counts ("ik wil echt niet meer dood" has it two words before). */
const NEGATION_REACH = 2;
/** A comma between two parts of a match counts as this many words. */
const BREAK_COST = 3;

const conceptNames = Object.keys(CONCEPTS) as ConceptName[];
const conceptIndex = new Map<string, number>(conceptNames.map((name, i) => [name, i]));

function conceptId(name: string, where: string): number {
  const id = conceptIndex.get(name);
  if (id === undefined) throw new Error(`safety rule "${where}" names unknown concept ${name}; add it to safety-concepts.ts`);
  return id;
}

function wordMatcher(word: string): WordMatcher {
  const starts = word.startsWith('*');
  const ends = word.endsWith('*');
  const text = squeeze(word.replace(/^\*|\*$/g, ''));
  if (starts && ends) return { kind: 'infix', text };
  if (starts) return { kind: 'suffix', text };
  if (ends) return { kind: 'prefix', text };
  return { kind: 'exact', text };
}

function matches(m: WordMatcher, token: string): boolean {
  switch (m.kind) {
    // Spoken Dutch drops a final n: "zitte", "leve", "make"
    case 'exact': return token === m.text || (token.length >= 4 && token.endsWith('e') && `${token}n` === m.text);
    case 'prefix': return token.startsWith(m.text);
    case 'suffix': return token.endsWith(m.text);
    case 'infix': return token.includes(m.text);
  }
}

// Entries are indexed by their first word, so finding the concepts of a token is a few map look-ups. An entry of several
// words whose first two words are plain words is indexed by both: a common first word ("ik", "not", "in" each begin a few
// hundred entries) then costs a look-up of the pair, not a try of every entry it begins.
const exactIndex = new Map<string, Entry[]>();
const pairIndex = new Map<string, Entry[]>();
const exactFirst = new Set<string>();
const prefixIndex = new Map<string, Entry[]>();
const scanned: Array<{ first: WordMatcher; entry: Entry }> = [];
const pairKey = (first: string, second: string) => `${first}\u0001${second}`;
/** The plain words of NEG, which an entry of several words may not step over. */
const negationWords = new Set(CONCEPTS.NEG.words.filter((w) => !w.includes('*') && !w.includes(' ')).map(squeeze));

function addEntry(index: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

let indexed = false;
let entryCount = 0;

/**
 * Indexes every concept's words, once, on first use: reading a few thousand words through the tokeniser takes a
 * noticeable part of a start, so the server is ready before it and `prepareSafetyNet` does it right after.
 */
function ensureIndex(): void {
  if (indexed) return;
  indexed = true;
  conceptNames.forEach((name, concept) => {
    for (const raw of CONCEPTS[name].words) {
      // Entries go through the same tokeniser as messages, so "don't" and "'k" are written naturally.
      const words = raw
        .split(' ')
        .flatMap((w) => (w.includes('*') ? [w] : (safetySentences(w)[0] ?? [])))
        .filter((w) => w !== CLAUSE_BREAK);
      const [head, ...tail] = words.map(wordMatcher);
      if (head === undefined || head.text === '') continue;
      const entry: Entry = { concept, rest: tail, order: entryCount++ };
      const second = tail[0];
      if (head.kind === 'exact' && second?.kind === 'exact') addEntry(pairIndex, pairKey(head.text, second.text), entry);
      else if (head.kind === 'exact') addEntry(exactIndex, head.text, entry);
      if (head.kind === 'exact') exactFirst.add(head.text);
      else if (head.kind === 'prefix') addEntry(prefixIndex, head.text, entry);
      else scanned.push({ first: head, entry });
    }
  });
}

/** Builds the safety net's word index now instead of at the first message (called once the server is ready). */
export function prepareSafetyNet(): void {
  ensureIndex();
}

function compilePattern(source: string): CompiledPattern {
  const atoms: Atom[] = [];
  const excludeSentence: number[] = [];
  const excludeMessage: number[] = [];
  let negated = false;
  let window: number | undefined;
  for (const part of source.split(' ').filter(Boolean)) {
    if (part.startsWith('@')) {
      window = Number(part.slice(1));
      continue;
    }
    if (part.startsWith('!')) {
      const message = part.startsWith('!~');
      const id = conceptId(part.slice(message ? 2 : 1), source);
      (message ? excludeMessage : excludeSentence).push(id);
      continue;
    }
    const clauseFinal = part.endsWith('$');
    const alternatives = (clauseFinal ? part.slice(0, -1) : part).split('|');
    if (alternatives.includes('NEG')) negated = true;
    atoms.push({
      concepts: alternatives.filter((n) => !n.startsWith('~')).map((n) => conceptId(n, source)),
      anywhere: alternatives.filter((n) => n.startsWith('~')).map((n) => conceptId(n.slice(1), source)),
      clauseFinal,
    });
  }
  if (!atoms.some((a) => a.anywhere.length === 0)) throw new Error(`safety pattern "${source}" needs one part in the sentence itself`);
  const inSentence = new Set(atoms.flatMap((a) => a.concepts));
  const anchor = atoms.find((a) => a.anywhere.length === 0)?.concepts ?? [];
  return { source, atoms, excludeSentence, excludeMessage, negated, inSentence, anchor, id: patternCount++, ...(window === undefined ? {} : { window }) };
}

let patternCount = 0;
const compiledRules: readonly CompiledRule[] = RULES.map((rule) => ({
  rule,
  patterns: rule.patterns.map(compilePattern),
  window: rule.window ?? 8,
}));
/** Every pattern by its place: the patterns of one rule have consecutive places, in the rule's order. */
const patternById: readonly CompiledPattern[] = compiledRules.flatMap((r) => r.patterns);

/** For each concept, the patterns whose first part in the sentence it can fill: a sentence only tries those. */
const patternsByAnchor = new Map<number, number[]>();
for (const { patterns } of compiledRules) {
  for (const p of patterns) {
    for (const c of new Set(p.anchor)) {
      const ids = patternsByAnchor.get(c);
      if (ids) ids.push(p.id);
      else patternsByAnchor.set(c, [p.id]);
    }
  }
}

/**
 * The patterns a sentence can match at all, in the order of the rules: those with a concept of their first sentence part in it.
 * A sentence tries only these, never the whole list.
 */
function worthTrying(s: ReadSentence): Int32Array {
  const marks = new Uint8Array(patternCount);
  let count = 0;
  for (const c of s.hits.keys()) {
    for (const id of patternsByAnchor.get(c) ?? []) {
      if (marks[id] === 0) count++;
      marks[id] = 1;
    }
  }
  const ids = new Int32Array(count);
  let k = 0;
  for (let id = 0; id < patternCount && k < count; id++) if (marks[id] === 1) ids[k++] = id;
  return ids;
}

const NEG = conceptId('NEG', 'NEG');
const I = conceptId('I', 'I');
const ME = conceptId('ME', 'ME');
const MY = conceptId('MY', 'MY');
const OTHER = conceptId('OTHER', 'OTHER');
const THIRD_SELF = conceptId('THIRD_SELF', 'THIRD_SELF');
const MANY = conceptId('MANY', 'MANY');
const MYSELF_ID = conceptId('MYSELF', 'MYSELF');
const IDIOM = conceptId('IDIOM', 'IDIOM');

/** A sentence read for concepts: its tokens, where each concept occurs, and distances that count commas. */
interface ReadSentence {
  tokens: readonly string[];
  hits: ReadonlyMap<number, readonly Hit[]>;
  /** distance position of each token: index plus BREAK_COST for every comma before it */
  pos: readonly number[];
}

function readSentence(tokens: readonly string[]): ReadSentence {
  ensureIndex();
  const squeezed = tokens.map((t) => (t === CLAUSE_BREAK ? t : squeeze(t)));
  const hits = new Map<number, Hit[]>();
  const seen = new Set<string>();
  const add = (concept: number, start: number, end: number) => {
    const key = `${concept}:${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = hits.get(concept);
    const hit = { concept, start, end };
    if (list) list.push(hit);
    else hits.set(concept, [hit]);
  };
  const tryEntry = (entry: Entry, start: number) => {
    let at = start;
    for (const next of entry.rest) {
      let found = -1;
      for (let j = at + 1; j <= at + 1 + ENTRY_GAP && j < squeezed.length; j += 1) {
        const t = squeezed[j] ?? CLAUSE_BREAK;
        if (t === CLAUSE_BREAK) break;
        if (matches(next, t)) {
          found = j;
          break;
        }
        // A negation is no word to step over: "ik voel me niet slecht" is not "voel me slecht".
        if (negationWords.has(t)) break;
      }
      if (found < 0) return;
      at = found;
    }
    add(entry.concept, start, at);
  };
  // The entries that begin with `first` at i and may go on with the words after it, in their own order.
  const beginningAt = (first: string, i: number): Entry[] => {
    const found = [...(exactIndex.get(first) ?? [])];
    for (let j = i + 1; j <= i + 1 + ENTRY_GAP && j < squeezed.length; j += 1) {
      const t = squeezed[j] ?? CLAUSE_BREAK;
      if (t === CLAUSE_BREAK) break;
      found.push(...(pairIndex.get(pairKey(first, t)) ?? []));
      if (t.length >= 4 && t.endsWith('e')) found.push(...(pairIndex.get(pairKey(first, `${t}n`)) ?? []));
    }
    found.sort((a, b) => a.order - b.order);
    return found.filter((e, k) => k === 0 || found[k - 1] !== e);
  };
  squeezed.forEach((token, i) => {
    if (token === CLAUSE_BREAK) return;
    // "5 kms" is a distance, not "kill myself"
    if (token === 'kms' && /^\d+$/.test(squeezed[i - 1] ?? '')) return;
    // Spoken Dutch drops a final n: "zitte", "leve", "make"
    const first = exactFirst.has(token) ? token : token.length >= 4 && token.endsWith('e') ? `${token}n` : undefined;
    if (first !== undefined) for (const entry of beginningAt(first, i)) tryEntry(entry, i);
    for (let k = 1; k <= token.length; k += 1) for (const entry of prefixIndex.get(token.slice(0, k)) ?? []) tryEntry(entry, i);
    for (const { first, entry } of scanned) if (matches(first, token)) tryEntry(entry, i);
    // A number of ten or more (pills, minutes) counts as "many".
    if (/^\d+$/.test(token) && Number(token) >= 10 && Number(token) < 1000) add(MANY, i, i);
  });
  // Words inside an idiom ("ik lach me dood") mean nothing else.
  for (const idiom of hits.get(IDIOM) ?? []) {
    for (const [c, list] of hits) {
      if (c === IDIOM) continue;
      const kept = list.filter((h) => h.start > idiom.end || h.end < idiom.start);
      if (kept.length === 0) hits.delete(c);
      else hits.set(c, kept);
    }
  }
  const pos: number[] = [];
  let offset = 0;
  squeezed.forEach((t, i) => {
    if (t === CLAUSE_BREAK) offset += BREAK_COST;
    pos.push(i + offset);
  });
  return { tokens: squeezed, hits, pos };
}

function isClauseFinal(s: ReadSentence, hit: Hit): boolean {
  const next = s.tokens[hit.end + 1];
  return next === undefined || next === CLAUSE_BREAK;
}

/** True when a negation stands inside the match or just before it, outside the matched words themselves. */
function negatedMatch(s: ReadSentence, chosen: readonly Hit[], from: number, to: number): boolean {
  const negations = s.hits.get(NEG) ?? [];
  let lo = from;
  for (let k = 0; k < NEGATION_REACH && lo > 0 && s.tokens[lo - 1] !== CLAUSE_BREAK; k += 1) lo -= 1;
  return negations.some((n) => n.start >= lo && n.start <= to && !chosen.some((h) => h.concept !== NEG && n.start >= h.start && n.start <= h.end));
}

/** Pronouns that follow the resident as the object of what they do. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['ze', 'hem', 'haar', 'hun', 'them', 'him', 'her']);

/** True when the match speaks of someone else: the nearest person before it is another person. */
function aboutSomeoneElse(s: ReadSentence, from: number, to: number): boolean {
  const within = (c: number) => (s.hits.get(c) ?? []).some((h) => h.start >= from && h.start <= to + 1);
  if (within(THIRD_SELF)) return true;
  if (within(I) || within(ME) || within(MYSELF_ID)) return false;
  // "ik heb ze gedag gezegd", "I called them": a pronoun just after the resident as subject is the object, not who acts.
  const subjects = s.hits.get(I) ?? [];
  const objectOfResident = (h: Hit) => OBJECT_PRONOUNS.has(s.tokens[h.start] ?? '')
    && subjects.some((i) => i.start < h.start && h.start - i.start <= 3 && !s.tokens.slice(i.start, h.start).includes(CLAUSE_BREAK));
  // "een vriendin van mij", "a friend of mine": the resident named inside another person's words is not who acts.
  const others = (s.hits.get(OTHER) ?? []).filter((o) => o.end > o.start);
  const insideOther = (h: Hit) => others.some((o) => h.start > o.start && h.start <= o.end);
  let nearest = -1;
  let nearestIsOther = false;
  for (const c of [I, ME, MY, OTHER]) {
    for (const h of s.hits.get(c) ?? []) {
      if (c === OTHER && objectOfResident(h)) continue;
      if (c !== OTHER && insideOther(h)) continue;
      if (h.start < from && h.start >= nearest) {
        // "mijn opa": the possessive belongs to the person after it
        if (h.start > nearest || c === OTHER) nearestIsOther = c === OTHER;
        nearest = h.start;
      }
    }
  }
  return nearestIsOther;
}
/** The rule that fired and the pattern of it that matched (the pattern helps when tuning). */
export interface Match {
  rule: Rule;
  pattern: string;
}

/** True when one of the concepts occurs in the sentence. */
function inSentence(concepts: readonly number[], s: ReadSentence): boolean {
  for (const c of concepts) if (s.hits.has(c)) return true;
  return false;
}

/** A part that may be anywhere and is found in the message (beyond its own place in the sentence) needs no place in the sentence. */
function foundAnywhere(anywhere: readonly number[], p: CompiledPattern, messageConcepts: ReadonlyMap<number, number>): boolean {
  for (const c of anywhere) if ((messageConcepts.get(c) ?? 0) > (p.inSentence.has(c) ? 1 : 0)) return true;
  return false;
}

function matchPattern(
  p: CompiledPattern, rule: CompiledRule, s: ReadSentence, messageConcepts: ReadonlyMap<number, number>, nearby: ReadonlySet<number>,
): boolean {
  // "!~X" looks at the sentence and its neighbours, not the whole message: a crisis said in passing in a long
  // answer about work or sport is not excused by work or sport three sentences away.
  for (const c of p.excludeMessage) if (nearby.has(c)) return false;
  for (const c of p.excludeSentence) if (s.hits.has(c)) return false;
  // Cheap rejection first, before anything is built: most of the patterns miss a concept altogether.
  for (const a of p.atoms) if (!inSentence(a.concepts, s) && !foundAnywhere(a.anywhere, p, messageConcepts)) return false;
  const local = p.atoms.filter((a) => !foundAnywhere(a.anywhere, p, messageConcepts));
  const candidates = local.map((a) => a.concepts.flatMap((c) => s.hits.get(c) ?? []).filter((h) => !a.clauseFinal || isClauseFinal(s, h)));
  if (candidates.some((list) => list.length === 0)) return false;
  const [anchors, ...others] = candidates;
  for (const anchor of anchors ?? []) {
    const chosen: Hit[] = [anchor];
    let ok = true;
    for (const list of others) {
      let best: Hit | undefined;
      let bestDistance = Infinity;
      for (const h of list) {
        // The same concept twice ("FAREWELL ~FAREWELL") needs two places, not two entries on one word.
        if (chosen.some((c) => c === h || (c.concept === h.concept && c.start === h.start))) continue;
        const d = Math.abs((s.pos[h.start] ?? 0) - (s.pos[anchor.start] ?? 0));
        if (d < bestDistance) {
          best = h;
          bestDistance = d;
        }
      }
      if (best === undefined) {
        ok = false;
        break;
      }
      chosen.push(best);
    }
    if (!ok) continue;
    const from = Math.min(...chosen.map((h) => h.start));
    const to = Math.max(...chosen.map((h) => h.end));
    if ((s.pos[to] ?? 0) - (s.pos[from] ?? 0) > (p.window ?? rule.window)) continue;
    if (!p.negated && negatedMatch(s, chosen, from, to)) continue;
    if (rule.rule.personal && aboutSomeoneElse(s, from, to)) continue;
    return true;
  }
  return false;
}

// The last message read: the rules and the second opinion (modelReading) read the same message one after the other.
let lastText: string | undefined;
let lastRead: readonly ReadSentence[] = [];

function readMessage(text: string): readonly ReadSentence[] {
  if (text !== lastText) {
    lastRead = safetySentences(text).map(readSentence);
    lastText = text;
  }
  return lastRead;
}

/**
 * What the second opinion reads of a message besides its letters, per sentence: the names of the concepts found (words inside an
 * idiom not counted) and the words as the rules read them (chat spelling rewritten: "gwn" is "gewoon", "kwil" is "ik wil").
 */
export function modelReading(text: string): { concepts: string[][]; words: (readonly string[])[] } {
  const sentences = readMessage(text);
  return {
    concepts: sentences.map((s) => [...s.hits.keys()].map((c) => conceptNames[c] ?? '')),
    words: sentences.map((s) => s.tokens),
  };
}

/** What the rules found in a message: the first crisis rule, else the first distress rule, else nothing. */
export function matchRules(text: string): Match | undefined {
  const sentences = readMessage(text);
  // How often each concept occurs in the whole message, counting places, not entries.
  const messageConcepts = new Map<number, number>();
  for (const s of sentences) {
    for (const [c, hits] of s.hits) messageConcepts.set(c, (messageConcepts.get(c) ?? 0) + new Set(hits.map((h) => h.start)).size);
  }
  // The concepts of each sentence and its neighbours, for "!~X".
  const nearby = sentences.map((_, i) => new Set(sentences.slice(Math.max(0, i - 1), i + 2).flatMap((n) => [...n.hits.keys()])));
  const candidates = sentences.map(worthTrying);
  // Where each sentence is in its list of patterns to try; the rules come in order, and so do their patterns' places.
  const next = new Int32Array(sentences.length);
  let distress: Match | undefined;
  for (const rule of compiledRules) {
    const first = rule.patterns[0]?.id ?? 0;
    const end = first + rule.patterns.length;
    for (const [i, s] of sentences.entries()) {
      const ids = candidates[i] ?? new Int32Array(0);
      let k = next[i] ?? 0;
      while (k < ids.length && (ids[k] ?? 0) < first) k++;
      next[i] = k;
      if (rule.rule.level === 'distress' && distress !== undefined) continue;
      const around = nearby[i] ?? new Set<number>();
      for (; k < ids.length && (ids[k] ?? end) < end; k++) {
        const p = patternById[ids[k] ?? 0];
        if (p === undefined || !matchPattern(p, rule, s, messageConcepts, around)) continue;
        if (rule.rule.level === 'crisis') return { rule: rule.rule, pattern: p.source };
        distress = { rule: rule.rule, pattern: p.source };
        break;
      }
      if (distress !== undefined && rule.rule.level === 'distress') break;
    }
  }
  return distress;
}

/** For tests and the docs: the categories a reviewer can expect in an assessment. */
export type { SafetyCategory };
