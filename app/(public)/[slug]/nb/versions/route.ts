import { archiveResponse } from "@/lib/server/notice/public-responses";

type Context = { params: Promise<{ slug: string }> };

/** Archive of published versions (bokmål). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return archiveResponse(request, slug, "nb");
}
