import { inviteSchema } from "@/lib/register/member-schemas";
import { createInvitation } from "@/lib/server/members";
import { companyRoute } from "@/lib/server/route";

/** Answers the invitation with its token once; only the token's hash is kept. */
export const POST = companyRoute({ permission: "members.manage", input: inviteSchema }, async ({ input, ...access }) => {
  const invitation = await createInvitation(access, input);
  return Response.json({ ok: true, data: invitation }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
