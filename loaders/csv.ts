// The one CSV encoder lives in src/components, the only folder Framework serves modules from,
// because pages encode filtered rows with it too.
export { toCsv } from "../src/components/csv.js";
