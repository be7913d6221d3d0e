import { dataPackageJson } from "../../../../loaders/datapackage.js";
import { extractSlug, param, write } from "../../source.js";

write(() => dataPackageJson(extractSlug(param("slug"))), { json: true });
