import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node's own parser; a bad flag prints the usage instead of a stack trace. */
export function parseToolArgs<O extends Options>(options: O, usage: string) {
  try {
    return parseArgs({ options, strict: true }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
}
