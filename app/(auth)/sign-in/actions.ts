"use server";
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { signIn, signOut } from "@/lib/server/auth";
import { isDatabaseUnavailable } from "@/lib/server/database-unavailable";
import { db } from "@/lib/server/db";
import { lockForEmail } from "@/lib/server/sign-in";
import { minutesLeft } from "@/lib/auth/throttle-policy";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { unstorableText } from "@/lib/validation/storable";

export type SignInState =
  | { status: "idle" }
  | { status: "wrong-credentials"; email: string }
  | { status: "throttled"; email: string; minutes: number }
  | { status: "unavailable"; email: string };

/** Signs in with e-mail and password; on success next-auth redirects (a thrown redirect, let through). */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim().toLowerCase().slice(0, 254);
  const password = String(formData.get("password") ?? "").slice(0, 256);
  const requested = String(formData.get("callbackUrl") ?? "");
  // Only local paths: an open redirect after sign-in is a phishing aid.
  const redirectTo = requested.startsWith("/") && !requested.startsWith("//") ? requested : "/";
  try {
    await rememberLocale(email);
    await signIn("credentials", { email, password, redirectTo });
    return { status: "idle" };
  } catch (error) {
    // Not a wrong password and not next-auth's "Configuration" page: the database is out of reach.
    if (isDatabaseUnavailable(error)) return { status: "unavailable", email };
    if (error instanceof AuthError) {
      const lockedUntil = await lockForEmail(email);
      if (lockedUntil) return { status: "throttled", email, minutes: minutesLeft(lockedUntil) };
      return { status: "wrong-credentials", email };
    }
    throw error;
  }
}

/** The dashboard speaks the user's chosen language from the first page after sign-in. */
async function rememberLocale(email: string): Promise<void> {
  if (unstorableText(email)) return;
  const user = await db().user.findUnique({ where: { email }, select: { locale: true } });
  if (user) (await cookies()).set(LOCALE_COOKIE, user.locale === "NB" ? "nb" : "en", { sameSite: "lax", path: "/", maxAge: 31536000 });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
