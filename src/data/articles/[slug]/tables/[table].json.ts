import { tableFiles } from "../../../../../loaders/files.js";
import { extractSlug, param } from "../../../source.js";

process.stdout.write(tableFiles(extractSlug(param("slug"))).get(`${param("table")}.json`)!);
