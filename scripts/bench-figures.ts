/**
 * Issue 12's figures, collected across the benches of one `npm run bench` and printed together
 * at its end, each beside its reference (measured in the same run, or the target where the
 * figure has no other reference) with the ratio. A bench calls `reportFigure`; scripts/bench.ts
 * gives every bench the file (BENCH_FIGURES_FILE) and prints the table. Run alone, a bench
 * prints its own figures and reports nothing.
 */
import fs from "node:fs";

export type Figure = {
  /** What was measured. */
  name: string;
  value: number;
  unit: string;
  /** What it is compared with, and its value in the same unit. */
  referenceName: string;
  reference: number;
  /** The target, in words ("ratio ≤ 3×"), and whether this run met it. */
  target: string;
  met: boolean;
};

export function reportFigure(figure: Figure): void {
  const file = process.env.BENCH_FIGURES_FILE;
  if (file) fs.appendFileSync(file, `${JSON.stringify(figure)}\n`);
}

export function readFigures(file: string): Figure[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Figure);
}

const number = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1));

export function figuresTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${number(f.value)} ${f.unit}`,
    `${number(f.reference)} ${f.unit} (${f.referenceName})`,
    f.reference === 0 ? "–" : `${(f.value / f.reference).toFixed(2)}×`,
    f.target,
    f.met ? "met" : "NOT met",
  ]);
  const head = ["figure", "measured", "reference", "ratio", "target", ""];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const format = (r: string[]) => r.map((cell, i) => (i === 1 || i === 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  return [format(head), ...rows.map(format)].join("\n");
}
