import { articleFigures } from "../../../components/keyFigures.js";
import { extractSlug, param, write } from "../../source.js";

await write(() => `${JSON.stringify(articleFigures(extractSlug(param("slug"))))}\n`, { json: true });
