import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import { requestLocale } from "@/lib/i18n/request";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsFrom, type MessageRef } from "@/lib/validation/messages";
import { findUnstorable, UNSTORABLE_MESSAGE, type Unstorable } from "@/lib/validation/storable";
import { requireCompanyAccess, requireUser, type CompanyAccess, type CurrentUser } from "./access";
import { errorResponse, validationTranslator } from "./errors";
import { appOrigin } from "./origin";

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/**
 * Refuses state-changing requests sent by another site. Session cookies are
 * SameSite=Lax, but a cross-site form can still post text/plain; browsers mark
 * such requests with Sec-Fetch-Site or Origin. The Origin must be the app's own —
 * scheme, host and port (lib/server/origin.ts); `Origin: null` (sandboxed frames,
 * some redirects) is never ours.
 */
function assertSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") throw new AppError("FORBIDDEN");
  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (!URL.canParse(origin) || new URL(origin).origin !== appOrigin(request.headers)) throw new AppError("FORBIDDEN");
}

/** A JSON route takes JSON: a form post or a text/plain body is refused before it is read. */
function assertJson(request: Request): void {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
}

/** Field errors for what PostgreSQL cannot store (lib/validation/storable.ts), keyed like zod's paths. */
async function unstorableErrors(found: Unstorable[], key: (path: (string | number)[]) => string): Promise<FieldErrors> {
  const translate: (ref: MessageRef) => string = await validationTranslator(await requestLocale());
  const errors: FieldErrors = {};
  for (const { path, problem } of found) (errors[key(path)] ??= []).push(translate(UNSTORABLE_MESSAGE[problem]));
  return errors;
}

/**
 * Path segments and query parameters, before anything reads them: text PostgreSQL cannot
 * store is a 400 naming the parameter, never a database error.
 */
async function assertStorableUrl(request: Request, params: Record<string, string | string[] | undefined>): Promise<void> {
  const query: Record<string, string> = {};
  for (const [name, value] of new URL(request.url).searchParams) query[name] = value;
  const found = [...findUnstorable(params), ...findUnstorable(query)];
  if (found.length > 0) throw new AppError("BAD_REQUEST", undefined, await unstorableErrors(found, (path) => String(path[0] ?? "_form")));
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
  assertJson(request);
  const body = await readJson(request, maxBytes);
  const unstorable = findUnstorable(body);
  if (unstorable.length > 0) {
    throw new AppError("VALIDATION", undefined, await unstorableErrors(unstorable, (path) => path.map(String).join(".") || "_form"));
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const translate = await validationTranslator(await requestLocale());
  throw new AppError("VALIDATION", undefined, fieldErrorsFrom(parsed.error, translate));
}

type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> } | undefined;

/**
 * A path parameter: a company or entry id, a catalog kind, a format, a token — never empty
 * and never long. Routes may pass a stricter schema (`params`), e.g. an enum of formats.
 */
const PATH_SEGMENT = z.string().min(1).max(200);
const DEFAULT_PARAMS = z.record(z.string(), PATH_SEGMENT);

type RouteOptions<S extends z.ZodType | undefined> = {
  input?: S;
  maxBodyBytes?: number;
  /** Parses the path parameters; one that does not parse answers 404 (the path names nothing). */
  params?: z.ZodType<Record<string, string>>;
};

type HandlerContext<S, Ctx> = Ctx & {
  input: S extends z.ZodType ? z.output<S> : undefined;
  request: Request;
  params: Record<string, string>;
};

async function parseParams(raw: Record<string, string | string[] | undefined>, schema: z.ZodType<Record<string, string>> | undefined): Promise<Record<string, string>> {
  const parsed = (schema ?? DEFAULT_PARAMS).safeParse(raw);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  return parsed.data;
}

function toResponse(result: unknown): Response {
  if (result instanceof Response) return result;
  return Response.json({ ok: true, data: result ?? null });
}

/**
 * The one pipeline every route handler goes through: same-origin check →
 * path and query storable, path parameters parsed with zod → authenticate and
 * load what the caller may act on (`resolve`) → JSON only, body storable and
 * parsed with its zod schema → run; any failure becomes a JSON error with its
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
      const raw = (await context?.params) ?? {};
      await assertStorableUrl(request, raw);
      const params = await parseParams(raw, options.params);
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
