/**
 * One zod schema per table; every TypeScript type is inferred from these.
 * Field descriptions double as the data dictionary on the Data page and in datapackage.json.
 */
import { z } from "zod";
import { MILESTONE_CATEGORIES } from "../src/shared/categories.js";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "2013-02-30" is no date; checked by arithmetic, since every date of every table passes here. */
function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split("-").map(Number);
  const leap = m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
  return m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0);
}

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine(isRealDate, "not a calendar date");

export const isoPartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, "not a calendar date");

const id = z.number().int().positive().describe("Row number, from 1");
const sentence = z.number().int().positive().describe("Id of the sentence the row comes from");
const start = z.number().int().nonnegative().describe("UTF-16 offset where the span starts in article.body").meta({ unit: "UTF-16 code units" });
const end = z.number().int().nonnegative().describe("UTF-16 offset where the span ends in article.body (exclusive)").meta({ unit: "UTF-16 code units" });
const quote = z.string().min(1).describe("Verbatim words of the article the row rests on");

export const precisions = ["year", "month", "day"] as const;
export const relations = ["on", "before", "after", "by", "until", "since", "around"] as const;
export const qualifiers = ["exact", "approx", "at least", "more than", "less than", "up to"] as const;
export const timeTypes = ["date", "time", "duration", "set"] as const;
export const changes = ["up", "down"] as const;
export const entityTypes = ["person", "organization", "place"] as const;
export const troopStatuses = ["reported", "scenario"] as const;
export const issueStatuses = ["deal breaker", "disputed", "narrowed", "resolved"] as const;

export const ArticleSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and hyphens").describe("File name without extension"),
  title: z.string().min(1).describe("Headline"),
  dek: z.string().nullable().describe("Subheadline"),
  published: isoDay.describe("Publication date, YYYY-MM-DD; every relative date is resolved against it"),
  source: z.string().nullable().describe("Publication"),
  byline: z.string().nullable().describe("Authors or agencies"),
  url: z.string().url().nullable().describe("Address of the original"),
  image: z.object({ caption: z.string(), credit: z.string() }).nullable().describe("Lead photo caption and credit"),
  body: z.string().min(1).describe("Paragraphs as published, separated by blank lines"),
});

export const SentenceSchema = z.object({
  id,
  paragraph: z.number().int().positive().describe("Paragraph number, from 1"),
  start,
  end,
  text: z.string().min(1).describe("The sentence, verbatim"),
}).describe("The article body split into sentences, with character offsets");

export const TimeSchema = z.object({
  id,
  text: z.string().min(1).describe("The time expression as written, with its relation word"),
  date: isoPartialDate.nullable().describe("Resolved date, ISO 8601 partial: YYYY, YYYY-MM or YYYY-MM-DD; empty for a duration, set or vague reference the text does not tie to a date"),
  precision: z.enum(precisions).nullable().describe("Which parts of date are known"),
  relation: z.enum(relations).describe("How the event relates to the date"),
  sentence,
  start,
  end,
  note: z.string().nullable().describe("How the date was resolved, where it needs saying (ranges, approximations)"),
  type: z.enum(timeTypes).describe("TimeML type: a date, a time of day, a duration, or a set (a recurrence)"),
  timex: z.string().min(1).describe("TimeML TIMEX3 value: 2013-10-11, 2013-W41, 2013-Q3, 2014-SU, 2013-10-11T15:00, P4Y, XXXX-WXX-5, PRESENT_REF"),
}).describe("Every time expression, resolved to a calendar date against the publication date");

/** TimeML values of the periods a figure can hold over that an ISO date cannot name. */
export const PERIOD_TIMEX = /^(?:\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)|FY\d{4})$/;

export const QuantitySchema = z.object({
  id,
  value: z.number().finite().describe("The number, with words, fractions, percents and money converted").meta({ unit: "as the row's unit column says" }),
  unit: z.string().min(1).describe("The counted noun as written, lowercased (troops, americans, percent, dollars, fraction)"),
  qualifier: z.enum(qualifiers).describe("How exact the figure is (just over → more than; about, nearly → approx)"),
  date: isoPartialDate.nullable().describe("When the figure holds; empty for a pure duration"),
  sentence,
  start,
  end,
  quote,
  value_high: z.number().finite().nullable().describe("The high end of a range (value is its low end); empty for a single figure").meta({ unit: "as value" }),
  measure: z.string().min(1).describe("Canonical unit: count for things counted, an ISO 4217 code for money, percent, percentage point, or a unit's name (kilometre, degree Celsius, USD per barrel)"),
  concept: z.string().nullable().describe("What the figure counts or measures, as a short noun phrase from the article"),
  change: z.enum(changes).nullable().describe("up or down when the figure is a change (\"climbed 18 percent\"), empty for a level"),
  period: z
    .string()
    .regex(PERIOD_TIMEX, "a quarter, half, season or fiscal year as TimeML writes it (2022-Q3, 2022-H1, 2014-SU, FY2014)")
    .nullable()
    .describe("The quarter, half, season or fiscal year the figure holds over, as TimeML writes it (2022-Q3), where its date can say only the year; empty otherwise"),
}).describe("Every figure: value, counted noun, qualifier and the date it holds for");

