import { chartPng, chartSvg } from "../../../../components/exportChart.js";
import { extractSlug, param, write } from "../../../source.js";

write(() => chartPng(chartSvg(param("chart"), extractSlug(param("slug")))));
