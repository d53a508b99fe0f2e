/**
 * The Art. 30 PDF in a process of its own (docs/decisions/023-pdf-in-a-worker-process.md).
 * Reads one job as JSON on stdin, writes the PDF to stdout and exits: 0 when the last
 * byte is written, 1 with the reason on stderr when the layout failed. The app server
 * kills this process when the download is aborted, which stops the layout at once.
 */
import { text } from "node:stream/consumers";
import { createRegisterPdf } from "./register-pdf";
import { jobOptions, pdfJobSchema } from "./worker-job";

async function main(): Promise<void> {
  const job = pdfJobSchema.parse(JSON.parse(await text(process.stdin)));
  const { stream, done } = createRegisterPdf(jobOptions(job));
  stream.pipe(process.stdout);
  await Promise.all([done, new Promise<void>((resolve, reject) => process.stdout.once("finish", resolve).once("error", reject))]);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
