/** Any error as the one line the command-line tools print: `file:line: field: problem`. */
import { ZodError } from "zod";
import { InputError } from "../input/errors.js";

export function errorLine(error: unknown, file: string, step: string): string {
  if (error instanceof InputError) return error.message;
  // A table that fails its schema says which row and field, not a JSON dump of zod's report.
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return `${file}:1: ${issue.path.join(".") || step}: ${issue.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${file}:1: ${step}: ${message.split("\n")[0]}`;
}
