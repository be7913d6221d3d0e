/**
 * One article's rows in the corpus tables, already formatted: CSV lines and JSON array items,
 * each row led by an `article` column with the slug. Formatting here lets workers do it in parallel
 * and keeps the writer a plain appender.
 */
import { toCsv } from "../../src/shared/csv.js";
import { ArticleSchema, tableNames, type Extract } from "../schemas.js";
import { tableColumns } from "../output/files.js";

/** One row per article in articles.csv/json. */
export const CorpusArticleSchema = ArticleSchema.pick({ slug: true, title: true, published: true, source: true, url: true });

export const corpusTableNames = ["articles", ...tableNames] as const;
export type CorpusTableName = (typeof corpusTableNames)[number];

export function corpusColumns(name: CorpusTableName): string[] {
  return name === "articles" ? Object.keys(CorpusArticleSchema.shape) : ["article", ...tableColumns(name)];
}

export interface TableChunk {
  rows: number;
  /** CSV lines without the header, each ending in CRLF. */
  csv: string;
  /** JSON array items as JSON.stringify(rows, null, 2) lays them out, joined by ",\n". */
  json: string;
}

export interface ArticleChunks {
  slug: string;
  tables: Record<CorpusTableName, TableChunk>;
}

/** The header toCsv writes for no rows: what to cut from a chunk, since the stream writes it once. */
export function csvHeader(columns: string[]): string {
  return toCsv([], columns);
}

function tableChunk(rows: Record<string, unknown>[], columns: string[]): TableChunk {
  return {
    rows: rows.length,
    csv: toCsv(rows, columns).slice(csvHeader(columns).length),
    json: rows.map((row) => JSON.stringify(row, null, 2).replace(/^/gm, "  ")).join(",\n"),
  };
}

export function articleChunks({ article, tables }: Extract): ArticleChunks {
  const chunks = {} as Record<CorpusTableName, TableChunk>;
  for (const name of corpusTableNames) {
    const rows = name === "articles" ? [CorpusArticleSchema.parse(article)] : (tables[name] as Record<string, unknown>[]).map((row) => ({ article: article.slug, ...row }));
    chunks[name] = tableChunk(rows, corpusColumns(name));
  }
  return { slug: article.slug, tables: chunks };
}
