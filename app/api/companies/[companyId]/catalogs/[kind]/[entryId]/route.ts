import { AppError } from "@/lib/errors";
import { CATALOG_SCHEMAS, isCatalogKind, type CatalogKind } from "@/lib/register/catalog-schemas";
import { deleteCatalogEntry, updateCatalogEntry } from "@/lib/server/catalogs";
import { companyRoute } from "@/lib/server/route";

type Context = { params: Promise<{ companyId: string; kind: string; entryId: string }> };

// One guarded route per catalog, each with its own input schema; the URL's kind picks it.
const update = <K extends CatalogKind>(kind: K) =>
  companyRoute({ permission: "register.write", input: CATALOG_SCHEMAS[kind].update }, ({ input, params, ...access }) =>
    updateCatalogEntry(access, kind, params.entryId ?? "", input.version, input),
  );

const remove = (kind: CatalogKind) =>
  companyRoute({ permission: "register.write" }, ({ params, ...access }) => deleteCatalogEntry(access, kind, params.entryId ?? ""));

const unknownKind = companyRoute({ permission: "register.write" }, () => Promise.reject(new AppError("NOT_FOUND")));

export async function PUT(request: Request, context: Context): Promise<Response> {
  const { kind } = await context.params;
  return (isCatalogKind(kind) ? update(kind) : unknownKind)(request, context);
}

export async function DELETE(request: Request, context: Context): Promise<Response> {
  const { kind } = await context.params;
  return (isCatalogKind(kind) ? remove(kind) : unknownKind)(request, context);
}
