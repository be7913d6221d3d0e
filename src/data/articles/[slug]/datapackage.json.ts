import { dataPackageJson } from "../../../../loaders/datapackage.js";
import { extractSlug, param } from "../../source.js";

process.stdout.write(dataPackageJson(extractSlug(param("slug"))));
