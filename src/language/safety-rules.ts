import type { ConceptName } from './safety-concepts.js';

/**
 * The safety net's rules: which combinations of concepts (safety-concepts.ts) mean crisis or distress.
 * Each category follows the risk model in docs/safety.md. A rule fires when every part of one of its
 * patterns is found in one sentence, close together.
 *
 * Pattern syntax, parts separated by spaces:
 *   "KILL MYSELF"   both concepts in one sentence, in any order, within `window` words (default 8;
 *                   a comma counts as three words)
 *   "WANT|THINK"    either concept
 *   "~LOSS"         anywhere in the message, also in another sentence
 *   "!FOOD"         the sentence must not contain this concept ("!~HABIT": not the message)
 *   "GO$"           this part closes its clause ("then I'm going." but not "I'm going to the shop")
 *   "@4"            this pattern's parts lie within 4 words (instead of the rule's window)
 *   "NEG"           a negation is part of the pattern ("ik wil niet meer leven"). Without NEG, a
 *                   negation inside the match or just before it blocks the pattern ("ik wil niet dood").
 * `personal` rules are about the resident: they do not fire when the nearest person before the match
 * is someone else ("mijn opa wilde niet meer leven" is grief).
 */
export interface Rule {
  category: SafetyCategory;
  level: 'crisis' | 'distress';
  /** true when the rule speaks of the resident's own wish or act, not of someone else's */
  personal: boolean;
  patterns: readonly string[];
  /** the largest distance in words between the parts; default 8 */
  window?: number;
}

/** The risk model's categories (docs/safety.md). */
export type SafetyCategory =
  | 'wish_dead' | 'active_thoughts' | 'method' | 'intent_plan' | 'preparation' | 'past_attempt' | 'self_harm'
  | 'burden' | 'entrapment' | 'danger_others' | 'acute' | 'low_mood' | 'lonely' | 'overwhelmed' | 'grief';

