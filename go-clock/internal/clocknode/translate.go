package clocknode

import (
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
		UserEndpoint: m.UserEndpoint, PubEndpoint: m.PubEndpoint, State: stateOf(m.State),
	}, true
}

func memberToPB(m membership.Member) *pb.Member {
	return &pb.Member{
		Id: m.ID, Role: pbRole(m.Role), Rank: m.Rank, PeerEndpoint: m.PeerEndpoint,
		UserEndpoint: m.UserEndpoint, PubEndpoint: m.PubEndpoint, State: pbState(m.State),
	}
}

// viewFromPB refuses a view with a nameless member or a duplicate id rather
// than let a peer's bad message into the machine.
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
		return membership.Msg{Body: membership.BodyViewAck, Epoch: b.ViewAck.GetEpoch(), Accepted: b.ViewAck.GetAccepted()}, true
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
		return &pb.ViewAck{Epoch: m.Epoch, Accepted: m.Accepted}
	case membership.BodyView:
		return viewToPB(m.View)
	case membership.BodyHeartbeat:
		return &pb.Heartbeat{Epoch: m.Epoch, Coordinator: m.Coordinator, State: pbState(m.State)}
	}
	return nil
}
