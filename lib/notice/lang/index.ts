import type { NoticeLanguage } from "../document";
import { en } from "./en";
import { nb } from "./nb";
import type { NoticeStrings } from "./types";

export type { NoticeStrings } from "./types";

export function strings(language: NoticeLanguage): NoticeStrings {
  return language === "nb" ? nb : en;
}
