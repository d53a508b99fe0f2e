"use server";
import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { redirectTargetAfterSignIn } from "@/lib/auth/redirect-target";
import { secondsLeft } from "@/lib/auth/throttle-policy";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { signIn, signOut, ThrottledSignIn } from "@/lib/server/auth";
import { isDatabaseUnavailable } from "@/lib/server/database-unavailable";
import { db } from "@/lib/server/db";
import { appOrigin } from "@/lib/server/origin";

export type SignInState =
  | { status: "idle" }
  | { status: "wrong-credentials"; email: string }
  | { status: "throttled"; email: string; seconds: number }
  | { status: "unavailable"; email: string }
  | { status: "missing"; email: string; missing: ("email" | "password")[] };

/**
 * Signs in with e-mail and password, then goes to the asked-for page if it is on this site
 * (lib/auth/redirect-target.ts). A wrong password and an unknown address get the same
 * answer: same state, no cookie — the language cookie is set only once signed in.
 */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim().toLowerCase().slice(0, 254);
  const password = String(formData.get("password") ?? "").slice(0, 256);
  const origin = appOrigin(await headers()) ?? "http://localhost";
  const target = redirectTargetAfterSignIn(String(formData.get("callbackUrl") ?? ""), origin);
  // An empty field is a slip, not a guess: say which one, and do not count it as a failed sign-in.
  const missing = [...(email === "" ? ["email" as const] : []), ...(password === "" ? ["password" as const] : [])];
  if (missing.length > 0) return { status: "missing", email, missing };
  try {
    await signIn("credentials", { email, password, redirectTo: target, redirect: false });
  } catch (error) {
    // Not a wrong password and not next-auth's "Configuration" page: the database is out of reach.
    if (isDatabaseUnavailable(error)) return { status: "unavailable", email };
    if (error instanceof ThrottledSignIn) return { status: "throttled", email, seconds: secondsLeft(error.retryAt) };
    if (error instanceof AuthError) return { status: "wrong-credentials", email };
    throw error;
  }
  await rememberLocale(email);
  redirect(target);
}

/** The dashboard speaks the user's chosen language from the first page after sign-in. */
async function rememberLocale(email: string): Promise<void> {
  const user = await db().user.findUnique({ where: { email }, select: { locale: true } });
  if (user) (await cookies()).set(LOCALE_COOKIE, user.locale === "NB" ? "nb" : "en", { sameSite: "lax", path: "/", maxAge: 31536000 });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