export const EntitySchema = z.object({
  id,
  name: z.string().min(1).describe("Fullest name used in the article"),
  type: z.enum(entityTypes).describe("person, organization or place"),
  mentions: z.number().int().positive().describe("How many times the article names it, in any form").meta({ unit: "mentions" }),
  first_sentence: sentence.describe("Id of the sentence that first names it"),
}).describe("People, organizations and places, one row each however often named");

export const MentionSchema = z.object({
  id,
  entity: z.number().int().positive().describe("Id of the entity named"),
  sentence,
  start,
  end,
  text: z.string().min(1).describe("The name as written"),
}).describe("Where each entity is named in the body");

export const QuoteSchema = z.object({
  id,
  speaker: z.string().nullable().describe("Who said it, as the article attributes it"),
  text: z.string().min(1).describe("The quoted words, verbatim, without quotation marks"),
  sentence,
  start,
  end,
}).describe("Direct quotations and who said them");

export const TroopSchema = z.object({
  id,
  date: isoPartialDate.nullable().describe("When the figure holds"),
  force: z.string().min(1).describe("The force counted"),
  troops: z.number().int().nonnegative().describe("Number of troops").meta({ unit: "troops" }),
  qualifier: z.enum(qualifiers).describe("How exact the figure is"),
  part_of: z.string().nullable().describe("The force this one is a part of"),
  sentence,
  quote,
  status: z.enum(troopStatuses).describe("reported: a figure the article gives; scenario: what would follow if something happens"),
}).describe("Troop strength figures with the force they count");

export const MilestoneSchema = z.object({
  id,
  date: isoPartialDate.describe("When it happened or is due"),
  precision: z.enum(precisions).describe("Which parts of date are known"),
  label: z.string().min(8).max(120).describe("What happened, in a few words"),
  category: z.enum(MILESTONE_CATEGORIES).describe("Kind of event"),
  sentence,
  quote,
}).describe("Dated events, labeled and categorized, in date order");

export const IssueSchema = z.object({
  id,
  issue: z.string().min(1).describe("The sticking point"),
  us_position: z.string().min(1).describe("What the U.S. side wants"),
  afghan_position: z.string().min(1).describe("What the Afghan side wants"),
  status: z.enum(issueStatuses).describe("Where the negotiation stands"),
  sentence,
  quote,
}).describe("The sticking points in the negotiation and each side's position");

export const tableSchemas = {
  sentences: SentenceSchema,
  quantities: QuantitySchema,
  times: TimeSchema,
  entities: EntitySchema,
  quotes: QuoteSchema,
  troops: TroopSchema,
  milestones: MilestoneSchema,
  issues: IssueSchema,
  mentions: MentionSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
export const tableNames = Object.keys(tableSchemas) as TableName[];

export const ExtractSchema = z.object({
  article: ArticleSchema,
  tables: z.object({
    sentences: z.array(SentenceSchema),
    quantities: z.array(QuantitySchema),
    times: z.array(TimeSchema),
    entities: z.array(EntitySchema),
    quotes: z.array(QuoteSchema),
    troops: z.array(TroopSchema),
    milestones: z.array(MilestoneSchema),
    issues: z.array(IssueSchema),
    mentions: z.array(MentionSchema).describe("Where each entity is named (an addition to the eight tables)"),
  }),
});

export type Article = z.infer<typeof ArticleSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type Time = z.infer<typeof TimeSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Troop = z.infer<typeof TroopSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type Issue = z.infer<typeof IssueSchema>;
export type Extract = z.infer<typeof ExtractSchema>;
export type Tables = Extract["tables"];
export type Precision = (typeof precisions)[number];
export type Relation = (typeof relations)[number];
export type Qualifier = (typeof qualifiers)[number];
export type TimeType = (typeof timeTypes)[number];
/** A time expression the calendar places: a date or time of day with its resolved date. */
export type DatedTime = Time & { date: string; precision: Precision };
export type Change = (typeof changes)[number];
