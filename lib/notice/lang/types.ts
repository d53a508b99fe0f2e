import type { en } from "./en";

/** Every sentence template of the notice; nb.ts implements the same shape as en.ts, so both languages always carry the same elements. */
export type NoticeStrings = Omit<typeof en, "language"> & { language: "en" | "nb" };
