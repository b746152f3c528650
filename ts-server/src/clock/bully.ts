/**
 * The Bully election (Garcia-Molina) as a pure state machine: every input
 * carries the current time in milliseconds and returns the messages to send
 * and the events to log. No sockets or timers: the driver calls tick() often
 * enough and translates sends into envelopes. The rules are
 * docs/algorithms.md; the Go twin is go-clock/internal/bully and both replay
 * proto/testdata/bully.json.
 */

export type Phase = "idle" | "electing" | "waiting";
export type BullyBody = "election" | "answer" | "coordinator";

export interface BullyConfig {
  answerTimeoutMs: number;
  coordinatorTimeoutMs: number;
  failureTimeoutMs: number;
  /**
   * An idle coordinator repeats its Coordinator to every member this often. Without it two
   * coordinators that no election met (one per side of a healed partition) would both stay
   * coordinator for good, since Bully sends nothing once an election is over. Absent or 0 takes
   * failureTimeoutMs; negative switches it off.
   */
  announceMs?: number;
}

/** A received message. term is only meaningful for a coordinator. */
export interface BullyMsg {
  body: BullyBody;
  rank: number;
  term?: number;
}

/** A message to send. rank is always the sender's own. */
export interface BullySend {
  to: string;
  body: BullyBody;
  rank: number;
  term?: number;
}

export interface BullyEvent {
  name: string;
  [field: string]: unknown;
}

export interface BullyOutput {
  send: BullySend[];
  events: BullyEvent[];
}

export const BULLY_ELECTION_STARTED = "BULLY_ELECTION_STARTED";
export const BULLY_ANSWERED = "BULLY_ANSWERED";
export const BULLY_COORDINATOR = "BULLY_COORDINATOR";
export const BULLY_COORDINATOR_ACCEPTED = "BULLY_COORDINATOR_ACCEPTED";
export const BULLY_COORDINATOR_SILENT = "BULLY_COORDINATOR_SILENT";

/**
 * One member's view of the election.
 *
 * Invariant: while an election runs (electing or waiting) coordinator is "",
 * and once it ends (won or accepted) phase is idle with a coordinator. Idle
 * without a coordinator therefore only happens before the first input that
 * starts anything, and then ticks and membership changes do nothing.
 */
export class BullyElection {
  private ranks: Map<string, number>;
  private currentPhase: Phase = "idle";
  private coordinatorId = "";
  private coordinatorRank = 0;
  private currentTerm = 0;
  private deadline = 0;
  private lastHeard = 0;
  private lastAnnounce = 0;
  private readonly announceMs: number;

  /** ranks maps every member id to its rank; self is added if missing. */
  constructor(
    private readonly self: string,
    private readonly rank: number,
    private readonly config: BullyConfig,
    ranks: Record<string, number> | Map<string, number>,
  ) {
    this.ranks = this.withSelf(ranks);
    this.announceMs = config.announceMs || config.failureTimeoutMs;
  }

  get phase(): Phase {
    return this.currentPhase;
  }

  /** The coordinator's id, "" when none is known. */
  get coordinator(): string {
    return this.coordinatorId;
  }

  /** The highest term seen (or won). */
  get term(): number {
    return this.currentTerm;
  }

  get isCoordinator(): boolean {
    return this.coordinatorId === this.self;
  }

  /** Begins the first election. */
  start(now: number): BullyOutput {
    const out = output();
    this.startElection(now, "start", out);
    return out;
  }

  /** Fires whichever deadline has passed. */
  tick(now: number): BullyOutput {
    const out = output();
    if (this.currentPhase === "electing" && now >= this.deadline) {
      this.win(now, out); // nobody higher is alive
    } else if (this.currentPhase === "waiting" && now >= this.deadline) {
      this.startElection(now, "no coordinator after answer", out); // the answerer died before announcing
    } else if (
      this.currentPhase === "idle" &&
      this.coordinatorId !== "" &&
      this.coordinatorId !== this.self &&
      now - this.lastHeard > this.config.failureTimeoutMs
    ) {
      out.events.push({ name: BULLY_COORDINATOR_SILENT, coordinator: this.coordinatorId, silent_ms: now - this.lastHeard });
      this.startElection(now, "coordinator silent", out);
    } else if (
      this.currentPhase === "idle" && this.coordinatorId === this.self && this.announceMs > 0 && now - this.lastAnnounce >= this.announceMs
    ) {
      // A rival coordinator of lower rank accepts this; one of higher rank bullies us (it starts an
      // election it wins). No term change, no event.
      this.announce(now, out);
    }
    return out;
  }

