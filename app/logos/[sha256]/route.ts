import { logoResponse } from "@/lib/server/notice/logo-response";

type Context = { params: Promise<{ sha256: string }> };

/** A company's logo for its public pages, from the app's own database (docs/decisions/024-company-branding.md). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { sha256 } = await params;
  return logoResponse(request, sha256);
}
