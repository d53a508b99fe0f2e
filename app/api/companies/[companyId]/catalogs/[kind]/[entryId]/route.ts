import { AppError } from "@/lib/errors";
import { CATALOG_KINDS, CATALOG_SCHEMAS, isCatalogKind, type CatalogKind, type CatalogValues } from "@/lib/register/catalog-schemas";
import { deleteCatalogEntry, updateCatalogEntry } from "@/lib/server/catalogs";
import { companyRoute } from "@/lib/server/route";

type Context = { params: Promise<{ companyId: string; kind: string; entryId: string }> };

const put = Object.fromEntries(
  CATALOG_KINDS.map((kind) => [
    kind,
    companyRoute({ permission: "register.write", input: CATALOG_SCHEMAS[kind].update }, ({ input, params, ...access }) =>
      updateCatalogEntry(access, kind, params.entryId ?? "", input.version, input as CatalogValues[typeof kind]),
    ),
  ]),
) as Record<CatalogKind, ReturnType<typeof companyRoute>>;

const del = Object.fromEntries(
  CATALOG_KINDS.map((kind) => [
    kind,
    companyRoute({ permission: "register.write" }, ({ params, ...access }) => deleteCatalogEntry(access, kind, params.entryId ?? "")),
  ]),
) as Record<CatalogKind, ReturnType<typeof companyRoute>>;

const unknownKind = companyRoute({ permission: "register.write" }, () => Promise.reject(new AppError("NOT_FOUND")));

export async function PUT(request: Request, context: Context): Promise<Response> {
  const { kind } = await context.params;
  return (isCatalogKind(kind) ? put[kind] : unknownKind)(request, context);
}

export async function DELETE(request: Request, context: Context): Promise<Response> {
  const { kind } = await context.params;
  return (isCatalogKind(kind) ? del[kind] : unknownKind)(request, context);
}
