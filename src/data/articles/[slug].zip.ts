// Every static file of an article (tables, charts, data package) in one archive. Framework
// extracts each file from it on demand, so a build runs one loader per article, not one per file.
import { articleFiles } from "../../../publish/articleFiles.js";
import { zip } from "../../../publish/zip.js";
import { extractSlug } from "../../../publish/site.js";
import { param, write } from "../loader.js";

await write(() => {
  const extract = extractSlug(param("slug"));
  return zip(articleFiles(extract), extract.article.published);
});
