import { latestNoticeResponse } from "@/lib/server/notice/public-responses";

type Context = { params: Promise<{ slug: string }> };

/** The English notice as plain text, as stored at publication. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return latestNoticeResponse(request, slug, "en", "text");
}
