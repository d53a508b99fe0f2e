import { diffResponse } from "@/lib/server/notice/public-responses";

type Context = { params: Promise<{ slug: string }> };

/** Changes between two published versions: ?from=1&to=3 (bokmål). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return diffResponse(request, slug, "nb");
}
