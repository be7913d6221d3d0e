import { extract } from "./source.js";

process.stdout.write(JSON.stringify(extract()));
