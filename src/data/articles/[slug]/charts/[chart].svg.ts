import { chartSvg } from "../../../../components/exportChart.js";
import { extractSlug, param } from "../../../source.js";

process.stdout.write(chartSvg(param("chart"), extractSlug(param("slug"))));
