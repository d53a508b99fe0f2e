/**
 * The label a user sees for a form field, read from the page: the field's <label>, or
 * the legend of the fieldset that carries the path as its id (texts per language, legal
 * references), prefixed by its row ("Retention rule 1: Duration") when it sits in a
 * repeated group. Used for error summaries, which must never show a field path.
 */
export function visibleFieldLabel(id: string): string | null {
  if (typeof document === "undefined") return null;
  const element = document.getElementById(id) ?? document.querySelector(`[id^="${CSS.escape(id)}."]`);
  if (!element) return null;
  const label = ownLabel(element);
  if (!label) return null;
  const row = element.parentElement?.closest('[role="group"][aria-label]')?.getAttribute("aria-label");
  return row && row !== label ? `${row}: ${label}` : label;
}

function ownLabel(element: Element): string | null {
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() || null;
  if (element instanceof HTMLFieldSetElement) return text(element.querySelector("legend"));
  const labels = "labels" in element ? (element as HTMLInputElement).labels : null;
  if (labels && labels.length > 0) return text(labels[0]);
  const labelledBy = element.getAttribute("aria-labelledby");
  if (labelledBy) return text(document.getElementById(labelledBy.split(" ")[0]!));
  return element.getAttribute("aria-label") ?? text(element.closest("fieldset")?.querySelector("legend"));
}

/** The section heading around a field, for a path with no field of its own (a list as a whole). */
export function sectionTitle(id: string): string | null {
  if (typeof document === "undefined") return null;
  const element = document.getElementById(id);
  const section = element?.closest("section[aria-labelledby]");
  const heading = section ? document.getElementById(section.getAttribute("aria-labelledby") ?? "") : null;
  return heading?.textContent?.trim() || null;
}
