import { describe, expect, it } from "vitest";
import { db } from "./db";
import { changePassword } from "./passwords";
import { startSession, touchSession } from "./sessions";
import { checkCredentials } from "./sign-in";
import { createFirstOwner } from "./setup";
import { setupSchema } from "@/lib/register/setup";
import { createUser } from "@/test/server/factories";

const NEW_PASSWORD = "tindrende blåbær ved fjorden";

describe("password change", () => {
  it("needs the current password, refuses common ones, and ends the user's other sessions but not this one", async () => {
    const user = await createUser();
    const here = await startSession(user.id);
    const elsewhere = await startSession(user.id);

    await expect(changePassword(user, here, { currentPassword: "not it at all", newPassword: NEW_PASSWORD }, "pw-change-1")).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { currentPassword: ["account.wrongCurrentPassword"] },
    });
    await expect(changePassword(user, here, { currentPassword: user.password, newPassword: "password1234" }, "pw-change-1")).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { newPassword: ["passwords.common"] },
    });
    expect(await touchSession(elsewhere, user.id)).toBe(true);

    expect(await changePassword(user, here, { currentPassword: user.password, newPassword: NEW_PASSWORD }, "pw-change-1")).toEqual({ endedSessions: 1 });
    expect(await touchSession(here, user.id)).toBe(true);
    expect(await touchSession(elsewhere, user.id)).toBe(false);
    expect((await checkCredentials(user.email, NEW_PASSWORD, "pw-change-2")).ok).toBe(true);
    expect((await checkCredentials(user.email, user.password, "pw-change-3")).ok).toBe(false);
  });

  it("guessing the current password is throttled like a sign-in", async () => {
    const user = await createUser();
    const sid = await startSession(user.id);
    const codes = [];
    for (let i = 0; i < 6; i++) {
      codes.push(await changePassword(user, sid, { currentPassword: `guess number ${i}`, newPassword: NEW_PASSWORD }, "pw-change-guesser").catch((e: { code: string }) => e.code));
    }
    expect(codes.at(-1)).toBe("THROTTLED");
  });
});

describe("common passwords at every choice of password", () => {
  it("refuses a common password, or one built on the company's name, at first-start setup", async () => {
    // Refused before anything is written, so this does not set the shared test database up.
    const input = { name: "Ola", email: "ola@example.test", legalName: "Fjordkraft Eksempel AS", countryCode: "NO" };
    await expect(createFirstOwner(setupSchema.parse({ ...input, password: "password1234" }))).rejects.toMatchObject({
      fieldErrors: { password: ["passwords.common"] },
    });
    await expect(createFirstOwner(setupSchema.parse({ ...input, password: "Fjordkraft2026!" }))).rejects.toMatchObject({
      fieldErrors: { password: ["passwords.personal"] },
    });
    expect(await db().user.count({ where: { email: input.email } })).toBe(0);
  });
});
