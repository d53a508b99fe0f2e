import { describe, expect, it } from "vitest";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { fullRegisterSnapshot, largeRegisterSnapshot } from "@/test/export/full-register";
import { pdfText, recordedValues, requirePoppler, squeeze } from "@/test/export/poppler";
import { busyPdfWorkers, pdfFromWorker, pdfWorkerProcesses } from "./pdf-worker";

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
    const { body, ended } = pdfFromWorker({ snapshot, language: "nb", generatedAt, revision: 7, governance });
    const pdf = await readAll(body);
    expect((await ended).ended).toBe("done");
    const text = squeeze(pdfText(pdf));
    expect(recordedValues(snapshot, "nb").filter((value) => !text.includes(squeeze(value)))).toEqual([]);
    expect(text).toContain(registerFingerprint(snapshot));
    expect(text).toContain(squeeze("Protokollens revisjon 7"));
    expect(text).toContain(squeeze("Kari Nordmann"));
    expect(busyPdfWorkers()).toBe(0);
  });

  it("lays out one register after another in the same worker process, the same bytes each time", { timeout: 120_000 }, async () => {
    const options = { snapshot: largeRegisterSnapshot(20), language: "en" as const, generatedAt };
    const first = pdfFromWorker(options);
    const firstPdf = await readAll(first.body);
    const second = pdfFromWorker(options);
    const secondPdf = await readAll(second.body);
    const [firstOutcome, secondOutcome] = await Promise.all([first.ended, second.ended]);
    if (firstOutcome.ended !== "done" || secondOutcome.ended !== "done") throw new Error("both PDFs are finished");
    // The second download found the worker waiting, its code and fonts loaded.
    expect(secondOutcome.startedForIt).toBe(false);
    expect(secondOutcome.figures.processStartedAt).toBe(firstOutcome.figures.processStartedAt);
    expect(secondOutcome.figures.jobs).toBe(firstOutcome.figures.jobs + 1);
    expect(secondPdf.equals(firstPdf)).toBe(true);
    expect(pdfWorkerProcesses()).toBeGreaterThan(0);
  });

  it("kills the worker when the download is cancelled, before the PDF is finished", { timeout: 120_000 }, async () => {
    const { body, ended } = pdfFromWorker({ snapshot: largeRegisterSnapshot(500), language: "en", generatedAt });
    const reader = body.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(busyPdfWorkers()).toBe(1);
    const cancelledAt = performance.now();
    await reader.cancel();
    // Killed, well before a 500-activity layout could have finished.
    expect(await ended).toEqual({ ended: "killed" });
    expect(performance.now() - cancelledAt).toBeLessThan(2_000);
    expect(busyPdfWorkers()).toBe(0);
    // A worker started in its place makes the next PDF.
    const next = pdfFromWorker({ snapshot: fullRegisterSnapshot(), language: "en", generatedAt });
    expect((await readAll(next.body)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((await next.ended).ended).toBe("done");
  });

  it("kills the worker when the request is aborted, and a download still waiting for a slot never starts one", { timeout: 120_000 }, async () => {
    const controller = new AbortController();
    const snapshot = largeRegisterSnapshot(300);
    // Two workers at most (PROTOKOLL_PDF_WORKERS): the third waits.
    const jobs = [0, 1, 2].map(() => pdfFromWorker({ snapshot, language: "en", generatedAt }, controller.signal));
    await jobs[0]?.body.getReader().read();
    expect(busyPdfWorkers()).toBe(2);
    controller.abort();
    expect(await Promise.all(jobs.map((job) => job.ended))).toEqual([{ ended: "killed" }, { ended: "killed" }, { ended: "not started" }]);
    expect(busyPdfWorkers()).toBe(0);
  });

  it("breaks the download when the layout fails, instead of ending a truncated file", { timeout: 60_000 }, async () => {
    const broken = { ...fullRegisterSnapshot(), company: undefined } as unknown as RegisterSnapshot;
    const { body, ended } = pdfFromWorker({ snapshot: broken, language: "en", generatedAt });
    await expect(readAll(body)).rejects.toThrow(/PDF worker failed/);
    expect(await ended).toEqual({ ended: "failed" });
  });
});
