import { cpus } from "node:os";

/** Date, Node version and machine, printed above every benchmark table. */
export function machine(): string {
  const cpu = cpus();
  return `Date: ${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpu[0]?.model ?? "unknown CPU"} × ${cpu.length} cores`;
}

/** Runs `fn` `runs` times (after one warm-up) and returns latency percentiles in milliseconds. */
export async function timeIt(runs: number, fn: () => unknown): Promise<{ p50: number; p95: number }> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

/** p50 and p95 of samples in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/** "2.31x better" style ratio of ours against a reference, for a metric where higher or lower is better. */
export function ratio(ours: number, reference: number, better: "higher" | "lower"): string {
  if (!(ours > 0) || !(reference > 0)) return "n/a";
  const factor = better === "higher" ? ours / reference : reference / ours;
  return factor >= 1 ? `${factor.toFixed(2)}x better` : `${(1 / factor).toFixed(2)}x worse`;
}

/** A Markdown table. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
