import { extractSlug, param, write } from "../source.js";

write(() => `${JSON.stringify(extractSlug(param("slug")))}\n`, { json: true });
