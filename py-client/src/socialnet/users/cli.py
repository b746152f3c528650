"""The socialnet-user command: a person at a prompt (repl) or an automatic user (bot).

    socialnet-user repl --user alice --servers tcp://127.0.0.1:7001 [--register]
    socialnet-user bot --user bot1 --password pw --servers tcp://127.0.0.1:7001 \\
        --peers bot2,bot3 --duration 15 --seed 1 --log bot1.jsonl

Only the servers' user endpoints are given; their PUB endpoints come from discover.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import getpass
import json
import os
import signal
import sys

from socialnet.users.bot import Bot, BotConfig
from socialnet.users.client import DEFAULT_GIVE_UP_S, DEFAULT_TIMEOUT_MS, Client, ClientError


def _names(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--user", required=True, help="user name: 1-32 of [a-z0-9_]")
    common.add_argument("--password", default=os.environ.get("SOCIALNET_PASSWORD"), help="or $SOCIALNET_PASSWORD")
    common.add_argument("--servers", type=_names, required=True, help="comma-separated user endpoints of seeds")
    common.add_argument("--register", action="store_true", help="create the account if it does not exist")
    common.add_argument("--log", help="JSON-lines log file (none when omitted)")
    common.add_argument("--timeout-ms", type=float, default=DEFAULT_TIMEOUT_MS, help="per attempt, before failover")
    common.add_argument("--drift-seed", type=int, default=1)
    common.add_argument("--drift-interval-ms", type=int, default=2000)
    common.add_argument("--drift-max-ms", type=int, default=0, help="0 switches drift off")
    common.add_argument("--sync-every-s", type=float, default=3.0, help="Cristian clock sync period")
    common.add_argument("--give-up-s", type=float, default=DEFAULT_GIVE_UP_S, help="a request fails after this long")
    common.add_argument(
        "--fault-file", help="JSON file naming the servers this user is cut off from (a partition; users/faults.py)"
    )

    p = argparse.ArgumentParser(prog="socialnet-user", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("repl", parents=[common], help="an interactive prompt")
    bot = sub.add_parser("bot", parents=[common], help="an automatic user; prints a JSON summary")
    bot.add_argument("--peers", type=_names, default=[], help="comma-separated users to follow and message")
    bot.add_argument("--follow", type=int, default=2, help="how many peers to follow")
    bot.add_argument("--post-rate", type=float, default=0.5, help="posts per second")
    bot.add_argument("--dm-rate", type=float, default=0.3, help="private messages per second")
    bot.add_argument("--seed", type=int, default=1, help="seed of every random choice")
    bot.add_argument("--duration", type=float, default=15.0, help="seconds of activity")
    bot.add_argument("--verify-every-s", type=float, default=3.0, help="full re-read of the notifications")
    args = p.parse_args(argv)
    if args.command == "bot" and not args.password:
        p.error("a bot needs --password (or $SOCIALNET_PASSWORD)")
    return args


def client_from(args: argparse.Namespace) -> Client:
    """The client both modes build from the same flags."""
    return Client(
        args.user,
        args.servers,
        password=args.password,
        log_path=args.log,
        timeout_ms=args.timeout_ms,
        give_up_s=args.give_up_s,
        fault_file=args.fault_file,
    )


async def run_bot(args: argparse.Namespace) -> int:
    client = client_from(args)
    config = BotConfig(
        peers=args.peers,
        follow=args.follow,
        post_rate=args.post_rate,
        dm_rate=args.dm_rate,
        duration_s=args.duration,
        seed=args.seed,
        register=args.register,
        sync_every_s=args.sync_every_s,
        verify_every_s=args.verify_every_s,
        drift_seed=args.drift_seed,
        drift_interval_ms=args.drift_interval_ms,
        drift_max_ms=args.drift_max_ms,
    )
    client.log.event("USER_STARTED", mode="bot", servers=args.servers)
    bot = Bot(client, config)
    # The lab stops users with SIGTERM: finish the write in flight and the final checks, then exit.
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, bot.request_stop)
    try:
        summary = await bot.run()
    except ClientError as e:
        print(json.dumps({"user": args.user, "failed": str(e)}), flush=True)
        return 2
    finally:
        client.log.event("USER_STOPPED", mode="bot")
        client.close()
    print(json.dumps(dataclasses.asdict(summary)), flush=True)
    return 0


async def run_repl(args: argparse.Namespace) -> int:
    from socialnet.users.clocks import drift, keep_synced
    from socialnet.users.repl import Repl

    client = client_from(args)
    background: list[asyncio.Task] = []
    client.log.event("USER_STARTED", mode="repl", servers=args.servers)
    try:
        await client.start(register=args.register)
        background = [
            asyncio.create_task(keep_synced(client, args.sync_every_s)),
            asyncio.create_task(drift(client, args.drift_seed, args.drift_interval_ms, args.drift_max_ms)),
        ]
        await Repl(client).run()
    except ClientError as e:
        print(f"cannot log in: {e}", file=sys.stderr)
        return 2
    finally:
        for task in background:
            task.cancel()
        await asyncio.gather(*background, return_exceptions=True)
        client.log.event("USER_STOPPED", mode="repl")
        client.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "repl" and not args.password:
        args.password = getpass.getpass(f"password for {args.user}: ")
    return asyncio.run(run_bot(args) if args.command == "bot" else run_repl(args))


if __name__ == "__main__":
    sys.exit(main())
