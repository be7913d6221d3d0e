/** The site's articles: where they are, and the one the hand-made dashboard is about. */
import { fileURLToPath } from "node:url";

export const ARTICLES_DIR = fileURLToPath(new URL("../data/articles/", import.meta.url));
/** Where the prepare step puts each article's story and files: a folder Framework serves from, kept out of git. */
export const PREPARED_DIR = fileURLToPath(new URL("../src/data/articles/", import.meta.url));
export const ARCHIVE_FILE = fileURLToPath(new URL("../src/data/archive.json", import.meta.url));

/** The article the hand-made dashboard (/, /article, /downloads) is about. */
export const SEED_SLUG = "kerry-karzai-talks-2013-10-11";
