import { articleFigures } from "../../../components/keyFigures.js";
import { extractSlug, param } from "../../source.js";

process.stdout.write(`${JSON.stringify(articleFigures(extractSlug(param("slug"))))}\n`);
