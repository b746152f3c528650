import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";

/** The repository root, found from this file (src/ or dist/), not from the cwd. */
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export function repoPath(relative: string): string {
  return ROOT + relative;
}

export function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(repoPath(relative), "utf8")) as T;
}

/** A JSON-lines log file, parsed. */
export function readLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Validator for proto/log-line.schema.json: returns the errors of one line, or []. */
export function logLineValidator(): (line: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(readJson<object>("proto/log-line.schema.json"));
  return (line) => (validate(line) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

/** Polls until `done()` holds, or fails after `ms`. */
export async function until(done: () => boolean, ms = 3000, what = "condition"): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
