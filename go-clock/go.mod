module socialnet/goclock

go 1.26.8

require (
	github.com/go-zeromq/zmq4 v0.17.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	google.golang.org/protobuf v1.36.12
)

require (
	github.com/go-zeromq/goczmq/v4 v4.2.2 // indirect
	golang.org/x/sync v0.7.0 // indirect
	golang.org/x/text v0.15.0 // indirect
)

// A copy of v0.17.0 with a frame size limit: see third_party/README.md.
replace github.com/go-zeromq/zmq4 => ./third_party/zmq4
