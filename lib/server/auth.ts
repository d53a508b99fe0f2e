import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { z } from "zod";
import { serverEnv } from "@/lib/env";
import { unstorableText } from "@/lib/validation/storable";
import { checkCredentials } from "./sign-in";

/** Too many failed attempts: the lock's end travels in the error so the form can say when to retry. */
class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
  constructor(readonly lockedUntil: Date) {
    super();
  }
}

class WrongCredentials extends CredentialsSignin {
  override code = "wrong-credentials";
}

// Text PostgreSQL cannot store is no one's address or password: a wrong sign-in, not a database error.
const storable = (text: string) => unstorableText(text) === null;
const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).refine(storable),
  password: z.string().max(256).refine(storable),
});

/**
 * The whole sign-in configuration. Sessions are JWTs in an HTTP-only cookie,
 * so any app server behind a load balancer can read them with the shared
 * AUTH_SECRET and no session state lives in process memory.
 */
const nextAuth = NextAuth(() => ({
  secret: serverEnv().AUTH_SECRET,
  // Behind a load balancer the Host header is the public one.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new WrongCredentials();
        const outcome = await checkCredentials(parsed.data.email, parsed.data.password);
        if (outcome.ok) return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name };
        if (outcome.reason === "throttled") throw new ThrottledSignIn(outcome.lockedUntil);
        throw new WrongCredentials();
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;

/** The session of this request, read once however many components ask. */
export const auth = cache(() => nextAuth.auth());
