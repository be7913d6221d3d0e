// Arquero's package entry also exports file loaders that import node:fs, which a browser
// cannot load; its table module has all the pages use: tables, verbs and string expressions.
export { from } from "arquero/src/table/index.js";
