import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import crypto from "node:crypto";
import { NOTICE_FONT_FILES } from "@/lib/notice/render/page-style";

// The files of @fontsource-variable/inter, installed with the app: the public pages load
// their typeface from us, never from a font service (no request leaves for another site).
const FONT_DIRECTORY = path.join(process.cwd(), "node_modules", "@fontsource-variable", "inter", "files");

// The URL names a file of a fixed package version; a new version of the package may change
// the bytes, so browsers keep it a week and then ask again (ETag → 304).
const FONT_CACHE = "public, max-age=604800, stale-while-revalidate=86400";

const loaded = new Map<string, { bytes: Uint8Array<ArrayBuffer>; etag: string }>();

/** One of the typeface files the notice stylesheet names (lib/notice/render/page-style.ts); 404 for any other name. */
export async function noticeFontResponse(request: Request, file: string): Promise<Response> {
  if (!NOTICE_FONT_FILES.includes(file)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  let font = loaded.get(file);
  if (!font) {
    const bytes = new Uint8Array(await fs.readFile(path.join(FONT_DIRECTORY, file)));
    font = { bytes, etag: `"${crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 32)}"` };
    loaded.set(file, font);
  }
  const headers = new Headers({ "Content-Type": "font/woff2", "Cache-Control": FONT_CACHE, ETag: font.etag, "X-Content-Type-Options": "nosniff", "Cross-Origin-Resource-Policy": "same-origin" });
  if (request.headers.get("if-none-match")?.split(",").some((tag) => tag.trim() === font.etag)) return new Response(null, { status: 304, headers });
  return new Response(font.bytes, { status: 200, headers });
}