  /**
   * Handles an election, answer or coordinator from a member. Ranks are taken
   * from the message, not the member list, which may lag behind.
   */
  receive(now: number, from: string, msg: BullyMsg): BullyOutput {
    const out = output();
    switch (msg.body) {
      case "election":
        if (msg.rank >= this.rank) break; // only lower ranks send us Election: a stale member list
        out.send.push({ to: from, body: "answer", rank: this.rank });
        out.events.push({ name: BULLY_ANSWERED, to: from, rank: msg.rank });
        if (this.currentPhase !== "idle") {
          // Our own election already covers everyone above us.
        } else if (this.coordinatorId === this.self) {
          // The sender missed our announcement (it joined, or lost it): repeat it to it alone.
          out.send.push({ to: from, body: "coordinator", rank: this.rank, term: this.currentTerm });
        } else {
          this.startElection(now, `election from ${from}`, out);
        }
        break;
      case "answer":
        // Only the first answer of an election counts: a duplicate must not push the
        // deadline back, and a late one (after we won or accepted) changes nothing,
        // since the answerer runs its own election and will announce itself.
        if (this.currentPhase === "electing" && msg.rank > this.rank) {
          this.currentPhase = "waiting";
          this.deadline = now + this.config.coordinatorTimeoutMs;
        }
        break;
      case "coordinator":
        // Even when bullying, so that our own win gets a larger term.
        this.currentTerm = Math.max(this.currentTerm, msg.term ?? 0);
        if (msg.rank <= this.rank) {
          this.startElection(now, `outranked announcement from ${from}`, out);
          if (!this.ranks.has(from) && this.coordinatorId === this.self) {
            // Our win went to our members only: the sender is not one (we removed it while it was
            // cut off), yet it must stand down.
            out.send.push({ to: from, body: "coordinator", rank: this.rank, term: this.currentTerm });
          }
        } else if (
          this.currentPhase === "idle" &&
          this.coordinatorId !== "" &&
          this.coordinatorId !== from &&
          this.coordinatorRank > msg.rank
        ) {
          // A late announcement, overtaken by a higher coordinator's. Adopting it would
          // stick: heard() refreshes on any traffic from the stale one. If ours is really
          // dead, its silence starts an election soon anyway.
        } else if (this.currentPhase === "idle" && this.coordinatorId === from) {
          this.lastHeard = now; // duplicate
        } else {
          this.currentPhase = "idle";
          this.coordinatorId = from;
          this.coordinatorRank = msg.rank;
          this.lastHeard = now;
          out.events.push({ name: BULLY_COORDINATOR_ACCEPTED, coordinator: from, rank: msg.rank, term: this.currentTerm });
        }
        break;
    }
    return out;
  }

  /** Any message from a member: only the coordinator's counts as a sign of life. */
  heard(now: number, from: string): BullyOutput {
    if (from === this.coordinatorId && from !== this.self) this.lastHeard = now;
    return output();
  }

  /**
   * Installs a new member list (id -> rank; self is added if missing). Only an
   * idle member with a coordinator reacts; during an election the deadlines
   * already cope with members that come and go.
   */
  setMembers(now: number, ranks: Record<string, number> | Map<string, number>): BullyOutput {
    const out = output();
    // A list without us is ignored: we were removed from the view while cut off, and that view tells
    // nothing about who is alive on our side. Taking it would drop our coordinator (removed with us,
    // often) and make us win an election among members that all follow someone else, whom we could
    // then never meet. Until a view lists us again we keep the list we had.
    if (!(ranks instanceof Map ? ranks.has(this.self) : Object.hasOwn(ranks, this.self))) return out;
    const old = this.ranks;
    this.ranks = this.withSelf(ranks);
    if (this.currentPhase !== "idle" || this.coordinatorId === "") return out;
    if (!this.ranks.has(this.coordinatorId)) {
      this.startElection(now, `coordinator ${this.coordinatorId} left`, out);
      return out;
    }
    const joined = this.sortedIds((id, r) => !old.has(id) && r > this.coordinatorRank);
    if (joined.length > 0) this.startElection(now, `${joined[0]} joined above the coordinator`, out);
    return out;
  }

  private startElection(now: number, reason: string, out: BullyOutput): void {
    this.coordinatorId = "";
    this.coordinatorRank = 0;
    const higher = this.sortedIds((_, r) => r > this.rank);
    out.events.push({ name: BULLY_ELECTION_STARTED, reason, term: this.currentTerm, higher });
    if (higher.length === 0) {
      this.win(now, out);
      return;
    }
    for (const to of higher) out.send.push({ to, body: "election", rank: this.rank });
    this.currentPhase = "electing";
    this.deadline = now + this.config.answerTimeoutMs;
  }

  private win(now: number, out: BullyOutput): void {
    this.currentPhase = "idle";
    this.coordinatorId = this.self;
    this.coordinatorRank = this.rank;
    this.currentTerm += 1;
    this.announce(now, out);
    out.events.push({ name: BULLY_COORDINATOR, term: this.currentTerm });
  }

  private announce(now: number, out: BullyOutput): void {
    this.lastAnnounce = now;
    for (const to of this.sortedIds((id) => id !== this.self)) {
      out.send.push({ to, body: "coordinator", rank: this.rank, term: this.currentTerm });
    }
  }

  /** The matching members by id, the order every multi-send uses. */
  private sortedIds(keep: (id: string, rank: number) => boolean): string[] {
    // Plain code-unit order: the same as Go's sort.Strings for ASCII ids (localeCompare is not).
    return [...this.ranks].filter(([id, r]) => keep(id, r)).map(([id]) => id).sort();
  }

  private withSelf(ranks: Record<string, number> | Map<string, number>): Map<string, number> {
    const m = new Map(ranks instanceof Map ? ranks : Object.entries(ranks));
    m.set(this.self, this.rank);
    return m;
  }
}

function output(): BullyOutput {
  return { send: [], events: [] };
}
