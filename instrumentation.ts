/**
 * Runs once when a server process starts. The Node.js part lives in its own
 * module so the Edge build never sees process.exit.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("./lib/server/runtime/check-environment");
    checkEnvironmentOrExit();
  }
}
