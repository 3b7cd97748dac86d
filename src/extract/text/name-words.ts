// General English words that start with a capital letter but never belong to a person's name.
// Language knowledge, not corpus knowledge: nothing here names a person, place or outlet.

export const FUNCTION_WORDS = new Set(
  ("the a an in on at for but and or nor of to from by with this that these those he she it they we i you his her their our its " +
    "meanwhile however also earlier later last next after before during while since until according commenting speaking " +
    "many some both all such there here what when where who why how if as so yet still now today yesterday tomorrow tonight " +
    "mr mrs ms dr sir madam then thus although though despite amid among between under over into about against without " +
    "moreover furthermore besides instead otherwise overall finally first second third no not yes any each every other another " +
    "one two three four five six seven eight nine ten read follow share photo video watch live breaking update updated home news " +
    "said says told asked added noted stressed").split(" "),
);

export const MONTH_AND_DAY_WORDS = new Set(
  ("january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday").split(" "),
);

// Words that make a capitalised run an institution, an event or a document, not a person.
export const INSTITUTION_WORDS = new Set(
  ("committee council ministry ministries affairs army front forces force group agency office party union organization organisation nations " +
    "republic state states government talks conference club university institute center centre foundation coalition commission " +
    "assembly parliament congress court bank fund directorate staff service services police guard guards corps brigade division " +
    "platform delegation delegations opposition media news times post press tv radio network channel initiative process track format " +
    "summit forum declaration agreement accord resolution act treaty zone zones region province city sea river east west north south " +
    "middle central islamic democratic national international supreme security foreign defense defence federal special joint task " +
    "high main operations presidential armed free arab emirates islamist muslim christian sunni shia alawite " +
    "ministerial palace nations united kingdom federation embassy consulate mission administration cabinet senate house capitol " +
    "airport base province governorate district camp crossing border valley mountains desert heights strip bay gulf peninsula " +
    "day week month year war crisis conflict revolution ceasefire truce peace settlement dialogue congress constitutional " +
    "economic political military civil human rights humanitarian").split(" "),
);

// Lower-case words between parts of one name: "Bashar al-Assad", "Staffan de Mistura", "bin Salman".
export const NAME_PARTICLES = new Set("al el ad as ar ash at de da di del della der van von bin ibn bint abu ul la le du dos das".split(" "));

// Verbs that make the name before them (or after them) the speaker of a statement.
export const SPEECH_VERBS = new Set(
  ("said says say told tells stressed stresses noted notes added adds explained explains announced announces stated states declared " +
    "declares warned warns urged urges claimed claims insisted insists confirmed confirms denied denies emphasized emphasised " +
    "emphasizes emphasises underlined underlines remarked commented argued argues wrote writes tweeted tweets revealed reveals " +
    "indicated indicates called calls praised praises hailed hails thanked thanks criticized criticised condemned condemns " +
    "welcomed welcomes accused accuses suggested suggests proposed proposes reiterated reiterates pointed points assured assures " +
    "expressed expresses voiced described describes saying repeated demanded characterized characterised termed believes believed asserted asserts affirmed affirms announced highlighted highlights acknowledged").split(" "),
);
