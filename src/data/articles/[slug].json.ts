import { extractSlug, param } from "../source.js";

process.stdout.write(`${JSON.stringify(extractSlug(param("slug")))}\n`);
