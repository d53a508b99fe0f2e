import { get } from "react-hook-form";

/** The message of the error at a dotted path ("subProcessors.0.name") of react-hook-form's error tree, if any. */
export function errorMessageAt(errors: unknown, path: string): string | undefined {
  const node: unknown = get(errors, path);
  const message: unknown = typeof node === "object" && node !== null && "message" in node ? node.message : undefined;
  return typeof message === "string" ? message : undefined;
}
