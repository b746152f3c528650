"""A partition of a run into two sides: who must drop traffic from whom.

Members (servers, clock nodes) are told with a `partition` control request
naming the members of the other side (socialnet.lab.control); users, which
have no port to be told on, through their fault file (socialnet.users.faults)
naming the other side's servers by id and endpoints. A user named on neither
side keeps reaching everyone. The control CLI (`socialnet-lab partition`) and
the nemesis both build their commands here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from socialnet.lab.cluster import Topology
from socialnet.users.faults import write_cut


@dataclass
class Partition:
    left: list[str]
    right: list[str]
    members: dict[str, list[str]] = field(default_factory=dict)  # member -> the members it drops
    users: dict[str, list[str]] = field(default_factory=dict)  # user -> names for its fault file


def server_names(topology: Topology, ids: Iterable[str]) -> list[str]:
    """What a user's fault file names for these members: each server's id and its user and PUB endpoints."""
    names: list[str] = []
    for m in topology.servers:
        if m.id in ids:
            names += [m.id, m.user_endpoint, m.pub_endpoint]
    return names


def split(topology: Topology, left: Iterable[str], right: Iterable[str]) -> Partition:
    """The commands that cut left from right; raises ValueError for an unknown name or an overlap."""
    left, right = list(dict.fromkeys(left)), list(dict.fromkeys(right))
    members = {m.id for m in topology.members}
    known = members | set(topology.users)
    unknown = [n for n in left + right if n not in known]
    if unknown:
        raise ValueError(f"not in this run: {', '.join(unknown)}")
    if not left or not right or set(left) & set(right):
        raise ValueError("two non-empty sides with nobody in common")
    p = Partition(left, right)
    for side, other in ((left, right), (right, left)):
        other_members = [n for n in other if n in members]
        for n in side:
            if n in members:
                p.members[n] = other_members
            else:
                p.users[n] = server_names(topology, other_members)
    return p


def cut_users(topology: Topology, cuts: dict[str, list[str]]) -> None:
    for user, names in cuts.items():
        write_cut(topology.fault_path(user), names)


def heal_users(topology: Topology) -> None:
    """Every user reaches every server again."""
    cut_users(topology, {u: [] for u in topology.users})
