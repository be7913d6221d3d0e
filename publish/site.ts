/** The site's articles: where they are, and the one the hand-made dashboard is about. */
import { fileURLToPath } from "node:url";
import { ARTICLES_PATH } from "../loaders/input/files.js";

export const ARTICLES_DIR = fileURLToPath(new URL(`../${ARTICLES_PATH}/`, import.meta.url));
/** Where the prepare step puts each article's story and files: a folder Framework serves from, kept out of git. */
export const PREPARED_DIR = fileURLToPath(new URL("../src/data/articles/", import.meta.url));
/** In each prepared folder: what its pages read, and the static charts drawn for a desktop column and a phone. */
export const STORY_FILE = "story.json";
export const previewFile = (chart: string, { narrow = false } = {}) => `previews/${chart}${narrow ? ".narrow" : ""}.svg`;
export const ARCHIVE_FILE = fileURLToPath(new URL("../src/data/archive.json", import.meta.url));

/**
 * The code whose output the prepared folders hold, from the project root: change any of it and
 * every article is redone, and the dev server watches it.
 */
export const PREPARED_BY = ["loaders", "publish", "src/charts", "src/shared", "src/components"];

/** The article the hand-made dashboard (/, /article, /downloads) is about. */
export const SEED_SLUG = "kerry-karzai-talks-2013-10-11";
