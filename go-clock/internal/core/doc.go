// Package core holds the five pieces every process of the lab kit is built
// on, with the same names as in the TypeScript server and the Python user
// (see docs/core.md): LamportClock, PhysicalClock, DriftInjector with its
// Mulberry32 generator, Envelopes (Seal and Open), ProcessLog, and the ZeroMQ
// sockets RouterSocket, DealerSocket, PubSocket and SubSocket.
package core
