import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFile } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { freePort } from "../test-support/ports.js";

const tool = (name: string): string => fileURLToPath(new URL(`./${name}.js`, import.meta.url));


const PING_KEYS = [
  "id", "count", "pipeline", "raw", "elapsed_s", "throughput_per_s", "rtt_p50_us", "rtt_p99_us", "notifications", "lamport",
];

for (const raw of [false, true]) {
  test(`ping against echo${raw ? " --raw" : " with notifications"}`, { timeout: 20_000 }, async (t) => {
    const [routerPort, pubPort] = [await freePort(), await freePort()];
    const echoArgs = ["--router", `tcp://127.0.0.1:${routerPort}`, "--pub", `tcp://127.0.0.1:${pubPort}`, "--id", "e1"];
    const echo = spawn(process.execPath, [tool("echo"), ...echoArgs, ...(raw ? ["--raw"] : [])]);
    t.after(() => echo.kill("SIGKILL"));
    const [ready] = (await once(echo.stdout, "data")) as [Buffer];
    assert.equal(ready.toString().trim(), "READY");

    const pingArgs = ["--connect", `tcp://127.0.0.1:${routerPort}`, "--id", "alice", "--count", "200", "--pipeline", "10"];
    const extra = raw ? ["--raw", "--size", "64"] : ["--sub", `tcp://127.0.0.1:${pubPort}`];
    const { stdout } = await promisify(execFile)(process.execPath, [tool("ping"), ...pingArgs, ...extra]);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(report), PING_KEYS);
    assert.equal(report.count, 200);
    assert.equal(report.raw, raw);
    assert.equal(report.notifications, raw ? 0 : 200);

    echo.kill("SIGTERM");
    const [code] = (await once(echo, "exit")) as [number | null];
    assert.equal(code, 0, "echo exits cleanly on SIGTERM");
  });
}
