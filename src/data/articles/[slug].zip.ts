// Every static file of an article (tables, charts, data package) in one archive. Framework
// extracts each file from it on demand, so a build runs one loader per article, not one per file.
import { articleExport } from "../../components/articleExport.js";
import { zip } from "../archive.js";
import { extractSlug, param, write } from "../source.js";

await write(() => {
  const extract = extractSlug(param("slug"));
  return zip(articleExport(extract), extract.article.published);
});
