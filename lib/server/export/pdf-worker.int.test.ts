import { describe, expect, it } from "vitest";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { fullRegisterSnapshot, largeRegisterSnapshot } from "@/test/export/full-register";
import { pdfText, recordedValues, requirePoppler, squeeze } from "@/test/export/poppler";
import { pdfFromWorker, runningPdfWorkers } from "./pdf-worker";

const generatedAt = new Date("2026-03-02T10:00:00.000Z");

async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(body).arrayBuffer());
}

describe("the Art. 30 PDF from the worker process", () => {
  it("reads back every recorded value of a multi-activity register, with its governance rows", { timeout: 120_000 }, async () => {
    requirePoppler();
    const snapshot = fullRegisterSnapshot();
    const [first] = snapshot.activities;
    if (!first) throw new Error("the full register has activities");
    const governance = new Map([[first.id, { owner: "Kari Nordmann", lastReviewedOn: null, reviewedBy: null, nextReviewOn: null, acceptedRisks: [] }]]);
    const { body, exited } = pdfFromWorker({ snapshot, language: "nb", generatedAt, revision: 7, governance });
    const pdf = await readAll(body);
    expect(await exited).toBe(0);
    const text = squeeze(pdfText(pdf));
    expect(recordedValues(snapshot, "nb").filter((value) => !text.includes(squeeze(value)))).toEqual([]);
    expect(text).toContain(registerFingerprint(snapshot));
    expect(text).toContain(squeeze("Protokollens revisjon 7"));
    expect(text).toContain(squeeze("Kari Nordmann"));
    expect(runningPdfWorkers()).toBe(0);
  });

  it("kills the worker when the download is cancelled, before the PDF is finished", { timeout: 120_000 }, async () => {
    const { body, exited } = pdfFromWorker({ snapshot: largeRegisterSnapshot(500), language: "en", generatedAt });
    const reader = body.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(runningPdfWorkers()).toBe(1);
    const cancelledAt = performance.now();
    await reader.cancel();
    // Killed: no exit code, and well before a 500-activity layout could have finished.
    expect(await exited).toBeNull();
    expect(performance.now() - cancelledAt).toBeLessThan(2_000);
    expect(runningPdfWorkers()).toBe(0);
  });

  it("kills the worker when the request is aborted, and a download still waiting for a slot never starts one", { timeout: 120_000 }, async () => {
    const controller = new AbortController();
    const snapshot = largeRegisterSnapshot(300);
    // Two workers at most (PROTOKOLL_PDF_WORKERS): the third waits.
    const jobs = [0, 1, 2].map(() => pdfFromWorker({ snapshot, language: "en", generatedAt }, controller.signal));
    await jobs[0]?.body.getReader().read();
    expect(runningPdfWorkers()).toBe(2);
    controller.abort();
    expect(await Promise.all(jobs.map((job) => job.exited))).toEqual([null, null, null]);
    expect(runningPdfWorkers()).toBe(0);
  });

  it("breaks the download when the layout fails, instead of ending a truncated file", { timeout: 60_000 }, async () => {
    const broken = { ...fullRegisterSnapshot(), company: undefined } as unknown as RegisterSnapshot;
    const { body, exited } = pdfFromWorker({ snapshot: broken, language: "en", generatedAt });
    await expect(readAll(body)).rejects.toThrow(/PDF worker failed/);
    expect(await exited).toBe(1);
  });
});
