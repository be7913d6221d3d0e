/** A Frictionless Data Package describing the tables, generated from their zod schemas. */
import { z } from "zod";
import { tableSchemas, tableNames, type Article, type Extract } from "../loaders/schemas.js";
import { tableFile } from "../src/shared/addresses.js";

interface JsonSchemaProperty {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  pattern?: string;
  anyOf?: JsonSchemaProperty[];
  unit?: string;
}

export interface Field {
  name: string;
  type: "integer" | "number" | "string" | "boolean";
  description: string;
  /** What the numbers count, where the schema says. */
  unit?: string;
  constraints?: { enum?: unknown[]; pattern?: string; required?: boolean };
}

/** One table's fields: name, Frictionless type, description, allowed values. */
export function fieldsOf(name: (typeof tableNames)[number]): Field[] {
  const json = z.toJSONSchema(tableSchemas[name], { unrepresentable: "any" }) as { properties: Record<string, JsonSchemaProperty>; required?: string[] };
  return Object.entries(json.properties).map(([field, property]) => {
    const variants = property.anyOf ?? [property];
    const main = variants.find((v) => v.type !== "null") ?? property;
    const nullable = variants.some((v) => v.type === "null");
    const type = main.type === "integer" || main.type === "number" || main.type === "boolean" ? main.type : "string";
    const constraints = { ...(main.enum ? { enum: main.enum } : {}), ...(main.pattern ? { pattern: main.pattern } : {}), ...(nullable ? {} : { required: true }) };
    const unit = property.unit ?? main.unit;
    return { name: field, type, description: property.description ?? main.description ?? "", ...(unit ? { unit } : {}), constraints };
  });
}

export function dataPackage(article: Article, rowCounts: Record<string, number>) {
  return {
    profile: "tabular-data-package",
    name: article.slug,
    title: `Tables extracted from “${article.title}”`,
    sources: [{ title: [article.source, article.byline].filter(Boolean).join(" / ") || article.title, path: article.url ?? undefined }],
    created: article.published,
    resources: tableNames.map((name) => ({
      name,
      path: tableFile(name, "csv"),
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8-sig",
      dialect: { delimiter: ",", lineTerminator: "\r\n", header: true },
      description: tableSchemas[name].description,
      rows: rowCounts[name],
      schema: { fields: fieldsOf(name) },
    })),
  };
}

/** The data package of one extract, as the file the site and `npm run export` write. */
export function dataPackageJson({ article, tables }: Extract): string {
  const rows = Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, table.length]));
  return `${JSON.stringify(dataPackage(article, rows), null, 2)}\n`;
}
