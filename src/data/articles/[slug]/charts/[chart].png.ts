import { chartPng, chartSvg } from "../../../../components/exportChart.js";
import { extractSlug, param } from "../../../source.js";

process.stdout.write(chartPng(chartSvg(param("chart"), extractSlug(param("slug")))));
