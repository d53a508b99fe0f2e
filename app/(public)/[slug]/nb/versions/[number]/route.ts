import { versionResponse } from "@/lib/server/notice/public-responses";

type Context = { params: Promise<{ slug: string; number: string }> };

/** One archived version (bokmål). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, number } = await params;
  return versionResponse(request, slug, "nb", number);
}
