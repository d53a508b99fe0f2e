/**
 * Regression: a NUL (U+0000) in any text field, query string or path segment gave a 500
 * (PostgreSQL 22021); a CSV with a NUL passed the dry run and failed the real import with
 * a 500; `version` ≥ 2^31 gave a 500; `Origin: null` gave a 500. This sends bad input to
 * every mutation route and every import format, as the owner, and requires a 4xx each time.
 */
import ExcelJS from "exceljs";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { CATALOG_KINDS } from "@/lib/register/catalog-schemas";
import { db } from "@/lib/server/db";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { createCompany, createUser, unique } from "@/test/server/factories";
import { expect, signIn, test } from "./support/fixtures";

const NUL_BODY = {
  name: "Kunde\u0000register",
  legalName: "Eksempel\u0000 AS",
  labelEn: "Contact\u0000",
  labelNb: "Kontakt\u0000",
  description: "x\u0000",
  email: "a\u0000@example.test",
  changeSummary: "Nytt\u0000",
  locale: "nb",
  role: "EDITOR",
  version: 1,
};
const HUGE_BODY = { version: 2 ** 31, duration: 2 ** 40, sortOrder: -(2 ** 31) - 1, name: "Huge" };

type Route = { method: "POST" | "PUT" | "DELETE"; path: string; json: boolean };

async function send(request: APIRequestContext, route: Route, options: { data?: unknown; headers?: Record<string, string>; path?: string }): Promise<APIResponse> {
  return request.fetch(options.path ?? route.path, {
    method: route.method,
    headers: { "content-type": "application/json", ...options.headers },
    data: options.data === undefined ? undefined : JSON.stringify(options.data),
  });
}

test("every mutation route answers bad input with a 4xx and a message, never a 5xx", async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const owner = await createUser();
  const demo = await seedDemoCompany(db(), owner.id, { slug: unique("bad-input") });
  const other = await createUser();
  const company = await db().company.findUniqueOrThrow({ where: { id: demo.id }, select: { id: true, version: true } });
  const membership = await db().membership.create({ data: { userId: other.id, companyId: company.id, role: "VIEWER" }, select: { id: true } });
  const activity = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id }, select: { id: true } });
  const category = await db().dataCategory.findFirstOrThrow({ where: { companyId: company.id }, select: { id: true } });
  const invitation = await db().invitation.create({
    data: { companyId: company.id, email: `${unique("invitee")}@example.test`, role: "VIEWER", tokenHash: unique("hash"), expiresAt: new Date(Date.now() + 86_400_000), createdById: owner.id },
    select: { id: true },
  });
  await signIn(page, owner.email, owner.password);

  const c = `/api/companies/${company.id}`;
  const routes: Route[] = [
    { method: "POST", path: `${c}/activities`, json: true },
    { method: "PUT", path: `${c}/activities/${activity.id}`, json: true },
    { method: "POST", path: `${c}/activities/${activity.id}/duplicate`, json: false },
    { method: "POST", path: `${c}/activities/${activity.id}/retire`, json: true },
    { method: "POST", path: `${c}/activities/${activity.id}/restore`, json: true },
    ...CATALOG_KINDS.flatMap((kind): Route[] => [
      { method: "POST", path: `${c}/catalogs/${kind}`, json: true },
      { method: "PUT", path: `${c}/catalogs/${kind}/${category.id}`, json: true },
      { method: "DELETE", path: `${c}/catalogs/${kind}/${unique("missing")}`, json: false },
    ]),
    { method: "POST", path: `${c}/members/invitations`, json: true },
    { method: "DELETE", path: `${c}/members/invitations/${invitation.id}`, json: false },
    { method: "PUT", path: `${c}/members/${membership.id}`, json: true },
    { method: "POST", path: `${c}/notice/versions`, json: true },
    { method: "PUT", path: `${c}/profile`, json: true },
    { method: "POST", path: "/api/companies", json: true },
    { method: "PUT", path: "/api/me/locale", json: true },
    { method: "POST", path: `/api/invitations/${unique("token")}`, json: false },
    { method: "POST", path: `/api/invitations/${unique("token")}/account`, json: true },
    // Answers 404 before reading its input once a user exists.
    { method: "POST", path: "/api/setup", json: false },
  ];

  const statuses: { what: string; status: number }[] = [];
  const record = async (what: string, response: APIResponse) => {
    statuses.push({ what, status: response.status() });
    return response;
  };
  const otherScheme = baseURL?.replace(/^http:/, "https:") ?? "";

  for (const route of routes) {
    const label = `${route.method} ${route.path}`;
    const nul = await record(`${label} NUL`, await send(page.request, route, { data: NUL_BODY }));
    const huge = await record(`${label} 2^31`, await send(page.request, route, { data: HUGE_BODY }));
    if (route.json) {
      // The NUL is named beside its field, in the user's language; nothing reached the database.
      expect(nul.status(), label).toBe(422);
      const body = (await nul.json()) as { error: { fieldErrors?: Record<string, string[]> } };
      expect(Object.values(body.error.fieldErrors ?? {}).flat().join(" "), label).toContain("NUL");
      expect(huge.status(), label).toBe(422);
      const plain = await record(`${label} text/plain`, await send(page.request, route, { data: { version: 1 }, headers: { "content-type": "text/plain" } }));
      expect(plain.status(), label).toBe(415);
    }
    const nullOrigin = await record(`${label} Origin null`, await send(page.request, route, { data: { version: 1 }, headers: { origin: "null" } }));
    expect(nullOrigin.status(), label).toBe(403);
    const scheme = await record(`${label} scheme`, await send(page.request, route, { data: { version: 1 }, headers: { origin: otherScheme } }));
    expect(scheme.status(), label).toBe(403);
    const segments = route.path.split("/");
    segments[segments.length - 1] = "bad%00id";
    const nulPath = await record(`${label} NUL in path`, await send(page.request, route, { data: { version: 1 }, path: segments.join("/") }));
    expect(nulPath.status(), label).toBe(400);
    const nulQuery = await record(`${label} NUL in query`, await send(page.request, route, { data: { version: 1 }, path: `${route.path}?dryRun=%00` }));
    expect(nulQuery.status(), label).toBe(400);
  }

  // Reads, pages and public pages: a NUL in the URL is a 400 with a sentence.
  for (const path of [`${c}/activities?q=a%00b`, `${c}/findings?activityId=%00`, `/companies/${company.id}/activities?q=%00`, "/companies/%00", `/${unique("slug")}%00`]) {
    const response = await record(`GET ${path}`, await page.request.get(path));
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("NUL");
  }

  expect(statuses.filter((s) => s.status >= 500)).toEqual([]);
});

