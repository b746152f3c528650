import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace socialnet {

    namespace v1 {

        interface IEnvelope extends socialnet.v1.Envelope.$Properties {
        }

        class Envelope {
            constructor(p?: socialnet.v1.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            msgId: string;
            sender: string;
            senderRole: socialnet.v1.Role;
            lamport: number;
            clockMs: number;
            replyTo: string;
            hmac: Uint8Array;
            loginRequest?: (socialnet.v1.LoginRequest.$Properties|null);
            postRequest?: (socialnet.v1.PostRequest.$Properties|null);
            followRequest?: (socialnet.v1.FollowRequest.$Properties|null);
            unfollowRequest?: (socialnet.v1.UnfollowRequest.$Properties|null);
            sendMessageRequest?: (socialnet.v1.SendMessageRequest.$Properties|null);
            readRequest?: (socialnet.v1.ReadRequest.$Properties|null);
            ackRequest?: (socialnet.v1.AckRequest.$Properties|null);
            discoverRequest?: (socialnet.v1.DiscoverRequest.$Properties|null);
            loginReply?: (socialnet.v1.LoginReply.$Properties|null);
            writeReply?: (socialnet.v1.WriteReply.$Properties|null);
            readReply?: (socialnet.v1.ReadReply.$Properties|null);
            ackReply?: (socialnet.v1.AckReply.$Properties|null);
            discoverReply?: (socialnet.v1.DiscoverReply.$Properties|null);
            errorReply?: (socialnet.v1.ErrorReply.$Properties|null);
            notification?: (socialnet.v1.Notification.$Properties|null);
            eventPush?: (socialnet.v1.EventPush.$Properties|null);
            replicaAck?: (socialnet.v1.ReplicaAck.$Properties|null);
            syncRequest?: (socialnet.v1.SyncRequest.$Properties|null);
            syncReply?: (socialnet.v1.SyncReply.$Properties|null);
            snapshotRequest?: (socialnet.v1.SnapshotRequest.$Properties|null);
            snapshotChunk?: (socialnet.v1.SnapshotChunk.$Properties|null);
            joinRequest?: (socialnet.v1.JoinRequest.$Properties|null);
            leaveRequest?: (socialnet.v1.LeaveRequest.$Properties|null);
            viewChange?: (socialnet.v1.ViewChange.$Properties|null);
            viewAck?: (socialnet.v1.ViewAck.$Properties|null);
            view?: (socialnet.v1.View.$Properties|null);
            heartbeat?: (socialnet.v1.Heartbeat.$Properties|null);
            election?: (socialnet.v1.Election.$Properties|null);
            answer?: (socialnet.v1.Answer.$Properties|null);
            coordinator?: (socialnet.v1.Coordinator.$Properties|null);
            timeRequest?: (socialnet.v1.TimeRequest.$Properties|null);
            timeReply?: (socialnet.v1.TimeReply.$Properties|null);
            clockAdjust?: (socialnet.v1.ClockAdjust.$Properties|null);
            controlRequest?: (socialnet.v1.ControlRequest.$Properties|null);
            controlReply?: (socialnet.v1.ControlReply.$Properties|null);
            body?: ("loginRequest"|"postRequest"|"followRequest"|"unfollowRequest"|"sendMessageRequest"|"readRequest"|"ackRequest"|"discoverRequest"|"loginReply"|"writeReply"|"readReply"|"ackReply"|"discoverReply"|"errorReply"|"notification"|"eventPush"|"replicaAck"|"syncRequest"|"syncReply"|"snapshotRequest"|"snapshotChunk"|"joinRequest"|"leaveRequest"|"viewChange"|"viewAck"|"view"|"heartbeat"|"election"|"answer"|"coordinator"|"timeRequest"|"timeReply"|"clockAdjust"|"controlRequest"|"controlReply");
            static create(properties: socialnet.v1.Envelope.$Shape): socialnet.v1.Envelope & socialnet.v1.Envelope.$Shape;
            static create(properties?: socialnet.v1.Envelope.$Properties): socialnet.v1.Envelope;
            static encode(m: socialnet.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Envelope & socialnet.v1.Envelope.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Envelope & socialnet.v1.Envelope.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Envelope;
            static toObject(m: socialnet.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {
            interface $Properties {
                msgId?: (string|null);
                sender?: (string|null);
                senderRole?: (socialnet.v1.Role|null);
                lamport?: (number|null);
                clockMs?: (number|null);
                replyTo?: (string|null);
                hmac?: (Uint8Array|null);
                loginRequest?: (socialnet.v1.LoginRequest.$Properties|null);
                postRequest?: (socialnet.v1.PostRequest.$Properties|null);
                followRequest?: (socialnet.v1.FollowRequest.$Properties|null);
                unfollowRequest?: (socialnet.v1.UnfollowRequest.$Properties|null);
                sendMessageRequest?: (socialnet.v1.SendMessageRequest.$Properties|null);
                readRequest?: (socialnet.v1.ReadRequest.$Properties|null);
                ackRequest?: (socialnet.v1.AckRequest.$Properties|null);
                discoverRequest?: (socialnet.v1.DiscoverRequest.$Properties|null);
                loginReply?: (socialnet.v1.LoginReply.$Properties|null);
                writeReply?: (socialnet.v1.WriteReply.$Properties|null);
                readReply?: (socialnet.v1.ReadReply.$Properties|null);
                ackReply?: (socialnet.v1.AckReply.$Properties|null);
                discoverReply?: (socialnet.v1.DiscoverReply.$Properties|null);
                errorReply?: (socialnet.v1.ErrorReply.$Properties|null);
                notification?: (socialnet.v1.Notification.$Properties|null);
                eventPush?: (socialnet.v1.EventPush.$Properties|null);
                replicaAck?: (socialnet.v1.ReplicaAck.$Properties|null);
                syncRequest?: (socialnet.v1.SyncRequest.$Properties|null);
                syncReply?: (socialnet.v1.SyncReply.$Properties|null);
                snapshotRequest?: (socialnet.v1.SnapshotRequest.$Properties|null);
                snapshotChunk?: (socialnet.v1.SnapshotChunk.$Properties|null);
                joinRequest?: (socialnet.v1.JoinRequest.$Properties|null);
                leaveRequest?: (socialnet.v1.LeaveRequest.$Properties|null);
                viewChange?: (socialnet.v1.ViewChange.$Properties|null);
                viewAck?: (socialnet.v1.ViewAck.$Properties|null);
                view?: (socialnet.v1.View.$Properties|null);
                heartbeat?: (socialnet.v1.Heartbeat.$Properties|null);
                election?: (socialnet.v1.Election.$Properties|null);
                answer?: (socialnet.v1.Answer.$Properties|null);
                coordinator?: (socialnet.v1.Coordinator.$Properties|null);
                timeRequest?: (socialnet.v1.TimeRequest.$Properties|null);
                timeReply?: (socialnet.v1.TimeReply.$Properties|null);
                clockAdjust?: (socialnet.v1.ClockAdjust.$Properties|null);
                controlRequest?: (socialnet.v1.ControlRequest.$Properties|null);
                controlReply?: (socialnet.v1.ControlReply.$Properties|null);
                body?: ("loginRequest"|"postRequest"|"followRequest"|"unfollowRequest"|"sendMessageRequest"|"readRequest"|"ackRequest"|"discoverRequest"|"loginReply"|"writeReply"|"readReply"|"ackReply"|"discoverReply"|"errorReply"|"notification"|"eventPush"|"replicaAck"|"syncRequest"|"syncReply"|"snapshotRequest"|"snapshotChunk"|"joinRequest"|"leaveRequest"|"viewChange"|"viewAck"|"view"|"heartbeat"|"election"|"answer"|"coordinator"|"timeRequest"|"timeReply"|"clockAdjust"|"controlRequest"|"controlReply");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              msgId?: string|null;
              sender?: string|null;
              senderRole?: socialnet.v1.Role|null;
              lamport?: number|null;
              clockMs?: number|null;
              replyTo?: string|null;
              hmac?: Uint8Array|null;
              loginRequest?: socialnet.v1.LoginRequest.$Shape|null;
              postRequest?: socialnet.v1.PostRequest.$Shape|null;
              followRequest?: socialnet.v1.FollowRequest.$Shape|null;
              unfollowRequest?: socialnet.v1.UnfollowRequest.$Shape|null;
              sendMessageRequest?: socialnet.v1.SendMessageRequest.$Shape|null;
              readRequest?: socialnet.v1.ReadRequest.$Shape|null;
              ackRequest?: socialnet.v1.AckRequest.$Shape|null;
              discoverRequest?: socialnet.v1.DiscoverRequest.$Shape|null;
              loginReply?: socialnet.v1.LoginReply.$Shape|null;
              writeReply?: socialnet.v1.WriteReply.$Shape|null;
              readReply?: socialnet.v1.ReadReply.$Shape|null;
              ackReply?: socialnet.v1.AckReply.$Shape|null;
              discoverReply?: socialnet.v1.DiscoverReply.$Shape|null;
              errorReply?: socialnet.v1.ErrorReply.$Shape|null;
              notification?: socialnet.v1.Notification.$Shape|null;
              eventPush?: socialnet.v1.EventPush.$Shape|null;
              replicaAck?: socialnet.v1.ReplicaAck.$Shape|null;
              syncRequest?: socialnet.v1.SyncRequest.$Shape|null;
              syncReply?: socialnet.v1.SyncReply.$Shape|null;
              snapshotRequest?: socialnet.v1.SnapshotRequest.$Shape|null;
              snapshotChunk?: socialnet.v1.SnapshotChunk.$Shape|null;
              joinRequest?: socialnet.v1.JoinRequest.$Shape|null;
              leaveRequest?: socialnet.v1.LeaveRequest.$Shape|null;
              viewChange?: socialnet.v1.ViewChange.$Shape|null;
              viewAck?: socialnet.v1.ViewAck.$Shape|null;
              view?: socialnet.v1.View.$Shape|null;
              heartbeat?: socialnet.v1.Heartbeat.$Shape|null;
              election?: socialnet.v1.Election.$Shape|null;
              answer?: socialnet.v1.Answer.$Shape|null;
              coordinator?: socialnet.v1.Coordinator.$Shape|null;
              timeRequest?: socialnet.v1.TimeRequest.$Shape|null;
              timeReply?: socialnet.v1.TimeReply.$Shape|null;
              clockAdjust?: socialnet.v1.ClockAdjust.$Shape|null;
              controlRequest?: socialnet.v1.ControlRequest.$Shape|null;
              controlReply?: socialnet.v1.ControlReply.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "loginRequest"; loginRequest: socialnet.v1.LoginRequest.$Shape; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "postRequest"; loginRequest?: null; postRequest: socialnet.v1.PostRequest.$Shape; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "followRequest"; loginRequest?: null; postRequest?: null; followRequest: socialnet.v1.FollowRequest.$Shape; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "unfollowRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest: socialnet.v1.UnfollowRequest.$Shape; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "sendMessageRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest: socialnet.v1.SendMessageRequest.$Shape; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "readRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest: socialnet.v1.ReadRequest.$Shape; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "ackRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest: socialnet.v1.AckRequest.$Shape; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "discoverRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest: socialnet.v1.DiscoverRequest.$Shape; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "loginReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply: socialnet.v1.LoginReply.$Shape; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "writeReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply: socialnet.v1.WriteReply.$Shape; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "readReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply: socialnet.v1.ReadReply.$Shape; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "ackReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply: socialnet.v1.AckReply.$Shape; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "discoverReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply: socialnet.v1.DiscoverReply.$Shape; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "errorReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply: socialnet.v1.ErrorReply.$Shape; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "notification"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification: socialnet.v1.Notification.$Shape; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "eventPush"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush: socialnet.v1.EventPush.$Shape; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "replicaAck"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck: socialnet.v1.ReplicaAck.$Shape; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "syncRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest: socialnet.v1.SyncRequest.$Shape; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "syncReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply: socialnet.v1.SyncReply.$Shape; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "snapshotRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest: socialnet.v1.SnapshotRequest.$Shape; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "snapshotChunk"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk: socialnet.v1.SnapshotChunk.$Shape; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "joinRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest: socialnet.v1.JoinRequest.$Shape; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "leaveRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest: socialnet.v1.LeaveRequest.$Shape; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "viewChange"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange: socialnet.v1.ViewChange.$Shape; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "viewAck"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck: socialnet.v1.ViewAck.$Shape; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "view"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view: socialnet.v1.View.$Shape; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "heartbeat"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat: socialnet.v1.Heartbeat.$Shape; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "election"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election: socialnet.v1.Election.$Shape; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "answer"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer: socialnet.v1.Answer.$Shape; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "coordinator"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator: socialnet.v1.Coordinator.$Shape; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "timeRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest: socialnet.v1.TimeRequest.$Shape; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "timeReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply: socialnet.v1.TimeReply.$Shape; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "clockAdjust"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust: socialnet.v1.ClockAdjust.$Shape; controlRequest?: null; controlReply?: null }|{ body?: "controlRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest: socialnet.v1.ControlRequest.$Shape; controlReply?: null }|{ body?: "controlReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply: socialnet.v1.ControlReply.$Shape })
            );
        }

        enum Role {
            ROLE_UNSPECIFIED = 0,
            ROLE_SERVER = 1,
            ROLE_CLOCK = 2,
            ROLE_USER = 3,
            ROLE_CONTROL = 4
        }

        interface IEventId extends socialnet.v1.EventId.$Properties {
        }

        class EventId {
            constructor(p?: socialnet.v1.EventId.$Properties);
            $unknowns?: Uint8Array[];
            origin: string;
            seq: number;
            static create(properties: socialnet.v1.EventId.$Shape): socialnet.v1.EventId & socialnet.v1.EventId.$Shape;
            static create(properties?: socialnet.v1.EventId.$Properties): socialnet.v1.EventId;
            static encode(m: socialnet.v1.EventId.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.EventId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.EventId & socialnet.v1.EventId.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.EventId & socialnet.v1.EventId.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.EventId;
            static toObject(m: socialnet.v1.EventId, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventId {
            interface $Properties {
                origin?: (string|null);
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.EventId.$Properties;
        }

        interface IPosition extends socialnet.v1.Position.$Properties {
        }

        class Position {
            constructor(p?: socialnet.v1.Position.$Properties);
            $unknowns?: Uint8Array[];
            lamport: number;
            origin: string;
            seq: number;
            static create(properties: socialnet.v1.Position.$Shape): socialnet.v1.Position & socialnet.v1.Position.$Shape;
            static create(properties?: socialnet.v1.Position.$Properties): socialnet.v1.Position;
            static encode(m: socialnet.v1.Position.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Position.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Position & socialnet.v1.Position.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Position & socialnet.v1.Position.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Position;
            static toObject(m: socialnet.v1.Position, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Position {
            interface $Properties {
                lamport?: (number|null);
                origin?: (string|null);
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Position.$Properties;
        }

        interface IOriginSeq extends socialnet.v1.OriginSeq.$Properties {
        }

        class OriginSeq {
            constructor(p?: socialnet.v1.OriginSeq.$Properties);
            $unknowns?: Uint8Array[];
            origin: string;
            seq: number;
            static create(properties: socialnet.v1.OriginSeq.$Shape): socialnet.v1.OriginSeq & socialnet.v1.OriginSeq.$Shape;
            static create(properties?: socialnet.v1.OriginSeq.$Properties): socialnet.v1.OriginSeq;
            static encode(m: socialnet.v1.OriginSeq.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.OriginSeq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.OriginSeq & socialnet.v1.OriginSeq.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.OriginSeq & socialnet.v1.OriginSeq.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.OriginSeq;
            static toObject(m: socialnet.v1.OriginSeq, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace OriginSeq {
            interface $Properties {
                origin?: (string|null);
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.OriginSeq.$Properties;
        }

        interface IVersionVector extends socialnet.v1.VersionVector.$Properties {
        }

        class VersionVector {
            constructor(p?: socialnet.v1.VersionVector.$Properties);
            $unknowns?: Uint8Array[];
            entries: socialnet.v1.OriginSeq.$Properties[];
            static create(properties: socialnet.v1.VersionVector.$Shape): socialnet.v1.VersionVector & socialnet.v1.VersionVector.$Shape;
            static create(properties?: socialnet.v1.VersionVector.$Properties): socialnet.v1.VersionVector;
            static encode(m: socialnet.v1.VersionVector.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.VersionVector.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.VersionVector & socialnet.v1.VersionVector.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.VersionVector & socialnet.v1.VersionVector.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.VersionVector;
            static toObject(m: socialnet.v1.VersionVector, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionVector {
            interface $Properties {
                entries?: (socialnet.v1.OriginSeq.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.VersionVector.$Properties;
        }

        interface IEvent extends socialnet.v1.Event.$Properties {
        }

        class Event {
            constructor(p?: socialnet.v1.Event.$Properties);
            $unknowns?: Uint8Array[];
            id?: (socialnet.v1.EventId.$Properties|null);
            author: string;
            lamport: number;
            clockMs: number;
            requestId: string;
            register?: (socialnet.v1.Register.$Properties|null);
            post?: (socialnet.v1.Post.$Properties|null);
            follow?: (socialnet.v1.Follow.$Properties|null);
            unfollow?: (socialnet.v1.Unfollow.$Properties|null);
            directMessage?: (socialnet.v1.DirectMessage.$Properties|null);
            readReceipt?: (socialnet.v1.ReadReceipt.$Properties|null);
            change?: ("register"|"post"|"follow"|"unfollow"|"directMessage"|"readReceipt");
            static create(properties: socialnet.v1.Event.$Shape): socialnet.v1.Event & socialnet.v1.Event.$Shape;
            static create(properties?: socialnet.v1.Event.$Properties): socialnet.v1.Event;
            static encode(m: socialnet.v1.Event.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Event & socialnet.v1.Event.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Event & socialnet.v1.Event.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Event;
            static toObject(m: socialnet.v1.Event, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {
            interface $Properties {
                id?: (socialnet.v1.EventId.$Properties|null);
                author?: (string|null);
                lamport?: (number|null);
                clockMs?: (number|null);
                requestId?: (string|null);
                register?: (socialnet.v1.Register.$Properties|null);
                post?: (socialnet.v1.Post.$Properties|null);
                follow?: (socialnet.v1.Follow.$Properties|null);
                unfollow?: (socialnet.v1.Unfollow.$Properties|null);
                directMessage?: (socialnet.v1.DirectMessage.$Properties|null);
                readReceipt?: (socialnet.v1.ReadReceipt.$Properties|null);
                change?: ("register"|"post"|"follow"|"unfollow"|"directMessage"|"readReceipt");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: socialnet.v1.EventId.$Shape|null;
              author?: string|null;
              lamport?: number|null;
              clockMs?: number|null;
              requestId?: string|null;
              register?: socialnet.v1.Register.$Shape|null;
              post?: socialnet.v1.Post.$Shape|null;
              follow?: socialnet.v1.Follow.$Shape|null;
              unfollow?: socialnet.v1.Unfollow.$Shape|null;
              directMessage?: socialnet.v1.DirectMessage.$Shape|null;
              readReceipt?: socialnet.v1.ReadReceipt.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ change?: undefined; register?: null; post?: null; follow?: null; unfollow?: null; directMessage?: null; readReceipt?: null }|{ change?: "register"; register: socialnet.v1.Register.$Shape; post?: null; follow?: null; unfollow?: null; directMessage?: null; readReceipt?: null }|{ change?: "post"; register?: null; post: socialnet.v1.Post.$Shape; follow?: null; unfollow?: null; directMessage?: null; readReceipt?: null }|{ change?: "follow"; register?: null; post?: null; follow: socialnet.v1.Follow.$Shape; unfollow?: null; directMessage?: null; readReceipt?: null }|{ change?: "unfollow"; register?: null; post?: null; follow?: null; unfollow: socialnet.v1.Unfollow.$Shape; directMessage?: null; readReceipt?: null }|{ change?: "directMessage"; register?: null; post?: null; follow?: null; unfollow?: null; directMessage: socialnet.v1.DirectMessage.$Shape; readReceipt?: null }|{ change?: "readReceipt"; register?: null; post?: null; follow?: null; unfollow?: null; directMessage?: null; readReceipt: socialnet.v1.ReadReceipt.$Shape })
            );
        }

        interface IRegister extends socialnet.v1.Register.$Properties {
        }

        class Register {
            constructor(p?: socialnet.v1.Register.$Properties);
            $unknowns?: Uint8Array[];
            passwordHash: string;
            static create(properties: socialnet.v1.Register.$Shape): socialnet.v1.Register & socialnet.v1.Register.$Shape;
            static create(properties?: socialnet.v1.Register.$Properties): socialnet.v1.Register;
            static encode(m: socialnet.v1.Register.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Register.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Register & socialnet.v1.Register.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Register & socialnet.v1.Register.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Register;
            static toObject(m: socialnet.v1.Register, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Register {
            interface $Properties {
                passwordHash?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Register.$Properties;
        }

        interface IPost extends socialnet.v1.Post.$Properties {
        }

        class Post {
            constructor(p?: socialnet.v1.Post.$Properties);
            $unknowns?: Uint8Array[];
            text: string;
            static create(properties: socialnet.v1.Post.$Shape): socialnet.v1.Post & socialnet.v1.Post.$Shape;
            static create(properties?: socialnet.v1.Post.$Properties): socialnet.v1.Post;
            static encode(m: socialnet.v1.Post.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Post.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Post & socialnet.v1.Post.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Post & socialnet.v1.Post.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Post;
            static toObject(m: socialnet.v1.Post, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Post {
            interface $Properties {
                text?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Post.$Properties;
        }

        interface IFollow extends socialnet.v1.Follow.$Properties {
        }

        class Follow {
            constructor(p?: socialnet.v1.Follow.$Properties);
            $unknowns?: Uint8Array[];
            followee: string;
            static create(properties: socialnet.v1.Follow.$Shape): socialnet.v1.Follow & socialnet.v1.Follow.$Shape;
            static create(properties?: socialnet.v1.Follow.$Properties): socialnet.v1.Follow;
            static encode(m: socialnet.v1.Follow.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Follow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Follow & socialnet.v1.Follow.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Follow & socialnet.v1.Follow.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Follow;
            static toObject(m: socialnet.v1.Follow, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Follow {
            interface $Properties {
                followee?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Follow.$Properties;
        }

        interface IUnfollow extends socialnet.v1.Unfollow.$Properties {
        }

        class Unfollow {
            constructor(p?: socialnet.v1.Unfollow.$Properties);
            $unknowns?: Uint8Array[];
            followee: string;
            static create(properties: socialnet.v1.Unfollow.$Shape): socialnet.v1.Unfollow & socialnet.v1.Unfollow.$Shape;
            static create(properties?: socialnet.v1.Unfollow.$Properties): socialnet.v1.Unfollow;
            static encode(m: socialnet.v1.Unfollow.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Unfollow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Unfollow & socialnet.v1.Unfollow.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Unfollow & socialnet.v1.Unfollow.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Unfollow;
            static toObject(m: socialnet.v1.Unfollow, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Unfollow {
            interface $Properties {
                followee?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Unfollow.$Properties;
        }

        interface IDirectMessage extends socialnet.v1.DirectMessage.$Properties {
        }

        class DirectMessage {
            constructor(p?: socialnet.v1.DirectMessage.$Properties);
            $unknowns?: Uint8Array[];
            to: string;
            text: string;
            static create(properties: socialnet.v1.DirectMessage.$Shape): socialnet.v1.DirectMessage & socialnet.v1.DirectMessage.$Shape;
            static create(properties?: socialnet.v1.DirectMessage.$Properties): socialnet.v1.DirectMessage;
            static encode(m: socialnet.v1.DirectMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.DirectMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.DirectMessage & socialnet.v1.DirectMessage.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.DirectMessage & socialnet.v1.DirectMessage.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.DirectMessage;
            static toObject(m: socialnet.v1.DirectMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DirectMessage {
            interface $Properties {
                to?: (string|null);
                text?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.DirectMessage.$Properties;
        }

        interface IReadReceipt extends socialnet.v1.ReadReceipt.$Properties {
        }

        class ReadReceipt {
            constructor(p?: socialnet.v1.ReadReceipt.$Properties);
            $unknowns?: Uint8Array[];
            peer: string;
            upTo?: (socialnet.v1.Position.$Properties|null);
            static create(properties: socialnet.v1.ReadReceipt.$Shape): socialnet.v1.ReadReceipt & socialnet.v1.ReadReceipt.$Shape;
            static create(properties?: socialnet.v1.ReadReceipt.$Properties): socialnet.v1.ReadReceipt;
            static encode(m: socialnet.v1.ReadReceipt.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.ReadReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.ReadReceipt & socialnet.v1.ReadReceipt.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.ReadReceipt & socialnet.v1.ReadReceipt.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.ReadReceipt;
            static toObject(m: socialnet.v1.ReadReceipt, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadReceipt {
            interface $Properties {
                peer?: (string|null);
                upTo?: (socialnet.v1.Position.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.ReadReceipt.$Properties;
        }

        interface ILoginRequest extends socialnet.v1.LoginRequest.$Properties {
        }

        class LoginRequest {
            constructor(p?: socialnet.v1.LoginRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            user: string;
            password: string;
            register: boolean;
            static create(properties: socialnet.v1.LoginRequest.$Shape): socialnet.v1.LoginRequest & socialnet.v1.LoginRequest.$Shape;
            static create(properties?: socialnet.v1.LoginRequest.$Properties): socialnet.v1.LoginRequest;
            static encode(m: socialnet.v1.LoginRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.LoginRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.LoginRequest & socialnet.v1.LoginRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.LoginRequest & socialnet.v1.LoginRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.LoginRequest;
            static toObject(m: socialnet.v1.LoginRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoginRequest {
            interface $Properties {
                requestId?: (string|null);
                user?: (string|null);
                password?: (string|null);
                register?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.LoginRequest.$Properties;
        }

        interface IPostRequest extends socialnet.v1.PostRequest.$Properties {
        }

        class PostRequest {
            constructor(p?: socialnet.v1.PostRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            token: string;
            text: string;
            static create(properties: socialnet.v1.PostRequest.$Shape): socialnet.v1.PostRequest & socialnet.v1.PostRequest.$Shape;
            static create(properties?: socialnet.v1.PostRequest.$Properties): socialnet.v1.PostRequest;
            static encode(m: socialnet.v1.PostRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.PostRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.PostRequest & socialnet.v1.PostRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.PostRequest & socialnet.v1.PostRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.PostRequest;
            static toObject(m: socialnet.v1.PostRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PostRequest {
            interface $Properties {
                requestId?: (string|null);
                token?: (string|null);
                text?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.PostRequest.$Properties;
        }

        interface IFollowRequest extends socialnet.v1.FollowRequest.$Properties {
        }

        class FollowRequest {
            constructor(p?: socialnet.v1.FollowRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            token: string;
            followee: string;
            static create(properties: socialnet.v1.FollowRequest.$Shape): socialnet.v1.FollowRequest & socialnet.v1.FollowRequest.$Shape;
            static create(properties?: socialnet.v1.FollowRequest.$Properties): socialnet.v1.FollowRequest;
            static encode(m: socialnet.v1.FollowRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.FollowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.FollowRequest & socialnet.v1.FollowRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.FollowRequest & socialnet.v1.FollowRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.FollowRequest;
            static toObject(m: socialnet.v1.FollowRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FollowRequest {
            interface $Properties {
                requestId?: (string|null);
                token?: (string|null);
                followee?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.FollowRequest.$Properties;
        }

        interface IUnfollowRequest extends socialnet.v1.UnfollowRequest.$Properties {
        }

        class UnfollowRequest {
            constructor(p?: socialnet.v1.UnfollowRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            token: string;
            followee: string;
            static create(properties: socialnet.v1.UnfollowRequest.$Shape): socialnet.v1.UnfollowRequest & socialnet.v1.UnfollowRequest.$Shape;
            static create(properties?: socialnet.v1.UnfollowRequest.$Properties): socialnet.v1.UnfollowRequest;
            static encode(m: socialnet.v1.UnfollowRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.UnfollowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.UnfollowRequest & socialnet.v1.UnfollowRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.UnfollowRequest & socialnet.v1.UnfollowRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.UnfollowRequest;
            static toObject(m: socialnet.v1.UnfollowRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnfollowRequest {
            interface $Properties {
                requestId?: (string|null);
                token?: (string|null);
                followee?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.UnfollowRequest.$Properties;
        }

        interface ISendMessageRequest extends socialnet.v1.SendMessageRequest.$Properties {
        }

        class SendMessageRequest {
            constructor(p?: socialnet.v1.SendMessageRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            token: string;
            to: string;
            text: string;
            static create(properties: socialnet.v1.SendMessageRequest.$Shape): socialnet.v1.SendMessageRequest & socialnet.v1.SendMessageRequest.$Shape;
            static create(properties?: socialnet.v1.SendMessageRequest.$Properties): socialnet.v1.SendMessageRequest;
            static encode(m: socialnet.v1.SendMessageRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.SendMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.SendMessageRequest & socialnet.v1.SendMessageRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.SendMessageRequest & socialnet.v1.SendMessageRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.SendMessageRequest;
            static toObject(m: socialnet.v1.SendMessageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendMessageRequest {
            interface $Properties {
                requestId?: (string|null);
                token?: (string|null);
                to?: (string|null);
                text?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.SendMessageRequest.$Properties;
        }

        enum Feed {
            FEED_UNSPECIFIED = 0,
            FEED_TIMELINE = 1,
            FEED_HOME = 2,
            FEED_CONVERSATION = 3,
            FEED_NOTIFICATIONS = 4,
            FEED_FOLLOWERS = 5,
            FEED_FOLLOWING = 6,
            FEED_ALL = 7
        }

        interface IReadRequest extends socialnet.v1.ReadRequest.$Properties {
        }

        class ReadRequest {
            constructor(p?: socialnet.v1.ReadRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            token: string;
            feed: socialnet.v1.Feed;
            peer: string;
            after?: (socialnet.v1.Position.$Properties|null);
            limit: number;
            static create(properties: socialnet.v1.ReadRequest.$Shape): socialnet.v1.ReadRequest & socialnet.v1.ReadRequest.$Shape;
            static create(properties?: socialnet.v1.ReadRequest.$Properties): socialnet.v1.ReadRequest;
            static encode(m: socialnet.v1.ReadRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.ReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.ReadRequest & socialnet.v1.ReadRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.ReadRequest & socialnet.v1.ReadRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.ReadRequest;
            static toObject(m: socialnet.v1.ReadRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadRequest {
            interface $Properties {
                requestId?: (string|null);
                token?: (string|null);
                feed?: (socialnet.v1.Feed|null);
                peer?: (string|null);
                after?: (socialnet.v1.Position.$Properties|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.ReadRequest.$Properties;
        }

        interface IAckRequest extends socialnet.v1.AckRequest.$Properties {
        }

        class AckRequest {
            constructor(p?: socialnet.v1.AckRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            token: string;
            upTo?: (socialnet.v1.Position.$Properties|null);
            static create(properties: socialnet.v1.AckRequest.$Shape): socialnet.v1.AckRequest & socialnet.v1.AckRequest.$Shape;
            static create(properties?: socialnet.v1.AckRequest.$Properties): socialnet.v1.AckRequest;
            static encode(m: socialnet.v1.AckRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.AckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.AckRequest & socialnet.v1.AckRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.AckRequest & socialnet.v1.AckRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.AckRequest;
            static toObject(m: socialnet.v1.AckRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AckRequest {
            interface $Properties {
                requestId?: (string|null);
                token?: (string|null);
                upTo?: (socialnet.v1.Position.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.AckRequest.$Properties;
        }

        interface IDiscoverRequest extends socialnet.v1.DiscoverRequest.$Properties {
        }

        class DiscoverRequest {
            constructor(p?: socialnet.v1.DiscoverRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            static create(properties: socialnet.v1.DiscoverRequest.$Shape): socialnet.v1.DiscoverRequest & socialnet.v1.DiscoverRequest.$Shape;
            static create(properties?: socialnet.v1.DiscoverRequest.$Properties): socialnet.v1.DiscoverRequest;
            static encode(m: socialnet.v1.DiscoverRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.DiscoverRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.DiscoverRequest & socialnet.v1.DiscoverRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.DiscoverRequest & socialnet.v1.DiscoverRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.DiscoverRequest;
            static toObject(m: socialnet.v1.DiscoverRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiscoverRequest {
            interface $Properties {
                requestId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.DiscoverRequest.$Properties;
        }

        interface ILoginReply extends socialnet.v1.LoginReply.$Properties {
        }

        class LoginReply {
            constructor(p?: socialnet.v1.LoginReply.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            user: string;
            token: string;
            expiresMs: number;
            static create(properties: socialnet.v1.LoginReply.$Shape): socialnet.v1.LoginReply & socialnet.v1.LoginReply.$Shape;
            static create(properties?: socialnet.v1.LoginReply.$Properties): socialnet.v1.LoginReply;
            static encode(m: socialnet.v1.LoginReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.LoginReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.LoginReply & socialnet.v1.LoginReply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.LoginReply & socialnet.v1.LoginReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.LoginReply;
            static toObject(m: socialnet.v1.LoginReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoginReply {
            interface $Properties {
                requestId?: (string|null);
                user?: (string|null);
                token?: (string|null);
                expiresMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.LoginReply.$Properties;
        }

        interface IWriteReply extends socialnet.v1.WriteReply.$Properties {
        }

        class WriteReply {
            constructor(p?: socialnet.v1.WriteReply.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            event?: (socialnet.v1.Event.$Properties|null);
            static create(properties: socialnet.v1.WriteReply.$Shape): socialnet.v1.WriteReply & socialnet.v1.WriteReply.$Shape;
            static create(properties?: socialnet.v1.WriteReply.$Properties): socialnet.v1.WriteReply;
            static encode(m: socialnet.v1.WriteReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.WriteReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.WriteReply & socialnet.v1.WriteReply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.WriteReply & socialnet.v1.WriteReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.WriteReply;
            static toObject(m: socialnet.v1.WriteReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WriteReply {
            interface $Properties {
                requestId?: (string|null);
                event?: (socialnet.v1.Event.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              requestId?: string|null;
              event?: socialnet.v1.Event.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IReadReply extends socialnet.v1.ReadReply.$Properties {
        }

        class ReadReply {
            constructor(p?: socialnet.v1.ReadReply.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            events: socialnet.v1.Event.$Properties[];
            users: string[];
            next?: (socialnet.v1.Position.$Properties|null);
            more: boolean;
            static create(properties: socialnet.v1.ReadReply.$Shape): socialnet.v1.ReadReply & socialnet.v1.ReadReply.$Shape;
            static create(properties?: socialnet.v1.ReadReply.$Properties): socialnet.v1.ReadReply;
            static encode(m: socialnet.v1.ReadReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.ReadReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.ReadReply & socialnet.v1.ReadReply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.ReadReply & socialnet.v1.ReadReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.ReadReply;
            static toObject(m: socialnet.v1.ReadReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadReply {
            interface $Properties {
                requestId?: (string|null);
                events?: (socialnet.v1.Event.$Properties[]|null);
                users?: (string[]|null);
                next?: (socialnet.v1.Position.$Properties|null);
                more?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              requestId?: string|null;
              events?: socialnet.v1.Event.$Shape[]|null;
              users?: string[]|null;
              next?: socialnet.v1.Position.$Shape|null;
              more?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IAckReply extends socialnet.v1.AckReply.$Properties {
        }

        class AckReply {
            constructor(p?: socialnet.v1.AckReply.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            upTo?: (socialnet.v1.Position.$Properties|null);
            static create(properties: socialnet.v1.AckReply.$Shape): socialnet.v1.AckReply & socialnet.v1.AckReply.$Shape;
            static create(properties?: socialnet.v1.AckReply.$Properties): socialnet.v1.AckReply;
            static encode(m: socialnet.v1.AckReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.AckReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.AckReply & socialnet.v1.AckReply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.AckReply & socialnet.v1.AckReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.AckReply;
            static toObject(m: socialnet.v1.AckReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AckReply {
            interface $Properties {
                requestId?: (string|null);
                upTo?: (socialnet.v1.Position.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.AckReply.$Properties;
        }

        interface IDiscoverReply extends socialnet.v1.DiscoverReply.$Properties {
        }

        class DiscoverReply {
            constructor(p?: socialnet.v1.DiscoverReply.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            view?: (socialnet.v1.View.$Properties|null);
            static create(properties: socialnet.v1.DiscoverReply.$Shape): socialnet.v1.DiscoverReply & socialnet.v1.DiscoverReply.$Shape;
            static create(properties?: socialnet.v1.DiscoverReply.$Properties): socialnet.v1.DiscoverReply;
            static encode(m: socialnet.v1.DiscoverReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.DiscoverReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.DiscoverReply & socialnet.v1.DiscoverReply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.DiscoverReply & socialnet.v1.DiscoverReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.DiscoverReply;
            static toObject(m: socialnet.v1.DiscoverReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiscoverReply {
            interface $Properties {
                requestId?: (string|null);
                view?: (socialnet.v1.View.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.DiscoverReply.$Properties;
        }

        enum ErrorCode {
            ERROR_CODE_UNSPECIFIED = 0,
            ERROR_CODE_MALFORMED = 1,
            ERROR_CODE_UNKNOWN_KIND = 2,
            ERROR_CODE_MISSING_FIELD = 3,
            ERROR_CODE_TOO_LARGE = 4,
            ERROR_CODE_BAD_TOKEN = 5,
            ERROR_CODE_TOKEN_EXPIRED = 6,
            ERROR_CODE_UNKNOWN_USER = 7,
            ERROR_CODE_BAD_PASSWORD = 8,
            ERROR_CODE_USER_EXISTS = 9,
            ERROR_CODE_FORBIDDEN = 10,
            ERROR_CODE_INVALID_ARGUMENT = 11,
            ERROR_CODE_NO_QUORUM = 12,
            ERROR_CODE_UNAVAILABLE = 13,
            ERROR_CODE_RATE_LIMITED = 14,
            ERROR_CODE_BAD_SIGNATURE = 15,
            ERROR_CODE_INTERNAL = 16
        }

        interface IErrorReply extends socialnet.v1.ErrorReply.$Properties {
        }

        class ErrorReply {
            constructor(p?: socialnet.v1.ErrorReply.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            code: socialnet.v1.ErrorCode;
            message: string;
            static create(properties: socialnet.v1.ErrorReply.$Shape): socialnet.v1.ErrorReply & socialnet.v1.ErrorReply.$Shape;
            static create(properties?: socialnet.v1.ErrorReply.$Properties): socialnet.v1.ErrorReply;
            static encode(m: socialnet.v1.ErrorReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.ErrorReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.ErrorReply & socialnet.v1.ErrorReply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.ErrorReply & socialnet.v1.ErrorReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.ErrorReply;
            static toObject(m: socialnet.v1.ErrorReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorReply {
            interface $Properties {
                requestId?: (string|null);
                code?: (socialnet.v1.ErrorCode|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.ErrorReply.$Properties;
        }

        interface INotification extends socialnet.v1.Notification.$Properties {
        }

        class Notification {
            constructor(p?: socialnet.v1.Notification.$Properties);
            $unknowns?: Uint8Array[];
            user: string;
            position?: (socialnet.v1.Position.$Properties|null);
            event?: (socialnet.v1.Event.$Properties|null);
            static create(properties: socialnet.v1.Notification.$Shape): socialnet.v1.Notification & socialnet.v1.Notification.$Shape;
            static create(properties?: socialnet.v1.Notification.$Properties): socialnet.v1.Notification;
            static encode(m: socialnet.v1.Notification.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Notification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Notification & socialnet.v1.Notification.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Notification & socialnet.v1.Notification.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Notification;
            static toObject(m: socialnet.v1.Notification, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Notification {
            interface $Properties {
                user?: (string|null);
                position?: (socialnet.v1.Position.$Properties|null);
                event?: (socialnet.v1.Event.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              user?: string|null;
              position?: socialnet.v1.Position.$Shape|null;
              event?: socialnet.v1.Event.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IEventPush extends socialnet.v1.EventPush.$Properties {
        }

        class EventPush {
            constructor(p?: socialnet.v1.EventPush.$Properties);
            $unknowns?: Uint8Array[];
            events: socialnet.v1.Event.$Properties[];
            ackWanted: boolean;
            static create(properties: socialnet.v1.EventPush.$Shape): socialnet.v1.EventPush & socialnet.v1.EventPush.$Shape;
            static create(properties?: socialnet.v1.EventPush.$Properties): socialnet.v1.EventPush;
            static encode(m: socialnet.v1.EventPush.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.EventPush.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.EventPush & socialnet.v1.EventPush.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.EventPush & socialnet.v1.EventPush.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.EventPush;
            static toObject(m: socialnet.v1.EventPush, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventPush {
            interface $Properties {
                events?: (socialnet.v1.Event.$Properties[]|null);
                ackWanted?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              events?: socialnet.v1.Event.$Shape[]|null;
              ackWanted?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IReplicaAck extends socialnet.v1.ReplicaAck.$Properties {
        }

        class ReplicaAck {
            constructor(p?: socialnet.v1.ReplicaAck.$Properties);
            $unknowns?: Uint8Array[];
            ids: socialnet.v1.EventId.$Properties[];
            static create(properties: socialnet.v1.ReplicaAck.$Shape): socialnet.v1.ReplicaAck & socialnet.v1.ReplicaAck.$Shape;
            static create(properties?: socialnet.v1.ReplicaAck.$Properties): socialnet.v1.ReplicaAck;
            static encode(m: socialnet.v1.ReplicaAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.ReplicaAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.ReplicaAck & socialnet.v1.ReplicaAck.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.ReplicaAck & socialnet.v1.ReplicaAck.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.ReplicaAck;
            static toObject(m: socialnet.v1.ReplicaAck, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaAck {
            interface $Properties {
                ids?: (socialnet.v1.EventId.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.ReplicaAck.$Properties;
        }

        interface ISyncRequest extends socialnet.v1.SyncRequest.$Properties {
        }

        class SyncRequest {
            constructor(p?: socialnet.v1.SyncRequest.$Properties);
            $unknowns?: Uint8Array[];
            have?: (socialnet.v1.VersionVector.$Properties|null);
            limit: number;
            static create(properties: socialnet.v1.SyncRequest.$Shape): socialnet.v1.SyncRequest & socialnet.v1.SyncRequest.$Shape;
            static create(properties?: socialnet.v1.SyncRequest.$Properties): socialnet.v1.SyncRequest;
            static encode(m: socialnet.v1.SyncRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.SyncRequest & socialnet.v1.SyncRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.SyncRequest & socialnet.v1.SyncRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.SyncRequest;
            static toObject(m: socialnet.v1.SyncRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncRequest {
            interface $Properties {
                have?: (socialnet.v1.VersionVector.$Properties|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.SyncRequest.$Properties;
        }

        interface ISyncReply extends socialnet.v1.SyncReply.$Properties {
        }

        class SyncReply {
            constructor(p?: socialnet.v1.SyncReply.$Properties);
            $unknowns?: Uint8Array[];
            events: socialnet.v1.Event.$Properties[];
            more: boolean;
            static create(properties: socialnet.v1.SyncReply.$Shape): socialnet.v1.SyncReply & socialnet.v1.SyncReply.$Shape;
            static create(properties?: socialnet.v1.SyncReply.$Properties): socialnet.v1.SyncReply;
            static encode(m: socialnet.v1.SyncReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.SyncReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.SyncReply & socialnet.v1.SyncReply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.SyncReply & socialnet.v1.SyncReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.SyncReply;
            static toObject(m: socialnet.v1.SyncReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncReply {
            interface $Properties {
                events?: (socialnet.v1.Event.$Properties[]|null);
                more?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              events?: socialnet.v1.Event.$Shape[]|null;
              more?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface ISnapshotRequest extends socialnet.v1.SnapshotRequest.$Properties {
        }

        class SnapshotRequest {
            constructor(p?: socialnet.v1.SnapshotRequest.$Properties);
            $unknowns?: Uint8Array[];
            chunkSize: number;
            static create(properties: socialnet.v1.SnapshotRequest.$Shape): socialnet.v1.SnapshotRequest & socialnet.v1.SnapshotRequest.$Shape;
            static create(properties?: socialnet.v1.SnapshotRequest.$Properties): socialnet.v1.SnapshotRequest;
            static encode(m: socialnet.v1.SnapshotRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.SnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.SnapshotRequest & socialnet.v1.SnapshotRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.SnapshotRequest & socialnet.v1.SnapshotRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.SnapshotRequest;
            static toObject(m: socialnet.v1.SnapshotRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotRequest {
            interface $Properties {
                chunkSize?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.SnapshotRequest.$Properties;
        }

        interface ISnapshotChunk extends socialnet.v1.SnapshotChunk.$Properties {
        }

        class SnapshotChunk {
            constructor(p?: socialnet.v1.SnapshotChunk.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            events: socialnet.v1.Event.$Properties[];
            vector?: (socialnet.v1.VersionVector.$Properties|null);
            last: boolean;
            static create(properties: socialnet.v1.SnapshotChunk.$Shape): socialnet.v1.SnapshotChunk & socialnet.v1.SnapshotChunk.$Shape;
            static create(properties?: socialnet.v1.SnapshotChunk.$Properties): socialnet.v1.SnapshotChunk;
            static encode(m: socialnet.v1.SnapshotChunk.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.SnapshotChunk & socialnet.v1.SnapshotChunk.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.SnapshotChunk & socialnet.v1.SnapshotChunk.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.SnapshotChunk;
            static toObject(m: socialnet.v1.SnapshotChunk, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotChunk {
            interface $Properties {
                index?: (number|null);
                events?: (socialnet.v1.Event.$Properties[]|null);
                vector?: (socialnet.v1.VersionVector.$Properties|null);
                last?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              index?: number|null;
              events?: socialnet.v1.Event.$Shape[]|null;
              vector?: socialnet.v1.VersionVector.$Shape|null;
              last?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        enum MemberState {
            MEMBER_STATE_UNSPECIFIED = 0,
            MEMBER_STATE_JOINING = 1,
            MEMBER_STATE_ACTIVE = 2,
            MEMBER_STATE_LEAVING = 3
        }

        interface IMember extends socialnet.v1.Member.$Properties {
        }

        class Member {
            constructor(p?: socialnet.v1.Member.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            role: socialnet.v1.Role;
            rank: number;
            peerEndpoint: string;
            userEndpoint: string;
            pubEndpoint: string;
            state: socialnet.v1.MemberState;
            origin: string;
            static create(properties: socialnet.v1.Member.$Shape): socialnet.v1.Member & socialnet.v1.Member.$Shape;
            static create(properties?: socialnet.v1.Member.$Properties): socialnet.v1.Member;
            static encode(m: socialnet.v1.Member.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Member & socialnet.v1.Member.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Member & socialnet.v1.Member.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Member;
            static toObject(m: socialnet.v1.Member, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Member {
            interface $Properties {
                id?: (string|null);
                role?: (socialnet.v1.Role|null);
                rank?: (number|null);
                peerEndpoint?: (string|null);
                userEndpoint?: (string|null);
                pubEndpoint?: (string|null);
                state?: (socialnet.v1.MemberState|null);
                origin?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Member.$Properties;
        }

        interface IView extends socialnet.v1.View.$Properties {
        }

        class View {
            constructor(p?: socialnet.v1.View.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            members: socialnet.v1.Member.$Properties[];
            coordinator: string;
            cuts: socialnet.v1.OriginSeq.$Properties[];
            static create(properties: socialnet.v1.View.$Shape): socialnet.v1.View & socialnet.v1.View.$Shape;
            static create(properties?: socialnet.v1.View.$Properties): socialnet.v1.View;
            static encode(m: socialnet.v1.View.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.View.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.View & socialnet.v1.View.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.View & socialnet.v1.View.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.View;
            static toObject(m: socialnet.v1.View, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace View {
            interface $Properties {
                epoch?: (number|null);
                members?: (socialnet.v1.Member.$Properties[]|null);
                coordinator?: (string|null);
                cuts?: (socialnet.v1.OriginSeq.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.View.$Properties;
        }

        interface IJoinRequest extends socialnet.v1.JoinRequest.$Properties {
        }

        class JoinRequest {
            constructor(p?: socialnet.v1.JoinRequest.$Properties);
            $unknowns?: Uint8Array[];
            member?: (socialnet.v1.Member.$Properties|null);
            static create(properties: socialnet.v1.JoinRequest.$Shape): socialnet.v1.JoinRequest & socialnet.v1.JoinRequest.$Shape;
            static create(properties?: socialnet.v1.JoinRequest.$Properties): socialnet.v1.JoinRequest;
            static encode(m: socialnet.v1.JoinRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.JoinRequest & socialnet.v1.JoinRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.JoinRequest & socialnet.v1.JoinRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.JoinRequest;
            static toObject(m: socialnet.v1.JoinRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace JoinRequest {
            interface $Properties {
                member?: (socialnet.v1.Member.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.JoinRequest.$Properties;
        }

        interface ILeaveRequest extends socialnet.v1.LeaveRequest.$Properties {
        }

        class LeaveRequest {
            constructor(p?: socialnet.v1.LeaveRequest.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            static create(properties: socialnet.v1.LeaveRequest.$Shape): socialnet.v1.LeaveRequest & socialnet.v1.LeaveRequest.$Shape;
            static create(properties?: socialnet.v1.LeaveRequest.$Properties): socialnet.v1.LeaveRequest;
            static encode(m: socialnet.v1.LeaveRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.LeaveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.LeaveRequest & socialnet.v1.LeaveRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.LeaveRequest & socialnet.v1.LeaveRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.LeaveRequest;
            static toObject(m: socialnet.v1.LeaveRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaveRequest {
            interface $Properties {
                id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.LeaveRequest.$Properties;
        }

        interface IViewChange extends socialnet.v1.ViewChange.$Properties {
        }

        class ViewChange {
            constructor(p?: socialnet.v1.ViewChange.$Properties);
            $unknowns?: Uint8Array[];
            view?: (socialnet.v1.View.$Properties|null);
            static create(properties: socialnet.v1.ViewChange.$Shape): socialnet.v1.ViewChange & socialnet.v1.ViewChange.$Shape;
            static create(properties?: socialnet.v1.ViewChange.$Properties): socialnet.v1.ViewChange;
            static encode(m: socialnet.v1.ViewChange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.ViewChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.ViewChange & socialnet.v1.ViewChange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.ViewChange & socialnet.v1.ViewChange.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.ViewChange;
            static toObject(m: socialnet.v1.ViewChange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ViewChange {
            interface $Properties {
                view?: (socialnet.v1.View.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.ViewChange.$Properties;
        }

        interface IViewAck extends socialnet.v1.ViewAck.$Properties {
        }

        class ViewAck {
            constructor(p?: socialnet.v1.ViewAck.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            accepted: boolean;
            have?: (socialnet.v1.VersionVector.$Properties|null);
            static create(properties: socialnet.v1.ViewAck.$Shape): socialnet.v1.ViewAck & socialnet.v1.ViewAck.$Shape;
            static create(properties?: socialnet.v1.ViewAck.$Properties): socialnet.v1.ViewAck;
            static encode(m: socialnet.v1.ViewAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.ViewAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.ViewAck & socialnet.v1.ViewAck.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.ViewAck & socialnet.v1.ViewAck.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.ViewAck;
            static toObject(m: socialnet.v1.ViewAck, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ViewAck {
            interface $Properties {
                epoch?: (number|null);
                accepted?: (boolean|null);
                have?: (socialnet.v1.VersionVector.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.ViewAck.$Properties;
        }

        interface IHeartbeat extends socialnet.v1.Heartbeat.$Properties {
        }

        class Heartbeat {
            constructor(p?: socialnet.v1.Heartbeat.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            have?: (socialnet.v1.VersionVector.$Properties|null);
            coordinator: string;
            state: socialnet.v1.MemberState;
            static create(properties: socialnet.v1.Heartbeat.$Shape): socialnet.v1.Heartbeat & socialnet.v1.Heartbeat.$Shape;
            static create(properties?: socialnet.v1.Heartbeat.$Properties): socialnet.v1.Heartbeat;
            static encode(m: socialnet.v1.Heartbeat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Heartbeat & socialnet.v1.Heartbeat.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Heartbeat & socialnet.v1.Heartbeat.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Heartbeat;
            static toObject(m: socialnet.v1.Heartbeat, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {
            interface $Properties {
                epoch?: (number|null);
                have?: (socialnet.v1.VersionVector.$Properties|null);
                coordinator?: (string|null);
                state?: (socialnet.v1.MemberState|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Heartbeat.$Properties;
        }

        interface IElection extends socialnet.v1.Election.$Properties {
        }

        class Election {
            constructor(p?: socialnet.v1.Election.$Properties);
            $unknowns?: Uint8Array[];
            rank: number;
            static create(properties: socialnet.v1.Election.$Shape): socialnet.v1.Election & socialnet.v1.Election.$Shape;
            static create(properties?: socialnet.v1.Election.$Properties): socialnet.v1.Election;
            static encode(m: socialnet.v1.Election.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Election.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Election & socialnet.v1.Election.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Election & socialnet.v1.Election.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Election;
            static toObject(m: socialnet.v1.Election, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Election {
            interface $Properties {
                rank?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Election.$Properties;
        }

        interface IAnswer extends socialnet.v1.Answer.$Properties {
        }

        class Answer {
            constructor(p?: socialnet.v1.Answer.$Properties);
            $unknowns?: Uint8Array[];
            rank: number;
            static create(properties: socialnet.v1.Answer.$Shape): socialnet.v1.Answer & socialnet.v1.Answer.$Shape;
            static create(properties?: socialnet.v1.Answer.$Properties): socialnet.v1.Answer;
            static encode(m: socialnet.v1.Answer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Answer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Answer & socialnet.v1.Answer.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Answer & socialnet.v1.Answer.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Answer;
            static toObject(m: socialnet.v1.Answer, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Answer {
            interface $Properties {
                rank?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Answer.$Properties;
        }

        interface ICoordinator extends socialnet.v1.Coordinator.$Properties {
        }

        class Coordinator {
            constructor(p?: socialnet.v1.Coordinator.$Properties);
            $unknowns?: Uint8Array[];
            rank: number;
            term: number;
            static create(properties: socialnet.v1.Coordinator.$Shape): socialnet.v1.Coordinator & socialnet.v1.Coordinator.$Shape;
            static create(properties?: socialnet.v1.Coordinator.$Properties): socialnet.v1.Coordinator;
            static encode(m: socialnet.v1.Coordinator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Coordinator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Coordinator & socialnet.v1.Coordinator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Coordinator & socialnet.v1.Coordinator.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Coordinator;
            static toObject(m: socialnet.v1.Coordinator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Coordinator {
            interface $Properties {
                rank?: (number|null);
                term?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Coordinator.$Properties;
        }

        interface ITimeRequest extends socialnet.v1.TimeRequest.$Properties {
        }

        class TimeRequest {
            constructor(p?: socialnet.v1.TimeRequest.$Properties);
            $unknowns?: Uint8Array[];
            round: number;
            static create(properties: socialnet.v1.TimeRequest.$Shape): socialnet.v1.TimeRequest & socialnet.v1.TimeRequest.$Shape;
            static create(properties?: socialnet.v1.TimeRequest.$Properties): socialnet.v1.TimeRequest;
            static encode(m: socialnet.v1.TimeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.TimeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.TimeRequest & socialnet.v1.TimeRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.TimeRequest & socialnet.v1.TimeRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.TimeRequest;
            static toObject(m: socialnet.v1.TimeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimeRequest {
            interface $Properties {
                round?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.TimeRequest.$Properties;
        }

        interface ITimeReply extends socialnet.v1.TimeReply.$Properties {
        }

        class TimeReply {
            constructor(p?: socialnet.v1.TimeReply.$Properties);
            $unknowns?: Uint8Array[];
            round: number;
            clockUs: number;
            static create(properties: socialnet.v1.TimeReply.$Shape): socialnet.v1.TimeReply & socialnet.v1.TimeReply.$Shape;
            static create(properties?: socialnet.v1.TimeReply.$Properties): socialnet.v1.TimeReply;
            static encode(m: socialnet.v1.TimeReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.TimeReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.TimeReply & socialnet.v1.TimeReply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.TimeReply & socialnet.v1.TimeReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.TimeReply;
            static toObject(m: socialnet.v1.TimeReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimeReply {
            interface $Properties {
                round?: (number|null);
                clockUs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.TimeReply.$Properties;
        }

        interface IClockAdjust extends socialnet.v1.ClockAdjust.$Properties {
        }

        class ClockAdjust {
            constructor(p?: socialnet.v1.ClockAdjust.$Properties);
            $unknowns?: Uint8Array[];
            round: number;
            deltaUs: number;
            static create(properties: socialnet.v1.ClockAdjust.$Shape): socialnet.v1.ClockAdjust & socialnet.v1.ClockAdjust.$Shape;
            static create(properties?: socialnet.v1.ClockAdjust.$Properties): socialnet.v1.ClockAdjust;
            static encode(m: socialnet.v1.ClockAdjust.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.ClockAdjust.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.ClockAdjust & socialnet.v1.ClockAdjust.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.ClockAdjust & socialnet.v1.ClockAdjust.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.ClockAdjust;
            static toObject(m: socialnet.v1.ClockAdjust, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClockAdjust {
            interface $Properties {
                round?: (number|null);
                deltaUs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.ClockAdjust.$Properties;
        }

        interface IControlRequest extends socialnet.v1.ControlRequest.$Properties {
        }

        class ControlRequest {
            constructor(p?: socialnet.v1.ControlRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            status?: (socialnet.v1.StatusQuery.$Properties|null);
            drift?: (socialnet.v1.DriftJump.$Properties|null);
            shutdown?: (socialnet.v1.Shutdown.$Properties|null);
            partition?: (socialnet.v1.Partition.$Properties|null);
            heal?: (socialnet.v1.Heal.$Properties|null);
            command?: ("status"|"drift"|"shutdown"|"partition"|"heal");
            static create(properties: socialnet.v1.ControlRequest.$Shape): socialnet.v1.ControlRequest & socialnet.v1.ControlRequest.$Shape;
            static create(properties?: socialnet.v1.ControlRequest.$Properties): socialnet.v1.ControlRequest;
            static encode(m: socialnet.v1.ControlRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.ControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.ControlRequest & socialnet.v1.ControlRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.ControlRequest & socialnet.v1.ControlRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.ControlRequest;
            static toObject(m: socialnet.v1.ControlRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlRequest {
            interface $Properties {
                requestId?: (string|null);
                status?: (socialnet.v1.StatusQuery.$Properties|null);
                drift?: (socialnet.v1.DriftJump.$Properties|null);
                shutdown?: (socialnet.v1.Shutdown.$Properties|null);
                partition?: (socialnet.v1.Partition.$Properties|null);
                heal?: (socialnet.v1.Heal.$Properties|null);
                command?: ("status"|"drift"|"shutdown"|"partition"|"heal");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              requestId?: string|null;
              status?: socialnet.v1.StatusQuery.$Shape|null;
              drift?: socialnet.v1.DriftJump.$Shape|null;
              shutdown?: socialnet.v1.Shutdown.$Shape|null;
              partition?: socialnet.v1.Partition.$Shape|null;
              heal?: socialnet.v1.Heal.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ command?: undefined; status?: null; drift?: null; shutdown?: null; partition?: null; heal?: null }|{ command?: "status"; status: socialnet.v1.StatusQuery.$Shape; drift?: null; shutdown?: null; partition?: null; heal?: null }|{ command?: "drift"; status?: null; drift: socialnet.v1.DriftJump.$Shape; shutdown?: null; partition?: null; heal?: null }|{ command?: "shutdown"; status?: null; drift?: null; shutdown: socialnet.v1.Shutdown.$Shape; partition?: null; heal?: null }|{ command?: "partition"; status?: null; drift?: null; shutdown?: null; partition: socialnet.v1.Partition.$Shape; heal?: null }|{ command?: "heal"; status?: null; drift?: null; shutdown?: null; partition?: null; heal: socialnet.v1.Heal.$Shape })
            );
        }

        interface IStatusQuery extends socialnet.v1.StatusQuery.$Properties {
        }

        class StatusQuery {
            constructor(p?: socialnet.v1.StatusQuery.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: socialnet.v1.StatusQuery.$Shape): socialnet.v1.StatusQuery & socialnet.v1.StatusQuery.$Shape;
            static create(properties?: socialnet.v1.StatusQuery.$Properties): socialnet.v1.StatusQuery;
            static encode(m: socialnet.v1.StatusQuery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.StatusQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.StatusQuery & socialnet.v1.StatusQuery.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.StatusQuery & socialnet.v1.StatusQuery.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.StatusQuery;
            static toObject(m: socialnet.v1.StatusQuery, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusQuery {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.StatusQuery.$Properties;
        }

        interface IDriftJump extends socialnet.v1.DriftJump.$Properties {
        }

        class DriftJump {
            constructor(p?: socialnet.v1.DriftJump.$Properties);
            $unknowns?: Uint8Array[];
            deltaMs: number;
            static create(properties: socialnet.v1.DriftJump.$Shape): socialnet.v1.DriftJump & socialnet.v1.DriftJump.$Shape;
            static create(properties?: socialnet.v1.DriftJump.$Properties): socialnet.v1.DriftJump;
            static encode(m: socialnet.v1.DriftJump.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.DriftJump.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.DriftJump & socialnet.v1.DriftJump.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.DriftJump & socialnet.v1.DriftJump.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.DriftJump;
            static toObject(m: socialnet.v1.DriftJump, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DriftJump {
            interface $Properties {
                deltaMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.DriftJump.$Properties;
        }

        interface IShutdown extends socialnet.v1.Shutdown.$Properties {
        }

        class Shutdown {
            constructor(p?: socialnet.v1.Shutdown.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: socialnet.v1.Shutdown.$Shape): socialnet.v1.Shutdown & socialnet.v1.Shutdown.$Shape;
            static create(properties?: socialnet.v1.Shutdown.$Properties): socialnet.v1.Shutdown;
            static encode(m: socialnet.v1.Shutdown.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Shutdown & socialnet.v1.Shutdown.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Shutdown & socialnet.v1.Shutdown.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Shutdown;
            static toObject(m: socialnet.v1.Shutdown, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Shutdown {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Shutdown.$Properties;
        }

        interface IPartition extends socialnet.v1.Partition.$Properties {
        }

        class Partition {
            constructor(p?: socialnet.v1.Partition.$Properties);
            $unknowns?: Uint8Array[];
            peers: string[];
            static create(properties: socialnet.v1.Partition.$Shape): socialnet.v1.Partition & socialnet.v1.Partition.$Shape;
            static create(properties?: socialnet.v1.Partition.$Properties): socialnet.v1.Partition;
            static encode(m: socialnet.v1.Partition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Partition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Partition & socialnet.v1.Partition.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Partition & socialnet.v1.Partition.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Partition;
            static toObject(m: socialnet.v1.Partition, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Partition {
            interface $Properties {
                peers?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Partition.$Properties;
        }

        interface IHeal extends socialnet.v1.Heal.$Properties {
        }

        class Heal {
            constructor(p?: socialnet.v1.Heal.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: socialnet.v1.Heal.$Shape): socialnet.v1.Heal & socialnet.v1.Heal.$Shape;
            static create(properties?: socialnet.v1.Heal.$Properties): socialnet.v1.Heal;
            static encode(m: socialnet.v1.Heal.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.Heal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.Heal & socialnet.v1.Heal.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.Heal & socialnet.v1.Heal.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.Heal;
            static toObject(m: socialnet.v1.Heal, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heal {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.Heal.$Properties;
        }

        interface IControlReply extends socialnet.v1.ControlReply.$Properties {
        }

        class ControlReply {
            constructor(p?: socialnet.v1.ControlReply.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            status?: (socialnet.v1.StatusReport.$Properties|null);
            static create(properties: socialnet.v1.ControlReply.$Shape): socialnet.v1.ControlReply & socialnet.v1.ControlReply.$Shape;
            static create(properties?: socialnet.v1.ControlReply.$Properties): socialnet.v1.ControlReply;
            static encode(m: socialnet.v1.ControlReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.ControlReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.ControlReply & socialnet.v1.ControlReply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.ControlReply & socialnet.v1.ControlReply.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.ControlReply;
            static toObject(m: socialnet.v1.ControlReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlReply {
            interface $Properties {
                requestId?: (string|null);
                status?: (socialnet.v1.StatusReport.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.ControlReply.$Properties;
        }

        interface IStatusReport extends socialnet.v1.StatusReport.$Properties {
        }

        class StatusReport {
            constructor(p?: socialnet.v1.StatusReport.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            role: socialnet.v1.Role;
            rank: number;
            coordinator: string;
            view?: (socialnet.v1.View.$Properties|null);
            eventCount: number;
            lag: number;
            clockMs: number;
            lamport: number;
            partitioned: string[];
            static create(properties: socialnet.v1.StatusReport.$Shape): socialnet.v1.StatusReport & socialnet.v1.StatusReport.$Shape;
            static create(properties?: socialnet.v1.StatusReport.$Properties): socialnet.v1.StatusReport;
            static encode(m: socialnet.v1.StatusReport.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: socialnet.v1.StatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): socialnet.v1.StatusReport & socialnet.v1.StatusReport.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): socialnet.v1.StatusReport & socialnet.v1.StatusReport.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): socialnet.v1.StatusReport;
            static toObject(m: socialnet.v1.StatusReport, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusReport {
            interface $Properties {
                id?: (string|null);
                role?: (socialnet.v1.Role|null);
                rank?: (number|null);
                coordinator?: (string|null);
                view?: (socialnet.v1.View.$Properties|null);
                eventCount?: (number|null);
                lag?: (number|null);
                clockMs?: (number|null);
                lamport?: (number|null);
                partitioned?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = socialnet.v1.StatusReport.$Properties;
        }
    }
}
