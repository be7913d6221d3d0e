// The chart as the page shows it before its scripts run: the export, in the reader's colour scheme.
import { chartSvg } from "../../../publish/render.js";
import { extract } from "../../../publish/site.js";
import { param, write } from "../loader.js";

await write(() => chartSvg(param("chart"), extract(), { adaptive: true }));