/** An XLSX export with the first activity's name cell of its first sheet replaced by `edit`. */
async function editedWorkbook(bytes: Buffer, edit: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const header = sheet.getRow(1);
  let nameColumn = 1;
  header.eachCell((cell, col) => {
    if (String(cell.value).startsWith("Business function")) nameColumn = col;
  });
  sheet.getRow(2).getCell(nameColumn).value = edit;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("a NUL in a JSON, XLSX or CSV import is reported by the dry run exactly as the real import refuses it, with no 5xx", async ({ page }) => {
  test.setTimeout(300_000);
  const owner = await createUser();
  const source = await seedDemoCompany(db(), owner.id, { slug: unique("import-source") });
  await signIn(page, owner.email, owner.password);
  const exported = async (format: string) => Buffer.from(await (await page.request.get(`/api/companies/${source.id}/export/${format}`)).body());

  const json = JSON.parse((await exported("json")).toString("utf8")) as { activities: { name: string }[] };
  const firstActivity = json.activities[0];
  if (!firstActivity) throw new Error("the demo register has no activities");
  firstActivity.name = "Kunde\u0000register";
  const csv = (await exported("csv")).toString("utf8");
  const csvLines = csv.split("\r\n");
  csvLines[1] = csvLines[1]?.replace(/^([^,]*),([^,"]*)/, "$1,Kunde\u0000register") ?? "";
  const files: Record<string, Buffer> = {
    json: Buffer.from(JSON.stringify(json)),
    // XML cannot hold U+0000; spreadsheets write it as the escape _x0000_, which readers decode.
    xlsx: await editedWorkbook(await exported("xlsx"), "Kunde_x0000_register"),
    csv: Buffer.from(csvLines.join("\r\n")),
  };

  for (const [format, bytes] of Object.entries(files)) {
    const target = await createCompany([{ userId: owner.id, role: "OWNER" }]);
    const url = `/api/companies/${target.id}/import/${format}`;
    const dry = await page.request.post(`${url}?dryRun=true`, { data: bytes, headers: { "content-type": "application/octet-stream" } });
    expect(dry.status(), format).toBe(200);
    const dryReport = ((await dry.json()) as { data: { report: { ok: boolean; issues: { message: string }[] } } }).data.report;
    expect(dryReport.ok, format).toBe(false);
    expect(dryReport.issues.map((i) => i.message).join(" "), format).toContain("NUL");

    const real = await page.request.post(url, { data: bytes, headers: { "content-type": "application/octet-stream" } });
    expect(real.status(), format).toBe(422);
    const realReport = ((await real.json()) as { report: { ok: boolean; issues: { message: string }[] } }).report;
    expect(realReport.issues, format).toEqual(dryReport.issues);
    expect(await db().processingActivity.count({ where: { companyId: target.id } }), format).toBe(0);
  }
});
