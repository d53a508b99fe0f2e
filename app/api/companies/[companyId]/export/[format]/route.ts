import { z } from "zod";
import { AppError } from "@/lib/errors";
import { EXPORT_FORMATS, exportRegister } from "@/lib/server/export/export-register";
import { companyRoute } from "@/lib/server/route";

// The PDF is laid out on the server by a worker process (Node APIs), never at build time.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/companies/:id/export/{pdf|xlsx|csv|json|jsonld}?lang=en|nb — a download of the register. */
export const GET = companyRoute({ permission: "register.read" }, async ({ request, params, ...access }) => {
  const format = z.enum(EXPORT_FORMATS).safeParse(params.format);
  if (!format.success) throw new AppError("NOT_FOUND");
  const lang = new URL(request.url).searchParams.get("lang") ?? "en";
  if (lang !== "en" && lang !== "nb") throw new AppError("BAD_REQUEST");
  return exportRegister(access, format.data, lang, request.signal);
});
