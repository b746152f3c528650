/**
 * Group commit: every write submitted during one turn of the event loop goes
 * into one transaction (one fsync), flushed by setImmediate once the turn's
 * incoming messages are handled. Callers get their event only after the
 * commit, so no reply can announce a write that a crash could still lose.
 */
import { ErrorCode } from "../core/codec.js";
import { type Scheduler, hostScheduler } from "../core/scheduler.js";
import { RequestError } from "./errors.js";
import type { Draft, Event } from "./events.js";
import type { CommitResult, EventStore } from "./store.js";

export interface CommitHooks {
  /** Right after the commit, before any caller hears of it: log, publish. */
  committed(result: CommitResult, commitMs: number): void;
}

interface Waiting {
  draft: Draft;
  promise: Promise<Event>;
  resolve: (event: Event) => void;
  reject: (err: unknown) => void;
}

export class GroupCommit {
  private batch: Waiting[] = [];
  /** The batch again, by (author, request_id): a retry joins the first request. */
  private byRequest = new Map<string, Waiting>();
  private scheduled = false;
  /**
   * Checked again when the batch commits, not only when a request arrives: a process that was
   * stopped (SIGSTOP) handles a burst of queued requests and then the View that removed it, and
   * the batch would otherwise be stamped with its next incarnation while that one is still joining.
   */
  mayCommit: () => boolean = () => true;

  constructor(
    private readonly store: EventStore,
    private readonly hooks: CommitHooks,
    private readonly scheduler: Scheduler = hostScheduler,
  ) {}

  /**
   * The stored event for this (author, request_id): the first one on a retry.
   * A retry of an earlier batch is found inside the commit's transaction,
   * where the lookup is cheap, and is answered after that commit like the rest.
   */
  submit(draft: Draft): Promise<Event> {
    const key = `${draft.author}\u0000${draft.requestId}`;
    const pending = this.byRequest.get(key);
    if (pending !== undefined) return pending.promise;
    let resolve!: (event: Event) => void;
    let reject!: (err: unknown) => void;
    const promise = new Promise<Event>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const waiting = { draft, promise, resolve, reject };
    this.batch.push(waiting);
    this.byRequest.set(key, waiting);
    if (!this.scheduled) {
      this.scheduled = true;
      this.scheduler.soon(() => this.flush());
    }
    return promise;
  }

  get pending(): number {
    return this.batch.length;
  }

  /** Commits the batch now (setImmediate calls it; so does shutdown). */
  flush(): void {
    this.scheduled = false;
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    this.byRequest = new Map();
    if (!this.mayCommit()) {
      const refused = new RequestError(ErrorCode.ERROR_CODE_UNAVAILABLE, "server is not serving users now; try another");
      for (const w of batch) w.reject(refused);
      return;
    }
    let result: CommitResult;
    const started = this.scheduler.now();
    try {
      result = this.store.commit(batch.map((w) => w.draft));
    } catch (err) {
      for (const w of batch) w.reject(err);
      return;
    }
    this.hooks.committed(result, Math.round((this.scheduler.now() - started) * 1000) / 1000);
    result.events.forEach((event, i) => batch[i]!.resolve(event));
  }
}
