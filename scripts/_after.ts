import fs from "node:fs";
import { compileNotice } from "@/lib/notice/compile";
import { renderNoticeText } from "@/lib/notice/render";
import { noticeWordCount } from "@/lib/notice/measure";
const snap = JSON.parse(fs.readFileSync("/tmp/h11/demo.json", "utf8"));
for (const lang of ["en", "nb"] as const) {
  const d = compileNotice(snap, lang, { version: 1, publishedOn: "2026-12-07" });
  console.log("demo after", lang, noticeWordCount(d));
  fs.writeFileSync(`/tmp/h11/demo-after-${lang}.txt`, renderNoticeText(d));
}
