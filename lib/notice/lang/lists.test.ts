import { describe, expect, it } from "vitest";
import { en } from "./en";
import { nb } from "./nb";

const text = (runs: { text?: string }[]) => runs.map((r) => r.text ?? "").join("");

describe("lists in the notice's languages", () => {
  it("bokmål sets no comma before «og» in a list", () => {
    expect(text(nb.list(["Navn", "adresse", "e-post"]))).toBe("Navn, adresse og e-post");
  });

  it("bokmål sets no comma before «og» even when an item holds «og» itself", () => {
    expect(text(nb.list(["Navn og adresse", "e-post", "telefonnummer"]))).toBe("Navn og adresse, e-post og telefonnummer");
    expect(text(nb.list(["Navn", "e-post", "bilder og dokumenter"]))).toBe("Navn, e-post og bilder og dokumenter");
  });

  it("bokmål joins two items with «og» alone", () => {
    expect(text(nb.list(["Navn", "adresse"]))).toBe("Navn og adresse");
  });

  it("bokmål sets no comma before «eller» in a sentence that lists contact channels", () => {
    const sentence = text(nb.controllerContact(["på e-post", "på telefon", "per post eller i butikken"]));
    expect(sentence).toBe("Du når oss på e-post, på telefon eller per post eller i butikken.");
  });

  it("English keeps the comma before the last item only where an item holds the conjunction", () => {
    expect(text(en.list(["Name", "address", "e-mail"]))).toBe("Name, address and e-mail");
    expect(text(en.list(["Name and address", "e-mail", "phone number"]))).toBe("Name and address, e-mail, and phone number");
  });
});
