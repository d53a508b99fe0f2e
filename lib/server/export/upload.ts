import "server-only";
import { AppError } from "@/lib/errors";

/** Largest register file accepted for import. A register of 500 activities is well under 1 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Reads an uploaded file (the raw request body) and stops at `maxBytes`: a
 * 10 MB upload is refused with 413 after reading at most 5 MB, never parsed.
 * `tooLarge` is the message shown beside the file field, in the user's language.
 */
export async function readUpload(request: Request, tooLarge: string, maxBytes = MAX_IMPORT_BYTES): Promise<Buffer> {
  const refuse = () => new AppError("PAYLOAD_TOO_LARGE", undefined, { file: [tooLarge] });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw refuse();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw refuse();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
