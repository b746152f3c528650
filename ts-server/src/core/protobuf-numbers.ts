/**
 * Imported before the generated code, and only by codec.ts.
 *
 * protobufjs uses long.js whenever it is installed, even with --force-number:
 * decode() then returns Long objects for uint64/int64, and the generated
 * prototypes capture a Long default at load time. Our 64-bit values (Lamport
 * counters, milliseconds, microseconds) stay below 2^53, so plain numbers are
 * exact. This must run before socialnet.js is evaluated, hence its own module.
 */
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
