import { dataPackage } from "../../loaders/datapackage.js";
import { extract } from "./source.js";

const { article, tables } = extract();
const rows = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
process.stdout.write(`${JSON.stringify(dataPackage(article, rows), null, 2)}\n`);
