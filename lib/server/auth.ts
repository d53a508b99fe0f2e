import "server-only";
import NextAuth, { CredentialsSignin, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { z } from "zod";
import { DEFAULT_AFTER_SIGN_IN, sameOriginPath } from "@/lib/auth/redirect-target";
import { serverEnv } from "@/lib/env";
import { unstorableText } from "@/lib/validation/storable";
import { clientAddress } from "./client-address";
import { endSession, startSession, touchSession } from "./sessions";
import { checkCredentials } from "./sign-in";

/** Too many failed attempts: the delay's end travels in the error so the form can say when to retry. */
export class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
  constructor(readonly retryAt: Date) {
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
 * The whole sign-in configuration. The session cookie is a JWT (encrypted with the shared
 * AUTH_SECRET) that names a session row in PostgreSQL (lib/server/sessions.ts); `auth()`
 * below checks that row on every request, so sign-out and the idle timeout end a session on
 * every app server, and no session state lives in process memory.
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
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new WrongCredentials();
        const outcome = await checkCredentials(parsed.data.email, parsed.data.password, clientAddress(request.headers));
        if (outcome.ok) return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name };
        if (outcome.reason === "throttled") throw new ThrottledSignIn(outcome.retryAt);
        throw new WrongCredentials();
      },
    }),
  ],
  callbacks: {
    // next-auth's own routes (/api/auth/callback/…) take a callbackUrl too: only this site, as for the form.
    redirect({ url, baseUrl }) {
      return `${new URL(baseUrl).origin}${sameOriginPath(url, baseUrl) ?? DEFAULT_AFTER_SIGN_IN}`;
    },
    async jwt({ token, user }) {
      // Sign-in: a new session row; the cookie carries its id.
      if (user?.id) {
        token.uid = user.id;
        token.sid = await startSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      // Not a secret on its own: without the cookie signed with AUTH_SECRET it names nothing usable.
      if (typeof token.sid === "string") session.sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;

/**
 * The session of this request, read once however many components ask: the cookie must be
 * valid and its session row open (not signed out, not idle too long, not past its end).
 * A database error is thrown, not taken for "signed out": an outage is not a sign-out.
 */
export const auth = cache(async (): Promise<Session | null> => {
  const session = await nextAuth.auth();
  const userId = session?.user?.id;
  const sessionId = session?.sid;
  if (!session || !userId || !sessionId) return null;
  return (await touchSession(sessionId, userId)) ? session : null;
});
