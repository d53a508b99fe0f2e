import { describe, expect, it } from "vitest";
import { FRAME, frame, frameReader } from "./worker-frames";

describe("frames between the app server and a PDF worker", () => {
  it("come out whole and in order however the pipe cuts the bytes", () => {
    const sent: [number, string][] = [
      [FRAME.job, JSON.stringify({ name: "Lønn og personal", text: "x".repeat(200_000) })],
      [FRAME.data, "%PDF-1.3"],
      [FRAME.done, ""],
      [FRAME.failed, "layout failed"],
    ];
    const bytes = Buffer.concat(sent.map(([kind, payload]) => frame(kind as (typeof FRAME)[keyof typeof FRAME], payload)));
    for (const size of [1, 7, 65_536, bytes.byteLength]) {
      const received: [number, string][] = [];
      const read = frameReader((kind, payload) => received.push([kind, payload.toString("utf8")]));
      for (let at = 0; at < bytes.byteLength; at += size) read(bytes.subarray(at, at + size));
      expect(received).toEqual(sent);
    }
  });
});
