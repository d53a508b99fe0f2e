import { noticeFontResponse } from "@/lib/server/notice/font-response";

type Context = { params: Promise<{ file: string }> };

/** The public notice's typeface, from the app's own installation (lib/notice/render/page-style.ts). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { file } = await params;
  return noticeFontResponse(request, file);
}
