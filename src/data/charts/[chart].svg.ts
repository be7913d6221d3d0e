import { chartSvg } from "../../components/exportChart.js";
import { extract, param } from "../source.js";

process.stdout.write(chartSvg(param("chart"), extract()));
