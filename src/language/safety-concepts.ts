/**
 * The safety net\'s vocabulary: concepts, each with the Dutch and English words that express it.
 * Rules (safety-rules.ts) combine concepts; they never name words. Read docs/safety.md first.
 *
 * Word syntax (written in ordinary spelling; the matcher squeezes repeated letters on both sides,
 * so "dood", "dooood" and "dod" are one word):
 *   "snij"        exactly this word
 *   "snij*"       any word that starts like this (snij, snijd, snijdt, snijden, snijdend)
 *   "*tablet*"    any word that contains this (slaaptabletten)
 *   "van kant"    these words in this order, at most two other words in between (a separable
 *                 verb split over a sentence: "ik breng mezelf om" is "breng* om")
 * A word may belong to several concepts.
 */
export interface Concept {
  /** what the concept means, for a reviewer */
  about: string;
  words: readonly string[];
}

export const CONCEPTS = {
  // ---- who ----
  I: { about: 'the resident as subject', words: ['ik', 'ikke', 'i', 'kik', 'ek'] },
  ME: {
    about: 'the resident as object or reflexive, also "yourself" in generic talk',
    words: ['me', 'mij', 'mezelf', 'mijzelf', 'mezelve', 'mijzelve', 'myself', 'meself', 'mysef', 'jezelf', 'yourself', 'urself', 'u zelf', 'mi', 'zelf'],
  },
  MY: { about: 'possessive of the resident', words: ['mijn', 'mijne', 'mijnen', 'my', 'mn', 'me own'] },
  OTHER: {
    about: 'another person, who may be the subject of what is said (grief, violence)',
    words: ['dads', 'mums', 'moms', 'grandads', 'nans', '*moeder', '*vader', '*broer', '*zus', '*zoon', '*dochter', '*vriend', '*vriendin', 'schoonmoeder', 'schoonvader', '*mother', '*father', '*brother', '*sister', 
      'hij', 'zij', 'ze', 'he', 'she', 'they', 'hem', 'him', 'iemand', 'someone', 'somebody', 'a man', 'een man', 'die gast', 'gast',
      'opa', 'oma', 'bomma', 'bompa', 'grootvader', 'grootmoeder', 'vader', 'moeder', 'mama', 'papa', 'pa', 'mams', 'paps', 'stiefvader', 'stiefmoeder', 'stiefpa',
      'broer', 'zus', 'zoon', 'dochter', 'kleinzoon', 'kleindochter', 'man', 'vrouw', 'vent', 'vriend', 'vriendin', 'vriendje', 'partner', 'ex', 'buurman', 'buurvrouw',
      'oom', 'tante', 'neef', 'nicht', 'schoonzoon', 'schoondochter', 'huisgenoot', 'huisbaas', 'verhuurder', 'collega', 'klasgenoot', 'vriendinnen', 'vrienden',
      'grandfather', 'grandad', 'granddad', 'grandpa', 'grandma', 'grandmother', 'nan', 'nana', 'nanna', 'dad', 'father', 'mum', 'mom', 'mam', 'mother', 'stepdad', 'stepfather', 'stepmum',
      'brother', 'sister', 'son', 'daughter', 'husband', 'wife', 'boyfriend', 'girlfriend', 'bf', 'gf', 'friend', 'mate', 'neighbour', 'neighbor', 'uncle', 'aunt',
      'cousin', 'landlord', 'housemate', 'flatmate', 'roommate', 'brother-in-law', 'brotherinlaw', 'partners', 'lads', 'grandson', 'granddaughter',
    ],
  },
  THIRD_SELF: { about: 'reflexive of another person: grief, not the resident', words: ['zichzelf', 'zich', 'himself', 'herself', 'themselves', 'hemzelf', 'haarzelf'] },
  KIDS: { about: 'children at risk', words: ['kinderen', 'kinders', 'kids', 'children', 'kind', 'baby', 'de kleine', 'child'] },

  // ---- logic ----
  NEG: { about: 'negation', words: ['niet', 'nie', 'ni', 'geen', 'gene', 'gen', 'nooit', 'nimmer', 'not', 'never', 'no', 'nt', 'nah', 'nor', 'neither', 'none'] },
  MORE: { about: 'any more, any longer', words: ['meer', 'langer', 'anymore', 'more', 'longer', 'moro', 'meer zo'] },
  NOBODY: { about: 'nobody', words: ['niemand', 'nobody', 'no one', 'noone', 'no-one'] },
  AGAIN: { about: 'again, back, returning', words: ['weer', 'opnieuw', 'again', 'terug', 'back', 'terugkomen', 'terugkomt', 'komt terug', 'coming back', 'creeping back', 'relapse*', 'nog steeds', 'same', 'hetzelfde', 'dezelfde', 'zelfde', 'zoals toen', 'net als', 'like then', 'like last time', 'as before', 'zo ver', 'die kant op', 'trekt'] },
  NOW: { about: 'right now, just now', words: ['nu', 'net', 'zojuist', 'zonet', 'juist', 'now', 'rn', 'right now', 'just', 'min ago', 'minutes ago', 'uur geleden', 'hour ago', 'tonight', 'vannacht', 'vanavond', 'is done', 'its done', 'it\'s done'] },
  ALL: { about: 'all of it, everything', words: ['alle', 'al mijn', 'al mn', 'al m n', 'allemaal', 'alles', 'hele', 'heel', 'all', 'everything', 'whole', 'bunch', 'them all', 'te veel', 'too many', 'too much', 'genoeg', 'enough', 'in een keer', 'in een', 'tegelijk', 'at once', 'together', 'strip', 'doos', 'doosje', 'pot', 'box', 'bottle', 'like 30', 'like 60'] },

  // ---- wanting, thinking, deciding ----
  WANT: {
    about: 'wanting, wishing, hoping, preferring',
    words: ['mag', 'want to', 'i want', 'wants to', 'wanted to', 'want it', 'want my', 'want out', 'want everything', 'mag ik', 'mag van mij', 'i wish i could', 'was ik maar', 'wou dat ik', 'if only i', 
      'wil', 'wilt', 'wl', 'wou', 'wilde', 'willen', 'wens', 'wenst', 'wensen', 'hoop', 'hoopte', 'hopen', 'verlang*', 'liefst', 'liever', 'zin', 'goesting',
      'wanna', 'wish*', 'hope*', 'rather', 'longing', 'long for', 'wan', 'zou willen', 'would like', 'prefer', 'ready', 'klaar om', 'urges', 'urge', 'drang',
    ],
  },
  THINK: {
    about: 'thinking, considering, planning in one\'s mind',
    words: ['weet niet of', 'weet nie of', 'twijfel*', 'doubt*', 
      'denk*', 'dacht*', 'gedacht', 'gedachte*', 'peins*', 'overweeg*', 'overwog*', 'overwogen', 'nadenk*', 'nagedacht', 'bedacht', 'think*', 'thought*', 'consider*',
      'fantasi*', 'in mijn hoofd', 'in my head', 'on my mind', 'in me head', 'spelen met', 'speel met', 'opgezocht', 'looking up', 'looked up', 'googled', 'gegoogled', 'uitgerekend', 'working out',
      'staren', 'stare*', 'urges', 'voices',
    ],
  },
  DECIDE: {
    about: 'a decision or a plan',
    words: ['alles geregeld', 'alles al geregeld', 'heb het uitgezocht', 'al uitgezocht', 'datum gekozen', 'de datum', 'a date', 
      'besloten', 'beslist', 'besluit', 'plan', 'plannen', 'van plan', 'decided', 'decide', 'decision', 'made up my mind', 'mind is made up', 'mind made up',
      'uitgestippeld', 'uitgedacht', 'gekozen', 'set a date', 'picking the day', 'planned', 'sorted it', 'thought it through',
    ],
  },
  KNOW_HOW: {
    about: 'knowing how, where or when',
    words: ['weet hoe', 'weet al hoe', 'know how', 'know exactly', 'weet welke', 'weet waar', 'weet al waar', 'weet wanneer', 'hoe en wanneer', 'where and how', 'how and when', 'when and the where', 'the where', 'the when', 'when and where', 'weet nu wat', 'de plek', 'the place', 'welke plek', 'how i\'ll', 'how i will', 'how im'],
  },
  WHEN: {
    about: 'a moment in the near future',
    words: ['over een week', 'in a week', 'over een maand', 'volgende maand', 'next month', 'na vrijdag', 'after friday', 
      'morgen', 'morge', 'vanavond', 'vannacht', 'zondag', 'zaterdag', 'vrijdag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'volgende week', 'deze week', 'na de', 'na mijn',
      'na kerst', 'weekend', 'tonight', 'tomorrow', 'tmrw', 'friday', 'saturday', 'sunday', 'monday', 'thursday', 'next week', 'this week', 'after', 'before the', 'voordat', 'als mijn', 'als mn',
      'wanneer', 'when', 'once', 'end of the month', 'binnenkort', 'soon', 'straks', 'at 2am', 'om 2', 'eerste sneeuw',
    ],
  },
  ALONE_WHEN: { about: 'waiting until nobody is around', words: ['weg zijn', 'away', 'empty', 'leeg is', 'alleen ben', 'huis leeg', 'in poland', 'go home for', 'go to bed', 'naar bed'] },

  // ---- death and dying ----
  DIE: {
    about: 'dying, being dead, death',
    words: ['pijp uit', 'het loodje', 'kick the bucket', 'six feet under', 'to die', 'i die', 'would die', 'will die', 'rather die', 'just die', 'could die', 'should die', 'let me die', 'gonna die', 'me die', 'we die', 'die in my sleep', 'die soon', 
      'dood', 'doodgaan', 'doodga', 'doodgaat', 'dood gaan', 'sterven', 'sterf', 'sterft', 'stierf', 'gestorven', 'overlijd*', 'overleden', 'dies', 'died', 'dying', 'dead', 'death', 'doodzijn',
      'deth', 'ded', 'sterfe', 'sterve', 'dode', 'dood zijn', 'dead honestly',
    ],
  },
  SUICIDE: {
    about: 'words that name suicide or self-killing on their own',
    words: ['self delete', 'selfdelete', 'self-delete', 'ctb', 'om het leven brengen', 'om het leven te brengen', 'mezelf om het leven', 
      'zelfmoord*', '*zelfmoord*', 'zelfmort*', 'zelfmoort*', 'zelfdoding*', 'suicid*', 'sucid*', 'suisid*', 'suicied*', 'suiside*', 'sewerslide', 'kms', 'kys', 'unaliv*', 'levensmoe*',
      'van kant', 'om zeep', 'van het leven beroven', 'van het leven benemen', 'van het leven', 'het leven benemen', 'het leven benam', 'uit het leven', 'take my own life', 'take my life', 'taking my own life', 'taking my life',
      'took my own life', 'end my life', 'ending my life', 'end my own life', 'doing away with', 'do away with', 'finishing myself off', 'finish myself off', 'topping myself', 'top myself', 'offing myself',
      'off myself', 'doing myself in', 'do myself in', 'doing yourself in', 'do yourself in', 'mij leven te stoppen', 'mijn leven stoppen', 'mijn leven te stoppen', 'mijn leven beeindig*', 'mn leven beeindig*',
      'stop mijn leven', 'leven beeindig*', 'leven te beeindig*', 'stoppen met leven', 'stop met leven', 'ermee stoppen met leven', 'end myself', 'sui', 'suicidal',
    ],
  },
  KILL: {
    about: 'killing, ending a life (with ME it is suicide, with OTHER and ME it is danger)',
    words: ['maak jezelf dood', 'maak mezelf dood', 'maak me dood', 'maak mij dood', 
      'dood maken', 'doodmaken', 'dood mak*', 'dood te maken', 'doden', 'ombreng*', 'breng* om', 'bracht* om', 'omgebracht', 'om te brengen', 'afmaken', 'afmak*', 'kill', 'kills', 'killing', 'killed',
      'killen', 'kil', 'vermoord*', 'murder*', 'verdrink*', 'drown*', 'ophang*', 'opgehangen', 'op te hangen', 'hang myself', 'hanging myself', 'hang', 'hanged', 'doodsteken', 'dood steken', 'dood te steken',
      'stab', 'stabbed', 'neersteken', 'shoot', 'schieten', 'unalive',
    ],
  },
  END: {
    about: 'ending, stopping, quitting',
    words: [
      'einde', 'eind', 'end', 'ending', 'stop', 'stoppen', 'stopt', 'stopte', 'ophouden', 'ophoud', 'op te houden', 'kappen', 'beeindig*', 'finish', 'finished', 'over', 'klaar', 'gedaan', 'done',
      'checking out', 'check out', 'quit', 'stap eruit', 'stap ik eruit', 'stappen', 'stap', 'uit te stappen', 'eruit', 'er uit', 'd\'r uit', 'der uit', 'ermee', 'er mee', 'mee stoppen',
    ],
  },
  END_IT: {
    about: 'ending it: an idiom for suicide',
    words: ['einde aan stellen', 'eind aan stellen', 'einde aan te stellen', 'eind aan te stellen', 'mee te kappen', 'mee te stoppen', 'mee op te houden', 'mee kappen', 'mee ophouden', 
      'eind aan', 'einde aan', 'end it', 'ending it', 'ending things', 'end things', 'end it all', 'finish it', 'ermee stoppen', 'ermee ophouden', 'ermee kappen', 'ermee op', 'stop ik ermee', 'stop ermee',
      'mee stoppen', 'er zelf uit', 'eruit stappen', 'uit te stappen', 'uit stappen', 'uit te stape', 'er uit te stap*', 'stap ik eruit', 'ga d\'r uit', 'ga er uit', 'punt achter', 'er uit stappen', 'it all to end',
      'it all to stop', 'it to stop', 'it to end', 'all to end',
      'de stap zet', 'stap zetten', 'the step', 'checking out', 'sprong wagen',
    ],
  },
  LIVE: {
    about: 'living, being alive, existing',
    words: ['leven', 'leve', 'leef', 'leeft', 'leefde', 'levend', 'life', 'live', 'lives', 'living', 'alive', 'bestaan', 'besta', 'bestaat', 'exist', 'existing', 'libi', 'doorleven', 'door te leven', 'verder leven', 'verder te leven', 'carrying on', 'carry on', 'go on', 'going on', 'keep living', 'keep going'],
  },
  BE: { about: 'being (there)', words: ['zijn', 'ben', 'was', 'waren', 'is', 'be', 'been', 'being', 'am', 'were', 'was er', 'ben er', 'te zijn', 'wezen', 'zou zijn', 'are'] },
  THERE: { about: 'here, there, around (as in "not be here anymore")', words: ['er', 'der', 'd\'r', 'hier', 'here', 'around', 'erbij', 'in deze wereld', 'on this earth', 'in this world', 'alive'] },
  GONE: {
    about: 'being gone for good, disappearing',
    words: ['ertussenuit knijpen', 'er tussenuit knijpen', 'ertussenuit', 'gone', 'weg', 'verdwijn*', 'verdween', 'disappear*', 'vanish*', 'heen', 'heengaan', 'leave this world', 'weg van deze wereld', 'not here', 'er niet meer', 'er nie meer', 'er ni meer', 'ophoud met bestaan', 'stop being', 'not exist', 'gone forever', 'er niet'],
  },
  FINAL: {
    about: 'for good, forever, never again',
    words: ['never come back', 'nooit meer terugkomen', 'nooit meer terug', 'voorgoed', 'voor altijd', 'forever', 'for good', 'nooit meer', 'never again', 'nooit terug', 'niet meer terug', 'permanently', 'for ever', 'eeuwig', 'once and for all', 'laatste keer', 'for the last time'],
  },
  NOT_WAKE: {
    about: 'not waking up again',
    words: ['sleep and never', 'slapen en nooit', 'never wake up again', 'not wake up', 'never woke up', 'nooit meer wakker worden', 
      'niet meer wakker', 'nie meer wakker', 'ni meer wakker', 'nooit meer wakker', 'dont wake', 'do not wake', 'wont wake', 'will not wake', 'not come round', 'niet meer opsta',
      'niet meer op sta', 'never have to wake', 'not to wake', 'nooit meer uit', 'nie meer wakker te', 'niet meer wakker te', 'not waking', 'never waking', 'wakker ben geworden', 'weer wakker ben',
      'baal dat ik weer wakker', 'in mijn slaap ga', 'in my sleep', 'slapen voor altijd', 'sleep forever', 'sleep for good', 'slaap en niet meer', 'nooit meer wakker te',
    ],
  },
  BORN: { about: 'never having been born', words: ['nooit geboren', 'never born', 'never been born', 'niet geboren', 'not born'] },
  GOD_TAKE: {
    about: 'asking God to take one\'s life (older and religious wording)',
    words: [
      'god', 'gado', 'heer', 'de here', 'lord', 'the lord', 'hemel', 'heaven', 'allah', 'jezus', 'jesus', 'naar boven', 'call me home', 'naar huis naar boven', 'good lord', 'heer', 'hem vraag'
    ],
  },
  TAKE_ME: {
    about: 'being taken or fetched away',
    words: [
      'halen', 'haalt', 'komen halen', 'komt halen', 'wegneemt', 'weg neemt', 'wegnemen', 'take me', 'takes me', 'took me', 'take my life', 'come for me', 'came for me', 'receive me', 'release me',
      'relieve', 'mag komen', 'mag gaan', 'let me go', 'laat mij maar gaan', 'laat me maar gaan', 'laat mij gaan', 'let me join', 'call me', 'thuis haalt', 'mij thuis', 'mij halen', 'me halen',
    ],
  },
  ENOUGH_LIVED: {
    about: 'having lived enough, being ready to go',
    words: ['be here much longer', 'hier niet lang meer', 'here much longer', 
      'genoeg geleefd', 'lang genoeg geleefd', 'lived enough', 'lived long enough', 'lived my life', 'had my innings', 'mooi geweest', 'ready to go', 'klaar om te gaan', 'tijd dat ik ga', 'wil heen',
      'ik wil heen', 'op en moe', 'lijf is op', 'wil sterven', 'hoeft voor mij niet', 'hoeft van mij niet', 
      'tired of life', 'tired of living', 'leven moe', 'leven zat', 'het leven beu', 'done with life', 'done living', 'done being alive',
      'klaar met dit leven', 'klaar met het leven', 'klaar met leven', 'finish with this world', 'finished with this world', 'klaar met mijn leven',
      'lang duurt het niet meer', 'lang hoeft het niet', 'hoeft het niet meer te duren', 'niks meer te zoeken', 'niets meer te doen hier', 'nothing left for me', 'no point carrying on', 'no point in carrying on',
      'the point of carrying on', 'what\'s the point', 'whats the point', 'what is the point', 
    ],
  },
  NOT_MIND: {
    about: 'not minding, being fine with it (about one\'s own death)',
    words: ['niet erg', 'nie erg', 'ni erg', 'geen probleem', 'prima vinden', 'vind ik da ook prima', 'ook prima', 'wel prima', 'zou prima', 'not mind', 'wouldn\'t mind', 'would not mind', 'wouldnt mind', 'it is ok', 'its ok', 'that\'s ok', 'fine by me', 'happily', 'blij om', 'relieved', 'opgelucht', 'goed vinden', 'vind ik het goed', 'is ok for me', 'for me it is ok', 'maybe better', 'dan ben ik er vanaf', 'ben ik er vanaf'] },
  VEHICLE: { about: 'a vehicle that could hit someone', words: ['bus', 'auto', 'car', 'camion', 'truck', 'vrachtwagen', 'lorry', 'trein', 'train', 'tram'] },
  HIT_BY: { about: 'being hit or run over', words: ['hit me', 'would hit', 'would just hit', 'get hit', 'hit by', 'aanrijdt', 'rijdt', 'onder een', 'onder nen', 'onder de', 'over me heen', 'over mij heen', 'run over', 'aangereden', 'onder een auto'] },
  LOSS: { about: 'a loved one who died (grief as a reason)', words: ['begrafenis', 'funeral', 'overleden', 'gestorven', 'passed', 'died', 'went in', 'er niet meer is', 'er nie meer is', 'is heengegaan', 'heen gegaan', 'sinds', 'since', 'zonder jan', 'without', 'late', 'graf', 'kerkhof', 'grave', 'buried', 'hemel', 'heaven'] },
  WITH: { about: 'being with someone who died', words: ['bij hem', 'bij haar', 'bij mama', 'bij papa', 'bij mijn', 'with him', 'with her', 'with my', 'join him', 'join her', 'achterna', 'naast mijn', 'next to', 'bij ze', 'with them', 'be with'] },
  INSTEAD: { about: 'instead of someone who died', words: ['in plaats van', 'instead of', 'ipv'] },
  WHY_STILL: { about: 'asking why one is still alive', words: ['snap niet waarom ik nog leef', 'weet niet waarom ik nog leef', 'do not know why i am still alive', 'don\'t know why i\'m still here', 'don\'t know why i\'m still alive', 'waarom ik nog leef', 'waarom leef ik nog', 'why am i still', 'why i am still', 'why im still', 'waarom ik nog', 'waarom ben ik er nog', 'why bother living'] },
  HOPELESS_LIFE: {
    about: 'life has no point',
    words: ['leven is zinloos', 'life is pointless', 'life is meaningless', 'zinloos leven', 'no point in going on', 'geen zin meer om door te gaan', 'not worth it anymore', 'life isn\'t worth', 'leven niet waard', 'leven is niets waard', 'my life is worthless', 'mijn leven is niks waard', 'wil zo niet meer verder', 'wil niet meer verder', 'can\'t go on like this', 'can not go on like this', 'zo wil ik niet verder', 'kan zo niet verder', 
      'geen zin meer om te leven', 'geen zin om te leven', 'geen zin meer in het leven', 'geen reden om te leven', 'geen reden meer om', 'geen reden * om door te', 'geen reden om nog',
      'no reason to live', 'nothing to live for', 'niks om voor te leven', 'niets om voor te leven', 'not worth living', 'niet de moeite waard', 'no point living', 'no point in living',
      'zie het niet meer zitten', 'zie het nie meer zitten', 'zie het ni meer zitten', 'zie het echt niet meer zitten', 'zie het echt ni meer zitten', 'zie het echt nie meer zitten',
      'zie het allemaal niet meer zitten', 'zie da nie meer zitten', 'zie dat niet meer zitten', 'zie het leven niet meer zitten', 'zie ik het niet meer zitten',
      'geen reden meer om door te gaan', 'no reason to go on', 'no reason to keep going', 'leven heeft geen zin', 'leven geen zin', 'heeft voor mij geen zin', 'heeft het voor mij geen zin', 'zie geen licht',
      'geen zin meer om te leven', 'echt geen zin meer om te leven',
    ],
  },

  // ---- methods and places ----
  PILLS: {
    about: 'medicines and pills (a method)',
    words: [
      'pil', 'pillen', 'pills', 'pil*', '*tablet*', 'tablet*', 'medicijn*', 'medicatie', 'meds', 'medicine*', 'medication', 'antidepress*', 'paracetamol', 'oxazepam', 'diazepam', 'temazepam', 'lithium',
      'insuline', 'insulin', 'slaappil*', 'sleeping pills', 'sleeping tablets', 'painkillers', 'pijnstillers', 'ibuprofen', 'overdos*', 'od', 'ods', 'odd', 'bleach', 'chloor', 'gif', 'poison', 'stuff',
      'medicine cabinet', 'in the cabinet', 'in de kast lag', 'wat ik had', 'spuit', 'spuiten', 'insuline pens', 'pens', 'strip', 'whiskey', 'alcohol',
    ],
  },
  TAKE: {
    about: 'taking or swallowing (pills)',
    words: ['genomen', 'ingenomen', 'in te nemen', 'innemen', 'inneem', 'neem', 'nemen', 'geslikt', 'slik*', 'gedronken', 'drink', 'took', 'taken', 'take', 'swallowed', 'swallow', 'spuit', 'spuiten', 'inject', 'pakken', 'gepakt'] },
  SAVE_UP: {
    about: 'saving up or hoarding medicines',
    words: ['bewaard', 'bewaar', 'keeping them', 'kept them', 'spaar*', 'gespaard', 'opgespaard', 'verzamel*', 'opzij', 'saving', 'saved', 'save', 'stockpil*', 'putting aside', 'put aside', 'putting a few', 'keep all', 'kept all', 'voorraad', 'hoard*', 'collecting', 'tel ze', 'tel ik', 'counting them', 'hidden', 'hiding them', 'i have enough', 'heb er genoeg', 'heb nu veel', 'i have a lot', 'got a good amount', 'enough now', 'soon it is enough'],
  },
  HOW_MUCH: { about: 'asking how much it takes', words: ['hoeveel', 'how many', 'how much', 'how long it takes', 'is it enough', 'genoeg is', 'enough to', 'would it take', 'nodig zijn', 'nodig om', 'moet je nemen', 'wat gebeurt er als', 'what happens if', 'how high', 'hoe hoog', 'most painless', 'painless way', 'which bridge', 'highest'] },
  ROPE: { about: 'rope, noose, belt (a method)', words: ['touw', 'strop', 'rope', 'noose', 'riem', 'trapleuning', 'koord', 'cord', 'around my neck', 'om mijn nek'] },
  KNIFE: { about: 'knife, blade (a method or a weapon)', words: ['mes', 'mesje', 'messen', 'knife', 'knives', 'blade', 'razor', 'scheermes*', 'scheermesje', 'glas', 'schaar', 'scissors', 'kitchen knife', 'keukenmes'] },
  GUN: { about: 'firearm', words: ['gun', 'shotgun', 'pistool', 'geweer', 'rifle', 'vuurwapen'] },
  GAS: { about: 'gas, car exhaust', words: ['gas', 'gas oven', 'motor aan', 'car running', 'engine running', 'leaving the car running', 'auto in de garage', 'laten draaien', 'motor draait', 'garage with', 'in the garage', 'in de garage'] },
  HIGH_PLACE: {
    about: 'high places and water',
    words: [
      'brug', 'bridge', 'dak', 'roof', 'balkon*', 'flat', 'verdieping', 'floor', 'hoog', 'vensterbank', 'window', 'raam', 'edge', 'rand', 'randje', 'pier', 'quay', 'kade', 'multi-storey', 'multistorey',
      'parkeergarage', 'car park', 'top floor', 'viaduct', 'toren', 'tower', 'cliff', 'klif', 'water', 'river', 'rivier', 'schelde', 'vaart', 'kanaal', 'canal', 'zee', 'sea', 'meer',
    ],
  },
  RAIL: { about: 'railway and traffic', words: ['spoor', 'sporen', 'rails', 'trein', 'train', 'trains', 'intercity', 'tracks', 'track', 'railway', 'perron', 'platform', 'overweg', 'level crossing', 'snelweg', 'highway', 'motorway', 'traffic', 'verkeer', 'a2', 'a12', 'vangrail', 'pijler', 'boom', 'truck', 'vrachtwagen', 'stuur', 'wheel', 'next train', 'de trein'] },
  JUMP: {
    about: 'jumping, stepping in front, walking into',
    words: ['water in gereden', 'water in rijden', 'drove into', 
      'spring*', 'gesprongen', 'sprong', 'jump*', 'stap naar voren', 'step in front', 'stepping in front', 'een stap', 'one step', 'een sprong', 'één sprong', 'in lopen', 'in te lopen', 'erin', 'ga erin', 'go in',
      'walk into', 'walking into', 'walk on', 'voor de trein', 'voor een trein', 'in front of', 'omgooien', 'turning the wheel', 'tegen die pijler', 'op een boom', 'vangrail door', 'naar beneden', 'kijk naar beneden',
      'look down', 'down', 'in de diepte', 'over the edge', 'doorgaan tot', 'not come back', 'niet meer terug', 'het bos in', 'pulls me', 'trekt me', 'getting round', 'easy to get round', 'hold me', 'zou houden',
      'benen naar buiten', 'the water\'s black', 'over de rand', 'te lang staan', 'blijf staan', 'blijf ik staan', 'wacht tot er een trein', 'wachten op de trein', 'waiting',
    ],
  },
  BLEED: { about: 'bleeding', words: ['bloed*', 'bloedt', 'bled', 'bleed*', 'blood', 'bloody'] },
  NECK: { about: 'neck, throat', words: ['keel', 'nek', 'hals', 'neck', 'throat', 'strot'] },

  // ---- self-harm ----
  SELF_HARM: { about: 'words that name self-harm on their own', words: ['self harming', 'cutting again', 'cutting myself', 'snijden mezelf', 'zelfbeschadig*', 'zelfverwond*', 'automutil*', 'selfharm*', 'self harm*', 'beschadig mezelf'] },
  CUT: { about: 'cutting, scratching, burning, hitting oneself', words: ['slit*', 'doorsnij*', 'doorgesneden', 'door te snijden', 'openhalen', 'open halen', 'open te halen', 'maak kapot', 'krab kapot', 'armen kapot', 'arm kapot', 'snij*', 'sned*', 'gesneden', 'opengesneden', 'cut', 'cuts', 'cutting', 'kras*', 'gekrast', 'opengekrast', 'krab*', 'gekrabd', 'scratch*', 'brand', 'brandt', 'gebrand', 'burn', 'burns', 'burning', 'burnt', 'burned', 'bijt', 'bite', 'biting', 'knijp*', 'pinch*', 'opengehaald', 'open gehaald', 'kapot krab*', 'kapot maken', 'dig my nails', 'nails into', 'pulling my hair', 'haar uit', 'hair out'] },
  HIT: {
    about: 'hitting, kicking, choking and other violence',
    words: [
      'sla', 'slaan', 'slaat', 'sloeg', 'geslagen', 'slagen', 'hit', 'hits', 'hitting', 'beat', 'beats', 'beating', 'beaten', 'schop*', 'geschopt', 'kick*', 'duw*', 'geduwd', 'shove*', 'push*', 'wurg*', 'gewurgd',
      'choke*', 'choking', 'strangl*', 'gegrepen', 'gegrepe', 'grabbed', 'grab*', 'gepakt', 'bij mijn keel', 'by the throat', 'gegooid', 'gooit', 'threw', 'throws', 'broke my', 'pillow over', 'touched me', 'raakt me aan',
      'mishandel*', 'abuse*', 'abusing', 'verkracht*', 'rape*', 'raped', 'punch*', 'stomp*', 'bonk*', 'banging', 'slam*', 'hurt*', 'hurting', 'pijn doen', 'pijn doet', 'pijn gedaan', 'doet me pijn',
      'aandoen', 'aan te doen', 'iets aandoet', 'iets aan', 'wat aandoen', 'wat aan te doen', 'aangedaan', 'harm', 'harming', 'harmed', 'stab*', 'steek*', 'gestoken', 'slaan', 'doodslaan', 'gewelddadig', 'violent', 'geweld', 'violence',
    ],
  },
  HEAD_WALL: { about: 'head or body against a wall or door', words: ['tegen de muur', 'against the wall', 'off the door', 'off the wall', 'tegen de deur', 'on the wall', 'tegen de kast', 'with my fist', 'met mijn vuist', 'tussen de deur', 'expres', 'on purpose', 'purpose', 'opzettelijk', 'deliberately'] },
  BODY: { about: 'parts of one\'s body', words: ['knie', 'knieen', 'heup', 'rug', 'back', 'knee', 'knees', 'hip', 'ogen', 'eyes', 'feet', 'voeten', 'arm', 'armen', 'arms', 'pols', 'polsen', 'wrist', 'wrists', 'been', 'benen', 'bovenbeen', 'dij*', 'thigh*', 'legs', 'leg', 'hand', 'handen', 'hands', 'hoofd', 'kop', 'head', 'gezicht', 'face', 'huid', 'skin', 'knokkels', 'knuckles', 'buik', 'stomach', 'lijf', 'lichaam', 'body'] },
  TO_FEEL: { about: 'self-harm to feel something or to be calm', words: ['om iets te voelen', 'voel ik iets', 'to feel something', 'feel something', 'voel ik me beter', 'voelde goed', 'voel me ff beter', 'luchtte op', 'lucht op', 'het helpt', 'helpt even', 'only thing that helps', 'only thing that makes', 'tot ik niks meer voel', 'niks meer voel', 'makes it quiet', 'it is quiet', 'tot het ophoudt', 'pain inside', 'pijn vanbinnen', 'om mij te straffen', 'to punish', 'straffen', 'rust te krijgen', 'niemand weet', 'no one knows', 'nobody knows', 'stiekem', 'wont see', 'won\'t see', 'so my partner', 'onder mijn mouwen', 'clean', 'kan het niet laten', 'kan het nie laten', 'kan er nie mee stoppen', 'kan er niet mee stoppen', 'idk why i do it', 'tot bloedens', 'till they bled', 'til they bleed', 'until it draws blood', 'until they\'re purple', 'tot het bloedt', 'blauwe plekken', 'marks', 'wonden', 'wounds', 'scars', 'littekens', 'ijsblokje', 'blood', 'bloed'] },
  FOOD: { about: 'cooking and food (cutting vegetables is not self-harm)', words: ['kapper', 'knippen', 'haircut', 'geknipt', 'groente', 'groenten', 'ui', 'uien', 'brood', 'vlees', 'kaas', 'tomaat', 'fruit', 'koken', 'cooking', 'vegetables', 'bread', 'onion', 'onions', 'tonijn', 'blik*', 'papier', 'paper', 'hout', 'gras', 'heg', 'koekjes', 'taart', 'cake', 'pizza', 'kapper', 'barber'] },

  // ---- farewell and preparation ----
  FAREWELL: {
    about: 'saying goodbye, last words, letters, a will, a funeral',
    words: [
      'afscheid*', 'afscheidsbrief', 'goodbye', 'goodbyes', 'good bye', 'vaarwel', 'farewell',
      'doei iedereen', 'bye everyone', 'bye all', 'love u all', 'love you all',
      'sorry voor alles', 'sorry for everything', 'tell her i loved her', 'tell my sister sorry', 'zeg sorry', 'het spijt me', 'this is it', 'gedag gezegd', 'iedereen gedag',
      'closure', 'socials verwijderd', 'deleted all my socials', 'texted everyone',
      'iedereen een laatste', 'vastgepakt', 'zonder dat ze het doorhebben', 'zonder dat ze het doorhad', 'ge moet mij ni meer bellen', 'don\'t bother', 'shan\'t be needing', 'won\'t be needing',
      'geen kosten', 'opzadelen', 'voor wie mij vindt', 'who finds me', 'they\'ll find them', 'nobody has to find',
      'wie wat van mij krijgt', 'wie mijn spullen',
      'bericht achterlaten', 'leave a message',
    ],
  },
  GIVE_AWAY: {
    about: 'giving one\'s things away',
    words: ['weggegeven', 'weg gegeven', 'weg gegeve', 'weggegeve', 'weggeven', 'gegeven', 'gegeve', 'gebracht', 'gebragt', 'gave', 'give', 'given', 'giving', 'handed', 'mag hebben', 'mag ze hebben', 'krijgt', 'can have', 'may have', 'look after him', 'look after her'],
  },
  AFTER_ME: {
    about: 'arranging for when one is gone',
    words: ['better than i can', 'voor als ik wil gaan', 'voor later als ik', 'als ik er niet meer ben', 'als ik er nie meer ben', 'als ik er ni meer ben', 'voor als ik', 'als ik weg ben', 'when i\'m gone', 'when i am gone', 'when im gone', 'after i\'m gone', 'after i am gone', 'zodat ze er straks', 'ga er nie meer zijn', 'ga er niet meer zijn', 'er straks niet meer', 'er straks zelf', 'als ik de stap zet', 'dan hoeft hij', 'doesn\'t really matter anymore', 'doesnt really matter', 'so it doesn\'t', 'not going anywhere', 'nergens naar te zoeken'] },
  BELONGINGS: { about: 'one\'s belongings and pets', words: ['spullen', 'stuff', 'kleren', 'clothes', 'kat', 'cat', 'hond', 'dog', 'games', 'ps5', 'guitar', 'gitaar', 'laptop', 'books', 'boeken', 'sieraden', 'ring', 'trouwring', 'bankpas', 'sleutel*', 'keys', 'passwords', 'wachtwoorden', 'alles', 'everything'] },

  // ---- burden ----
  BURDEN: {
    about: 'being a burden or a cost to others',
    words: [
      'een last', 'tot last', 'nen last', 'maar last', 'last voor', 'last van mij', 'last van me', 'burden', 'blok aan', 'kostenpost', 'ballast', 'problem for', 'probleem voor', 'only problem', 'one less problem',
      'one less thing', 'costing', 'cost people', 'kost alleen', 'kost maar', 'ik kost', 'kosten', 'fuss and cost', 'tot nut', 'houd haar', 'houd hem', 'tegen houd', 'ik maak alles kapot', 'tired of me', 'moe van mij',
      'spent so much', 'bring nothing', 'pay for me', 'zorgen om mij', 'huilt om mij', 'worry about me', 'minding me', 'shouldn\'t have to', 'voor mij zorgen', 'betalen voor mij', 'doing her a favour', 'doing him a favour', 'ik kost alleen',
    ],
  },
  BETTER_WITHOUT: {
    about: 'others would be better off or relieved without the resident',
    words: ['happier', 'gelukkiger', 'free of me', 'kindest thing', 
      'beter af', 'better off', 'beter zonder', 'better without', 'better for', 'better for him', 'better for her', 'beter voor', 'better if', 'beter als', 'beter dat', 'better i', 'better he is',
      'opgelucht', 'relieved', 'opluchting', 'verlichting', 'plezier doen', 'een plezier', 'favour', 'favor', 'easier for', 'make things easier', 'makkelijker', 'lichter', 'rust hebben', 'rust', 'vrij', 'free of me', 'kinder',
      'mercy', 'happy when', 'blij als', 'blij zijn als', 'minder stress', 'hebbe ze het beter', 'hebben ze het beter', 'het beter', 'ontlast', 'verder kunnen', 'eindelijk verder', 'would not notice', 'wouldn\'t notice',
      'wouldnt notice', 'would even notice', 'niemand zou me missen', 'niemand zal me missen', 'nobody would miss', 'no one would miss', 'nobody will miss', 'gaat me missen', 'komt er heus wel overheen', 'hoeft dat ook nie meer', 'kindest thing', 'life insurance', 'wereld een stuk lichter', 'none of them',
    ],
  },
  WITHOUT_ME: {
    about: 'the resident gone, dead or absent',
    words: [
      'zonder mij', 'zonder me', 'without me', 'sin mi', 'if i was gone', 'if i were gone', 'if i went', 'if i died', 'if i die', 'if i am dead', 'if i was dead', 'if i just went', 'als ik er niet meer', 'als ik er nie meer', 'als ik er ni meer',
      'als ik er niet ben', 'als ik dood', 'als ik doodga', 'als ik weg ben', 'als ik weg', 'als k doodga', 'when i am gone', 'when i\'m gone', 'when im gone', 'als ik gwn verdween', 'als ik verdween', 'als ik er niet meer was',
      'dat ik er niet ben', 'dat ik er niet meer', 'ik er niet meer ben', 'ik er nie meer ben', 'dat ik verdwijn', 'i disappeared', 'not around', 'if i was not alive', 'if i was not here', 'i am not here', 'als ik ga', 'if i go',
      'dat ik ga', 'ik er nie meer was', 'ik er ni meer was', 'ik er niet meer was', 'als ik er', 'er nie meer te zijn', 'er niet meer te zijn', 'er ni meer te zijn', 'the lord will relieve', 'relieve her of me', 'relieve him of me', 'gone forever', 'if i died tomorrow',
    ],
  },

  // ---- entrapment ----
  NO_EXIT: {
    about: 'no way out, trapped',
    words: [
      'geen uitweg', 'uitweg', 'no way out', 'way out', 'no escape', 'escape', 'only exit', 'exit', 'only door', 'enige deur', 'enige oplossing', 'one solution', 'only solution', 'een oplossing', 'maar een oplossing', 'maar een uitweg',
      'maar 1 uitweg', 'only way', 'enige manier', 'trapped', 'vast', 'klem', 'muurvast', 'gevangen', 'opgesloten', 'boxed in', 'stuck', 'no other way', 'geen andere optie', 'no other option', 'geen weg meer', 'uitzichtloos',
      'kom hier nooit meer uit', 'nergens heen', 'nowhere', 'alle deuren dicht', 'every door is closed', 'hokje zonder deur', 'cant escape', 'can not escape', 'niet uit kom', 'nie uit kom', 'niet weg',
    ],
  },

  // ---- past attempt ----
  ATTEMPT: { about: 'an earlier attempt', words: ['poging', 'pogingen', 'zelfmoordpoging', 'attempt', 'attempts', 'attempted', 'geprobeerd', 'probeerde', 'tried', 'try', 'overdose', 'overdosis', 'od', 'stomach pumped', 'maag leeggepompt', 'gered', 'saved me', 'stopped me', 'pulled out', 'eruit gehaald', 'van het spoor', 'van de sporen', 'found me', 'gevonden', 'touw brak'] },
  PAST: { about: 'in the past', words: ['vorig*', 'vroeger', 'ooit', 'al eens', 'al is', 'al een keer', 'een keer', 'once', 'before', 'ago', 'geleden', 'last year', 'last time', 'vorige keer', 'destijds', 'toen', 'then', 'in mijn jonge', 'jaren geleden', 'years ago', 'in 20*', 'in 19*', 'in 98', 'year 10', 'first', 'eerste', 'last attempt', 'twice', 'twee keer', 'drie keer', 'three times', 'al vaker', 'tried before'] },
  HOSPITAL: { about: 'hospital and emergency care after an attempt', words: ['the er', 'in the er', 'in de ambulance', 'on the ward', 'ziekenhuis', 'hospital', 'ic', 'icu', 'ambulance', 'ambu', 'a&e', 'ward', 'crisis team', 'crisisdienst', 'opgenomen', 'psychiatrie', 'eerste hulp', 'spoedeisende', 'seh'] },

  // ---- danger from others ----
  THREAT: {
    about: 'threats of violence',
    words: [
      'bedreig*', 'dreig*', 'gedreigd', 'threat*', 'threaten*', 'zegt dat hij', 'zegt hij', 'zei hij', 'said he', 'says he', 'said if', 'said they', 'zei dat hij', 'heeft gezegd dat hij',
      'kapot maakt', 'kapot maken', 'get me', 'come for me', 'komt voor mij', 'haar gaat pakken', 'gaat pakken', 'showed me the knife',
      'ben ik er geweest', 'er geweest', 'wont stop', 'won\'t stop', 'next time', 'stab me', 'steken', 'take the kids', 'pakt de kinderen', 'never see them',
    ],
  },
  CONTROL: {
    about: 'control, locking in, taking money or papers',
    words: [
      'opgesloten', 'opsluit', 'sluit me op', 'locked me', 'locks me', 'lock me', 'houdt me thuis', 'mag niemand zien', 'mag nie naar buite*', 'mag niet naar buiten', 'won\'t let me', 'wont let me', 'leest al mijn', 'checks my phone',
      'pinpas', 'bankpas', 'pas afgepakt', 'bank card', 'pension', 'pensioen', 'paspoort', 'passport', 'mijn geld', 'my money', 'al m\'n geld', 'al mijn geld', 'geld van mijn rekening', 'telefoon afgepakt', 'took my phone',
      'afgepakt', 'afpak*', 'pakt al', 'neemt mijn', 'takes my', 'took my', 'houdt mijn', 'houdt al mijn', 'keeps my', 'controlling', 'controleert', 'haalt elke week geld',
    ],
  },
  FEAR: { about: 'fear, hiding, not daring to go home', words: ['bang', 'scared', 'afraid', 'terrified', 'angst', 'durf niet', 'durf nie', 'durf ni', 'durf niet meer', 'too scared', 'verstopt', 'verstop*', 'hiding', 'hide', 'weggelopen', 'ran away', 'niet veilig', 'nie veilig', 'ni veilig', 'not safe', 'unsafe', 'gevaar', 'danger', 'help', 'nergens heen', 'nowhere to go', 'waar naartoe', 'bij de buren', 'at a friend', 'at my friend'] },
  DOOR: { about: 'the door, window or garden of one\'s home', words: ['my door', 'the door', 'front door', 'back door', 'voordeur', 'achterdeur', 'deur', 'voor de deur', 'aan de deur', 'at my door', 'at the door', 'raam', 'window', 'tuin', 'garden', 'voor mijn huis', 'outside', 'buiten', 'mijn adres', 'my address'] },
  HOME: { about: 'home', words: ['huis', 'thuis', 'home', 'naar huis', 'go home', 'go back', 'terug'] },

  // ---- added precision ----
  NO_NEED_MORE: { about: 'not needing to (go on) any more, at the end of a clause', words: ['hoef niet meer', 'hoeft niet meer', 'hoeft het niet meer', 'niet meer hoef', 'het hoeft niet meer', 'hoef ik niet meer'] },
  SHOULD: { about: 'should, will, going to', words: ['should', 'moet', 'zou', 'ga', 'gonna', 'going to', 'just', 'gewoon'] },
  COMMITTED: { about: 'a suicide someone committed (grief)', words: ['gepleegd', 'pleegde', 'pleegt', 'committed', 'died by', 'overleden door', 'hoofdpersoon'] },
  LAST_DAY: { about: 'the last day', words: ['mijn laatste dag', 'laatste dag', 'laatste week', 'my last day', 'my last week', 'my final day', 'last day on earth', 'mijn laatste avond'] },
  LAST_MSG: { about: 'a last message', words: ['laatste bericht*', 'laatste berichtje', 'last message', 'final message', 'last msg', 'last text'] },
  MOVE: { about: 'moving house', words: ['verhuizen', 'verhuis*', 'moving', 'move', 'address', 'adres'] },
  LOOK: { about: 'looking at (a method)', words: ['kijk', 'kijken', 'look at', 'looking at', 'staar*', 'stare*', 'tel', 'tel ze', 'counting', 'bekeken'] },
  NO_POINT: { about: 'it has no point any more (at the end of a clause)', words: ['het heeft geen zin meer', 'heeft allemaal geen zin meer', 'het heeft allemaal geen zin', 'heeft geen zin meer', 'there is no point', 'what is the point', 'no point anymore'] },
  CANT_MORE: { about: 'cannot go on (at the end of a clause)', words: ['kan niet meer', 'kan het niet meer', 'can not anymore', 'can not do this anymore', 'can not go on', 'kan niet meer verder'] },
  IDIOM: {
    about: 'ordinary idioms with death words; their words are ignored',
    words: ['dead tired', 'dead on my feet', 'dead after', 'legs are dead', 'benen zijn dood', 'dood moe', 'doodmoe', 'half dead', 'dead serious', 'geen grap', 'no joke', 'not a joke', 'not joking', 'geen geintje', 'gat in de lucht', 
      'lach* me dood', 'lach* mij dood', 'me dood lach*', 'mij dood lach*', 'dood lach*', 'dood van het lachen', 'dood van t lachen', 'dood van de honger', 'dood van de dorst', 'dood verve*', 'verveel me dood', 'verveel mij dood',
      'schrik* me dood', 'schrok me dood', 'schrok mij dood', 'dood schrik*', 'dood schamen', 'schaam me dood', 'erger me dood', 'me dood ergeren', 'werk me dood', 'me dood werken', 'to death', 'dying to', 'dying for', 'kill for',
      'killing time', 'killing it', 'killed it', 'to die for', 'half dood', 'dood moe', 'dood op', 'die of embarrassment', 'died of embarrassment', 'died laughing', 'dying of laughter', 'dood te vriezen', 'mn dood', 'mijn dood',
    ],
  },
  DELAY: { about: 'ordinary travel trouble', words: ['delay', 'vertraging', 'te laat', 'late', 'bus vervangt', 'dicht', 'storing', 'uitgevallen', 'cancelled'] },
  COUNT: { about: 'counting pills', words: ['tel ze', 'tel ik ze', 'tel ik', 'counting them', 'count them', 'counting'] },
  ON_PURPOSE: { about: 'on purpose', words: ['expres', 'on purpose', 'opzettelijk', 'deliberately', 'met opzet'] },
  FEEL_LIKE: { about: 'the same feeling as then', words: ['felt like this', 'feeling like this', 'voel me weer', 'dat gevoel', 'da gevoel', 'same feeling', 'zelfde gevoel', 'gevoel is terug', 'feel that low again', 'feels the same'] },
  THATS_IT: { about: 'that is it', words: ['that\'s it', 'thats it', 'this is it', 'dan is het zover'] },
  DONE_FINAL: { about: 'it is done', words: ['it\'s done', 'its done', 'it is done', 'het is gedaan', 'het is klaar', 'is done'] },
  THEN_OVER: { about: 'then it is over', words: ['dan is het klaar', 'dan is het over', 'dan is het gedaan', 'then it\'s over', 'then it is over', 'en t is gedaan', 'en het is gedaan', 'dan ben ik er vanaf', 'then it is finished', 'then it\'s done'] },
  OD: { about: 'an overdose', words: ['overdos*', 'od', 'an overdose', 'een overdosis'] },
  NICE: { about: 'enjoying a place', words: ['mooi', 'prachtig', 'uitzicht', 'view', 'lovely', 'beautiful', 'genieten', 'zon', 'sun', 'heerlijk', 'gezellig', 'fotos', 'photos', 'boten', 'boats', 'wandelen', 'walk', 'walking', 'fietsen', 'cycling'] },
  WAKE: { about: 'waking up', words: ['wakker', 'wake', 'waking', 'woke', 'opstaan', 'opsta', 'wakker worden', 'wakker te worden'] },
  DARK_THOUGHTS: { about: 'dark thoughts (often meant as suicidal thoughts)', words: ['donkere gedachten', 'dark thoughts', 'zwarte gedachten', 'doodsgedachten', 'doodsgedachte', 'gedachten aan de dood', 'thoughts of dying', 'thoughts of death', 'suicidal thoughts', 'suicidale gedachten'] },
  VIOLENT: { about: 'a violent person', words: ['gewelddadig', 'agressief', 'violent', 'abusive', 'mishandelt', 'huiselijk geweld', 'domestic violence', 'domestic abuse'] },
  BUY: { about: 'buying or ordering', words: ['gekocht', 'kopen', 'koop', 'bought', 'buy', 'buying', 'purchased', 'besteld', 'ordered', 'bestellen', 'order'] },
  BURDEN_SELF: { about: 'calling oneself a burden', words: ['feel like a burden', 'voel me een last', 'feel a burden', 'voel me een blok aan', 'ben een last', 'ben maar een last', 'ben alleen maar een last', 'ben alleen nog maar een last', 'ben een blok aan', 'am a burden', 'am just a burden', 'am only a burden', 'ben iedereen tot last', 'lig iedereen tot last', 'am such a burden'] },
  TODAY: { about: 'for today only', words: ['vandaag', 'today', 'for now', 'voor nu', 'tot morgen', 'see you', 'see ya', 'later', 'for today', 'tot straks', 'tot de volgende keer'] },
  RELATION: { about: 'ending a relationship or a job', words: ['with my boyfriend', 'with my girlfriend', 'met mijn vriend', 'met mijn vriendin', 'relatie', 'relationship', 'uitmaken', 'break up', 'met hem', 'with him', 'with her', 'met haar', 'contract', 'abonnement', 'subscription'] },
  POINT: { about: 'a point or reason to live', words: ['point in living', 'point of living', 'point in life', 'point in going on', 'nut van het leven', 'nut van leven', 'nut om te leven', 'reason to live', 'reden om te leven', 'reason to keep going', 'reden om door te gaan'] },
  READY: { about: 'lying ready', words: ['ready', 'klaarliggen', 'klaar liggen', 'liggen klaar', 'ligt klaar', 'klaargelegd', 'klaar gelegd', 'klaargezet', 'set out', 'laid out'] },
  FEAR_OF: { about: 'afraid of someone', words: ['bang voor', 'scared of', 'afraid of', 'terrified of', 'angst voor', 'bang van'] },
  MYSELF: { about: 'explicitly reflexive: myself', words: ['mezelf', 'mijzelf', 'mezelve', 'myself', 'meself', 'mysef', 'jezelf', 'yourself', 'urself', 'mezelf weer', 'mij weer', 'me weer'] },
  HURT: { about: 'hurting, harming, doing something to someone', words: ['verwond*', 'pijn doen', 'pijn gedaan', 'pijn te doen', 'pijn doe', 'doe mezelf pijn', 'doet me pijn', 'doet mij pijn', 'hurt', 'hurting', 'harm', 'harming', 'harmed', 'aandoen', 'aan te doen', 'aandoet', 'iets aan', 'wat aan', 'aangedaan', 'beschadig*', 'kapot maken', 'straffen', 'punish*'] },
  ACCIDENT: { about: 'an accident, not on purpose', words: ['meniscus*', '*operatie', 'per ongeluk', 'ongeluk', 'accident', 'accidentally', 'by accident', 'oeps', 'oops', 'gehecht', 'stitches', 'hechtingen', 'fornuis aan', 'salontafel', 'gestoten', 'onder t mes', 'onder het mes', 'operatie', 'surgery'] },
  MEDIA: { about: 'films, series, games, news, books', words: ['film', 'films', 'movie', 'serie', 'series', 'show', 'docu*', 'netflix', 'game', 'gaming', 'level', 'among us', 'call of duty', 'zelda', 'fifa', 'nieuws', 'news', 'journaal', 'boek', 'book', 'novel', 'roman', 'song', 'lied', 'aflevering', 'episode', 'character', 'personage', 'hoofdpersoon', 'season', 'seizoen', 'reasons why', 'squad', 'career', 'carriere', 'preventie', 'prevention', 'training', 'cursus', 'agatha', 'christie', 'bond', 'crime', 'thriller', 'podcast', 'tiktok', 'video', 'vid', 'voorstelling', 'theater', 'schouwburg', 'van gogh', 'escape room', 'kerk lazen', 'kruisdood', 'reading', 'lees', 'watch', 'kijk nu', 'gekeken', 'gezien'] },
  JOKE: { about: 'joking markers', words: ['lol', 'haha', 'hahaha', 'lmao', 'lmfao', 'rofl', 'xd', 'jk', 'grapje', 'geintje', 'grap', 'joke', 'kidding', 'emojilaugh', 'emojiskull'] },
  SPORT: { about: 'sport and games', words: ['chess', 'schaak*', 'at cards', 'kaarten', 'scrabble', 'monopoly', 'spel', 'spelletje', 'zwem*', 'swim*', 'duik*', 'dive', 'diving', 'bungee', 'parachute', 'trampoline', 'sport*', 'gym', 'training', 'wedstrijd', 'match', 'team', 'coach', 'trainer', 'klimmen', 'climbing', 'rope in pe', 'touwtje*', 'boksen', 'boxing', 'judo', 'voetbal*', 'football', 'marathon', 'tennis*', 'padel', 'fun', 'leuk', 'lekker', 'zomer', 'summer', 'vakantie', 'holiday', 'festival'] },
  WORK: { about: 'work and school context', words: ['werk', 'werken', 'werkdag', 'werkdruk', 'op werk', 'op het werk', 'work', 'at work', 'my work', 'working hours', 'warehouse', 'job', 'baan', 'shift', 'dienst', 'stage', 'school', 'les', 'class', 'collega*', 'colleague*', 'baas', 'boss', 'manager', 'dakwerker', 'dakgoot', 'klus', 'repair', 'fixing', 'onderhoud', 'pensioen', 'retire*', 'contract', 'project', 'deadline', 'tentamen'] },
  HABIT: { about: 'quitting a habit', words: ['roken', 'rook', 'smoking', 'smoke', 'sigaret*', 'smoren', 'drinken', 'drinking', 'alcohol', 'booze', 'blow*', 'joint*', 'gokken', 'gambling', 'suiker', 'sugar', 'snoep*', 'vlees', 'tiktok', 'telefoon', 'phone', 'gaming', 'dieet', 'diet', 'afvallen', 'koffie', 'coffee', 'rijexamen', 'examen', 'exam', 'driving test', 'dry january', 'wijn', 'wine', 'chips'] },
  ROUTINE: { about: 'daily routine with medicines', words: ['elke ochtend', 'elke dag', 'every day', 'every morning', 'dagelijks', 'daily', 'per dag', 'a day', 's ochtends', 'in the morning', 'morning', 'voorgeschreven', 'prescribed', 'dokter zegt', 'huisarts', 'apotheek', 'pharmacy', 'voor mijn', 'for my', 'baxter', 'weekdoos', 'refill', 'cholesterol', 'bloeddruk', 'vergeten', 'forgot', 'dose', 'dosis'] },
  HOLIDAY: { about: 'holiday and travel', words: ['vakantie', 'holiday', 'holidays', 'reis', 'trip', 'travel', 'spanje', 'turkije', 'app', 'punten', 'points'] },
  MANY: { about: 'many, a lot', words: ['twintig', 'dertig', 'veertig', 'vijftig', 'honderd', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'veel', 'lot', 'lots', 'many', 'loads', 'bunch', 'handful', 'hand vol', 'like 30', 'like 60', 'manynumber'] },
  DIZZY: { about: 'what follows an overdose', words: ['duizelig', 'dizzy', 'raar', 'weird', 'draait', 'spinning', 'reageert niet', 'reageert nie', 'not responding', 'not waking', 'wordt zwart', 'slaperig', 'sleepy', 'misselijk', 'sick', 'overgeven', 'vomit*', 'wat er gaat gebeuren', 'what will happen', 'lying down now', 'lig nu'] },
  POISON: { about: 'poison', words: ['bleach', 'chloor', 'gif', 'poison', 'antivries', 'antifreeze', 'ontstopper', 'rattengif', 'onkruidverdelger'] },
  HANG: { about: 'hanging', words: ['hang', 'hangt', 'hangs', 'hanging', 'hanged', 'opgehangen', 'ophang*', 'op te hangen', 'hold me', 'houden', 'zou houden', 'around my neck', 'om mijn nek'] },
  BATH: { about: 'in the bath', words: ['bad', 'bath', 'bathtub', 'badkuip'] },
  DANGER_SPOT: {
    about: 'standing at a dangerous spot',
    words: ['on the train tracks', 'on the tracks', 'hoog en ik', '9 hoog', '8 hoog', 
      'op het spoor', 'bij het spoor', 'aan het spoor', 'op t spoor', 'bij t spoor', 'aan t spoor', 'op de rails', 'on the tracks', 'train tracks', 'at the spoor', 'op de sporen', 'rand van', 'randje', 'balkonrand*',
      'edge', 'vensterbank', 'windowsill', 'op het dak', 'op t dak', 'on the roof', 'on roof', 'op de brug', 'on the bridge', 'op dat balkon', 'op het balkon', 'op t balkon', 'top floor', 'aan het water', 'aan t water', 'bij het water',
      'aan de schelde', 'quay', 'by the pier', 'over de reling', 'railing', 'reling', 'in the water', 'naar die brug', 'naar t spoor', 'naar het spoor', 'ga naar de brug',
    ],
  },
  SORRY: { about: 'apologising (as a goodbye)', words: ['sorry', 'het spijt me', 'spijt me', 'forgive me', 'vergeef me', 'excuses'] },
  HIDE: { about: 'hiding from someone', words: ['verstopt', 'verstop*', 'hiding', 'hide', 'op slot', 'locked myself', 'locked in the', 'opgesloten in', 'bij de buren', 'at a friend', 'at my friend', 'weggelopen', 'ran away', 'fled', 'gevlucht'] },
  INTRUDE: { about: 'someone trying to get in or following', words: ['bonk*', 'banging', 'open te breken', 'openbreken', 'open breken', 'trying to open', 'breaking in', 'inbreken', 'wont leave', 'won\'t leave', 'following', 'follows', 'volgt me', 'achtervolgt', 'gestalkt', 'stalk*', 'roept mijn naam', 'waiting at my', 'stond hij', 'staat hij', 'staat elke avond', 'found my address', 'mijn adres', 'outside the house', 'outside now'] },
  PASSIVE: { about: 'being done to (passive)', words: ['word', 'wordt', 'werd', 'get', 'gets', 'got', 'getting', 'been'] },
  NOT_MISSED: { about: 'nobody would miss the resident', words: ['niemand zou me missen', 'niemand zou mij missen', 'niemand zal me missen', 'niemand gaat me missen', 'nobody would miss', 'no one would miss', 'nobody will miss', 'no one will miss', 'nobody would even notice', 'nobody would notice if i was gone', 'would even notice if i was gone', 'niemand zou het merken'] },
  NEED_NOT: { about: 'not needing one\'s things any more', words: ['niet meer nodig', 'nie meer nodig', 'ni meer nodig', 'toch niks meer aan', 'toch niet meer nodig', 'won\'t need', 'will not need', 'wont need', 'not need them', 'dont need', 'do not need', 'need them anymore', 'shan\'t be needing', 'won\'t be needing', 'not going anywhere', 'doesn\'t really matter anymore', 'hoeft niet meer', 'nodig hebben'] },
  SECRET: { about: 'doing it without others noticing', words: ['zonder dat ze het doorhebben', 'zonder dat ze het doorhad', 'zonder dat ze het doorhadden', 'weten ni dat', 'weten niet dat', 'weet niet dat', 'quietly', 'they think', 'ze denken', 'snapt nie waarom', 'snapt niet waarom', 'niemand weet', 'nobody knows', 'no one knows', 'stiekem', 'zonder dat'] },
  WILL: { about: 'a will or testament', words: ['sorted out my will', 'made my will', 'got the will', 'the will done', 'wrote my will', 'my will is', 'will done up', 'testament', 'will done', 'solicitor', 'notaris'] },
  FUNERAL: { about: 'one\'s own funeral arranged', words: ['uitvaart', 'begrafenis', 'funeral', 'crematie', 'cremation', 'grafsteen', 'kist', 'coffin'] },
  PREP: {
    about: 'practical arrangements for after one is gone',
    words: ['sorted out my will', 'made my will', 'got the will', 'the will done', 'wrote my will', 'my will is', 'lijst gemaakt van wie', 'lijstje gemaakt wie', 'alles geregeld', 'alles al geregeld', 'papieren in orde', 'everything\'s in order', 'in order for', 
      'wachtwoorden', 'passwords', 'envelop', 'envelope', 'new home', 'nieuw thuis', 'paid off', 'afbetaald', 'abonnementen', 'opgezegd', 'huur tot', 'sleutel* bij', 'papieren klaar', 'papieren in orde',
      'wie wat', 'wie mijn spullen', 'spullen verdeeld', 'socials', 'weggegeven', 'weg gegeven', 'weggegeve', 'weg gegeve', 'gave away', 'given away', 'give away', 'handed over', 'handed my',
      'sorted out', 'cleaned the whole', 'opgeruimd zodat', 'so nobody has to', 'zodat niemand', 'dan hoeven ze', 'dan hoeft hij', 'nergens naar te zoeken', 'geld gegeven', 'money home',
      'trouwring', 'sieraden', 'laptop to', 'socials verwijderd', 'foto s van insta',
    ],
  },
  LAST: { about: 'last, final', words: ['laatste', 'last', 'final'] },
  MESSAGE: { about: 'a message or letter', words: ['bericht', 'berichtje', 'message', 'msg', 'brief', 'brieven', 'briefje', 'letter', 'letters', 'afscheidsbrief', 'note'] },
  WROTE: { about: 'writing or sending', words: ['geschreven', 'geschreve', 'schreef', 'schrijf', 'wrote', 'written', 'write', 'writing', 'gestuurd', 'sent', 'send', 'texted', 'gelegd', 'achterlaten', 'achterlaat', 'leave'] },
  FOUND: { about: 'being found', words: ['where they\'ll find', 'waar ze het vinden', 'find them', 'find me', 'voor wie mij', 'mag hebben', 'in the bureau', 'in my desk', 'onder mn kussen', 'onder mijn kussen', 'in de la', 'op de keukentafel', 'ligt klaar', 'in the drawer', 'drawer'] },
  TRIED: { about: 'having tried (weak without a method)', words: ['geprobeerd', 'probeerde', 'probeerd', 'tried', 'try', 'attempted'] },
  ATTEMPT_STRONG: { about: 'words that name an earlier attempt', words: ['poging', 'pogingen', 'zelfmoordpoging', 'attempt', 'attempts', 'my attempt', 'overdose', 'overdosis', 'od', 'stomach pumped', 'maag leeggepompt', 'hebben me gered', 'hebben mij gered', 'saved me', 'stopped me', 'pulled out of', 'eruit gehaald', 'van het spoor gehaald', 'van de sporen gehaald', 'mij gevonden', 'me gevonden', 'found me', 'touw brak', 'wou nie gered', 'gered worden', 'crisiskaart', 'crisis team', 'crisisdienst'] },
  SH: { about: 'the chat word "sh" (self-harm)', words: ['sh'] },
  SH_BODY: { about: 'body parts that self-harm often targets', words: ['pols', 'polsen', 'wrist', 'wrists', 'dij', 'dijen', 'thigh', 'thighs', 'bovenbeen', 'bovenbenen', 'onderarm', 'onderarmen', 'armen', 'arms', 'benen', 'legs'] },
  DONE: { about: 'being done (weak)', words: ['klaar', 'done', 'genoeg', 'enough', 'gedaan', 'het zat', 'ben het zat', 'finished', 'finish'] },
  STOP_ALL: { about: 'wanting it all to stop', words: ['mag ophouden', 'mag stoppen', 'mag voorbij', 'alles stopt', 'everything to stop', 'it all stopped', 'everything to end', 'it to be over', 'all to be over', 'het voorbij is', 'dat het voorbij is', 'alles voorbij is', 'it all to end', 'it all to stop', 'it to stop', 'it to end', 'all to end', 'all to stop', 'het stopt', 'dat het ophoudt', 'het ophoudt', 'het ophoud', 'me included', 'ophoud met bestaan', 'stop being', 'stop existing', 'stoppen met bestaan'] },
  DO_IT: { about: 'doing "it"', words: ['ik het ga doen', 'ik het doe', 'i am going to do it', 'het ga doen', 'tonight\'s the night', 'i\'m going to do it', 'ik ga het nu doen', 'ga het nu doen', 'dan ga ik ook', 'ga het doen', 'ga het echt doen', 'going to do it', 'gonna do it', 'going to do it', 'doe het', 'do it', 'het doe', 'ga ervoor', 'happening', 'het is zover', 'is het zover', 'ik ga nu', 'i m going', 'ik spring', 'spring ik', 'ga het deze week doen', 'ga het doen', 'het deze week doen', 'nearly ready', 'klaarliggen', 'alles klaar', 'dan spring ik', 'spring ik echt', 'ga springen', 'going to jump'] },
  NOSTOP: { about: 'nobody can stop it, it is certain', words: ['for real', 'serieus', 'nobody can', 'niemand kan me', 'niemand gaat me', 'tegenhouden', 'change my mind', 'deze keer', 'this time', 'meen het', 'i mean it', 'weet het zeker', 'het zeker', 'thought it through', 'lang genoeg over nagedacht', 'niet meer uitstellen', 'niet meer de vraag', 'not if but when', 'maar wanneer'] },
  METHOD_Q: { about: 'questions and research about a method', words: ['most painless', 'painless way', 'bleed out', 'doodbloeden', 'niet te overleven', 'not survive', 'to put yourself to sleep for good', 'hoe lang duurt het voordat', 'how long does it take to die', 'lethal', 'dodelijke dosis', 'letale'] },
  STROP: { about: 'a noose', words: ['strop', 'noose', 'strop maken'] },
  HIM: { about: 'him or her as object', words: ['hem', 'him', 'haar', 'her', 'hun', 'them', 'als hij', 'when he', 'als hij thuiskomt', 'mijn man', 'mijn vriend', 'my husband', 'my partner', 'my ex'] },
  NOT_SAFE: { about: 'not safe', words: ['niet veilig', 'nie veilig', 'ni veilig', 'not safe', 'unsafe', 'in gevaar', 'in danger', 'gevaar', 'danger'] },
  LONELY: {
    about: 'loneliness',
    words: ['niemand ziet me', 'nobody sees me', 'no one cares', 'niemand geeft om me', 'niemand geeft om mij', 
      'eenzaam*', 'lonely', 'loneliness', 'alleen', 'alone', 'on my own', 'own my own', 'niemand om', 'nobody to', 'no one to', 'geen vrienden', 'no friends', 'geen vrinden', 'single friend', 'niemand gesproken', 'spoken to another',
      'niemand belt', 'niemand komt', 'komt niemand', 'niemand meer', 'ken niemand', 'know nobody', 'hoor er nergens bij', 'nergens bij', 'forgotten', 'vergeten', 'isolated', 'geisoleerd', 'niemand snapt', 'geen mens', 'no one calls',
      'niemand behalve', 'stil bestaan', 'stil in huis', 'so stil', 'zo stil', 'lang en stil', 'mi so', 'wawan', 'nobody here', 'niemand hier', 'iemand om', 'someone to talk', 'haven t had a real', 'nobody would notice', 'awful lonely',
      'no fellowship', 'lost my fellowship', 'aan de kant', 'op de wc', 'telefoon gaat nooit', 'hoor ik niemand', 'zie bijna nooit iemand', 'zie soms de hele week niemand', 'alleen met de radio', 'alleen thuis', 'alleen op mn kamer', 'sit alone', 'eating dinner alone', 'geen vrienden meer',
    ],
  },
  SAD: {
    about: 'low mood',
    words: ['ongelukkig', 'unhappy', 'miserable', 'ellendig', 'beroerd', 'rotgevoel', 'gaat slecht met me', 'depri', 'deprimerend', 'lusteloos', 'futloos', 'geen plezier', 'nergens plezier', 'no joy', 'numb', 'verdoofd', 'gevoelloos', 'wanhoop', 'radeloos', 'ten einde raad', 'wits end', 'opgebrand', 'overspannen', 'stressed out', 'breakdown', 'instorten', 'huilbui', 'in tranen', 'tears', 'gebroken hart', 'sociaal isolement', 'eenzaamheid', 'zinloos', 'pointless', 'angstig', 'anxious', 'paniekaanval*', 'panic attack*', 'piekeren', 'overthinking', 'voel me leeg', 'voel mij leeg', 'ben leeg', 'leeg vanbinnen', 'zo leeg', 'alles is leeg', 'is alles leeg', 'feel empty', 'feel so empty', 'so empty', 'huis is zo leeg', 'voel me slecht', 'voel mij slecht', 'feel bad', 'feel awful', 'feel terrible', 'kut', 'rot', 'klote', 'hul', 'lach niet meer', 'kost zoveel moeite', 'kost zoveel effort', 'bed bijna niet uit', 'bed bijna niet meer uit', 'can\'t stop crying', 'stop crying', 
      'somber*', 'depressief', 'depressed', 'depressie', 'depression', 'neerslachtig', 'verdrietig*', 'verdriet', 'sad', 'sadness', 'down', 'low', 'hollow', 'grijs', 'grey', 'gray', 'nergens zin in', 'nergens zin',
      'geen zin meer in niks', 'gene zin', 'lost interest', 'in een dip*', 'dipke', 'in de put', 'in a hole', 'in the dumps', 'rot', 'shit', 'meh', 'flat', 'mood', 'huil*', 'gehuild', 'cry*', 'crying', 'tristu', 'triest',
      'heavy', 'zwaar', 'herken mezelf niet', 'not myself', 'broken', 'kapot van binnen', 'heartbroken', 'hartzeer', 'verloren', 'lost', 'gemis', 'mis haar', 'mis hem', 'mis mijn', 'mis je', 'miss him', 'miss her', 'miss having',
      'miss', 'mis', 'rouw*', 'grief', 'grieving', 'not coping', 'not doing great', 'struggling', 'cant believe', 'can t believe', 'niet overheen', 'nie overheen', 'not ok', 'niet goed', 'dieptepunt', 'blij van', 'genieten',
      'kan nergens meer van genieten', 'guilty', 'schuldig', 'no hope', 'lost hope', 'geen hoop', 'hopeloos', 'hopeless', 'worthless', 'waardeloos', 'wanhopig', 'desperate', 'zwart', 'haat mijn leven', 'hate my life', 'nothing matters',
      'niks doet ertoe', 'lonely', 'through the motions', 'shell', 'geen energie meer voor niks', 'nothing is fun', 'niks is leuk', 'geirriteerd', 'prikkelbaar',
    ],
  },
  STRUGGLE: {
    about: 'not coping, overwhelmed',
    words: ['heb het zwaar', 'having a hard time', 'hard time', 'moeilijke tijd', 'gaat niet goed met me', 'not doing well', 'niet lekker in mijn vel', 'niet lekker in mn vel', 'voel me niet goed', 'tired of everything', 
      'te veel', 'too much', 'teveel', 'can not cope', 'cant cope', 'can not manage', 'cannot manage', 'overwhelmed', 'overweldigd', 'kan het niet aan', 'kan het nie aan', 'kan het niet meer aan',
      'trek het niet', 'trek het niet meer', 'houd het niet vol', 'hou het niet vol', 'houd het bijna niet vol', 'weet het niet meer', 'weet niet meer', 'do not know how', 'don t know how', 'don t know what', 'do not know what', 'weet nie meer', 'no idea what',
      'geen toekomst', 'no future', 'verzuip*', 'verdrink in', 'drowning', 'zit er doorheen', 'zit er helemaal door', 'ben op', 'k ben op', 'ik ben op', 'end of my rope', 'falling apart', 'nooit meer goed', 'never get better', 'geef het op', 'give up', 'given up',
      'alles gaat mis', 'alles loopt mis', 'everything goes wrong', 'niks lukt', 'nothing works', 'stapelen zich op', 'stapelt zich op', 'overzie het niet', 'can t keep up', 'worn out', 'moe van altijd', 'moe van alles', 'tired of everything',
      'cant take it', 'can t take it', 'can not take it', 'sta er helemaal alleen', 'barely', 'kan da allemaal nie meer', 'kan het allemaal niet meer', 'handlen', 'niks meer hebben', 'struggling', 'kan het echt nie aan', 'help me', 'i need help',
    ],
  },
  FEEL: { about: 'feeling', words: ['voel', 'voelt', 'voelde', 'feel', 'feeling', 'felt', 'ben', 'am', 'i am', 'ik ben', 'was', 'ik zit', 'zit'] },
  WAITING: { about: 'waiting or doubting at a dangerous spot', words: ['wacht alleen nog', 'wacht nog tot', 'wacht nog', 'waiting', 'wacht', 'wachten', 'wacht tot', 'twijfel*', 'doubt*', 'nearly ready', 'staren', 'staring', 'te lang staan', 'blijf staan'] },
  MINUTES: { about: 'a train minutes away', words: ['minuten', 'minutes', 'min'] },
  OPEN: { about: 'opened, turned on', words: ['opengezet', 'open gezet', 'open zetten', 'open te zetten', 'opendraaien', 'open', 'turned on', 'aan gezet', 'aangezet', 'running'] },
  ALONE: { about: 'alone with it', words: ['alone', 'alleen', 'being alone', 'on my own'] },
  SLEEP: { about: 'sleep', words: ['slaap', 'slapen', 'sleep', 'asleep', 'gaan slapen', 'inslapen', 'go to sleep'] },
  STRANGLE: { about: 'choking, strangling', words: ['wurg*', 'gewurgd', 'choke*', 'choking', 'strangl*', 'bij mijn keel', 'bij de keel', 'by the throat', 'pillow over', 'kussen op mijn gezicht', 'keel dichtgeknepen'] },
  ANGRY: { about: 'angry, shouting', words: ['kwaad', 'boos', 'angry', 'mad', 'woedend', 'tiert', 'schreeuwt', 'shouts', 'shouting', 'schreeuwen', 'furious', 'gooit met'] },
  DAY: { about: 'day', words: ['dag', 'day', 'avond', 'night', 'nacht'] },
  WEEK: { about: 'week', words: ['week', 'weekend', 'maand', 'month'] },
  EASIER: { about: 'easier or better for others', words: ['easier', 'makkelijker', 'better', 'beter', 'kinder', 'mercy', 'relieved', 'opgelucht', 'blij', 'happy', 'rust'] },
  ONE: { about: 'only one (way)', words: ['maar een', 'maar 1', 'maar een uitweg', 'only', 'enige', 'one way', 'single', 'alleen nog', 'alleen de dood', 'only exit', 'only door'] },
  LONG: { about: 'longing for', words: ['verlang*', 'long for', 'longing', 'yearn*', 'bid om', 'pray for', 'beg'] },
  BETTER: { about: 'better, preferable', words: ['beter', 'better', 'liever', 'liefst', 'rather', 'easier', 'makkelijker', 'prefer', 'is better', 'it is ok', 'maybe better', 'solved', 'opgelost', 'no more stress', 'dan geen kosten', 'would solve'] },
  TALK: { about: 'talking', words: ['praten', 'talk', 'spreken', 'spoken', 'klappen', 'kletsen', 'chat'] },
  HOPELESS: { about: 'hopelessness', words: ['hopeloos', 'hopeless', 'geen hoop', 'no hope', 'lost hope', 'uitzichtloos', 'geen toekomst', 'no future'] },
  HELP: { about: 'asking for help', words: ['help', 'helpen', 'hulp', 'sos'] },
  GO: { about: 'going (weak)', words: ['ik ga nu', 'ga nu', 'i\'m going now', 'ga', 'gaan', 'go', 'going', 'gaat', 'ga ik', 'going now'] },
} satisfies Record<string, Concept>;

