/** Where sign-in leads when no (acceptable) target was asked for. */
export const DEFAULT_AFTER_SIGN_IN = "/companies";

/**
 * A URL someone may have crafted, as a path on this site, or null when it leads elsewhere:
 * parsed with `URL` against the app's origin exactly as a browser would resolve it, and kept
 * only when it stays on that origin. Checking the text instead ("starts with one slash") is
 * what let `/\evil.test` through: browsers read a backslash as a slash, so it is `//evil.test`.
 * A path that still decodes to `//` or `/\` (`/%2F%5Cevil.test`) is refused too, so that no
 * later decoding can turn it into another site.
 */
export function sameOriginPath(requested: string | null | undefined, appOrigin: string): string | null {
  if (!requested || requested.length > 2000) return null;
  let target: URL;
  try {
    target = new URL(requested, appOrigin);
  } catch {
    return null;
  }
  if (target.origin !== new URL(appOrigin).origin) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target.pathname);
  } catch {
    return null;
  }
  if (/^[/\\]{2}/.test(decoded) || /[\u0000-\u001f]/.test(decoded)) return null;
  return `${target.pathname}${target.search}${target.hash}`;
}

/** The path to go to after sign-in from a `callbackUrl`: on this site, and not sign-in again (a loop). */
export function redirectTargetAfterSignIn(requested: string | null | undefined, appOrigin: string): string {
  const path = sameOriginPath(requested, appOrigin);
  if (!path || path === "/sign-in" || path.startsWith("/sign-in?") || path.startsWith("/sign-in#")) return DEFAULT_AFTER_SIGN_IN;
  return path;
}
