import { describe, expect, it } from "vitest";
import { LAWFUL_BASES, TRANSFER_MECHANISMS } from "@/lib/register/enums";
import { registerDocumentFromSnapshot } from "../json/from-snapshot";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { registerJsonLd } from "./register-jsonld";
import { LAWFUL_BASIS_TERMS, NAMESPACES, TRANSFER_MECHANISM_TERMS } from "./terms";

describe("DPV JSON-LD export", () => {
  const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
  const jsonld = registerJsonLd(doc);
  const text = JSON.stringify(jsonld);

  it("declares the DPV, DPV-PD, GDPR and Protokoll namespaces", () => {
    expect(jsonld["@context"]).toMatchObject({
      dpv: "https://w3id.org/dpv#",
      pd: "https://w3id.org/dpv/pd#",
      "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
      pk: "https://protokoll.dev/ns#",
    });
  });

  it("maps every lawful basis and transfer tool to a term with a declared prefix", () => {
    for (const basis of LAWFUL_BASES) expect(LAWFUL_BASIS_TERMS[basis].split(":")[0]).toBeOneOf(Object.keys(NAMESPACES));
    for (const mechanism of TRANSFER_MECHANISMS) expect(TRANSFER_MECHANISM_TERMS[mechanism].split(":")[0]).toBeOneOf(Object.keys(NAMESPACES));
  });

  it("describes each activity as a dpv:Process with purposes, legal bases, data, subjects, recipients, transfers and retention", () => {
    const graph = jsonld["@graph"] as Record<string, unknown>[];
    const processes = graph.filter((node) => node["@type"] === "dpv:Process");
    expect(processes).toHaveLength(doc.activities.length);
    for (const term of ["eu-gdpr:A6-1-b", "eu-gdpr:A6-1-c", "eu-gdpr:A6-1-f", "eu-gdpr:A6-1-a", "pd:Health", "eu-gdpr:A45-3", "eu-gdpr:A46-2-c", "eu-gdpr:A49-1-a", "dpv:StorageDuration", "P3Y", "loc:IN", "dpv:hasRecipient", "dpv:hasDataSubject", "dpv:Child"]) {
      expect(text).toContain(term);
    }
  });

  it("says who each activity's contract is with, so a customer's staff are not told of a contract with them (issue 10)", () => {
    const graph = jsonld["@graph"] as Record<string, unknown>[];
    const processes = graph.filter((node) => node["@type"] === "dpv:Process");
    expect(processes.map((node) => node["pk:contractParty"])).toEqual(doc.activities.map((a) => ({ "@id": a.contractParty === "ORGANISATION" ? "dpv:ThirdPartyContract" : "dpv:DataSubjectContract" })));
    expect(doc.activities.some((a) => a.contractParty === "ORGANISATION"), "the fixture has a contract with an organisation").toBe(true);
  });

  it("gives each marketing audience its own route (markedsføringsloven § 15)", () => {
    const graph = jsonld["@graph"] as Record<string, unknown>[];
    const audiences = graph.flatMap((node) => (node["pk:marketingAudience"] as Record<string, unknown>[] | undefined) ?? []);
    expect(audiences.map((m) => [m["dpv:hasDataSubject"], m["pk:channel"], m["pk:marketingRoute"]])).toEqual([
      [{ "@id": "dpv:Customer" }, [{ "@id": "pk:EMAIL" }], { "@id": "pk:EXISTING_CUSTOMER" }],
      [{ "@id": "pk:NotCustomer" }, [{ "@id": "pk:EMAIL" }, { "@id": "pk:SMS" }], { "@id": "pk:CONSENT" }],
    ]);
    expect(audiences[0]).toMatchObject({ "pk:optOutOffered": true, "pk:similarProducts": false });
    expect(audiences[1]).not.toHaveProperty("pk:optOutOffered");
  });

  it("is as stable as the JSON export: the same register gives the same graph", () => {
    expect(JSON.stringify(registerJsonLd(registerDocumentFromSnapshot(fullRegisterSnapshot())))).toBe(text);
  });
});
