import { latestNoticeResponse } from "@/lib/server/notice/public-responses";

type Context = { params: Promise<{ slug: string }> };

/** The public privacy notice in bokmål: the HTML stored at publication, byte for byte. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return latestNoticeResponse(request, slug, "nb", "html");
}
