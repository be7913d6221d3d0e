// The chart as the page shows it before its scripts run: the export, in the reader's colour scheme.
import { chartSvg } from "../../components/exportChart.js";
import { extract, param, write } from "../source.js";

await write(() => chartSvg(param("chart"), extract(), { adaptive: true }));
