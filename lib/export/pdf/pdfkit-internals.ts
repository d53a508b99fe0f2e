/**
 * pdfkit's memory and time, kept bounded while a long register is laid out
 * (lib/export/pdf/register-pdf.ts). It reaches into objects pdfkit's types do not describe,
 * hence the casts: this file is the only place that knows pdfkit's internals. Nothing here
 * changes a byte of the PDF (lib/export/pdf/register-pdf.test.ts compares the bytes).
 */

/** The parts of a pdfkit object reference that pdfkit's types leave out. */
type Reference = { write(chunk: string | Uint8Array): void; end(): void; finalize(): void };
/** The parts of a pdfkit page that pdfkit's types leave out. */
type PageInternals = { content: Reference; dictionary: { data: { Contents: unknown } } };
/** pdfkit's EmbeddedFont: a fontkit font (`font`) and what this document embeds of it. */
type EmbeddedFont = {
  font: object;
  layoutCache?: Record<string, unknown>;
  encode(text: string, features?: unknown): unknown;
  widthOfString(text: string, size: number, features?: unknown): number;
};
type DocInternals = { _font: EmbeddedFont | null; page: unknown; ref(data: object): unknown };

const internals = (doc: PDFKit.PDFDocument) => doc as unknown as DocInternals;

/**
 * A page's drawing operators are written as one string and turned into bytes once when
 * the page is finished, instead of one small byte array per operator (a 500-activity
 * register has about a million); pdfkit would join them into the same bytes.
 */
function writeAsOneString(content: Reference): void {
  const write = content.write.bind(content);
  const finalize = content.finalize.bind(content);
  let pending = "";
  const flush = () => {
    // pdfkit keeps the low byte of each character (its operators are ASCII): so does latin1.
    if (pending) write(Buffer.from(pending, "latin1"));
    pending = "";
  };
  content.write = (chunk) => {
    if (typeof chunk === "string") pending += `${chunk}\n`;
    else {
      flush();
      write(chunk);
    }
  };
  content.finalize = () => {
    flush();
    finalize();
  };
}

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
      const later = internals(doc).ref({}) as Reference;
      writeAsOneString(later);
      previous.dictionary.data.Contents = [drawn, later];
      previous.content = later;
      drawn.end();
    }
    previous = internals(doc).page as PageInternals;
    writeAsOneString(previous.content);
  });
}

/** What is known of one font (a fontkit font) across documents: the widths and shapes of texts. */
type FontMemory = { widths: Map<string, number>; layoutCache: Record<string, unknown>; entries: number };
const fontMemory = new WeakMap<object, FontMemory>();
/** A worker lays out many registers: the memory of texts is started over past this many. */
const MAX_REMEMBERED_TEXTS = 200_000;

function memoryOf(font: object): FontMemory {
  let memory = fontMemory.get(font);
  if (!memory || memory.entries > MAX_REMEMBERED_TEXTS) {
    memory = { widths: new Map(), layoutCache: Object.create(null) as Record<string, unknown>, entries: 0 };
    fontMemory.set(font, memory);
  }
  return memory;
}

const remembered = new WeakSet<EmbeddedFont>();

/**
 * Every label, "not recorded" and vocabulary value is measured and drawn again on each
 * activity, and pdfkit shapes a text with fontkit each time it is measured (to wrap it)
 * and again when it is drawn. The width of a text and the glyphs it is drawn with are
 * remembered per font: widths and shapes across documents (they depend only on the
 * font), the glyph numbers for this document (they number the glyphs of its subset).
 */
function rememberTexts(font: EmbeddedFont): void {
  if (remembered.has(font)) return;
  remembered.add(font);
  const memory = memoryOf(font.font);
  if (font.layoutCache) font.layoutCache = memory.layoutCache;
  const widthOfString = font.widthOfString.bind(font);
  font.widthOfString = (text, size, features) => {
    if (features) return widthOfString(text, size, features);
    let advance = memory.widths.get(text);
    if (advance === undefined) {
      advance = widthOfString(text, 1000);
      memory.widths.set(text, advance);
      memory.entries++;
    }
    // As pdfkit computes it (advance × size/1000), so that every position is the same number.
    return advance * (size / 1000);
  };
  const encode = font.encode.bind(font);
  const encoded = new Map<string, unknown>();
  font.encode = (text, features) => {
    if (features) return encode(text, features);
    let glyphs = encoded.get(text);
    if (glyphs === undefined) {
      glyphs = encode(text);
      encoded.set(text, glyphs);
    }
    return glyphs;
  };
}

/** Font files parsed by fontkit, by path: parsing DejaVu's three faces took longer than laying out a small register. */
const parsedFonts = new Map<string, object>();

/**
 * Selects fonts by file path as before, but parses each file once per process and
 * remembers what each font measures and draws (rememberTexts). Call it before the
 * first `font()` call (the document is made with `font: null`).
 */
export function selectFontsOnce(doc: PDFKit.PDFDocument, files: readonly string[]): void {
  for (const file of files) {
    const parsed = parsedFonts.get(file);
    // pdfkit takes a parsed fontkit font where it takes a file; its types only know the file.
    if (parsed) doc.registerFont(file, parsed as unknown as string);
  }
  const font = doc.font.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  (doc as unknown as { font: typeof font }).font = (...args) => {
    font(...args);
    const current = internals(doc)._font;
    if (current) {
      rememberTexts(current);
      if (typeof args[0] === "string" && files.includes(args[0]) && !parsedFonts.has(args[0])) parsedFonts.set(args[0], current.font);
    }
    return doc;
  };
}
