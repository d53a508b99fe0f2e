import { renderNoticeBodyHtml } from "@/lib/notice/render";
import type { NoticeDocument } from "@/lib/notice/document";

// The notice's own HTML renderer escapes every register string (lib/notice/render/html.ts),
// so the preview shows exactly what the public page will, with dashboard styling.
const PROSE =
  "text-sm leading-relaxed [&_h3]:mb-1 [&_h3]:text-xl [&_h3]:font-semibold [&_h4]:mt-5 [&_h4]:text-base [&_h4]:font-semibold [&_h5]:mt-4 [&_h5]:font-semibold [&_h6]:mt-3 [&_h6]:font-medium [&_p]:my-2 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-5 [&_a]:text-brand-700 [&_a]:underline [&_table]:my-2 [&_table]:w-full [&_table]:text-xs [&_th]:border [&_th]:border-slate-300 [&_th]:p-1 [&_th]:text-left [&_td]:border [&_td]:border-slate-300 [&_td]:p-1 [&_caption]:text-left [&_caption]:font-medium [&_.version]:text-slate-600";

/** A notice document as it will read on the public page, inside the dashboard (its title one level below the page's). */
export function NoticePreview({ document }: { document: NoticeDocument }) {
  return <div className={PROSE} lang={document.language} dangerouslySetInnerHTML={{ __html: renderNoticeBodyHtml(document, { titleLevel: 3 }) }} />;
}
