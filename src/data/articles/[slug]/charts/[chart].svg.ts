import { chartSvg } from "../../../../components/exportChart.js";
import { extractSlug, param, write } from "../../../source.js";

write(() => chartSvg(param("chart"), extractSlug(param("slug"))));
