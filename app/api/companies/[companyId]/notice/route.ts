import { companyRoute } from "@/lib/server/route";
import { getNoticeWorkspace } from "@/lib/server/notice/versions";

/** The draft notice beside the published one, the section diff and what blocks publishing. ?lang=nb for bokmål. */
export const GET = companyRoute({ permission: "register.read" }, ({ request, ...access }) =>
  getNoticeWorkspace(access, new URL(request.url).searchParams.get("lang") === "nb" ? "nb" : "en"),
);
