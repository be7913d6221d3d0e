import { extractSlug, param, write } from "../source.js";

await write(() => `${JSON.stringify(extractSlug(param("slug")))}\n`, { json: true });
