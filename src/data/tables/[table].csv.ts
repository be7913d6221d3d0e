import { toCsv } from "../../components/csv.js";
import { tableColumns } from "../../../loaders/files.js";
import { tableSchemas } from "../../../loaders/schemas.js";
import { extract, param } from "../source.js";

const table = param("table") as keyof typeof tableSchemas;
process.stdout.write(toCsv(extract().tables[table] as Record<string, unknown>[], tableColumns(table)));
