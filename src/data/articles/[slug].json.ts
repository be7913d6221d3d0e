import { extractSlug } from "../../../publish/site.js";
import { param, write } from "../loader.js";

await write(() => `${JSON.stringify(extractSlug(param("slug")))}\n`, { json: true });
