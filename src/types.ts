// The domain nouns of Dateline, in one place. No logic here.
// Internal fields are camelCase; the public snake_case format lives in export/timeline-json.ts.

export type ArticleId = string; // "2017-02-13-russia-confirms-us-participation" (= file name stem)
export type ActorId = string; // "mikhail-bogdanov"
export type EventId = string; // "2017-02-15-astana-talks-round-2"

export type Precision = "year" | "month" | "day";
export type ActorKind = "person" | "country" | "organization";
export type EventType = "round" | "meeting" | "statement" | "other";

/** A calendar point stated no more precisely than its evidence: absent parts are unknown, not 1. */
export interface DatePoint {
  year: number;
  month?: number; // 1–12
  day?: number; // 1–31; only when month is set
}

/** An event's date as the text gives it. Build with makeEventDate(); precision is derived from start. */
export interface EventDate {
  start: DatePoint;
  /** Spans: "February 15-16, 2017". */
  end?: DatePoint;
  precision: Precision;
  /** "mid-February", "earlier", a year or day inferred rather than stated. */
  approximate: boolean;
  /** The words it came from. */
  text: string;
}

/** How an article's publication date was established. */
export type PublishedHow = "stated" | "url" | "inferred" | "editor" | "unknown";

/** A paragraph-sized piece of article text, with its source lines in the article file (1-based). */
export interface TextBlock {
  index: number;
  text: string;
  lines: [start: number, end: number];
}

export interface Article {
  id: ArticleId;
  /** Repo-relative posix path of the article file. */
  file: string;
  importedFrom?: string;
  title: string;
  /** null = unknown; never guessed. */
  published: DatePoint | null;
  /** How the publication date was established ("Printed as '13 February 2017 18:00'"). */
  publishedNote?: string;
  source?: string;
  url: string | null;
  /** The article text, page furniture excluded. */
  blocks: TextBlock[];
  /** Lines the importer kept but marked as page furniture; never extracted. */
  furniture: string[];
  /** sha-1 of the file's bytes: the extraction cache key. */
  hash: string;
}

export interface RoleReport {
  role: string;
  /** When the role was reported (the article's publication date), when known. */
  date?: DatePoint;
  article?: ArticleId;
}

export interface Actor {
  id: ActorId;
  name: string;
  kind: ActorKind;
  aliases: string[];
  role?: string;
  roles: RoleReport[];
  description?: string;
  /** true when the actor is listed in the registry under content/actors. */
  registered: boolean;
}

/** An entry of the editable actor registry (content/actors/*.yml). */
export interface RegistryActor {
  id: ActorId;
  name: string;
  kind: ActorKind;
  aliases: string[];
  role?: string;
  description?: string;
  /** Demonyms and adjectives that name this actor: "Russian", "Iranian". */
  adjectives: string[];
  /** Capitals or seats that stand for it in news prose: "Moscow", "Tehran". */
  metonyms: string[];
  file: string;
  line?: number;
}

/** A place with its other names ("Astana" / "Nur-Sultan" / "Nursultan"). */
export interface Place {
  name: string;
  aliases: string[];
  /** Words that stand for it: "the Kazakh capital". */
  descriptions: string[];
}

/** A numbered negotiation series ("Astana talks") and the words that name it. */
export interface Series {
  name: string;
  /** Lower-case cue phrases: "astana", "astana format", "nur-sultan". */
  cues: string[];
  /** The series assumed for a numbered round when no cue is near. */
  default?: boolean;
}

/** Everything an editor can change without touching code: loaded from content/. */
export interface Knowledge {
  actors: RegistryActor[];
  places: Place[];
  series: Series[];
  /** Titles stripped off names into roles: "Deputy Foreign Minister", "President". */
  titles: string[];
  /** News agencies and outlets quoted as sources: never actors. */
  notActors: string[];
  /** Page furniture (content/curation/furniture-phrases.yml): phrases, whole lines, block headers. */
  furniture: { phrases: string[]; lines: string[]; headers: string[] };
}

