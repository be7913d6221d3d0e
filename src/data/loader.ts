/** What the data loaders beside this file share: writing their output, and reading their parameters. */
import { parseArgs } from "node:util";
import { InputError } from "../../loaders/input/errors.js";
import { inPreview } from "../../publish/site.js";

/**
 * Writes a loader's output. Bad input stops a build with one line on stderr; while previewing,
 * a JSON loader a page reads writes {"error": "file:line: field: problem"} for the page to show.
 */
export async function write(produce: () => string | Uint8Array | Promise<string | Uint8Array>, { json = false } = {}): Promise<void> {
  try {
    process.stdout.write(await produce());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (json && inPreview()) process.stdout.write(`${JSON.stringify({ error: error.message })}\n`);
    else {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    }
  }
}

/** The value of a parameterised loader's --name=value argument, as Framework passes it. */
export function param(name: string): string {
  const { values } = parseArgs({ options: { [name]: { type: "string" } }, strict: false });
  const value = values[name];
  if (typeof value !== "string") throw new Error(`missing --${name}`);
  return value;
}
