import { keyFigures } from "../components/keyFigures.js";
import { extract } from "./source.js";

process.stdout.write(JSON.stringify(keyFigures(extract())));
