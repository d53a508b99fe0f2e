import { newCompanySchema } from "@/lib/register/company-profile";
import { createCompanyForUser } from "@/lib/server/companies";
import { userRoute } from "@/lib/server/route";

/** A consultant adds another company; they become its owner. */
export const POST = userRoute({ input: newCompanySchema }, async ({ input, user }) => {
  const company = await createCompanyForUser(user, input);
  return Response.json({ ok: true, data: company }, { status: 201 });
});
