import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request";
import { invitationAccountSchema } from "@/lib/register/member-schemas";
import { signIn } from "@/lib/server/auth";
import { createAccountAndAccept } from "@/lib/server/members";
import { publicRoute } from "@/lib/server/route";

/**
 * A visitor without an account creates one with the invited address, joins
 * the company and is signed in, in the language they are reading.
 */
export const POST = publicRoute({ input: invitationAccountSchema }, async ({ input, params }) => {
  const locale = await requestLocale();
  const joined = await createAccountAndAccept(params.token ?? "", input, locale === "nb" ? "NB" : "EN");
  await signIn("credentials", { email: joined.email, password: input.password, redirect: false });
  (await cookies()).set(LOCALE_COOKIE, locale, { sameSite: "lax", path: "/", maxAge: 31536000 });
  return Response.json({ ok: true, data: { companyId: joined.companyId } }, { status: 201 });
});
