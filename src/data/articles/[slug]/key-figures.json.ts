import { articleFigures } from "../../../../publish/keyFigures.js";
import { extractSlug } from "../../../../publish/site.js";
import { param, write } from "../../loader.js";

await write(() => `${JSON.stringify(articleFigures(extractSlug(param("slug"))))}\n`, { json: true });
