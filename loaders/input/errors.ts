/** A problem with an input file, reported as one line: `file:line: field: message`. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${field}: ${detail}`);
    this.name = "InputError";
  }
}

/** Something worth telling the reporter that does not stop extraction: the same one-line form, never thrown. */
export type InputWarning = InputError;

/** Receives warnings as they are found; the CLI prints each on stderr. */
export type WarningHandler = (warning: InputWarning) => void;

/** 1-based line number of a UTF-16 offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
