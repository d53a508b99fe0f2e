import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import { requestLocale } from "@/lib/i18n/request";
import { fieldErrorsFrom } from "@/lib/validation/messages";
import { requireCompanyAccess, requireUser, type CompanyAccess, type CurrentUser } from "./access";
import { errorResponse, validationTranslator } from "./errors";

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/**
 * Refuses state-changing requests sent by another site. Session cookies are
 * SameSite=Lax, but a cross-site form can still post text/plain; browsers mark
 * such requests with Sec-Fetch-Site or Origin.
 */
function assertSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") throw new AppError("FORBIDDEN");
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (new URL(origin).host !== host) throw new AppError("FORBIDDEN");
  }
}

/** Reads a JSON body with a size limit: a 10 MB paste is refused, not parsed. */
async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE");
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST");
  }
}

async function parseInput<S extends z.ZodType>(schema: S, request: Request, maxBytes: number): Promise<z.output<S>> {
  const body = await readJson(request, maxBytes);
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const translate = await validationTranslator(await requestLocale());
  throw new AppError("VALIDATION", undefined, fieldErrorsFrom(parsed.error, translate));
}

type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> } | undefined;

type RouteOptions<S extends z.ZodType | undefined> = { input?: S; maxBodyBytes?: number };

type HandlerContext<S, Ctx> = Ctx & {
  input: S extends z.ZodType ? z.output<S> : undefined;
  request: Request;
  params: Record<string, string>;
};

function stringParams(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) if (typeof value === "string") out[key] = value;
  return out;
}

function toResponse(result: unknown): Response {
  if (result instanceof Response) return result;
  return Response.json({ ok: true, data: result ?? null });
}

/**
 * The one pipeline every route handler goes through: same-origin check →
 * authenticate and load what the caller may act on (`resolve`) → parse the
 * input with its zod schema → run; any failure becomes a JSON error with its
 * status, in the caller's language.
 */
function guardedRoute<S extends z.ZodType | undefined, Ctx>(
  resolve: (params: Record<string, string>) => Promise<Ctx>,
  options: RouteOptions<S>,
  handler: (ctx: HandlerContext<S, Ctx>) => Promise<unknown>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const locale = await requestLocale();
    try {
      assertSameOrigin(request);
      // Routes without dynamic segments get no params.
      const params = stringParams((await context?.params) ?? {});
      const resolved = await resolve(params);
      const input = options.input ? await parseInput(options.input, request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) : undefined;
      return toResponse(await handler({ ...resolved, input: input as HandlerContext<S, Ctx>["input"], request, params }));
    } catch (error) {
      return errorResponse(error, locale, `${request.method} ${new URL(request.url).pathname}`);
    }
  };
}

/** Routes under /api/companies/[companyId]: the caller must hold `permission` in that company. */
export function companyRoute<S extends z.ZodType | undefined = undefined>(
  options: RouteOptions<S> & { permission: Permission },
  handler: (ctx: HandlerContext<S, CompanyAccess>) => Promise<unknown>,
) {
  return guardedRoute((params) => requireCompanyAccess(params.companyId ?? "", options.permission), options, handler);
}

/** Routes that need a signed-in user but no company. */
export function userRoute<S extends z.ZodType | undefined = undefined>(
  options: RouteOptions<S>,
  handler: (ctx: HandlerContext<S, { user: CurrentUser }>) => Promise<unknown>,
) {
  return guardedRoute(async () => ({ user: await requireUser() }), options, handler);
}

/**
 * Routes anyone may call (first-start setup). They still get the origin
 * check, the size limit and parsing; `precondition` runs before parsing.
 */
export function publicRoute<S extends z.ZodType | undefined = undefined>(
  options: RouteOptions<S> & { precondition?: () => Promise<void> },
  handler: (ctx: HandlerContext<S, object>) => Promise<unknown>,
) {
  return guardedRoute(async () => {
    await options.precondition?.();
    return {};
  }, options, handler);
}
