/** The kinds of milestone, in legend order: the schema validates them, the charts colour them. */
export const MILESTONE_CATEGORIES = ["military", "diplomacy", "politics", "deadline", "other"] as const;

export type MilestoneCategory = (typeof MILESTONE_CATEGORIES)[number];
