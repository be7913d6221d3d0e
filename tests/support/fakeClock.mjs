/**
 * Loaded with `node --import`: the clock of the whole process reads 2041-01-01, so a test can
 * show that output does not depend on today's date. Dates built from arguments are untouched.
 */
const FAKE_NOW = Date.UTC(2041, 0, 1);
const RealDate = Date;

globalThis.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(FAKE_NOW);
    else super(...args);
  }

  static now() {
    return FAKE_NOW;
  }
};
