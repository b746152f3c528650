/**
 * The echo server: answers time requests (a Cristian round trip) and, with
 * --pub, pushes a notification to the requester's topic. --raw echoes frames
 * untouched, the baseline that shows what envelopes and logs cost.
 */
import { parseToolArgs } from "./args.js";
import { ErrorCode } from "../core/codec.js";
import { createProcessCore } from "../core/process.js";
import { PubSocket, RouterSocket, type RouterReceived } from "../core/transport.js";

const USAGE = `usage: node dist/tools/echo.js --router tcp://127.0.0.1:P [--pub tcp://127.0.0.1:Q] --id e1 [--raw] [--log FILE]`;

const args = parseToolArgs(
  {
    router: { type: "string" },
    pub: { type: "string" },
    id: { type: "string", default: "e1" },
    raw: { type: "boolean", default: false },
    log: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
  USAGE,
);

if (args.help || args.router === undefined) {
  console.log(USAGE);
  process.exit(args.help ? 0 : 2);
}

const core = createProcessCore(args.id, "server", args.log ?? null);
const router = await RouterSocket.listen(args.router, core);
const pub = args.pub === undefined ? null : await PubSocket.listen(args.pub, core);
let notified = 0;

async function answer(request: RouterReceived): Promise<void> {
  if (request.kind !== "time_request") {
    await router.reply(request, {
      errorReply: { code: ErrorCode.ERROR_CODE_UNKNOWN_KIND, message: `echo does not answer ${request.kind}` },
    }).sent;
    return;
  }
  const round = request.envelope.timeRequest?.round ?? 0;
  await router.reply(request, { timeReply: { round, clockUs: core.clock.nowUs() } }).sent;
  if (pub !== null) {
    notified += 1;
    const user = request.envelope.sender;
    await pub.publish(user, {
      notification: { user, position: { lamport: core.lamport.value, origin: core.id, seq: notified } },
    }).sent;
  }
}

const serving = args.raw ? router.serveRaw((frames) => router.sendRaw(frames).then(() => undefined)) : router.serve(answer);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  core.log.event("STOPPED", { signal });
  router.close();
  pub?.close();
  await serving;
  await core.log.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

core.log.event("STARTED", { router: router.endpoint, pub: pub?.endpoint ?? null, raw: args.raw });
console.log("READY");
