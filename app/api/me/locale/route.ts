import { cookies } from "next/headers";
import { localeChoiceSchema } from "@/lib/i18n/locale-choice";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { db } from "@/lib/server/db";
import { userRoute } from "@/lib/server/route";

/** Saves the UI language on the user (it follows them to the next sign-in) and in the cookie the pages read. */
export const PUT = userRoute({ input: localeChoiceSchema }, async ({ input, user }) => {
  await db().user.update({ where: { id: user.id }, data: { locale: input.locale === "nb" ? "NB" : "EN" } });
  (await cookies()).set(LOCALE_COOKIE, input.locale, { sameSite: "lax", path: "/", maxAge: 31536000 });
  return { locale: input.locale };
});
