package clocknode

import (
	"sort"
	"strings"

	"google.golang.org/protobuf/proto"

	"socialnet/goclock/internal/membership"
	"socialnet/goclock/internal/pb"
)

// The membership machine speaks plain Go types so that it stays free of
// generated code; these functions are the only place the two meet.

func roleOf(r pb.Role) membership.Role {
	return membership.Role(strings.ToLower(strings.TrimPrefix(r.String(), "ROLE_")))
}

func stateOf(s pb.MemberState) membership.State {
	return membership.State(strings.ToLower(strings.TrimPrefix(s.String(), "MEMBER_STATE_")))
}

func pbRole(r membership.Role) pb.Role {
	return pb.Role(pb.Role_value["ROLE_"+strings.ToUpper(string(r))])
}

func pbState(s membership.State) pb.MemberState {
	return pb.MemberState(pb.MemberState_value["MEMBER_STATE_"+strings.ToUpper(string(s))])
}

func memberFromPB(m *pb.Member) (membership.Member, bool) {
	if m == nil || m.Id == "" {
		return membership.Member{}, false
	}
	return membership.Member{
		ID: m.Id, Role: roleOf(m.Role), Rank: m.Rank, PeerEndpoint: m.PeerEndpoint,
		UserEndpoint: m.UserEndpoint, PubEndpoint: m.PubEndpoint, State: stateOf(m.State), Origin: m.Origin,
	}, true
}

func memberToPB(m membership.Member) *pb.Member {
	return &pb.Member{
		Id: m.ID, Role: pbRole(m.Role), Rank: m.Rank, PeerEndpoint: m.PeerEndpoint,
		UserEndpoint: m.UserEndpoint, PubEndpoint: m.PubEndpoint, State: pbState(m.State), Origin: m.Origin,
	}
}

// viewFromPB refuses a view with a nameless member, a duplicate id, or a
// nameless or duplicate cut origin rather than let a peer's bad message into
// the machine.
func viewFromPB(v *pb.View) (membership.View, bool) {
	if v == nil {
		return membership.View{}, false
	}
	out := membership.View{Epoch: v.Epoch, Coordinator: v.Coordinator, Members: make([]membership.Member, 0, len(v.Members))}
	seen := map[string]bool{}
	for _, pm := range v.Members {
		m, ok := memberFromPB(pm)
		if !ok || seen[m.ID] {
			return membership.View{}, false
		}
		seen[m.ID] = true
		out.Members = append(out.Members, m)
	}
	sortMembers(out.Members)
	cut := map[string]bool{}
	for _, c := range v.Cuts {
		if c.GetOrigin() == "" || cut[c.GetOrigin()] {
			return membership.View{}, false
		}
		cut[c.GetOrigin()] = true
		out.Cuts = append(out.Cuts, membership.OriginSeq{Origin: c.GetOrigin(), Seq: c.GetSeq()})
	}
	sort.Slice(out.Cuts, func(i, j int) bool { return out.Cuts[i].Origin < out.Cuts[j].Origin })
	return out, true
}

func viewToPB(v *membership.View) *pb.View {
	if v == nil {
		return nil
	}
	out := &pb.View{Epoch: v.Epoch, Coordinator: v.Coordinator}
	for _, m := range v.Members {
		out.Members = append(out.Members, memberToPB(m))
	}
	for _, c := range v.Cuts {
		out.Cuts = append(out.Cuts, &pb.OriginSeq{Origin: c.Origin, Seq: c.Seq})
	}
	return out
}

// vectorFromPB keeps the entries with an origin and a seq (the highest one
// if an origin repeats); nil when none is left.
func vectorFromPB(v *pb.VersionVector) membership.Vector {
	var out membership.Vector
	for _, e := range v.GetEntries() {
		if e.GetOrigin() == "" || e.GetSeq() == 0 {
			continue
		}
		if out == nil {
			out = membership.Vector{}
		}
		out[e.GetOrigin()] = max(out[e.GetOrigin()], e.GetSeq())
	}
	return out
}

// vectorToPB sorts the entries by origin, as VersionVector requires.
func vectorToPB(v membership.Vector) *pb.VersionVector {
	out := &pb.VersionVector{}
	for o, seq := range v {
		out.Entries = append(out.Entries, &pb.OriginSeq{Origin: o, Seq: seq})
	}
	sort.Slice(out.Entries, func(i, j int) bool { return out.Entries[i].Origin < out.Entries[j].Origin })
	return out
}

// msgFromPB turns a membership body into the machine's Msg; ok is false for
// other bodies and for malformed membership ones.
func msgFromPB(env *pb.Envelope) (membership.Msg, bool) {
	switch b := env.Body.(type) {
	case *pb.Envelope_JoinRequest:
		m, ok := memberFromPB(b.JoinRequest.GetMember())
		return membership.Msg{Body: membership.BodyJoinRequest, Member: &m}, ok
	case *pb.Envelope_LeaveRequest:
		id := b.LeaveRequest.GetId()
		return membership.Msg{Body: membership.BodyLeaveRequest, ID: id}, id != ""
	case *pb.Envelope_ViewChange:
		v, ok := viewFromPB(b.ViewChange.GetView())
		return membership.Msg{Body: membership.BodyViewChange, View: &v}, ok
	case *pb.Envelope_ViewAck:
		a := b.ViewAck
		return membership.Msg{Body: membership.BodyViewAck, Epoch: a.GetEpoch(), Accepted: a.GetAccepted(), Have: vectorFromPB(a.GetHave())}, true
	case *pb.Envelope_View:
		v, ok := viewFromPB(b.View)
		return membership.Msg{Body: membership.BodyView, View: &v}, ok
	case *pb.Envelope_Heartbeat:
		h := b.Heartbeat
		return membership.Msg{Body: membership.BodyHeartbeat, Epoch: h.GetEpoch(), Coordinator: h.GetCoordinator(), State: stateOf(h.GetState())}, true
	}
	return membership.Msg{}, false
}

func msgToPB(m membership.Msg) proto.Message {
	switch m.Body {
	case membership.BodyJoinRequest:
		return &pb.JoinRequest{Member: memberToPB(*m.Member)}
	case membership.BodyLeaveRequest:
		return &pb.LeaveRequest{Id: m.ID}
	case membership.BodyViewChange:
		return &pb.ViewChange{View: viewToPB(m.View)}
	case membership.BodyViewAck:
		ack := &pb.ViewAck{Epoch: m.Epoch, Accepted: m.Accepted}
		if m.Accepted {
			ack.Have = vectorToPB(m.Have) // empty for a clock node
		}
		return ack
	case membership.BodyView:
		return viewToPB(m.View)
	case membership.BodyHeartbeat:
		return &pb.Heartbeat{Epoch: m.Epoch, Coordinator: m.Coordinator, State: pbState(m.State)}
	}
	return nil
}
