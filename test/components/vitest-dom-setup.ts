import { afterEach, vi } from "vitest";

// Component tests run in jsdom (a `@vitest-environment jsdom` line at the top of the file);
// plain unit tests have no document and skip this. Testing Library unmounts after each test
// only where a test framework exposes globals, so do it here. Rendering a whole editor in
// jsdom takes seconds on a busy machine: give DOM tests more than the default 5 s.
if (typeof document !== "undefined") {
  const { cleanup } = await import("@testing-library/react");
  afterEach(() => cleanup());
  vi.setConfig({ testTimeout: 30_000 });
}
