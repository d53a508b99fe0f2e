import type { NoticeLanguage } from "../document";

/** Words of the public page's chrome added with its design (the rest are in lib/notice/lang). */
export const PAGE_STRINGS: Record<NoticeLanguage, { backToContents: string; compareTitle: string; compareButton: string }> = {
  en: { backToContents: "Back to contents", compareTitle: "Compare two versions", compareButton: "Show changes" },
  nb: { backToContents: "Tilbake til innholdet", compareTitle: "Sammenlign to versjoner", compareButton: "Vis endringene" },
};
