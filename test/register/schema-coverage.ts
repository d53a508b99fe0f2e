import { z } from "zod";

type JsonSchemaNode = { type?: unknown; properties?: Record<string, JsonSchemaNode>; items?: JsonSchemaNode; anyOf?: JsonSchemaNode[] };

function schemaPaths(node: JsonSchemaNode, path: string, out: Set<string>): Set<string> {
  for (const branch of node.anyOf ?? []) schemaPaths(branch, path, out);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    out.add(`${path}.${key}`);
    schemaPaths(child, `${path}.${key}`, out);
  }
  if (node.items) schemaPaths(node.items, `${path}[]`, out);
  return out;
}

function filledPaths(value: unknown, path: string, out: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) filledPaths(item, `${path}[]`, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (child === null || (Array.isArray(child) && child.length === 0)) continue;
      out.add(`${path}.${key}`);
      filledPaths(child, `${path}.${key}`, out);
    }
  }
  return out;
}

/**
 * The fields of `schema` (as paths like ".activities[].adm.logic") that hold
 * no value anywhere in `value`: null everywhere, or inside lists that are
 * always empty. A fixture that leaves a field empty cannot show that the field
 * survives a round trip or an upgrade.
 */
export function unfilledFields(schema: z.ZodType, value: unknown): string[] {
  const all = schemaPaths(z.toJSONSchema(schema) as JsonSchemaNode, "", new Set());
  const filled = filledPaths(value, "", new Set());
  return [...all].filter((path) => !filled.has(path)).sort();
}
