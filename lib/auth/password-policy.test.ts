import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePasswordList, passwordProblem, personalWords } from "./password-policy";

const common = parsePasswordList(fs.readFileSync(path.join(import.meta.dirname, "common-passwords.txt"), "utf8"));

describe("the shipped list of common passwords", () => {
  it("holds a few thousand entries, in lower case, with the most common first", () => {
    expect(common.size).toBeGreaterThan(5000);
    expect([...common].slice(0, 3)).toEqual(["123456", "password", "12345678"]);
    expect(common.has("passord")).toBe(true);
  });
});

describe("passwordProblem", () => {
  it.each([
    "password1234",
    "Password1234!",
    "P@ssw0rd2026",
    "qwertyuiop123",
    "123456789012",
    "!!!!!!!!!!!!",
    "aaaaaaaaaaaa",
    "passwordpassword",
    "iloveyou2026",
    "Passord12345",
    "sommer2026!!",
    "dragondragon",
  ])("refuses %j as common", (password) => {
    expect(passwordProblem(password, common)).toBe("common");
  });

  it.each(["correct horse battery staple", "tindrende-blåbær-fjord-42", "Vq7#mL2p!xRw"])("accepts %j", (password) => {
    expect(passwordProblem(password, common)).toBeNull();
  });

  it("refuses the user's own name, address or company, padded", () => {
    const personal = personalWords(["kari.nordmann@fjordkraft-eksempel.no", "Kari Nordmann", "Fjordkraft Eksempel AS"]);
    expect(passwordProblem("kari.nordmann2026", common, personal)).toBe("personal");
    expect(passwordProblem("Fjordkraft2026!", common, personal)).toBe("personal");
    expect(passwordProblem("Protokoll2026!", common, personal)).not.toBeNull();
    expect(passwordProblem("nordlys over fjordkraft og havet", common, personal)).toBeNull();
  });
});
