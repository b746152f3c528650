/**
 * Shared pieces of the fast-check fuzz properties. `make test` runs each with
 * a few hundred cases; `make fuzz` sets FUZZ_RUNS to run long campaigns, and
 * FUZZ_SEED replays a failure that fast-check printed.
 */
import fc from "fast-check";

/** numRuns for a fuzz property: `base` in the normal suite, FUZZ_RUNS when set. */
export function fuzzParameters(base: number): fc.Parameters<unknown> {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  return {
    numRuns: Number.isSafeInteger(runs) && runs > 0 ? runs : base,
    ...(Number.isSafeInteger(seed) && { seed }),
    // Long campaigns print progress-free; a failure still prints its seed and path.
    endOnFailure: true,
  };
}

/** Strings a handler must survive: empty, huge, unicode, control bytes, and arbitrary ones. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", " ", "\u0000", "🙂".repeat(3), "a".repeat(300), "x".repeat(70_000), "../../etc", "%s%n", "null"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** A protobuf varint: for hand-built frames with arbitrary tags and lengths. */
export function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}
