import type { LamportClock } from "./lamport.js";
import type { PhysicalClock } from "./clock.js";
import {
  type Body, type Envelope, type RoleName,
  bodyKind, buildEnvelope, decodeEnvelope, encodeEnvelope, roleOf,
} from "./codec.js";

/** Bytes that are not an envelope we can act on; answered with ERROR_CODE_MALFORMED. */
export class MalformedEnvelope extends Error {
  override name = "MalformedEnvelope";
}

export interface Sealed {
  bytes: Uint8Array;
  envelope: Envelope;
  kind: string;
}

export interface Opened {
  envelope: Envelope;
  kind: string;
  /** The sender's Lamport timestamp, before our merge. */
  remoteLamport: number;
}

/** The boot part of msg ids for a process started at `epochMs`: ms since the epoch in base 36. */
export function bootId(epochMs: number): string {
  return Math.floor(epochMs).toString(36);
}

/** Stamps outgoing envelopes and merges clocks from incoming ones. */
export class Envelopes {
  private sent = 0;

  /**
   * Message ids are `<id>-<boot>-<n>`: `boot` is the process start (ms since the epoch, base 36,
   * taken here; tests may fix it) so that a restarted process never reuses an id.
   */
  constructor(
    readonly id: string,
    readonly role: RoleName,
    readonly lamport: LamportClock,
    readonly clock: PhysicalClock,
    readonly boot: string = bootId(Date.now()),
  ) {}

  seal(body: Body, replyTo = ""): Sealed {
    this.sent += 1;
    const envelope = buildEnvelope(
      {
        msgId: `${this.id}-${this.boot}-${this.sent}`,
        sender: this.id,
        senderRole: roleOf(this.role),
        lamport: this.lamport.tick(),
        clockMs: Math.floor(this.clock.nowMs()),
        replyTo,
      },
      body,
    );
    return { bytes: encodeEnvelope(envelope), envelope, kind: bodyKind(envelope) as string };
  }

  /**
   * Decodes and merges the Lamport clock before anyone reads the body. `admit` may refuse the
   * envelope by throwing, after the decode and before anything changes (member authentication).
   */
  open(bytes: Uint8Array, admit?: (envelope: Envelope) => void): Opened {
    let envelope: Envelope;
    try {
      envelope = decodeEnvelope(bytes);
    } catch (err) {
      throw new MalformedEnvelope(`not an Envelope: ${(err as Error).message}`);
    }
    const kind = bodyKind(envelope);
    // The log pairs sends with receives by msg_id, and a body is the point of
    // a message: without them there is nothing to act on or to log.
    if (kind === undefined) throw new MalformedEnvelope("envelope has no body");
    if (envelope.msgId === "" || envelope.sender === "") {
      throw new MalformedEnvelope("envelope without msg_id or sender");
    }
    admit?.(envelope);
    const remoteLamport = envelope.lamport;
    this.lamport.receive(remoteLamport);
    return { envelope, kind, remoteLamport };
  }
}