/** A date found in a sentence (chrono's ParsedResult, reduced to what we need). */
export interface DateMention {
  /** Offset in the sentence text. */
  index: number;
  text: string;
  date: EventDate;
  /** The date lies after the reference (publication) date: the text announces it. */
  future?: boolean;
}

export interface ActorMention {
  actorId: ActorId;
  index: number;
  text: string;
  /** The title or role written in front of the name ("Russian Deputy Foreign Minister"). */
  role?: string;
}

export interface SourceRef {
  article: ArticleId;
  quote: string;
  /** 1-based line in the article file. */
  line?: number;
}

/** What every event says about its happening, whether one article's claim or the merged entry. */
export interface EventCore {
  type: EventType;
  title: string;
  date: EventDate;
  /** Numbered rounds only. */
  round?: number;
  /** The negotiation series a round belongs to ("Astana talks"). */
  series?: string;
  place?: string;
  /** Announced, not yet held when reported. */
  planned: boolean;
  /** Speaker first for statements. */
  actors: ActorId[];
}

/** One article's claim about one happening, before cross-article merging. */
export interface EventCandidate extends EventCore {
  source: SourceRef;
  /** The article's publication date: the day an undated statement was most likely made. */
  reportedOn?: DatePoint | null;
  /** The date was not stated: the statement is dated by its report (publication date). */
  undated?: boolean;
  /** "the second round" named without a date: only adds a source to a round known otherwise. */
  sourceOnly?: boolean;
  /** More quotes from the same article about the same happening. */
  moreQuotes?: SourceRef[];
}

/** What one source said about a merged event when sources disagree. */
export interface SourceClaim {
  article: ArticleId;
  date: EventDate;
  planned: boolean;
}

export interface TimelineEvent extends EventCore {
  id: EventId;
  /** ≥ 1; several articles → one TimelineEvent. */
  sources: SourceRef[];
  /** Every source's own date, when they differ (announced vs held, conflicting reports). */
  claims: SourceClaim[];
  /** Human-readable history: "announced on 13 Feb 2017 for 15–16 Feb 2017". */
  history: string[];
  /** Set by curation. */
  curated?: boolean;
}

export interface Timeline {
  articles: Article[];
  actors: Actor[];
  /** Sorted by (start, end, id). */
  events: TimelineEvent[];
  diagnostics: Diagnostic[];
}

export type Severity = "error" | "warning" | "info";

/** A problem in the content (not in the code). Shape borrowed from vfile-message. */
export interface Diagnostic {
  /** Permanent, e.g. "front-matter-yaml", "published-format", "duplicate-article-id". */
  ruleId: string;
  severity: Severity;
  /** What happened + what was expected + what was found. */
  message: string;
  /** How to fix it. */
  hint?: string;
  file: string;
  line?: number;
}

/** Collects diagnostics; stages report, only the CLI prints. */
export type Report = (d: Diagnostic) => void;

/** A correction an editor wrote in content/curation/*.yml, keyed by stable ids. */
export type CurationEntry =
  | { op: "hide-event"; id: EventId; reason?: string; file: string; line?: number }
  | { op: "correct-event"; id: EventId; set: EventCorrection; reason?: string; file: string; line?: number }
  | { op: "merge-events"; ids: EventId[]; reason?: string; file: string; line?: number }
  | { op: "split-event"; id: EventId; articles: ArticleId[]; newId?: EventId; reason?: string; file: string; line?: number }
  | { op: "hide-actor"; id: ActorId; reason?: string; file: string; line?: number }
  | { op: "merge-actors"; ids: ActorId[]; reason?: string; file: string; line?: number }
  | { op: "correct-actor"; id: ActorId; set: { name?: string; kind?: ActorKind; role?: string }; reason?: string; file: string; line?: number };

export interface EventCorrection {
  type?: EventType;
  title?: string;
  date?: EventDate;
  round?: number;
  series?: string;
  place?: string;
  actors?: ActorId[];
  planned?: boolean;
}

export interface Curation {
  entries: CurationEntry[];
  /** Events written by hand in content/events/*.md. */
  events: TimelineEvent[];
}
