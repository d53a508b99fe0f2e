import { AppError } from "@/lib/errors";
import { CATALOG_SCHEMAS, isCatalogKind, type CatalogKind } from "@/lib/register/catalog-schemas";
import { createCatalogEntry, listCatalog } from "@/lib/server/catalogs";
import { companyRoute } from "@/lib/server/route";

type Context = { params: Promise<{ companyId: string; kind: string }> };

// One guarded route per catalog, each with its own input schema; the URL's kind picks it.
const list = (kind: CatalogKind) => companyRoute({ permission: "register.read" }, (access) => listCatalog(access, kind));

const create = <K extends CatalogKind>(kind: K) =>
  companyRoute({ permission: "register.write", input: CATALOG_SCHEMAS[kind].create }, ({ input, ...access }) => createCatalogEntry(access, kind, input));

// An unknown kind is answered like any missing thing: a JSON 404 through the same pipeline.
const unknownKind = companyRoute({ permission: "register.read" }, () => Promise.reject(new AppError("NOT_FOUND")));

export async function GET(request: Request, context: Context): Promise<Response> {
  const { kind } = await context.params;
  return (isCatalogKind(kind) ? list(kind) : unknownKind)(request, context);
}

export async function POST(request: Request, context: Context): Promise<Response> {
  const { kind } = await context.params;
  return (isCatalogKind(kind) ? create(kind) : unknownKind)(request, context);
}
