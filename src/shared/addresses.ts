/**
 * Where things are, written once: an article's static files (in the site and in an export), its
 * page and its charts' embed pages. Paths are relative to the site's root; pages prefix their
 * own way back to it ("./", "../").
 */

/** Within an article's folder: data/articles/<slug>/ in the site, exports/<slug>/ in an export. */
export const chartFile = (chart: string, format: "svg" | "png") => `charts/${chart}.${format}`;
export const tableFile = (table: string, format: "csv" | "json") => `tables/${table}.${format}`;
export const DATA_PACKAGE = "datapackage.json";
export const ARTICLE_JSON = "article.json";

/** An article's folder of static files in the site. */
export const articleFolder = (slug: string) => `data/articles/${slug}`;
/** A file of an article's folder, from the site's root. */
export const articleFile = (slug: string, file: string) => `${articleFolder(slug)}/${file}`;
export const articlePage = (slug: string) => `articles/${slug}`;
export const embedPage = (slug: string, chart: string) => `embed/${slug}/${chart}`;
