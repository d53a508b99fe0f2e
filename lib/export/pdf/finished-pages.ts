/**
 * pdfkit's memory, kept bounded while a long register is laid out (lib/export/pdf/register-pdf.ts).
 * It reaches into page objects pdfkit's types do not describe, hence the casts: this file is
 * the only place that knows pdfkit's internals.
 */

/** The parts of a pdfkit page that pdfkit's types leave out. */
type PageInternals = { content: { end(): void }; dictionary: { data: { Contents: unknown } } };

/**
 * "Page x of y" and the contents need every page until the end (bufferPages), but a
 * page's drawing is done once the next page starts. pdfkit would keep each drawing
 * operation of all pages in memory as a small array until the end: 500 activities
 * took some 300 MB. Instead, when a page is added the previous page's drawing is
 * written out (compressed) at once, and whatever comes later for that page (its
 * footer, the contents) goes into a second content stream, which PDF reads as the
 * continuation of the first (ISO 32000-1 §7.8.2).
 */
export function writeFinishedPages(doc: PDFKit.PDFDocument): void {
  let previous: PageInternals | undefined;
  doc.on("pageAdded", () => {
    if (previous) {
      const drawn = previous.content;
      const later = doc.ref({}) as unknown as PageInternals["content"];
      previous.dictionary.data.Contents = [drawn, later];
      previous.content = later;
      drawn.end();
    }
    previous = doc.page as unknown as PageInternals;
  });
}
