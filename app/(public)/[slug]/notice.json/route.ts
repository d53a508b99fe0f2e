import { latestNoticeResponse } from "@/lib/server/notice/public-responses";

type Context = { params: Promise<{ slug: string }> };

/** The English notice as its structured document (docs/notice-json.md). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return latestNoticeResponse(request, slug, "en", "json");
}
