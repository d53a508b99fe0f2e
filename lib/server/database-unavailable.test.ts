import { describe, expect, it } from "vitest";
import { databaseUnavailableReason, isDatabaseUnavailable } from "./database-unavailable";

describe("what counts as the database being out of reach", () => {
  it("a pooled client whose connection failed during an outage, wrapped as Prisma wraps it", () => {
    // Seen in the outage test: pg refuses a query on a client whose socket died while PostgreSQL stopped.
    const error = Object.assign(new Error("Client has encountered a connection error and is not queryable"), { clientVersion: "7.10.1" });
    expect(databaseUnavailableReason(error)).toBe("connection closed by the server");
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: error }))).toBe(true);
  });

  it("not an outage: an ordinary error with a similar word in it", () => {
    expect(isDatabaseUnavailable(new Error("the client sent an invalid connection string option"))).toBe(false);
  });
});
