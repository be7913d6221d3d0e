import { extract, param } from "../source.js";

const table = param("table") as keyof ReturnType<typeof extract>["tables"];
process.stdout.write(`${JSON.stringify(extract().tables[table], null, 2)}\n`);
