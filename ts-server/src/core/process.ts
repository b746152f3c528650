import { LamportClock } from "./lamport.js";
import { PhysicalClock } from "./clock.js";
import { Envelopes } from "./envelope.js";
import { ProcessLog } from "./log.js";
import type { RoleName } from "./codec.js";
import type { Core } from "./transport.js";

/** The clocks, stamp and log one process shares across all its sockets. */
export interface ProcessCore extends Core {
  id: string;
  lamport: LamportClock;
  clock: PhysicalClock;
}

export function createProcessCore(id: string, role: RoleName, logFile: string | null, clock = new PhysicalClock()): ProcessCore {
  const lamport = new LamportClock();
  return {
    id,
    lamport,
    clock,
    envelopes: new Envelopes(id, role, lamport, clock),
    log: new ProcessLog({ file: logFile, proc: id, role, lamport, clock }),
  };
}
