import { describe, expect, it } from "vitest";
import { loadPassages, passageFiles, scorePassages } from "./support/passages.js";

// Targets from the issue, on wire passages annotated by hand per DESIGN.md.
describe.each(passageFiles())("extraction quality on %s", (file) => {
  const score = scorePassages(loadPassages(file));
  it("finds the quantities (F1 ≥ 0.95) with their units (≥ 0.95) and dates (≥ 0.85)", () => {
    expect(score.quantity.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.quantity.unit).toBeGreaterThanOrEqual(0.95);
    expect(score.quantity.date).toBeGreaterThanOrEqual(0.85);
  });
  it("finds the time expressions (recall ≥ 0.90) and resolves their dates (≥ 0.90)", () => {
    expect(score.time.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.time.date).toBeGreaterThanOrEqual(0.9);
  });
});