export type ConceptName = keyof typeof CONCEPTS;

/**
 * Chat, Flemish and misspelt words written out before matching (one word each, squeezed or not).
 * Only words that are never anything else; "ma" (maar/mama) and "da" (dat) are safe in this use.
 */
export const CHAT_WORDS: Readonly<Record<string, string>> = {
  k: 'ik', kwil: 'ik wil', kwl: 'ik wil', kheb: 'ik heb', kben: 'ik ben', kga: 'ik ga', kzie: 'ik zie', kdenk: 'ik denk', kdacht: 'ik dacht', kzou: 'ik zou',
  kweet: 'ik weet', kkan: 'ik kan', kvoel: 'ik voel', kzit: 'ik zit', ksta: 'ik sta', kmoet: 'ik moet', kbrand: 'ik brand', ksnij: 'ik snij', kspring: 'ik spring',
  ikwil: 'ik wil', ikwildood: 'ik wil dood', ikben: 'ik ben', ikhaat: 'ik haat', kleef: 'ik leef', kwou: 'ik wou', kkrijg: 'ik krijg', kdoe: 'ik doe', kzeg: 'ik zeg',
  gwn: 'gewoon', gewn: 'gewoon', gwoon: 'gewoon', nie: 'niet', ni: 'niet', nt: 'niet', nit: 'niet', neit: 'niet', da: 'dat', wa: 'wat', ma: 'maar', mar: 'maar', mn: 'mijn', mijne: 'mijn', mijnen: 'mijn', m: 'me', zn: 'zijn',
  t: 'het', ff: 'even', wl: 'wil', wll: 'wil', doot: 'dood', dod: 'dood', dooie: 'dood', mezelv: 'mezelf', mzelf: 'mezelf', mijzelv: 'mezelf', mezelluf: 'mezelf', ge: 'je', gij: 'jij', u: 'je',
  zelfmoort: 'zelfmoord', zelfmort: 'zelfmoord', leve: 'leven', make: 'maken', wakke: 'wakker', ermee: 'ermee', eruit: 'eruit', derin: 'erin', gedaan: 'gedaan', goesting: 'zin', peinzen: 'denken',
  wanna: 'want to', gonna: 'going to', gotta: 'got to', dont: 'do not', doesnt: 'does not', didnt: 'did not', cannot: 'can not', isnt: 'is not', wasnt: 'was not', wouldnt: 'would not',
  couldnt: 'could not', shouldnt: 'should not', aint: 'am not', im: 'i am', ive: 'i have', youre: 'you are', theyd: 'they would', theyre: 'they are', itd: 'it would', id: 'i would',
  ur: 'your', r: 'are', myslef: 'myself', nomore: 'anymore', tmrw: 'tomorrow', tmr: 'tomorrow', '2nite': 'tonight', tonite: 'tonight', abt: 'about', bout: 'about', thru: 'through', cuz: 'because', bc: 'because',
  coz: 'because', cos: 'because', idc: 'i do not care', idk: 'i do not know', ngl: 'not going to lie', tbh: 'to be honest', fr: 'for real', lowk: 'lowkey', rlly: 'really', pls: 'please', plz: 'please',
  ded: 'dead', diee: 'die', dye: 'die', kil: 'kill', selfharm: 'self harm', zelfbeschadiging: 'zelfbeschadiging', unalive: 'unalive', thx: 'thanks', wnt: 'want', wnna: 'want to', gna: 'going to',
  nen: 'een', ne: 'een', n: 'een',
};