export const RULES: readonly Rule[] = [
  // ---------- crisis: acute danger now (not personal: someone else's overdose is a crisis too) ----------
  {
    category: 'acute', level: 'crisis', personal: false, window: 12,
    patterns: [ 'HELP_ME NOW @4 !~WORK !~FOR_NOW', 'FEAR_SELF !JOKE', 'NEG DISTRUST_SELF', 'MYSELF NEG SELF_CONTROL @7', 'I DANGER_SPOT$ @5 !GOOD', 'DUMB FEAR|PILLS|KNIFE|ROPE|~NOW !JOKE !~WORK', 'HIGH_PLACE|RAIL|DANGER_SPOT UNDECIDED', 'STAND_ON HIGH_PLACE|RAIL NOW !~WORK !~NICE !~SPORT', 'KNIFE HOLD FEAR|NOW !FOOD !~WORK', 'GAS OPEN !FOOD',
      'TAKE PILLS ALL !ROUTINE !~HABIT', 'TAKE ALL NOW !ROUTINE', 'TAKE PILLS MANY NOW', 'TAKE PILLS|ALL DIZZY', 'TAKE PILLS ~DIZZY', 'TAKE ALL HELP', 'TAKE ALL$ !ROUTINE', 'TAKE PILLS NOW !MY !ROUTINE', 'DANGER_SPOT ~JUMP|~DO_IT !~NICE !~SPORT', 'DANGER_SPOT PILLS|KNIFE|ROPE !TIE', 'RAIL MINUTES ~SORRY', 'RAIL|DANGER_SPOT|HIGH_PLACE DO_IT !~WORK', 'TAKE POISON', 'OD TAKE|NOW !~LOSS', 'POISON NOW',
      'CUT BLEED NOW|MANY|ALL !FOOD !ACCIDENT !BLOOD_MED', 'BLEED MANY|HELP|STOP_ALL|ALL !BLOOD_MED', 'BLEED NEG STOP_ALL|END !BLOOD_MED',
      'DANGER_SPOT NOW !WORK !MEDIA !~NICE', 'DANGER_SPOT|HIGH_PLACE|RAIL GO$', 'DANGER_SPOT SORRY|WAITING|DO_IT|JUMP', 'RAIL NOW SORRY|DO_IT', 'DANGER_SPOT MINUTES', 'RAIL MINUTES SORRY', 'HIGH_PLACE|RAIL NOW DO_IT',
      'ROPE HANG !SPORT', 'ROPE NECK', 'KNIFE BATH', 'GAS NOW !FOOD', 'GAS GAS', 'PILLS NOW DO_IT',
    ],
  },
  // ---------- crisis: danger from others ----------
  {
    category: 'danger_others', level: 'crisis', personal: false, window: 9,
    patterns: [ 'OTHER PASSIVE HIT @4 !SPORT !~JOKE', 'THREAT SEXTORT', 'OTHER SEXTORT THREAT|WANT|SPREAD',
      'OTHER HIT ME !JOKE !SPORT', 'OTHER HIT MY BODY|KIDS !SPORT', 'OTHER HURT ME !BODY !JOKE', 'I PASSIVE HIT @4 !SPORT', 'PASSIVE THREAT', 'HIT KIDS|ME OTHER !SPORT',
      'OTHER KILL ME THREAT|FEAR|KNIFE|HIDE|NOW|DOOR|WANT|INTRUDE !JOKE', 'THREAT ME|KIDS|KNIFE|KILL|HURT|HIT !JOKE', 'OTHER KNIFE !FOOD !~WORK !ACCIDENT', 'KNIFE THREAT',
      'OTHER CONTROL CONTROL', 'CONTROL HIT|THREAT|FEAR|ANGRY', 'CONTROL ME OTHER', 'FEAR HIM !FEAR_FOR', 'FEAR_OF OTHER @3 !JOKE', 'FEAR HOME !HOLIDAY', 'FEAR OTHER HIT|THREAT|KNIFE|CONTROL|INTRUDE|HOME',
      'HIDE OTHER|~HIT|~THREAT|~FEAR', 'INTRUDE DOOR|OTHER|FEAR', 'INTRUDE ~FEAR', 'NOT_SAFE HOME|I|ME', 'OTHER STRANGLE !~JOKE !IDIOM', 'OTHER VIOLENT', 'VIOLENT ME|HOME|FEAR', 'FEAR HURT ME',
    ],
  },
  // ---------- crisis: suicidal thoughts (Columbia: active thoughts) ----------
  {
    category: 'active_thoughts', level: 'crisis', personal: true, window: 12,
    patterns: [
      'SUICIDE !MEDIA !THIRD_SELF !COMMITTED', 'SUICIDE COMMITTED I !OTHER !MEDIA', 'SUICIDE COMMITTED WANT|THINK !OTHER !MEDIA', 'KILL MYSELF !JOKE !~WORK', 'KILL ME WANT|THINK|SHOULD !OTHER !JOKE', 'HURT MYSELF THINK|WANT|DO_IT', 'HURT ME THINK|WANT !BODY',
      'END_IT !~HABIT !RELATION !FOR_NOW !THING_END', 'NEG POINT', 'PILLS|ROPE|KNIFE READY !ROUTINE', 'WANT STOP_ALL', 'END LIVE WANT|THINK|DECIDE', 'THINK DIE|SUICIDE !COMMITTED !THINK_OF_OTHER', 'DARK_THOUGHTS !~LOSS', 'HURT ME SHOULD|DO_IT !BODY !JOKE', 'OD WANT|THINK', 'STROP',
    ],
  },
  // ---------- crisis: wish to be dead (Columbia: passive ideation) ----------
  {
    category: 'wish_dead', level: 'crisis', personal: true, window: 12,
    patterns: [ 'WANT NEG LIVE LIKE_THIS !~GOT_HELP', 'WANT OUT$ @4 !~HOLIDAY !EVEN !~WORK', 'LET_GO DOCTOR|GOD_TAKE', 'LET_IT FINAL', 'FATAL_EVENT NOT_MIND|WANT|EASIER', 'READ_THIS GONE|DIE|FINAL !~HOLIDAY', 'READ_THIS THERE NEG',
      'WANT DIE !JOKE', 'WANT NEG LIVE !LIKE_THIS', 'NEG WANT LIVE !LIKE_THIS', 'WANT NEG MORE BE|THERE @5 !~HABIT', 'WANT THERE NEG BE', 'THERE NEG MORE BE NOT_MIND|WANT|WHEN|DECIDE|FINAL',
      'WANT GONE FINAL', 'GONE FINAL', 'WANT NEG MORE$ @3 !BODY !~HABIT', 'WANT NEG WAKE !WHEN', 'NOT_WAKE WANT|NOT_MIND|FINAL|PILLS|HOW_MUCH', 'NOT_WAKE', 'BORN', 'GOD_TAKE TAKE_ME', 'TAKE_ME ~GOD_TAKE',
      'ENOUGH_LIVED', 'NO_NEED_MORE$', 'NOT_MIND DIE|VEHICLE|GONE|GOD_TAKE', 'WANT VEHICLE HIT_BY', 'NOT_MIND HIT_BY', 'WANT WITH ~LOSS', 'WITH DIE|GOD_TAKE WANT',
      'INSTEAD GO|GONE|DIE', 'LONG END|DIE', 'WANT GONE LIVE', 'BETTER NEG LIVE', 'WHY_STILL', 'HOPELESS_LIFE !WITH_PROBLEM', 'NO_POINT$', 'WANT LIVE END', 'LONG DIE', 'WANT ~DIE LONG', 'DIE BETTER !JOKE', 'NOT_MIND WITHOUT_ME',
    ],
  },
  // ---------- crisis: method ----------
  {
    category: 'method', level: 'crisis', personal: true, window: 10,
    patterns: [ 'PILLS SAVE_THEM', 'SAVE_THEM ~PILLS !~HOLIDAY !JOKE', 'PILLS NEG TAKE SAVE_UP !FOR_WHEN !ROUTINE', 'WANT TAKE ALL ~PILLS !ROUTINE !~ROUTINE', 'HOW_MUCH PILLS THINK|NEEDED !ROUTINE !~HOLIDAY !FOOD', 'GUN HOLD', 'PAINLESS THINK !~ACCIDENT !~ROUTINE !~WORK', 'EXHAUST HOSE @14', 'RAIL|VEHICLE NOT_TRAVEL', 'OWN_END ~PILLS|~THINK', 'STEER_INTO RAIL|VEHICLE WANT|THINK|ON_PURPOSE !~SPORT', 'STEER_INTO ON_PURPOSE', 'ROPE|PILLS|KNIFE|GUN KNOW_WHAT @14 !FOOD',
      'HOW_MUCH PILLS NOT_WAKE|ALL|DIE|MANY', 'HOW_MUCH HIGH_PLACE|RAIL !SPORT', 'METHOD_Q', 'JUMP HIGH_PLACE|RAIL|DANGER_SPOT !MEDIA !JOKE !SPORT !~NICE',
      'ROPE THINK|ME|WANT|LOOK !SPORT !TIE', 'KNIFE MYSELF|THINK|LOOK !FOOD !ACCIDENT', 'GUN ALONE|THINK|ME', 'GAS THINK|SLEEP', 'PILLS SAVE_UP|LOOK !~HOLIDAY !JOKE !ROUTINE', 'PILLS ALL THINK|WANT|SLEEP !ROUTINE',
      'PILLS NOT_WAKE|FINAL', 'PILLS DIE', 'ROPE|STROP BUY !SPORT !TIE', 'PILLS SAVE_UP MANY', 'PILLS ~COUNT', 'THEN_OVER PILLS|JUMP|RAIL|HIGH_PLACE|ALL|DIE', 'RAIL WAITING !~DELAY', 'GAS ~THINK', 'GUN ALONE NEG @16', 'RAIL ~THINK JUMP', 'PILLS ALL DO_IT', 'RAIL THINK JUMP', 'DANGER_SPOT THINK|WAITING',
    ],
  },
  // ---------- crisis: intent and plan ----------
  {
    category: 'intent_plan', level: 'crisis', personal: true, window: 12,
    patterns: [ 'JUMP_I$ !~SPORT !~NICE !MEDIA !HOP_ON', 'KNOW_HOW DO_IT !WORK', 'PICK_DATE$', 'THE_NIGHT$ !~WORK !~HOLIDAY !~SPORT', 'WHEN DO_IT$ @3 !~WORK !~HOLIDAY !~SPORT', 'MESSAGE READY ~DECIDE !~WORK',
      'KNOW_HOW WHEN|DECIDE|DO_IT|NOSTOP|WAITING', 'KNOW_HOW ~DO_IT', 'KNOW_HOW KNOW_HOW', 'DANGER_SPOT NOSTOP|DECIDE', 'RAIL|DANGER_SPOT DECIDE|KNOW_HOW|NOSTOP', 'DECIDE NOSTOP', 'DO_IT ~NOSTOP|~KNOW_HOW', 'DO_IT WAITING', 'DO_IT JUMP !SPORT !MEDIA !HOP_ON', 'WITH GO|DECIDE ~LOSS', 'THERE NEG BE WHEN ~DECIDE', 'THATS_IT$ ALONE_WHEN|DECIDE', 'DECIDE DIE|END_IT|GONE|KILL|SUICIDE|DO_IT|KNOW_HOW|LAST|FINAL', 'DECIDE GO$', 'DO_IT KNOW_HOW|ALONE_WHEN|NOSTOP|THINK !WORK',
      'LAST_DAY !~WORK !~HOLIDAY !~MOVE', 'THERE NEG MORE WHEN', 'NOSTOP DO_IT', 'WHEN DO_IT ~DECIDE', 'DO_IT ALONE_WHEN', 'NOSTOP WHEN',
    ],
  },
  // ---------- crisis: preparation and farewell ----------
  {
    category: 'preparation', level: 'crisis', personal: true, window: 14,
    patterns: [ 'FAREWELL_LETTER WROTE|READY|NOW !~WORK !~MOVE !MEDIA', 'GIVE_AWAY BELONGINGS ALL !~MOVE !OLD',
      'GIVE_AWAY BELONGINGS ~NEED_NOT|~AFTER_ME|~SECRET', 'PREP ~PREP', 'PREP ~AFTER_ME|~NEED_NOT|~SECRET|~FAREWELL', 'LAST_MSG !SLEEP !~HOLIDAY !~WORK !~JOKE !~MOVE !~TODAY', 'MESSAGE AFTER_ME|FAREWELL|FOUND !~WORK !~MOVE',
      'WROTE MESSAGE ALL|KIDS|FOUND|NOW', 'FAREWELL SECRET|SORRY|AFTER_ME', 'FAREWELL ~FAREWELL', 'WILL ~GIVE_AWAY|~PREP|~SECRET|~FAREWELL|~ENOUGH_LIVED', 'FUNERAL ~ENOUGH_LIVED|~END_IT|~GONE',
      'AFTER_ME GIVE_AWAY', 'GIVE_AWAY BELONGINGS ~SECRET', 'FAREWELL ~SECRET', 'WROTE MESSAGE ~DONE_FINAL',
    ],
  },
  // ---------- crisis: earlier attempt ----------
  {
    category: 'past_attempt', level: 'crisis', personal: true, window: 14,
    patterns: [ 'TRIED ME|MYSELF HURT|HIT',
      'ATTEMPT_STRONG ~AGAIN|~HOSPITAL|~THINK|~FEAR|~NOW !~WORK !~HABIT', 'TRIED PAST ~AGAIN !~HABIT', 'TRIED PILLS|JUMP|KILL|SUICIDE|END_IT|HANG|DIE', 'HOSPITAL PILLS|ATTEMPT_STRONG|TRIED',
      'JUMP HIGH_PLACE PAST', 'HOSPITAL FEEL_LIKE', 'PAST ATTEMPT_STRONG',
    ],
  },
  // ---------- crisis: self-harm ----------
  {
    category: 'self_harm', level: 'crisis', personal: true,
    patterns: [ 'HEAD_BANG TO_FEEL|AGAIN|BLEED', 'WOUND SH_BODY DEEPER|AGAIN|HIDE_BODY !ACCIDENT', 'HIDE_BODY WOUND !ACCIDENT', 'WOUND DEEPER !ACCIDENT', 'PUNISH_SELF ON_PURPOSE|HIT|CUT|HURT|NOT_EAT @12 !~SPORT', 'CUT SH_BODY ON_PURPOSE|ME|MY !FOOD !ACCIDENT',
      'SELF_HARM', 'SH AGAIN|WANT|TO_FEEL|KNIFE|THINK', 'CUT|HIT|HURT MYSELF !FOOD !ACCIDENT', 'CUT ME !FOOD !ACCIDENT', 'CUT SH_BODY !FOOD !ACCIDENT', 'CUT AGAIN|WANT !FOOD !ACCIDENT !~SPORT',
      'CUT TO_FEEL !FOOD !ACCIDENT', 'HIT|CUT BODY HEAD_WALL', 'CUT|HIT BODY TO_FEEL|KNIFE !FOOD !ACCIDENT', 'HURT MYSELF', 'TO_FEEL KNIFE', 'ON_PURPOSE BODY|ME|MYSELF|HURT|CUT|HIT !ACCIDENT', 'KNIFE SH_BODY !FOOD !ACCIDENT', 'CUT|HIT BODY ~TO_FEEL !FOOD !ACCIDENT',
    ],
  },
  // ---------- crisis: burden ----------
  {
    category: 'burden', level: 'crisis', personal: true, window: 14,
    patterns: [ 'WITHOUT_ME NEG WORRY', 'INSURANCE OTHER THAN_ME|BETTER|EASIER',
      'BETTER_WITHOUT WITHOUT_ME', 'BURDEN ~WITHOUT_ME|~BETTER_WITHOUT|~DIE|~GONE', 'BETTER_WITHOUT DIE', 'NOT_MISSED', 'BURDEN_SELF', 'WITHOUT_ME EASIER|BETTER_WITHOUT', 'BETTER_WITHOUT FINAL', 'WITHOUT_ME NEG MORE', 'BETTER_WITHOUT ~BETTER_WITHOUT',
    ],
  },
  // ---------- crisis: entrapment ----------
  {
    category: 'entrapment', level: 'crisis', personal: true, window: 12,
    patterns: [
      'NO_EXIT DIE|SUICIDE|END_IT|GONE', 'NO_EXIT ONE', 'WANT END FINAL|ALL !~HABIT', 'DIE ONE|NO_EXIT', 'NO_EXIT ~END_IT',
    ],
  },

  // ---------- distress: De Luisterlijn ----------
  { category: 'lonely', level: 'distress', personal: false, patterns: [ 'NEG SEE_ANYONE','LONELY', 'NOBODY TALK'] },
  { category: 'low_mood', level: 'distress', personal: false, patterns: [ 'HOPELESS_LIFE','SAD', 'HOPELESS'] },
  { category: 'overwhelmed', level: 'distress', personal: false, patterns: ['STRUGGLE', 'NO_EXIT', 'DONE ALL|LIVE', 'CANT_MORE$', 'WANT GONE'] },
];

/** Concept names used by the rules, checked when the rules are compiled. */
export type RuleConcept = ConceptName;
