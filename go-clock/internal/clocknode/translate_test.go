package clocknode

import (
	"reflect"
	"testing"

	"socialnet/goclock/internal/membership"
	"socialnet/goclock/internal/pb"
)

func TestViewWithOriginsAndCutsRoundTrips(t *testing.T) {
	v := membership.View{Epoch: 7, Coordinator: "c1", Members: []membership.Member{
		{ID: "c1", Role: membership.RoleClock, Rank: 101, PeerEndpoint: "tcp://127.0.0.1:7101", State: membership.StateActive},
		{ID: "s1", Role: membership.RoleServer, Rank: 1, PeerEndpoint: "tcp://127.0.0.1:7201", UserEndpoint: "u", PubEndpoint: "p",
			State: membership.StateJoining, Origin: "s1.2"},
	}, Cuts: []membership.OriginSeq{{Origin: "s1.1", Seq: 12}, {Origin: "s4.1", Seq: 0}}}
	p := viewToPB(&v)
	if p.Members[1].Origin != "s1.2" || len(p.Cuts) != 2 || p.Cuts[0].Origin != "s1.1" || p.Cuts[0].Seq != 12 {
		t.Fatalf("to pb: %v", p)
	}
	back, ok := viewFromPB(p)
	if !ok || !reflect.DeepEqual(back, v) {
		t.Fatalf("round trip: %+v", back)
	}
	// Cuts arrive sorted whatever the sender did; a nameless or repeated origin is refused.
	p.Cuts[0], p.Cuts[1] = p.Cuts[1], p.Cuts[0]
	if back, _ := viewFromPB(p); !reflect.DeepEqual(back.Cuts, v.Cuts) {
		t.Fatalf("unsorted cuts: %v", back.Cuts)
	}
	p.Cuts = append(p.Cuts, &pb.OriginSeq{Origin: "s1.1", Seq: 3})
	if _, ok := viewFromPB(p); ok {
		t.Fatal("a repeated cut origin was accepted")
	}
	p.Cuts = []*pb.OriginSeq{{Seq: 3}}
	if _, ok := viewFromPB(p); ok {
		t.Fatal("a nameless cut origin was accepted")
	}
	noCuts, _ := viewFromPB(viewToPB(&membership.View{Epoch: 1, Members: v.Members[:1]}))
	if noCuts.Cuts != nil {
		t.Fatalf("no cuts should stay nil: %#v", noCuts.Cuts)
	}
}

func TestViewAckCarriesTheVersionVector(t *testing.T) {
	ack := msgToPB(membership.Msg{Body: membership.BodyViewAck, Epoch: 5, Accepted: true,
		Have: membership.Vector{"s2.1": 9, "s1.1": 4}}).(*pb.ViewAck)
	e := ack.GetHave().GetEntries()
	if len(e) != 2 || e[0].Origin != "s1.1" || e[0].Seq != 4 || e[1].Origin != "s2.1" || e[1].Seq != 9 {
		t.Fatalf("have not sorted by origin: %v", ack.GetHave())
	}
	msg, ok := msgFromPB(&pb.Envelope{Body: &pb.Envelope_ViewAck{ViewAck: ack}})
	if !ok || !reflect.DeepEqual(msg.Have, membership.Vector{"s1.1": 4, "s2.1": 9}) || !msg.Accepted || msg.Epoch != 5 {
		t.Fatalf("from pb: %+v", msg)
	}
	// A clock node's accepting ack carries an empty vector; a refusal none.
	if a := msgToPB(membership.Msg{Body: membership.BodyViewAck, Epoch: 5, Accepted: true}).(*pb.ViewAck); a.Have == nil || len(a.Have.Entries) != 0 {
		t.Fatalf("clock node ack: %v", a)
	}
	if a := msgToPB(membership.Msg{Body: membership.BodyViewAck, Epoch: 5}).(*pb.ViewAck); a.Have != nil {
		t.Fatalf("refusal: %v", a)
	}
	// Zero and nameless entries mean nothing held.
	empty, _ := msgFromPB(&pb.Envelope{Body: &pb.Envelope_ViewAck{ViewAck: &pb.ViewAck{Epoch: 5, Accepted: true,
		Have: &pb.VersionVector{Entries: []*pb.OriginSeq{{Origin: "s1.1"}, {Seq: 3}}}}}})
	if empty.Have != nil {
		t.Fatalf("have %v", empty.Have)
	}
}
