import fs from "node:fs";
import path from "node:path";

/**
 * DejaVu Sans covers æ ø å and every other Latin-1/Latin Extended letter a
 * Norwegian register needs; pdfkit embeds the subset used. Resolved from the
 * working directory at run time (never bundled): Next.js runs the server from
 * the project root, where node_modules lives.
 */
export function dejaVuFonts(root = process.cwd()): { regular: string; bold: string; oblique: string } {
  const cached = resolved.get(root);
  if (cached) return cached;
  const dir = path.resolve(root, "node_modules/dejavu-fonts-ttf/ttf");
  const fonts = {
    regular: path.join(dir, "DejaVuSans.ttf"),
    bold: path.join(dir, "DejaVuSans-Bold.ttf"),
    oblique: path.join(dir, "DejaVuSans-Oblique.ttf"),
  };
  for (const file of Object.values(fonts)) {
    if (!fs.existsSync(file)) throw new Error(`PDF font missing: ${file} (is the dejavu-fonts-ttf package installed?)`);
  }
  resolved.set(root, fonts);
  return fonts;
}

const resolved = new Map<string, { regular: string; bold: string; oblique: string }>();

/**
 * pdfkit caches a font under the name it was selected by. Selecting by file
 * path (not by a registered alias of the document's default font, which
 * pdfkit re-opens and re-parses on every call) keeps one parsed copy per face.
 */
export const FONT = {
  get body() {
    return dejaVuFonts().regular;
  },
  get bold() {
    return dejaVuFonts().bold;
  },
  get oblique() {
    return dejaVuFonts().oblique;
  },
};
