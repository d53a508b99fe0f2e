import { EnvError, parseServerEnv } from "@/lib/env";

/** A bad environment stops the server with one sentence naming the variable, before the first request. */
export function checkEnvironmentOrExit(): void {
  try {
    parseServerEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Protokoll cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
