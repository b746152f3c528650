"""compose.yaml runs the same topology as cluster.py's Topology: the same
services, roles, ranks, flags, drift seeds and join rule, with each endpoint
named <service>:<port> instead of 127.0.0.1:<port>. There is no Docker engine
here, so the file is parsed and compared, not run."""

from __future__ import annotations

import pathlib
import re

import pytest
import yaml

from socialnet.lab.cluster import Topology, bot_argv
from socialnet.lab.procs import REPO

COMPOSE = REPO / "compose.yaml"
ENDPOINT = re.compile(r"^tcp://([a-z0-9_-]+):(\d+)$")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def topology(tmp_path_factory) -> Topology:
    topo = Topology.create(pathlib.Path(tmp_path_factory.mktemp("run")), servers=3, clocks=2, users=5)
    topo.add_server()  # s4: the compose service under the "scale" profile
    return topo


def flags(argv: list[str]) -> dict[str, str]:
    """--name value / --name=value / --switch -> {name: value or ""}; positional words are skipped."""
    out, i = {}, 0
    while i < len(argv):
        a = argv[i]
        if a.startswith("--"):
            if "=" in a:
                k, v = a[2:].split("=", 1)
            elif i + 1 < len(argv) and not argv[i + 1].startswith("--"):
                k, v = a[2:], argv[i + 1]
                i += 1
            else:
                k, v = a[2:], ""
            out[k] = v
        i += 1
    return out


def default(value: str) -> str:
    """${VAR:-default} -> default (compose interpolation with nothing set)."""
    m = re.fullmatch(r"\$\{[A-Z_]+:-([^}]*)\}", value)
    return m.group(1) if m else value


def command(service: dict) -> list[str]:
    cmd = service["command"]
    return cmd if isinstance(cmd, list) else cmd.split()


def member_endpoint(compose: dict, name: str, flag: str) -> str:
    return flags(command(compose["services"][name]))[flag]


def test_one_service_per_process(compose, topology):
    want = {m.id for m in topology.members} | set(topology.users)
    assert set(compose["services"]) == want
    # The 4th server is there to be added later, like `socialnet-lab add-server`.
    assert compose["services"]["s4"].get("profiles") == ["scale"]
    base = [n for n, s in compose["services"].items() if not s.get("profiles")]
    assert sorted(base) == sorted(want - {"s4"})


def test_each_language_has_its_image(compose, topology):
    images = {"clock": "./go-clock", "server": "./ts-server"}
    for m in topology.members:
        assert compose["services"][m.id]["build"] == images[m.role], m.id
    for u in topology.users:
        assert compose["services"][u]["build"] == "./py-client"
    for folder in ("go-clock", "ts-server", "py-client"):
        assert (REPO / folder / "Dockerfile").is_file()


def test_members_have_the_topology_flags_ranks_and_drift(compose, topology):
    for m in topology.members:
        local = flags(topology.argv(m.id))
        got = flags(command(compose["services"][m.id]))
        assert set(got) == set(local), f"{m.id}: flags differ: {set(got) ^ set(local)}"
        assert got["id"] == m.id
        assert int(got["rank"]) == m.rank
        for k in ("drift-seed", "drift-interval-ms", "drift-max-ms"):
            assert default(got[k]) == local[k], f"{m.id} --{k}"
        if m.role == "server":
            assert command(compose["services"][m.id])[0] == "dist/server/main.js"


def test_endpoints_are_the_service_with_distinct_ports(compose, topology):
    ports = []
    for m in topology.members:
        names = ["peer-endpoint"] + (["user-endpoint", "pub-endpoint"] if m.role == "server" else [])
        for flag in names:
            host, port = ENDPOINT.match(member_endpoint(compose, m.id, flag)).groups()
            assert host == m.id, f"{m.id} --{flag} names {host}"
            ports.append(int(port))
    assert len(ports) == len(set(ports)), "every endpoint has its own port (publishable on one host)"


def test_join_rule_matches(compose, topology):
    """Only the bootstrap member forms the first view; every other one joins through all the others."""
    for m in topology.members:
        got = flags(command(compose["services"][m.id]))
        if m.id == topology.bootstrap:
            assert "bootstrap" in got and "seeds" not in got
            continue
        assert "bootstrap" not in got
        others = [o.id for o in topology.members if o.id != m.id and (m.id == "s4" or o.id != "s4")]
        assert got["seeds"].split(",") == [member_endpoint(compose, o, "peer-endpoint") for o in others], m.id


def test_servers_keep_data_in_their_own_named_volume(compose, topology):
    volumes = compose["volumes"]
    for m in topology.servers:
        svc = compose["services"][m.id]
        data_dir = flags(command(svc))["data-dir"]
        mounts = dict(v.split(":", 1)[::-1] for v in svc["volumes"])
        assert mounts[data_dir] == f"{m.id}-data" and f"{m.id}-data" in volumes
    assert "logs" in volumes


def test_every_member_reads_the_cluster_secret(compose, topology):
    """It signs every envelope between members: a member without it could not join."""
    for m in topology.members:
        svc = compose["services"][m.id]
        assert flags(command(svc))["secret-file"] == "/run/secrets/cluster_secret", m.id
        assert "cluster_secret" in svc["secrets"], m.id


def test_users_have_the_topology_flags(compose, topology):
    servers = [member_endpoint(compose, m.id, "user-endpoint") for m in topology.servers if m.id != "s4"]
    for u in topology.users:
        local = flags(bot_argv(topology, u))
        cmd = command(compose["services"][u])
        got = flags(cmd)
        assert cmd[0] == "bot"
        assert set(got) == set(local), f"{u}: flags differ: {set(got) ^ set(local)}"
        assert got["user"] == u and got["password"] == local["password"]
        assert got["servers"].split(",") == servers
        assert got["peers"] == local["peers"]
        for k in ("seed", "drift-seed", "drift-interval-ms", "drift-max-ms", "duration"):
            assert float(default(got[k])) == float(local[k]), f"{u} --{k}"


def test_every_log_goes_to_the_logs_volume(compose):
    for name, svc in compose["services"].items():
        assert flags(command(svc))["log"] == f"/logs/{name}.jsonl"
        assert "logs:/logs" in svc["volumes"], name
