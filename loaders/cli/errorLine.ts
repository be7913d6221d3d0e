/** Any error as the one line the command-line tools print: `file:line: field: problem`. */
import { InputError } from "../input/errors.js";

export function errorLine(error: unknown, file: string, step: string): string {
  if (error instanceof InputError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${file}:1: ${step}: ${message.split("\n")[0]}`;
}
