import { tableFiles } from "../../../../../loaders/files.js";
import { extractSlug, param, write } from "../../../source.js";

write(() => tableFiles(extractSlug(param("slug"))).get(`${param("table")}.json`)!);
