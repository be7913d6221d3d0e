import { chartPng, chartSvg } from "../../components/exportChart.js";
import { extract, param } from "../source.js";

process.stdout.write(chartPng(chartSvg(param("chart"), extract())));
