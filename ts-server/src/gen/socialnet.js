/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const socialnet = $root.socialnet = (() => {

    /**
     * Namespace socialnet.
     * @exports socialnet
     * @namespace
     */
    const socialnet = {};

    socialnet.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof socialnet
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} socialnet.v1.Envelope.$Properties
             * @property {string|null} [msgId] Envelope msgId
             * @property {string|null} [sender] Envelope sender
             * @property {socialnet.v1.Role|null} [senderRole] Envelope senderRole
             * @property {number|null} [lamport] Envelope lamport
             * @property {number|null} [clockMs] Envelope clockMs
             * @property {string|null} [replyTo] Envelope replyTo
             * @property {Uint8Array|null} [hmac] Envelope hmac
             * @property {socialnet.v1.LoginRequest.$Properties|null} [loginRequest] Envelope loginRequest
             * @property {socialnet.v1.PostRequest.$Properties|null} [postRequest] Envelope postRequest
             * @property {socialnet.v1.FollowRequest.$Properties|null} [followRequest] Envelope followRequest
             * @property {socialnet.v1.UnfollowRequest.$Properties|null} [unfollowRequest] Envelope unfollowRequest
             * @property {socialnet.v1.SendMessageRequest.$Properties|null} [sendMessageRequest] Envelope sendMessageRequest
             * @property {socialnet.v1.ReadRequest.$Properties|null} [readRequest] Envelope readRequest
             * @property {socialnet.v1.AckRequest.$Properties|null} [ackRequest] Envelope ackRequest
             * @property {socialnet.v1.DiscoverRequest.$Properties|null} [discoverRequest] Envelope discoverRequest
             * @property {socialnet.v1.LoginReply.$Properties|null} [loginReply] Envelope loginReply
             * @property {socialnet.v1.WriteReply.$Properties|null} [writeReply] Envelope writeReply
             * @property {socialnet.v1.ReadReply.$Properties|null} [readReply] Envelope readReply
             * @property {socialnet.v1.AckReply.$Properties|null} [ackReply] Envelope ackReply
             * @property {socialnet.v1.DiscoverReply.$Properties|null} [discoverReply] Envelope discoverReply
             * @property {socialnet.v1.ErrorReply.$Properties|null} [errorReply] Envelope errorReply
             * @property {socialnet.v1.Notification.$Properties|null} [notification] Envelope notification
             * @property {socialnet.v1.EventPush.$Properties|null} [eventPush] Envelope eventPush
             * @property {socialnet.v1.ReplicaAck.$Properties|null} [replicaAck] Envelope replicaAck
             * @property {socialnet.v1.SyncRequest.$Properties|null} [syncRequest] Envelope syncRequest
             * @property {socialnet.v1.SyncReply.$Properties|null} [syncReply] Envelope syncReply
             * @property {socialnet.v1.SnapshotRequest.$Properties|null} [snapshotRequest] Envelope snapshotRequest
             * @property {socialnet.v1.SnapshotChunk.$Properties|null} [snapshotChunk] Envelope snapshotChunk
             * @property {socialnet.v1.JoinRequest.$Properties|null} [joinRequest] Envelope joinRequest
             * @property {socialnet.v1.LeaveRequest.$Properties|null} [leaveRequest] Envelope leaveRequest
             * @property {socialnet.v1.ViewChange.$Properties|null} [viewChange] Envelope viewChange
             * @property {socialnet.v1.ViewAck.$Properties|null} [viewAck] Envelope viewAck
             * @property {socialnet.v1.View.$Properties|null} [view] Envelope view
             * @property {socialnet.v1.Heartbeat.$Properties|null} [heartbeat] Envelope heartbeat
             * @property {socialnet.v1.Election.$Properties|null} [election] Envelope election
             * @property {socialnet.v1.Answer.$Properties|null} [answer] Envelope answer
             * @property {socialnet.v1.Coordinator.$Properties|null} [coordinator] Envelope coordinator
             * @property {socialnet.v1.TimeRequest.$Properties|null} [timeRequest] Envelope timeRequest
             * @property {socialnet.v1.TimeReply.$Properties|null} [timeReply] Envelope timeReply
             * @property {socialnet.v1.ClockAdjust.$Properties|null} [clockAdjust] Envelope clockAdjust
             * @property {socialnet.v1.ControlRequest.$Properties|null} [controlRequest] Envelope controlRequest
             * @property {socialnet.v1.ControlReply.$Properties|null} [controlReply] Envelope controlReply
             * @property {"loginRequest"|"postRequest"|"followRequest"|"unfollowRequest"|"sendMessageRequest"|"readRequest"|"ackRequest"|"discoverRequest"|"loginReply"|"writeReply"|"readReply"|"ackReply"|"discoverReply"|"errorReply"|"notification"|"eventPush"|"replicaAck"|"syncRequest"|"syncReply"|"snapshotRequest"|"snapshotChunk"|"joinRequest"|"leaveRequest"|"viewChange"|"viewAck"|"view"|"heartbeat"|"election"|"answer"|"coordinator"|"timeRequest"|"timeReply"|"clockAdjust"|"controlRequest"|"controlReply"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof socialnet.v1
             * @interface IEnvelope
             * @augments socialnet.v1.Envelope.$Properties
             * @deprecated Use socialnet.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   msgId?: string|null;
             *   sender?: string|null;
             *   senderRole?: socialnet.v1.Role|null;
             *   lamport?: number|null;
             *   clockMs?: number|null;
             *   replyTo?: string|null;
             *   hmac?: Uint8Array|null;
             *   loginRequest?: socialnet.v1.LoginRequest.$Shape|null;
             *   postRequest?: socialnet.v1.PostRequest.$Shape|null;
             *   followRequest?: socialnet.v1.FollowRequest.$Shape|null;
             *   unfollowRequest?: socialnet.v1.UnfollowRequest.$Shape|null;
             *   sendMessageRequest?: socialnet.v1.SendMessageRequest.$Shape|null;
             *   readRequest?: socialnet.v1.ReadRequest.$Shape|null;
             *   ackRequest?: socialnet.v1.AckRequest.$Shape|null;
             *   discoverRequest?: socialnet.v1.DiscoverRequest.$Shape|null;
             *   loginReply?: socialnet.v1.LoginReply.$Shape|null;
             *   writeReply?: socialnet.v1.WriteReply.$Shape|null;
             *   readReply?: socialnet.v1.ReadReply.$Shape|null;
             *   ackReply?: socialnet.v1.AckReply.$Shape|null;
             *   discoverReply?: socialnet.v1.DiscoverReply.$Shape|null;
             *   errorReply?: socialnet.v1.ErrorReply.$Shape|null;
             *   notification?: socialnet.v1.Notification.$Shape|null;
             *   eventPush?: socialnet.v1.EventPush.$Shape|null;
             *   replicaAck?: socialnet.v1.ReplicaAck.$Shape|null;
             *   syncRequest?: socialnet.v1.SyncRequest.$Shape|null;
             *   syncReply?: socialnet.v1.SyncReply.$Shape|null;
             *   snapshotRequest?: socialnet.v1.SnapshotRequest.$Shape|null;
             *   snapshotChunk?: socialnet.v1.SnapshotChunk.$Shape|null;
             *   joinRequest?: socialnet.v1.JoinRequest.$Shape|null;
             *   leaveRequest?: socialnet.v1.LeaveRequest.$Shape|null;
             *   viewChange?: socialnet.v1.ViewChange.$Shape|null;
             *   viewAck?: socialnet.v1.ViewAck.$Shape|null;
             *   view?: socialnet.v1.View.$Shape|null;
             *   heartbeat?: socialnet.v1.Heartbeat.$Shape|null;
             *   election?: socialnet.v1.Election.$Shape|null;
             *   answer?: socialnet.v1.Answer.$Shape|null;
             *   coordinator?: socialnet.v1.Coordinator.$Shape|null;
             *   timeRequest?: socialnet.v1.TimeRequest.$Shape|null;
             *   timeReply?: socialnet.v1.TimeReply.$Shape|null;
             *   clockAdjust?: socialnet.v1.ClockAdjust.$Shape|null;
             *   controlRequest?: socialnet.v1.ControlRequest.$Shape|null;
             *   controlReply?: socialnet.v1.ControlReply.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "loginRequest"; loginRequest: socialnet.v1.LoginRequest.$Shape; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "postRequest"; loginRequest?: null; postRequest: socialnet.v1.PostRequest.$Shape; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "followRequest"; loginRequest?: null; postRequest?: null; followRequest: socialnet.v1.FollowRequest.$Shape; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "unfollowRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest: socialnet.v1.UnfollowRequest.$Shape; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "sendMessageRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest: socialnet.v1.SendMessageRequest.$Shape; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "readRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest: socialnet.v1.ReadRequest.$Shape; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "ackRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest: socialnet.v1.AckRequest.$Shape; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "discoverRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest: socialnet.v1.DiscoverRequest.$Shape; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "loginReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply: socialnet.v1.LoginReply.$Shape; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "writeReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply: socialnet.v1.WriteReply.$Shape; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "readReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply: socialnet.v1.ReadReply.$Shape; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "ackReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply: socialnet.v1.AckReply.$Shape; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "discoverReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply: socialnet.v1.DiscoverReply.$Shape; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "errorReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply: socialnet.v1.ErrorReply.$Shape; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "notification"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification: socialnet.v1.Notification.$Shape; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "eventPush"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush: socialnet.v1.EventPush.$Shape; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "replicaAck"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck: socialnet.v1.ReplicaAck.$Shape; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "syncRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest: socialnet.v1.SyncRequest.$Shape; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "syncReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply: socialnet.v1.SyncReply.$Shape; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "snapshotRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest: socialnet.v1.SnapshotRequest.$Shape; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "snapshotChunk"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk: socialnet.v1.SnapshotChunk.$Shape; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "joinRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest: socialnet.v1.JoinRequest.$Shape; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "leaveRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest: socialnet.v1.LeaveRequest.$Shape; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "viewChange"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange: socialnet.v1.ViewChange.$Shape; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "viewAck"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck: socialnet.v1.ViewAck.$Shape; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "view"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view: socialnet.v1.View.$Shape; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "heartbeat"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat: socialnet.v1.Heartbeat.$Shape; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "election"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election: socialnet.v1.Election.$Shape; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "answer"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer: socialnet.v1.Answer.$Shape; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "coordinator"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator: socialnet.v1.Coordinator.$Shape; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "timeRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest: socialnet.v1.TimeRequest.$Shape; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "timeReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply: socialnet.v1.TimeReply.$Shape; clockAdjust?: null; controlRequest?: null; controlReply?: null }|{ body?: "clockAdjust"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust: socialnet.v1.ClockAdjust.$Shape; controlRequest?: null; controlReply?: null }|{ body?: "controlRequest"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest: socialnet.v1.ControlRequest.$Shape; controlReply?: null }|{ body?: "controlReply"; loginRequest?: null; postRequest?: null; followRequest?: null; unfollowRequest?: null; sendMessageRequest?: null; readRequest?: null; ackRequest?: null; discoverRequest?: null; loginReply?: null; writeReply?: null; readReply?: null; ackReply?: null; discoverReply?: null; errorReply?: null; notification?: null; eventPush?: null; replicaAck?: null; syncRequest?: null; syncReply?: null; snapshotRequest?: null; snapshotChunk?: null; joinRequest?: null; leaveRequest?: null; viewChange?: null; viewAck?: null; view?: null; heartbeat?: null; election?: null; answer?: null; coordinator?: null; timeRequest?: null; timeReply?: null; clockAdjust?: null; controlRequest?: null; controlReply: socialnet.v1.ControlReply.$Shape })
             * )} socialnet.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof socialnet.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {socialnet.v1.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope msgId.
             * @member {string} msgId
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.msgId = "";

            /**
             * Envelope sender.
             * @member {string} sender
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.sender = "";

            /**
             * Envelope senderRole.
             * @member {socialnet.v1.Role} senderRole
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.senderRole = 0;

            /**
             * Envelope lamport.
             * @member {number} lamport
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.lamport = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope clockMs.
             * @member {number} clockMs
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.clockMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Envelope replyTo.
             * @member {string} replyTo
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.replyTo = "";

            /**
             * Envelope hmac.
             * @member {Uint8Array} hmac
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.hmac = $util.newBuffer([]);

            /**
             * Envelope loginRequest.
             * @member {socialnet.v1.LoginRequest.$Properties|null|undefined} loginRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.loginRequest = null;

            /**
             * Envelope postRequest.
             * @member {socialnet.v1.PostRequest.$Properties|null|undefined} postRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.postRequest = null;

            /**
             * Envelope followRequest.
             * @member {socialnet.v1.FollowRequest.$Properties|null|undefined} followRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.followRequest = null;

            /**
             * Envelope unfollowRequest.
             * @member {socialnet.v1.UnfollowRequest.$Properties|null|undefined} unfollowRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.unfollowRequest = null;

            /**
             * Envelope sendMessageRequest.
             * @member {socialnet.v1.SendMessageRequest.$Properties|null|undefined} sendMessageRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.sendMessageRequest = null;

            /**
             * Envelope readRequest.
             * @member {socialnet.v1.ReadRequest.$Properties|null|undefined} readRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.readRequest = null;

            /**
             * Envelope ackRequest.
             * @member {socialnet.v1.AckRequest.$Properties|null|undefined} ackRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.ackRequest = null;

            /**
             * Envelope discoverRequest.
             * @member {socialnet.v1.DiscoverRequest.$Properties|null|undefined} discoverRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.discoverRequest = null;

            /**
             * Envelope loginReply.
             * @member {socialnet.v1.LoginReply.$Properties|null|undefined} loginReply
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.loginReply = null;

            /**
             * Envelope writeReply.
             * @member {socialnet.v1.WriteReply.$Properties|null|undefined} writeReply
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.writeReply = null;

            /**
             * Envelope readReply.
             * @member {socialnet.v1.ReadReply.$Properties|null|undefined} readReply
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.readReply = null;

            /**
             * Envelope ackReply.
             * @member {socialnet.v1.AckReply.$Properties|null|undefined} ackReply
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.ackReply = null;

            /**
             * Envelope discoverReply.
             * @member {socialnet.v1.DiscoverReply.$Properties|null|undefined} discoverReply
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.discoverReply = null;

            /**
             * Envelope errorReply.
             * @member {socialnet.v1.ErrorReply.$Properties|null|undefined} errorReply
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.errorReply = null;

            /**
             * Envelope notification.
             * @member {socialnet.v1.Notification.$Properties|null|undefined} notification
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.notification = null;

            /**
             * Envelope eventPush.
             * @member {socialnet.v1.EventPush.$Properties|null|undefined} eventPush
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.eventPush = null;

            /**
             * Envelope replicaAck.
             * @member {socialnet.v1.ReplicaAck.$Properties|null|undefined} replicaAck
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.replicaAck = null;

            /**
             * Envelope syncRequest.
             * @member {socialnet.v1.SyncRequest.$Properties|null|undefined} syncRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.syncRequest = null;

            /**
             * Envelope syncReply.
             * @member {socialnet.v1.SyncReply.$Properties|null|undefined} syncReply
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.syncReply = null;

            /**
             * Envelope snapshotRequest.
             * @member {socialnet.v1.SnapshotRequest.$Properties|null|undefined} snapshotRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.snapshotRequest = null;

            /**
             * Envelope snapshotChunk.
             * @member {socialnet.v1.SnapshotChunk.$Properties|null|undefined} snapshotChunk
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.snapshotChunk = null;

            /**
             * Envelope joinRequest.
             * @member {socialnet.v1.JoinRequest.$Properties|null|undefined} joinRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.joinRequest = null;

            /**
             * Envelope leaveRequest.
             * @member {socialnet.v1.LeaveRequest.$Properties|null|undefined} leaveRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.leaveRequest = null;

            /**
             * Envelope viewChange.
             * @member {socialnet.v1.ViewChange.$Properties|null|undefined} viewChange
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.viewChange = null;

            /**
             * Envelope viewAck.
             * @member {socialnet.v1.ViewAck.$Properties|null|undefined} viewAck
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.viewAck = null;

            /**
             * Envelope view.
             * @member {socialnet.v1.View.$Properties|null|undefined} view
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.view = null;

            /**
             * Envelope heartbeat.
             * @member {socialnet.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.heartbeat = null;

            /**
             * Envelope election.
             * @member {socialnet.v1.Election.$Properties|null|undefined} election
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.election = null;

            /**
             * Envelope answer.
             * @member {socialnet.v1.Answer.$Properties|null|undefined} answer
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.answer = null;

            /**
             * Envelope coordinator.
             * @member {socialnet.v1.Coordinator.$Properties|null|undefined} coordinator
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.coordinator = null;

            /**
             * Envelope timeRequest.
             * @member {socialnet.v1.TimeRequest.$Properties|null|undefined} timeRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.timeRequest = null;

            /**
             * Envelope timeReply.
             * @member {socialnet.v1.TimeReply.$Properties|null|undefined} timeReply
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.timeReply = null;

            /**
             * Envelope clockAdjust.
             * @member {socialnet.v1.ClockAdjust.$Properties|null|undefined} clockAdjust
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.clockAdjust = null;

            /**
             * Envelope controlRequest.
             * @member {socialnet.v1.ControlRequest.$Properties|null|undefined} controlRequest
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.controlRequest = null;

            /**
             * Envelope controlReply.
             * @member {socialnet.v1.ControlReply.$Properties|null|undefined} controlReply
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            Envelope.prototype.controlReply = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"loginRequest"|"postRequest"|"followRequest"|"unfollowRequest"|"sendMessageRequest"|"readRequest"|"ackRequest"|"discoverRequest"|"loginReply"|"writeReply"|"readReply"|"ackReply"|"discoverReply"|"errorReply"|"notification"|"eventPush"|"replicaAck"|"syncRequest"|"syncReply"|"snapshotRequest"|"snapshotChunk"|"joinRequest"|"leaveRequest"|"viewChange"|"viewAck"|"view"|"heartbeat"|"election"|"answer"|"coordinator"|"timeRequest"|"timeReply"|"clockAdjust"|"controlRequest"|"controlReply"|undefined} body
             * @memberof socialnet.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["loginRequest", "postRequest", "followRequest", "unfollowRequest", "sendMessageRequest", "readRequest", "ackRequest", "discoverRequest", "loginReply", "writeReply", "readReply", "ackReply", "discoverReply", "errorReply", "notification", "eventPush", "replicaAck", "syncRequest", "syncReply", "snapshotRequest", "snapshotChunk", "joinRequest", "leaveRequest", "viewChange", "viewAck", "view", "heartbeat", "election", "answer", "coordinator", "timeRequest", "timeReply", "clockAdjust", "controlRequest", "controlReply"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Envelope
             * @static
             * @param {socialnet.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: socialnet.v1.Envelope.$Shape): socialnet.v1.Envelope & socialnet.v1.Envelope.$Shape;
             *   (properties?: socialnet.v1.Envelope.$Properties): socialnet.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link socialnet.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Envelope
             * @static
             * @param {socialnet.v1.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.msgId != null && $Object.hasOwnProperty.call(m, "msgId") && m.msgId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.msgId);
                if (m.sender != null && $Object.hasOwnProperty.call(m, "sender") && m.sender !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.sender);
                if (m.senderRole != null && $Object.hasOwnProperty.call(m, "senderRole") && m.senderRole !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.senderRole);
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport") && (typeof m.lamport === "object" ? m.lamport.low || m.lamport.high : m.lamport !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.lamport);
                if (m.clockMs != null && $Object.hasOwnProperty.call(m, "clockMs") && (typeof m.clockMs === "object" ? m.clockMs.low || m.clockMs.high : m.clockMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.clockMs);
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo") && m.replyTo !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.replyTo);
                if (m.hmac != null && $Object.hasOwnProperty.call(m, "hmac") && m.hmac.length)
                    w.uint32(/* id 7, wireType 2 =*/58).bytes(m.hmac);
                if (m.loginRequest != null && $Object.hasOwnProperty.call(m, "loginRequest"))
                    $root.socialnet.v1.LoginRequest.encode(m.loginRequest, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.postRequest != null && $Object.hasOwnProperty.call(m, "postRequest"))
                    $root.socialnet.v1.PostRequest.encode(m.postRequest, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.followRequest != null && $Object.hasOwnProperty.call(m, "followRequest"))
                    $root.socialnet.v1.FollowRequest.encode(m.followRequest, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (m.unfollowRequest != null && $Object.hasOwnProperty.call(m, "unfollowRequest"))
                    $root.socialnet.v1.UnfollowRequest.encode(m.unfollowRequest, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (m.sendMessageRequest != null && $Object.hasOwnProperty.call(m, "sendMessageRequest"))
                    $root.socialnet.v1.SendMessageRequest.encode(m.sendMessageRequest, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (m.readRequest != null && $Object.hasOwnProperty.call(m, "readRequest"))
                    $root.socialnet.v1.ReadRequest.encode(m.readRequest, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (m.ackRequest != null && $Object.hasOwnProperty.call(m, "ackRequest"))
                    $root.socialnet.v1.AckRequest.encode(m.ackRequest, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (m.discoverRequest != null && $Object.hasOwnProperty.call(m, "discoverRequest"))
                    $root.socialnet.v1.DiscoverRequest.encode(m.discoverRequest, w.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (m.loginReply != null && $Object.hasOwnProperty.call(m, "loginReply"))
                    $root.socialnet.v1.LoginReply.encode(m.loginReply, w.uint32(/* id 32, wireType 2 =*/258).fork(), q + 1).ldelim();
                if (m.writeReply != null && $Object.hasOwnProperty.call(m, "writeReply"))
                    $root.socialnet.v1.WriteReply.encode(m.writeReply, w.uint32(/* id 33, wireType 2 =*/266).fork(), q + 1).ldelim();
                if (m.readReply != null && $Object.hasOwnProperty.call(m, "readReply"))
                    $root.socialnet.v1.ReadReply.encode(m.readReply, w.uint32(/* id 34, wireType 2 =*/274).fork(), q + 1).ldelim();
                if (m.ackReply != null && $Object.hasOwnProperty.call(m, "ackReply"))
                    $root.socialnet.v1.AckReply.encode(m.ackReply, w.uint32(/* id 35, wireType 2 =*/282).fork(), q + 1).ldelim();
                if (m.discoverReply != null && $Object.hasOwnProperty.call(m, "discoverReply"))
                    $root.socialnet.v1.DiscoverReply.encode(m.discoverReply, w.uint32(/* id 36, wireType 2 =*/290).fork(), q + 1).ldelim();
                if (m.errorReply != null && $Object.hasOwnProperty.call(m, "errorReply"))
                    $root.socialnet.v1.ErrorReply.encode(m.errorReply, w.uint32(/* id 37, wireType 2 =*/298).fork(), q + 1).ldelim();
                if (m.notification != null && $Object.hasOwnProperty.call(m, "notification"))
                    $root.socialnet.v1.Notification.encode(m.notification, w.uint32(/* id 38, wireType 2 =*/306).fork(), q + 1).ldelim();
                if (m.eventPush != null && $Object.hasOwnProperty.call(m, "eventPush"))
                    $root.socialnet.v1.EventPush.encode(m.eventPush, w.uint32(/* id 48, wireType 2 =*/386).fork(), q + 1).ldelim();
                if (m.replicaAck != null && $Object.hasOwnProperty.call(m, "replicaAck"))
                    $root.socialnet.v1.ReplicaAck.encode(m.replicaAck, w.uint32(/* id 49, wireType 2 =*/394).fork(), q + 1).ldelim();
                if (m.syncRequest != null && $Object.hasOwnProperty.call(m, "syncRequest"))
                    $root.socialnet.v1.SyncRequest.encode(m.syncRequest, w.uint32(/* id 50, wireType 2 =*/402).fork(), q + 1).ldelim();
                if (m.syncReply != null && $Object.hasOwnProperty.call(m, "syncReply"))
                    $root.socialnet.v1.SyncReply.encode(m.syncReply, w.uint32(/* id 51, wireType 2 =*/410).fork(), q + 1).ldelim();
                if (m.snapshotRequest != null && $Object.hasOwnProperty.call(m, "snapshotRequest"))
                    $root.socialnet.v1.SnapshotRequest.encode(m.snapshotRequest, w.uint32(/* id 52, wireType 2 =*/418).fork(), q + 1).ldelim();
                if (m.snapshotChunk != null && $Object.hasOwnProperty.call(m, "snapshotChunk"))
                    $root.socialnet.v1.SnapshotChunk.encode(m.snapshotChunk, w.uint32(/* id 53, wireType 2 =*/426).fork(), q + 1).ldelim();
                if (m.joinRequest != null && $Object.hasOwnProperty.call(m, "joinRequest"))
                    $root.socialnet.v1.JoinRequest.encode(m.joinRequest, w.uint32(/* id 64, wireType 2 =*/514).fork(), q + 1).ldelim();
                if (m.leaveRequest != null && $Object.hasOwnProperty.call(m, "leaveRequest"))
                    $root.socialnet.v1.LeaveRequest.encode(m.leaveRequest, w.uint32(/* id 65, wireType 2 =*/522).fork(), q + 1).ldelim();
                if (m.viewChange != null && $Object.hasOwnProperty.call(m, "viewChange"))
                    $root.socialnet.v1.ViewChange.encode(m.viewChange, w.uint32(/* id 66, wireType 2 =*/530).fork(), q + 1).ldelim();
                if (m.viewAck != null && $Object.hasOwnProperty.call(m, "viewAck"))
                    $root.socialnet.v1.ViewAck.encode(m.viewAck, w.uint32(/* id 67, wireType 2 =*/538).fork(), q + 1).ldelim();
                if (m.view != null && $Object.hasOwnProperty.call(m, "view"))
                    $root.socialnet.v1.View.encode(m.view, w.uint32(/* id 68, wireType 2 =*/546).fork(), q + 1).ldelim();
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat"))
                    $root.socialnet.v1.Heartbeat.encode(m.heartbeat, w.uint32(/* id 69, wireType 2 =*/554).fork(), q + 1).ldelim();
                if (m.election != null && $Object.hasOwnProperty.call(m, "election"))
                    $root.socialnet.v1.Election.encode(m.election, w.uint32(/* id 80, wireType 2 =*/642).fork(), q + 1).ldelim();
                if (m.answer != null && $Object.hasOwnProperty.call(m, "answer"))
                    $root.socialnet.v1.Answer.encode(m.answer, w.uint32(/* id 81, wireType 2 =*/650).fork(), q + 1).ldelim();
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator"))
                    $root.socialnet.v1.Coordinator.encode(m.coordinator, w.uint32(/* id 82, wireType 2 =*/658).fork(), q + 1).ldelim();
                if (m.timeRequest != null && $Object.hasOwnProperty.call(m, "timeRequest"))
                    $root.socialnet.v1.TimeRequest.encode(m.timeRequest, w.uint32(/* id 96, wireType 2 =*/770).fork(), q + 1).ldelim();
                if (m.timeReply != null && $Object.hasOwnProperty.call(m, "timeReply"))
                    $root.socialnet.v1.TimeReply.encode(m.timeReply, w.uint32(/* id 97, wireType 2 =*/778).fork(), q + 1).ldelim();
                if (m.clockAdjust != null && $Object.hasOwnProperty.call(m, "clockAdjust"))
                    $root.socialnet.v1.ClockAdjust.encode(m.clockAdjust, w.uint32(/* id 98, wireType 2 =*/786).fork(), q + 1).ldelim();
                if (m.controlRequest != null && $Object.hasOwnProperty.call(m, "controlRequest"))
                    $root.socialnet.v1.ControlRequest.encode(m.controlRequest, w.uint32(/* id 112, wireType 2 =*/898).fork(), q + 1).ldelim();
                if (m.controlReply != null && $Object.hasOwnProperty.call(m, "controlReply"))
                    $root.socialnet.v1.ControlReply.encode(m.controlReply, w.uint32(/* id 113, wireType 2 =*/906).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link socialnet.v1.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Envelope
             * @static
             * @param {socialnet.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Envelope & socialnet.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Envelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.msgId = v;
                            else
                                delete m.msgId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sender = v;
                            else
                                delete m.sender;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.senderRole = v;
                            else
                                delete m.senderRole;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lamport = v;
                            else
                                delete m.lamport;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.clockMs = v;
                            else
                                delete m.clockMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.replyTo = v;
                            else
                                delete m.replyTo;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.hmac = v;
                            else
                                delete m.hmac;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.loginRequest = $root.socialnet.v1.LoginRequest.decode(r, r.size(), $undefined, q + 1, m.loginRequest);
                            m.body = "loginRequest";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.postRequest = $root.socialnet.v1.PostRequest.decode(r, r.size(), $undefined, q + 1, m.postRequest);
                            m.body = "postRequest";
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.followRequest = $root.socialnet.v1.FollowRequest.decode(r, r.size(), $undefined, q + 1, m.followRequest);
                            m.body = "followRequest";
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.unfollowRequest = $root.socialnet.v1.UnfollowRequest.decode(r, r.size(), $undefined, q + 1, m.unfollowRequest);
                            m.body = "unfollowRequest";
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.sendMessageRequest = $root.socialnet.v1.SendMessageRequest.decode(r, r.size(), $undefined, q + 1, m.sendMessageRequest);
                            m.body = "sendMessageRequest";
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.readRequest = $root.socialnet.v1.ReadRequest.decode(r, r.size(), $undefined, q + 1, m.readRequest);
                            m.body = "readRequest";
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            m.ackRequest = $root.socialnet.v1.AckRequest.decode(r, r.size(), $undefined, q + 1, m.ackRequest);
                            m.body = "ackRequest";
                            continue;
                        }
                    case 23: {
                            if (u !== 2)
                                break;
                            m.discoverRequest = $root.socialnet.v1.DiscoverRequest.decode(r, r.size(), $undefined, q + 1, m.discoverRequest);
                            m.body = "discoverRequest";
                            continue;
                        }
                    case 32: {
                            if (u !== 2)
                                break;
                            m.loginReply = $root.socialnet.v1.LoginReply.decode(r, r.size(), $undefined, q + 1, m.loginReply);
                            m.body = "loginReply";
                            continue;
                        }
                    case 33: {
                            if (u !== 2)
                                break;
                            m.writeReply = $root.socialnet.v1.WriteReply.decode(r, r.size(), $undefined, q + 1, m.writeReply);
                            m.body = "writeReply";
                            continue;
                        }
                    case 34: {
                            if (u !== 2)
                                break;
                            m.readReply = $root.socialnet.v1.ReadReply.decode(r, r.size(), $undefined, q + 1, m.readReply);
                            m.body = "readReply";
                            continue;
                        }
                    case 35: {
                            if (u !== 2)
                                break;
                            m.ackReply = $root.socialnet.v1.AckReply.decode(r, r.size(), $undefined, q + 1, m.ackReply);
                            m.body = "ackReply";
                            continue;
                        }
                    case 36: {
                            if (u !== 2)
                                break;
                            m.discoverReply = $root.socialnet.v1.DiscoverReply.decode(r, r.size(), $undefined, q + 1, m.discoverReply);
                            m.body = "discoverReply";
                            continue;
                        }
                    case 37: {
                            if (u !== 2)
                                break;
                            m.errorReply = $root.socialnet.v1.ErrorReply.decode(r, r.size(), $undefined, q + 1, m.errorReply);
                            m.body = "errorReply";
                            continue;
                        }
                    case 38: {
                            if (u !== 2)
                                break;
                            m.notification = $root.socialnet.v1.Notification.decode(r, r.size(), $undefined, q + 1, m.notification);
                            m.body = "notification";
                            continue;
                        }
                    case 48: {
                            if (u !== 2)
                                break;
                            m.eventPush = $root.socialnet.v1.EventPush.decode(r, r.size(), $undefined, q + 1, m.eventPush);
                            m.body = "eventPush";
                            continue;
                        }
                    case 49: {
                            if (u !== 2)
                                break;
                            m.replicaAck = $root.socialnet.v1.ReplicaAck.decode(r, r.size(), $undefined, q + 1, m.replicaAck);
                            m.body = "replicaAck";
                            continue;
                        }
                    case 50: {
                            if (u !== 2)
                                break;
                            m.syncRequest = $root.socialnet.v1.SyncRequest.decode(r, r.size(), $undefined, q + 1, m.syncRequest);
                            m.body = "syncRequest";
                            continue;
                        }
                    case 51: {
                            if (u !== 2)
                                break;
                            m.syncReply = $root.socialnet.v1.SyncReply.decode(r, r.size(), $undefined, q + 1, m.syncReply);
                            m.body = "syncReply";
                            continue;
                        }
                    case 52: {
                            if (u !== 2)
                                break;
                            m.snapshotRequest = $root.socialnet.v1.SnapshotRequest.decode(r, r.size(), $undefined, q + 1, m.snapshotRequest);
                            m.body = "snapshotRequest";
                            continue;
                        }
                    case 53: {
                            if (u !== 2)
                                break;
                            m.snapshotChunk = $root.socialnet.v1.SnapshotChunk.decode(r, r.size(), $undefined, q + 1, m.snapshotChunk);
                            m.body = "snapshotChunk";
                            continue;
                        }
                    case 64: {
                            if (u !== 2)
                                break;
                            m.joinRequest = $root.socialnet.v1.JoinRequest.decode(r, r.size(), $undefined, q + 1, m.joinRequest);
                            m.body = "joinRequest";
                            continue;
                        }
                    case 65: {
                            if (u !== 2)
                                break;
                            m.leaveRequest = $root.socialnet.v1.LeaveRequest.decode(r, r.size(), $undefined, q + 1, m.leaveRequest);
                            m.body = "leaveRequest";
                            continue;
                        }
                    case 66: {
                            if (u !== 2)
                                break;
                            m.viewChange = $root.socialnet.v1.ViewChange.decode(r, r.size(), $undefined, q + 1, m.viewChange);
                            m.body = "viewChange";
                            continue;
                        }
                    case 67: {
                            if (u !== 2)
                                break;
                            m.viewAck = $root.socialnet.v1.ViewAck.decode(r, r.size(), $undefined, q + 1, m.viewAck);
                            m.body = "viewAck";
                            continue;
                        }
                    case 68: {
                            if (u !== 2)
                                break;
                            m.view = $root.socialnet.v1.View.decode(r, r.size(), $undefined, q + 1, m.view);
                            m.body = "view";
                            continue;
                        }
                    case 69: {
                            if (u !== 2)
                                break;
                            m.heartbeat = $root.socialnet.v1.Heartbeat.decode(r, r.size(), $undefined, q + 1, m.heartbeat);
                            m.body = "heartbeat";
                            continue;
                        }
                    case 80: {
                            if (u !== 2)
                                break;
                            m.election = $root.socialnet.v1.Election.decode(r, r.size(), $undefined, q + 1, m.election);
                            m.body = "election";
                            continue;
                        }
                    case 81: {
                            if (u !== 2)
                                break;
                            m.answer = $root.socialnet.v1.Answer.decode(r, r.size(), $undefined, q + 1, m.answer);
                            m.body = "answer";
                            continue;
                        }
                    case 82: {
                            if (u !== 2)
                                break;
                            m.coordinator = $root.socialnet.v1.Coordinator.decode(r, r.size(), $undefined, q + 1, m.coordinator);
                            m.body = "coordinator";
                            continue;
                        }
                    case 96: {
                            if (u !== 2)
                                break;
                            m.timeRequest = $root.socialnet.v1.TimeRequest.decode(r, r.size(), $undefined, q + 1, m.timeRequest);
                            m.body = "timeRequest";
                            continue;
                        }
                    case 97: {
                            if (u !== 2)
                                break;
                            m.timeReply = $root.socialnet.v1.TimeReply.decode(r, r.size(), $undefined, q + 1, m.timeReply);
                            m.body = "timeReply";
                            continue;
                        }
                    case 98: {
                            if (u !== 2)
                                break;
                            m.clockAdjust = $root.socialnet.v1.ClockAdjust.decode(r, r.size(), $undefined, q + 1, m.clockAdjust);
                            m.body = "clockAdjust";
                            continue;
                        }
                    case 112: {
                            if (u !== 2)
                                break;
                            m.controlRequest = $root.socialnet.v1.ControlRequest.decode(r, r.size(), $undefined, q + 1, m.controlRequest);
                            m.body = "controlRequest";
                            continue;
                        }
                    case 113: {
                            if (u !== 2)
                                break;
                            m.controlReply = $root.socialnet.v1.ControlReply.decode(r, r.size(), $undefined, q + 1, m.controlReply);
                            m.body = "controlReply";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Envelope & socialnet.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof socialnet.v1.Envelope
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.msgId != null && $Object.hasOwnProperty.call(m, "msgId")) {
                    if (!$util.isString(m.msgId))
                        return "msgId: string expected";
                }
                if (m.sender != null && $Object.hasOwnProperty.call(m, "sender")) {
                    if (!$util.isString(m.sender))
                        return "sender: string expected";
                }
                if (m.senderRole != null && $Object.hasOwnProperty.call(m, "senderRole")) {
                    if (typeof m.senderRole !== "number" || (m.senderRole | 0) !== m.senderRole)
                        return "senderRole: enum value expected";
                }
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport")) {
                    if (!$util.isInteger(m.lamport) && !(m.lamport && $util.isInteger(m.lamport.low) && $util.isInteger(m.lamport.high)))
                        return "lamport: integer|Long expected";
                }
                if (m.clockMs != null && $Object.hasOwnProperty.call(m, "clockMs")) {
                    if (!$util.isInteger(m.clockMs) && !(m.clockMs && $util.isInteger(m.clockMs.low) && $util.isInteger(m.clockMs.high)))
                        return "clockMs: integer|Long expected";
                }
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo")) {
                    if (!$util.isString(m.replyTo))
                        return "replyTo: string expected";
                }
                if (m.hmac != null && $Object.hasOwnProperty.call(m, "hmac")) {
                    if (!(m.hmac && typeof m.hmac.length === "number" || $util.isString(m.hmac)))
                        return "hmac: buffer expected";
                }
                if (m.loginRequest != null && $Object.hasOwnProperty.call(m, "loginRequest")) {
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.LoginRequest.verify(m.loginRequest, q + 1);
                        if (e)
                            return "loginRequest." + e;
                    }
                }
                if (m.postRequest != null && $Object.hasOwnProperty.call(m, "postRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.PostRequest.verify(m.postRequest, q + 1);
                        if (e)
                            return "postRequest." + e;
                    }
                }
                if (m.followRequest != null && $Object.hasOwnProperty.call(m, "followRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.FollowRequest.verify(m.followRequest, q + 1);
                        if (e)
                            return "followRequest." + e;
                    }
                }
                if (m.unfollowRequest != null && $Object.hasOwnProperty.call(m, "unfollowRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.UnfollowRequest.verify(m.unfollowRequest, q + 1);
                        if (e)
                            return "unfollowRequest." + e;
                    }
                }
                if (m.sendMessageRequest != null && $Object.hasOwnProperty.call(m, "sendMessageRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.SendMessageRequest.verify(m.sendMessageRequest, q + 1);
                        if (e)
                            return "sendMessageRequest." + e;
                    }
                }
                if (m.readRequest != null && $Object.hasOwnProperty.call(m, "readRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.ReadRequest.verify(m.readRequest, q + 1);
                        if (e)
                            return "readRequest." + e;
                    }
                }
                if (m.ackRequest != null && $Object.hasOwnProperty.call(m, "ackRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.AckRequest.verify(m.ackRequest, q + 1);
                        if (e)
                            return "ackRequest." + e;
                    }
                }
                if (m.discoverRequest != null && $Object.hasOwnProperty.call(m, "discoverRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.DiscoverRequest.verify(m.discoverRequest, q + 1);
                        if (e)
                            return "discoverRequest." + e;
                    }
                }
                if (m.loginReply != null && $Object.hasOwnProperty.call(m, "loginReply")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.LoginReply.verify(m.loginReply, q + 1);
                        if (e)
                            return "loginReply." + e;
                    }
                }
                if (m.writeReply != null && $Object.hasOwnProperty.call(m, "writeReply")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.WriteReply.verify(m.writeReply, q + 1);
                        if (e)
                            return "writeReply." + e;
                    }
                }
                if (m.readReply != null && $Object.hasOwnProperty.call(m, "readReply")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.ReadReply.verify(m.readReply, q + 1);
                        if (e)
                            return "readReply." + e;
                    }
                }
                if (m.ackReply != null && $Object.hasOwnProperty.call(m, "ackReply")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.AckReply.verify(m.ackReply, q + 1);
                        if (e)
                            return "ackReply." + e;
                    }
                }
                if (m.discoverReply != null && $Object.hasOwnProperty.call(m, "discoverReply")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.DiscoverReply.verify(m.discoverReply, q + 1);
                        if (e)
                            return "discoverReply." + e;
                    }
                }
                if (m.errorReply != null && $Object.hasOwnProperty.call(m, "errorReply")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.ErrorReply.verify(m.errorReply, q + 1);
                        if (e)
                            return "errorReply." + e;
                    }
                }
                if (m.notification != null && $Object.hasOwnProperty.call(m, "notification")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.Notification.verify(m.notification, q + 1);
                        if (e)
                            return "notification." + e;
                    }
                }
                if (m.eventPush != null && $Object.hasOwnProperty.call(m, "eventPush")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.EventPush.verify(m.eventPush, q + 1);
                        if (e)
                            return "eventPush." + e;
                    }
                }
                if (m.replicaAck != null && $Object.hasOwnProperty.call(m, "replicaAck")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.ReplicaAck.verify(m.replicaAck, q + 1);
                        if (e)
                            return "replicaAck." + e;
                    }
                }
                if (m.syncRequest != null && $Object.hasOwnProperty.call(m, "syncRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.SyncRequest.verify(m.syncRequest, q + 1);
                        if (e)
                            return "syncRequest." + e;
                    }
                }
                if (m.syncReply != null && $Object.hasOwnProperty.call(m, "syncReply")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.SyncReply.verify(m.syncReply, q + 1);
                        if (e)
                            return "syncReply." + e;
                    }
                }
                if (m.snapshotRequest != null && $Object.hasOwnProperty.call(m, "snapshotRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.SnapshotRequest.verify(m.snapshotRequest, q + 1);
                        if (e)
                            return "snapshotRequest." + e;
                    }
                }
                if (m.snapshotChunk != null && $Object.hasOwnProperty.call(m, "snapshotChunk")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.SnapshotChunk.verify(m.snapshotChunk, q + 1);
                        if (e)
                            return "snapshotChunk." + e;
                    }
                }
                if (m.joinRequest != null && $Object.hasOwnProperty.call(m, "joinRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.JoinRequest.verify(m.joinRequest, q + 1);
                        if (e)
                            return "joinRequest." + e;
                    }
                }
                if (m.leaveRequest != null && $Object.hasOwnProperty.call(m, "leaveRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.LeaveRequest.verify(m.leaveRequest, q + 1);
                        if (e)
                            return "leaveRequest." + e;
                    }
                }
                if (m.viewChange != null && $Object.hasOwnProperty.call(m, "viewChange")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.ViewChange.verify(m.viewChange, q + 1);
                        if (e)
                            return "viewChange." + e;
                    }
                }
                if (m.viewAck != null && $Object.hasOwnProperty.call(m, "viewAck")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.ViewAck.verify(m.viewAck, q + 1);
                        if (e)
                            return "viewAck." + e;
                    }
                }
                if (m.view != null && $Object.hasOwnProperty.call(m, "view")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.View.verify(m.view, q + 1);
                        if (e)
                            return "view." + e;
                    }
                }
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.Heartbeat.verify(m.heartbeat, q + 1);
                        if (e)
                            return "heartbeat." + e;
                    }
                }
                if (m.election != null && $Object.hasOwnProperty.call(m, "election")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.Election.verify(m.election, q + 1);
                        if (e)
                            return "election." + e;
                    }
                }
                if (m.answer != null && $Object.hasOwnProperty.call(m, "answer")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.Answer.verify(m.answer, q + 1);
                        if (e)
                            return "answer." + e;
                    }
                }
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.Coordinator.verify(m.coordinator, q + 1);
                        if (e)
                            return "coordinator." + e;
                    }
                }
                if (m.timeRequest != null && $Object.hasOwnProperty.call(m, "timeRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.TimeRequest.verify(m.timeRequest, q + 1);
                        if (e)
                            return "timeRequest." + e;
                    }
                }
                if (m.timeReply != null && $Object.hasOwnProperty.call(m, "timeReply")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.TimeReply.verify(m.timeReply, q + 1);
                        if (e)
                            return "timeReply." + e;
                    }
                }
                if (m.clockAdjust != null && $Object.hasOwnProperty.call(m, "clockAdjust")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.ClockAdjust.verify(m.clockAdjust, q + 1);
                        if (e)
                            return "clockAdjust." + e;
                    }
                }
                if (m.controlRequest != null && $Object.hasOwnProperty.call(m, "controlRequest")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.ControlRequest.verify(m.controlRequest, q + 1);
                        if (e)
                            return "controlRequest." + e;
                    }
                }
                if (m.controlReply != null && $Object.hasOwnProperty.call(m, "controlReply")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.socialnet.v1.ControlReply.verify(m.controlReply, q + 1);
                        if (e)
                            return "controlReply." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Envelope();
                if (d.msgId != null) {
                    if (typeof d.msgId !== "string" || d.msgId.length) {
                        m.msgId = $String(d.msgId);
                    }
                }
                if (d.sender != null) {
                    if (typeof d.sender !== "string" || d.sender.length) {
                        m.sender = $String(d.sender);
                    }
                }
                if (d.senderRole !== 0 && (typeof d.senderRole !== "string" || $root.socialnet.v1.Role[d.senderRole] !== 0)) {
                    switch (d.senderRole) {
                    case "ROLE_UNSPECIFIED":
                    case 0:
                        m.senderRole = 0;
                        break;
                    case "ROLE_SERVER":
                    case 1:
                        m.senderRole = 1;
                        break;
                    case "ROLE_CLOCK":
                    case 2:
                        m.senderRole = 2;
                        break;
                    case "ROLE_USER":
                    case 3:
                        m.senderRole = 3;
                        break;
                    case "ROLE_CONTROL":
                    case 4:
                        m.senderRole = 4;
                        break;
                    default:
                        if (typeof d.senderRole === "number" && (d.senderRole | 0) === d.senderRole)
                            m.senderRole = d.senderRole;
                    }
                }
                if (d.lamport != null) {
                    if (typeof d.lamport === "object" ? d.lamport.low || d.lamport.high : $Number(d.lamport) !== 0) {
                        if ($util.Long)
                            m.lamport = $util.Long.fromValue(d.lamport, true);
                        else if (typeof d.lamport === "string")
                            m.lamport = $parseInt(d.lamport, 10);
                        else if (typeof d.lamport === "number")
                            m.lamport = d.lamport;
                        else if (typeof d.lamport === "object")
                            m.lamport = new $util.LongBits(d.lamport.low >>> 0, d.lamport.high >>> 0).toNumber(true);
                    }
                }
                if (d.clockMs != null) {
                    if (typeof d.clockMs === "object" ? d.clockMs.low || d.clockMs.high : $Number(d.clockMs) !== 0) {
                        if ($util.Long)
                            m.clockMs = $util.Long.fromValue(d.clockMs, false);
                        else if (typeof d.clockMs === "string")
                            m.clockMs = $parseInt(d.clockMs, 10);
                        else if (typeof d.clockMs === "number")
                            m.clockMs = d.clockMs;
                        else if (typeof d.clockMs === "object")
                            m.clockMs = new $util.LongBits(d.clockMs.low >>> 0, d.clockMs.high >>> 0).toNumber();
                    }
                }
                if (d.replyTo != null) {
                    if (typeof d.replyTo !== "string" || d.replyTo.length) {
                        m.replyTo = $String(d.replyTo);
                    }
                }
                if (d.hmac != null) {
                    if (d.hmac.length) {
                        if (typeof d.hmac === "string")
                            $util.base64.decode(d.hmac, m.hmac = $util.newBuffer($util.base64.length(d.hmac)), 0);
                        else if (d.hmac.length >= 0)
                            m.hmac = d.hmac;
                    }
                }
                if (d.loginRequest != null) {
                    if (!$util.isObject(d.loginRequest))
                        throw $TypeError(".socialnet.v1.Envelope.loginRequest: object expected");
                    m.loginRequest = $root.socialnet.v1.LoginRequest.fromObject(d.loginRequest, q + 1);
                }
                if (d.postRequest != null) {
                    if (!$util.isObject(d.postRequest))
                        throw $TypeError(".socialnet.v1.Envelope.postRequest: object expected");
                    m.postRequest = $root.socialnet.v1.PostRequest.fromObject(d.postRequest, q + 1);
                }
                if (d.followRequest != null) {
                    if (!$util.isObject(d.followRequest))
                        throw $TypeError(".socialnet.v1.Envelope.followRequest: object expected");
                    m.followRequest = $root.socialnet.v1.FollowRequest.fromObject(d.followRequest, q + 1);
                }
                if (d.unfollowRequest != null) {
                    if (!$util.isObject(d.unfollowRequest))
                        throw $TypeError(".socialnet.v1.Envelope.unfollowRequest: object expected");
                    m.unfollowRequest = $root.socialnet.v1.UnfollowRequest.fromObject(d.unfollowRequest, q + 1);
                }
                if (d.sendMessageRequest != null) {
                    if (!$util.isObject(d.sendMessageRequest))
                        throw $TypeError(".socialnet.v1.Envelope.sendMessageRequest: object expected");
                    m.sendMessageRequest = $root.socialnet.v1.SendMessageRequest.fromObject(d.sendMessageRequest, q + 1);
                }
                if (d.readRequest != null) {
                    if (!$util.isObject(d.readRequest))
                        throw $TypeError(".socialnet.v1.Envelope.readRequest: object expected");
                    m.readRequest = $root.socialnet.v1.ReadRequest.fromObject(d.readRequest, q + 1);
                }
                if (d.ackRequest != null) {
                    if (!$util.isObject(d.ackRequest))
                        throw $TypeError(".socialnet.v1.Envelope.ackRequest: object expected");
                    m.ackRequest = $root.socialnet.v1.AckRequest.fromObject(d.ackRequest, q + 1);
                }
                if (d.discoverRequest != null) {
                    if (!$util.isObject(d.discoverRequest))
                        throw $TypeError(".socialnet.v1.Envelope.discoverRequest: object expected");
                    m.discoverRequest = $root.socialnet.v1.DiscoverRequest.fromObject(d.discoverRequest, q + 1);
                }
                if (d.loginReply != null) {
                    if (!$util.isObject(d.loginReply))
                        throw $TypeError(".socialnet.v1.Envelope.loginReply: object expected");
                    m.loginReply = $root.socialnet.v1.LoginReply.fromObject(d.loginReply, q + 1);
                }
                if (d.writeReply != null) {
                    if (!$util.isObject(d.writeReply))
                        throw $TypeError(".socialnet.v1.Envelope.writeReply: object expected");
                    m.writeReply = $root.socialnet.v1.WriteReply.fromObject(d.writeReply, q + 1);
                }
                if (d.readReply != null) {
                    if (!$util.isObject(d.readReply))
                        throw $TypeError(".socialnet.v1.Envelope.readReply: object expected");
                    m.readReply = $root.socialnet.v1.ReadReply.fromObject(d.readReply, q + 1);
                }
                if (d.ackReply != null) {
                    if (!$util.isObject(d.ackReply))
                        throw $TypeError(".socialnet.v1.Envelope.ackReply: object expected");
                    m.ackReply = $root.socialnet.v1.AckReply.fromObject(d.ackReply, q + 1);
                }
                if (d.discoverReply != null) {
                    if (!$util.isObject(d.discoverReply))
                        throw $TypeError(".socialnet.v1.Envelope.discoverReply: object expected");
                    m.discoverReply = $root.socialnet.v1.DiscoverReply.fromObject(d.discoverReply, q + 1);
                }
                if (d.errorReply != null) {
                    if (!$util.isObject(d.errorReply))
                        throw $TypeError(".socialnet.v1.Envelope.errorReply: object expected");
                    m.errorReply = $root.socialnet.v1.ErrorReply.fromObject(d.errorReply, q + 1);
                }
                if (d.notification != null) {
                    if (!$util.isObject(d.notification))
                        throw $TypeError(".socialnet.v1.Envelope.notification: object expected");
                    m.notification = $root.socialnet.v1.Notification.fromObject(d.notification, q + 1);
                }
                if (d.eventPush != null) {
                    if (!$util.isObject(d.eventPush))
                        throw $TypeError(".socialnet.v1.Envelope.eventPush: object expected");
                    m.eventPush = $root.socialnet.v1.EventPush.fromObject(d.eventPush, q + 1);
                }
                if (d.replicaAck != null) {
                    if (!$util.isObject(d.replicaAck))
                        throw $TypeError(".socialnet.v1.Envelope.replicaAck: object expected");
                    m.replicaAck = $root.socialnet.v1.ReplicaAck.fromObject(d.replicaAck, q + 1);
                }
                if (d.syncRequest != null) {
                    if (!$util.isObject(d.syncRequest))
                        throw $TypeError(".socialnet.v1.Envelope.syncRequest: object expected");
                    m.syncRequest = $root.socialnet.v1.SyncRequest.fromObject(d.syncRequest, q + 1);
                }
                if (d.syncReply != null) {
                    if (!$util.isObject(d.syncReply))
                        throw $TypeError(".socialnet.v1.Envelope.syncReply: object expected");
                    m.syncReply = $root.socialnet.v1.SyncReply.fromObject(d.syncReply, q + 1);
                }
                if (d.snapshotRequest != null) {
                    if (!$util.isObject(d.snapshotRequest))
                        throw $TypeError(".socialnet.v1.Envelope.snapshotRequest: object expected");
                    m.snapshotRequest = $root.socialnet.v1.SnapshotRequest.fromObject(d.snapshotRequest, q + 1);
                }
                if (d.snapshotChunk != null) {
                    if (!$util.isObject(d.snapshotChunk))
                        throw $TypeError(".socialnet.v1.Envelope.snapshotChunk: object expected");
                    m.snapshotChunk = $root.socialnet.v1.SnapshotChunk.fromObject(d.snapshotChunk, q + 1);
                }
                if (d.joinRequest != null) {
                    if (!$util.isObject(d.joinRequest))
                        throw $TypeError(".socialnet.v1.Envelope.joinRequest: object expected");
                    m.joinRequest = $root.socialnet.v1.JoinRequest.fromObject(d.joinRequest, q + 1);
                }
                if (d.leaveRequest != null) {
                    if (!$util.isObject(d.leaveRequest))
                        throw $TypeError(".socialnet.v1.Envelope.leaveRequest: object expected");
                    m.leaveRequest = $root.socialnet.v1.LeaveRequest.fromObject(d.leaveRequest, q + 1);
                }
                if (d.viewChange != null) {
                    if (!$util.isObject(d.viewChange))
                        throw $TypeError(".socialnet.v1.Envelope.viewChange: object expected");
                    m.viewChange = $root.socialnet.v1.ViewChange.fromObject(d.viewChange, q + 1);
                }
                if (d.viewAck != null) {
                    if (!$util.isObject(d.viewAck))
                        throw $TypeError(".socialnet.v1.Envelope.viewAck: object expected");
                    m.viewAck = $root.socialnet.v1.ViewAck.fromObject(d.viewAck, q + 1);
                }
                if (d.view != null) {
                    if (!$util.isObject(d.view))
                        throw $TypeError(".socialnet.v1.Envelope.view: object expected");
                    m.view = $root.socialnet.v1.View.fromObject(d.view, q + 1);
                }
                if (d.heartbeat != null) {
                    if (!$util.isObject(d.heartbeat))
                        throw $TypeError(".socialnet.v1.Envelope.heartbeat: object expected");
                    m.heartbeat = $root.socialnet.v1.Heartbeat.fromObject(d.heartbeat, q + 1);
                }
                if (d.election != null) {
                    if (!$util.isObject(d.election))
                        throw $TypeError(".socialnet.v1.Envelope.election: object expected");
                    m.election = $root.socialnet.v1.Election.fromObject(d.election, q + 1);
                }
                if (d.answer != null) {
                    if (!$util.isObject(d.answer))
                        throw $TypeError(".socialnet.v1.Envelope.answer: object expected");
                    m.answer = $root.socialnet.v1.Answer.fromObject(d.answer, q + 1);
                }
                if (d.coordinator != null) {
                    if (!$util.isObject(d.coordinator))
                        throw $TypeError(".socialnet.v1.Envelope.coordinator: object expected");
                    m.coordinator = $root.socialnet.v1.Coordinator.fromObject(d.coordinator, q + 1);
                }
                if (d.timeRequest != null) {
                    if (!$util.isObject(d.timeRequest))
                        throw $TypeError(".socialnet.v1.Envelope.timeRequest: object expected");
                    m.timeRequest = $root.socialnet.v1.TimeRequest.fromObject(d.timeRequest, q + 1);
                }
                if (d.timeReply != null) {
                    if (!$util.isObject(d.timeReply))
                        throw $TypeError(".socialnet.v1.Envelope.timeReply: object expected");
                    m.timeReply = $root.socialnet.v1.TimeReply.fromObject(d.timeReply, q + 1);
                }
                if (d.clockAdjust != null) {
                    if (!$util.isObject(d.clockAdjust))
                        throw $TypeError(".socialnet.v1.Envelope.clockAdjust: object expected");
                    m.clockAdjust = $root.socialnet.v1.ClockAdjust.fromObject(d.clockAdjust, q + 1);
                }
                if (d.controlRequest != null) {
                    if (!$util.isObject(d.controlRequest))
                        throw $TypeError(".socialnet.v1.Envelope.controlRequest: object expected");
                    m.controlRequest = $root.socialnet.v1.ControlRequest.fromObject(d.controlRequest, q + 1);
                }
                if (d.controlReply != null) {
                    if (!$util.isObject(d.controlReply))
                        throw $TypeError(".socialnet.v1.Envelope.controlReply: object expected");
                    m.controlReply = $root.socialnet.v1.ControlReply.fromObject(d.controlReply, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Envelope
             * @static
             * @param {socialnet.v1.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.msgId = "";
                    d.sender = "";
                    d.senderRole = o.enums === $String ? "ROLE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lamport = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lamport = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.clockMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.clockMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.replyTo = "";
                    if (o.bytes === $String)
                        d.hmac = "";
                    else {
                        d.hmac = [];
                        if (o.bytes !== $Array)
                            d.hmac = $util.newBuffer(d.hmac);
                    }
                }
                if (m.msgId != null && $Object.hasOwnProperty.call(m, "msgId")) {
                    d.msgId = m.msgId;
                }
                if (m.sender != null && $Object.hasOwnProperty.call(m, "sender")) {
                    d.sender = m.sender;
                }
                if (m.senderRole != null && $Object.hasOwnProperty.call(m, "senderRole")) {
                    d.senderRole = o.enums === $String ? $root.socialnet.v1.Role[m.senderRole] === $undefined ? m.senderRole : $root.socialnet.v1.Role[m.senderRole] : m.senderRole;
                }
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lamport = typeof m.lamport === "number" ? $BigInt(m.lamport) : $util.Long.fromBits(m.lamport.low >>> 0, m.lamport.high >>> 0, true).toBigInt();
                    else if (typeof m.lamport === "number")
                        d.lamport = o.longs === $String ? $String(m.lamport) : m.lamport;
                    else
                        d.lamport = o.longs === $String ? $util.Long.prototype.toString.call(m.lamport) : o.longs === $Number ? new $util.LongBits(m.lamport.low >>> 0, m.lamport.high >>> 0).toNumber(true) : m.lamport;
                }
                if (m.clockMs != null && $Object.hasOwnProperty.call(m, "clockMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.clockMs = typeof m.clockMs === "number" ? $BigInt(m.clockMs) : $util.Long.fromBits(m.clockMs.low >>> 0, m.clockMs.high >>> 0, false).toBigInt();
                    else if (typeof m.clockMs === "number")
                        d.clockMs = o.longs === $String ? $String(m.clockMs) : m.clockMs;
                    else
                        d.clockMs = o.longs === $String ? $util.Long.prototype.toString.call(m.clockMs) : o.longs === $Number ? new $util.LongBits(m.clockMs.low >>> 0, m.clockMs.high >>> 0).toNumber() : m.clockMs;
                }
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo")) {
                    d.replyTo = m.replyTo;
                }
                if (m.hmac != null && $Object.hasOwnProperty.call(m, "hmac")) {
                    d.hmac = o.bytes === $String ? $util.base64.encode(m.hmac, 0, m.hmac.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.hmac) : m.hmac;
                }
                if (m.loginRequest != null && $Object.hasOwnProperty.call(m, "loginRequest")) {
                    d.loginRequest = $root.socialnet.v1.LoginRequest.toObject(m.loginRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "loginRequest";
                }
                if (m.postRequest != null && $Object.hasOwnProperty.call(m, "postRequest")) {
                    d.postRequest = $root.socialnet.v1.PostRequest.toObject(m.postRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "postRequest";
                }
                if (m.followRequest != null && $Object.hasOwnProperty.call(m, "followRequest")) {
                    d.followRequest = $root.socialnet.v1.FollowRequest.toObject(m.followRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "followRequest";
                }
                if (m.unfollowRequest != null && $Object.hasOwnProperty.call(m, "unfollowRequest")) {
                    d.unfollowRequest = $root.socialnet.v1.UnfollowRequest.toObject(m.unfollowRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "unfollowRequest";
                }
                if (m.sendMessageRequest != null && $Object.hasOwnProperty.call(m, "sendMessageRequest")) {
                    d.sendMessageRequest = $root.socialnet.v1.SendMessageRequest.toObject(m.sendMessageRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "sendMessageRequest";
                }
                if (m.readRequest != null && $Object.hasOwnProperty.call(m, "readRequest")) {
                    d.readRequest = $root.socialnet.v1.ReadRequest.toObject(m.readRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "readRequest";
                }
                if (m.ackRequest != null && $Object.hasOwnProperty.call(m, "ackRequest")) {
                    d.ackRequest = $root.socialnet.v1.AckRequest.toObject(m.ackRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "ackRequest";
                }
                if (m.discoverRequest != null && $Object.hasOwnProperty.call(m, "discoverRequest")) {
                    d.discoverRequest = $root.socialnet.v1.DiscoverRequest.toObject(m.discoverRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "discoverRequest";
                }
                if (m.loginReply != null && $Object.hasOwnProperty.call(m, "loginReply")) {
                    d.loginReply = $root.socialnet.v1.LoginReply.toObject(m.loginReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "loginReply";
                }
                if (m.writeReply != null && $Object.hasOwnProperty.call(m, "writeReply")) {
                    d.writeReply = $root.socialnet.v1.WriteReply.toObject(m.writeReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "writeReply";
                }
                if (m.readReply != null && $Object.hasOwnProperty.call(m, "readReply")) {
                    d.readReply = $root.socialnet.v1.ReadReply.toObject(m.readReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "readReply";
                }
                if (m.ackReply != null && $Object.hasOwnProperty.call(m, "ackReply")) {
                    d.ackReply = $root.socialnet.v1.AckReply.toObject(m.ackReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "ackReply";
                }
                if (m.discoverReply != null && $Object.hasOwnProperty.call(m, "discoverReply")) {
                    d.discoverReply = $root.socialnet.v1.DiscoverReply.toObject(m.discoverReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "discoverReply";
                }
                if (m.errorReply != null && $Object.hasOwnProperty.call(m, "errorReply")) {
                    d.errorReply = $root.socialnet.v1.ErrorReply.toObject(m.errorReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "errorReply";
                }
                if (m.notification != null && $Object.hasOwnProperty.call(m, "notification")) {
                    d.notification = $root.socialnet.v1.Notification.toObject(m.notification, o, q + 1);
                    if (o.oneofs)
                        d.body = "notification";
                }
                if (m.eventPush != null && $Object.hasOwnProperty.call(m, "eventPush")) {
                    d.eventPush = $root.socialnet.v1.EventPush.toObject(m.eventPush, o, q + 1);
                    if (o.oneofs)
                        d.body = "eventPush";
                }
                if (m.replicaAck != null && $Object.hasOwnProperty.call(m, "replicaAck")) {
                    d.replicaAck = $root.socialnet.v1.ReplicaAck.toObject(m.replicaAck, o, q + 1);
                    if (o.oneofs)
                        d.body = "replicaAck";
                }
                if (m.syncRequest != null && $Object.hasOwnProperty.call(m, "syncRequest")) {
                    d.syncRequest = $root.socialnet.v1.SyncRequest.toObject(m.syncRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "syncRequest";
                }
                if (m.syncReply != null && $Object.hasOwnProperty.call(m, "syncReply")) {
                    d.syncReply = $root.socialnet.v1.SyncReply.toObject(m.syncReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "syncReply";
                }
                if (m.snapshotRequest != null && $Object.hasOwnProperty.call(m, "snapshotRequest")) {
                    d.snapshotRequest = $root.socialnet.v1.SnapshotRequest.toObject(m.snapshotRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "snapshotRequest";
                }
                if (m.snapshotChunk != null && $Object.hasOwnProperty.call(m, "snapshotChunk")) {
                    d.snapshotChunk = $root.socialnet.v1.SnapshotChunk.toObject(m.snapshotChunk, o, q + 1);
                    if (o.oneofs)
                        d.body = "snapshotChunk";
                }
                if (m.joinRequest != null && $Object.hasOwnProperty.call(m, "joinRequest")) {
                    d.joinRequest = $root.socialnet.v1.JoinRequest.toObject(m.joinRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "joinRequest";
                }
                if (m.leaveRequest != null && $Object.hasOwnProperty.call(m, "leaveRequest")) {
                    d.leaveRequest = $root.socialnet.v1.LeaveRequest.toObject(m.leaveRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "leaveRequest";
                }
                if (m.viewChange != null && $Object.hasOwnProperty.call(m, "viewChange")) {
                    d.viewChange = $root.socialnet.v1.ViewChange.toObject(m.viewChange, o, q + 1);
                    if (o.oneofs)
                        d.body = "viewChange";
                }
                if (m.viewAck != null && $Object.hasOwnProperty.call(m, "viewAck")) {
                    d.viewAck = $root.socialnet.v1.ViewAck.toObject(m.viewAck, o, q + 1);
                    if (o.oneofs)
                        d.body = "viewAck";
                }
                if (m.view != null && $Object.hasOwnProperty.call(m, "view")) {
                    d.view = $root.socialnet.v1.View.toObject(m.view, o, q + 1);
                    if (o.oneofs)
                        d.body = "view";
                }
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat")) {
                    d.heartbeat = $root.socialnet.v1.Heartbeat.toObject(m.heartbeat, o, q + 1);
                    if (o.oneofs)
                        d.body = "heartbeat";
                }
                if (m.election != null && $Object.hasOwnProperty.call(m, "election")) {
                    d.election = $root.socialnet.v1.Election.toObject(m.election, o, q + 1);
                    if (o.oneofs)
                        d.body = "election";
                }
                if (m.answer != null && $Object.hasOwnProperty.call(m, "answer")) {
                    d.answer = $root.socialnet.v1.Answer.toObject(m.answer, o, q + 1);
                    if (o.oneofs)
                        d.body = "answer";
                }
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator")) {
                    d.coordinator = $root.socialnet.v1.Coordinator.toObject(m.coordinator, o, q + 1);
                    if (o.oneofs)
                        d.body = "coordinator";
                }
                if (m.timeRequest != null && $Object.hasOwnProperty.call(m, "timeRequest")) {
                    d.timeRequest = $root.socialnet.v1.TimeRequest.toObject(m.timeRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "timeRequest";
                }
                if (m.timeReply != null && $Object.hasOwnProperty.call(m, "timeReply")) {
                    d.timeReply = $root.socialnet.v1.TimeReply.toObject(m.timeReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "timeReply";
                }
                if (m.clockAdjust != null && $Object.hasOwnProperty.call(m, "clockAdjust")) {
                    d.clockAdjust = $root.socialnet.v1.ClockAdjust.toObject(m.clockAdjust, o, q + 1);
                    if (o.oneofs)
                        d.body = "clockAdjust";
                }
                if (m.controlRequest != null && $Object.hasOwnProperty.call(m, "controlRequest")) {
                    d.controlRequest = $root.socialnet.v1.ControlRequest.toObject(m.controlRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "controlRequest";
                }
                if (m.controlReply != null && $Object.hasOwnProperty.call(m, "controlReply")) {
                    d.controlReply = $root.socialnet.v1.ControlReply.toObject(m.controlReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "controlReply";
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof socialnet.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Envelope";
            };

            return Envelope;
        })();

        /**
         * Role enum.
         * @name socialnet.v1.Role
         * @enum {number}
         * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
         * @property {number} ROLE_SERVER=1 ROLE_SERVER value
         * @property {number} ROLE_CLOCK=2 ROLE_CLOCK value
         * @property {number} ROLE_USER=3 ROLE_USER value
         * @property {number} ROLE_CONTROL=4 ROLE_CONTROL value
         */
        v1.Role = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ROLE_SERVER"] = 1;
            values[valuesById[2] = "ROLE_CLOCK"] = 2;
            values[valuesById[3] = "ROLE_USER"] = 3;
            values[valuesById[4] = "ROLE_CONTROL"] = 4;
            return values;
        })();

        v1.EventId = (function() {

            /**
             * Properties of an EventId.
             * @typedef {Object} socialnet.v1.EventId.$Properties
             * @property {string|null} [origin] EventId origin
             * @property {number|null} [seq] EventId seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventId.
             * @memberof socialnet.v1
             * @interface IEventId
             * @augments socialnet.v1.EventId.$Properties
             * @deprecated Use socialnet.v1.EventId.$Properties instead.
             */

            /**
             * Shape of an EventId.
             * @typedef {socialnet.v1.EventId.$Properties} socialnet.v1.EventId.$Shape
             */

            /**
             * Constructs a new EventId.
             * @memberof socialnet.v1
             * @classdesc Represents an EventId.
             * @constructor
             * @param {socialnet.v1.EventId.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EventId = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EventId origin.
             * @member {string} origin
             * @memberof socialnet.v1.EventId
             * @instance
             */
            EventId.prototype.origin = "";

            /**
             * EventId seq.
             * @member {number} seq
             * @memberof socialnet.v1.EventId
             * @instance
             */
            EventId.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new EventId instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.EventId
             * @static
             * @param {socialnet.v1.EventId.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.EventId} EventId instance
             * @type {{
             *   (properties: socialnet.v1.EventId.$Shape): socialnet.v1.EventId & socialnet.v1.EventId.$Shape;
             *   (properties?: socialnet.v1.EventId.$Properties): socialnet.v1.EventId;
             * }}
             */
            EventId.create = function(properties) {
                return new EventId(properties);
            };

            /**
             * Encodes the specified EventId message. Does not implicitly {@link socialnet.v1.EventId.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.EventId
             * @static
             * @param {socialnet.v1.EventId.$Properties} m EventId message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventId.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.origin);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified EventId message, length delimited. Does not implicitly {@link socialnet.v1.EventId.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.EventId
             * @static
             * @param {socialnet.v1.EventId.$Properties} message EventId message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventId.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EventId message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.EventId
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.EventId & socialnet.v1.EventId.$Shape} EventId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventId.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.EventId();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an EventId message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.EventId
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.EventId & socialnet.v1.EventId.$Shape} EventId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventId.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EventId message.
             * @function verify
             * @memberof socialnet.v1.EventId
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventId.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                    if (!$util.isString(m.origin))
                        return "origin: string expected";
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates an EventId message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.EventId
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.EventId} EventId
             */
            EventId.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.EventId)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.EventId: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.EventId();
                if (d.origin != null) {
                    if (typeof d.origin !== "string" || d.origin.length) {
                        m.origin = $String(d.origin);
                    }
                }
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EventId message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.EventId
             * @static
             * @param {socialnet.v1.EventId} m EventId
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventId.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.origin = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                    d.origin = m.origin;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                return d;
            };

            /**
             * Converts this EventId to JSON.
             * @function toJSON
             * @memberof socialnet.v1.EventId
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventId.prototype.toJSON = function() {
                return EventId.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventId
             * @function getTypeUrl
             * @memberof socialnet.v1.EventId
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventId.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.EventId";
            };

            return EventId;
        })();

        v1.Position = (function() {

            /**
             * Properties of a Position.
             * @typedef {Object} socialnet.v1.Position.$Properties
             * @property {number|null} [lamport] Position lamport
             * @property {string|null} [origin] Position origin
             * @property {number|null} [seq] Position seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Position.
             * @memberof socialnet.v1
             * @interface IPosition
             * @augments socialnet.v1.Position.$Properties
             * @deprecated Use socialnet.v1.Position.$Properties instead.
             */

            /**
             * Shape of a Position.
             * @typedef {socialnet.v1.Position.$Properties} socialnet.v1.Position.$Shape
             */

            /**
             * Constructs a new Position.
             * @memberof socialnet.v1
             * @classdesc Represents a Position.
             * @constructor
             * @param {socialnet.v1.Position.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Position = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Position lamport.
             * @member {number} lamport
             * @memberof socialnet.v1.Position
             * @instance
             */
            Position.prototype.lamport = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Position origin.
             * @member {string} origin
             * @memberof socialnet.v1.Position
             * @instance
             */
            Position.prototype.origin = "";

            /**
             * Position seq.
             * @member {number} seq
             * @memberof socialnet.v1.Position
             * @instance
             */
            Position.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Position instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Position
             * @static
             * @param {socialnet.v1.Position.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Position} Position instance
             * @type {{
             *   (properties: socialnet.v1.Position.$Shape): socialnet.v1.Position & socialnet.v1.Position.$Shape;
             *   (properties?: socialnet.v1.Position.$Properties): socialnet.v1.Position;
             * }}
             */
            Position.create = function(properties) {
                return new Position(properties);
            };

            /**
             * Encodes the specified Position message. Does not implicitly {@link socialnet.v1.Position.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Position
             * @static
             * @param {socialnet.v1.Position.$Properties} m Position message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Position.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport") && (typeof m.lamport === "object" ? m.lamport.low || m.lamport.high : m.lamport !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.lamport);
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.origin);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.seq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Position message, length delimited. Does not implicitly {@link socialnet.v1.Position.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Position
             * @static
             * @param {socialnet.v1.Position.$Properties} message Position message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Position.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Position message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Position
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Position & socialnet.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Position.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Position();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lamport = v;
                            else
                                delete m.lamport;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Position message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Position
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Position & socialnet.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Position.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Position message.
             * @function verify
             * @memberof socialnet.v1.Position
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Position.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport")) {
                    if (!$util.isInteger(m.lamport) && !(m.lamport && $util.isInteger(m.lamport.low) && $util.isInteger(m.lamport.high)))
                        return "lamport: integer|Long expected";
                }
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                    if (!$util.isString(m.origin))
                        return "origin: string expected";
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Position message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Position
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Position} Position
             */
            Position.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Position)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Position: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Position();
                if (d.lamport != null) {
                    if (typeof d.lamport === "object" ? d.lamport.low || d.lamport.high : $Number(d.lamport) !== 0) {
                        if ($util.Long)
                            m.lamport = $util.Long.fromValue(d.lamport, true);
                        else if (typeof d.lamport === "string")
                            m.lamport = $parseInt(d.lamport, 10);
                        else if (typeof d.lamport === "number")
                            m.lamport = d.lamport;
                        else if (typeof d.lamport === "object")
                            m.lamport = new $util.LongBits(d.lamport.low >>> 0, d.lamport.high >>> 0).toNumber(true);
                    }
                }
                if (d.origin != null) {
                    if (typeof d.origin !== "string" || d.origin.length) {
                        m.origin = $String(d.origin);
                    }
                }
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Position message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Position
             * @static
             * @param {socialnet.v1.Position} m Position
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Position.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lamport = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lamport = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.origin = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lamport = typeof m.lamport === "number" ? $BigInt(m.lamport) : $util.Long.fromBits(m.lamport.low >>> 0, m.lamport.high >>> 0, true).toBigInt();
                    else if (typeof m.lamport === "number")
                        d.lamport = o.longs === $String ? $String(m.lamport) : m.lamport;
                    else
                        d.lamport = o.longs === $String ? $util.Long.prototype.toString.call(m.lamport) : o.longs === $Number ? new $util.LongBits(m.lamport.low >>> 0, m.lamport.high >>> 0).toNumber(true) : m.lamport;
                }
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                    d.origin = m.origin;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                return d;
            };

            /**
             * Converts this Position to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Position
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Position.prototype.toJSON = function() {
                return Position.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Position
             * @function getTypeUrl
             * @memberof socialnet.v1.Position
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Position.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Position";
            };

            return Position;
        })();

        v1.OriginSeq = (function() {

            /**
             * Properties of an OriginSeq.
             * @typedef {Object} socialnet.v1.OriginSeq.$Properties
             * @property {string|null} [origin] OriginSeq origin
             * @property {number|null} [seq] OriginSeq seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OriginSeq.
             * @memberof socialnet.v1
             * @interface IOriginSeq
             * @augments socialnet.v1.OriginSeq.$Properties
             * @deprecated Use socialnet.v1.OriginSeq.$Properties instead.
             */

            /**
             * Shape of an OriginSeq.
             * @typedef {socialnet.v1.OriginSeq.$Properties} socialnet.v1.OriginSeq.$Shape
             */

            /**
             * Constructs a new OriginSeq.
             * @memberof socialnet.v1
             * @classdesc Represents an OriginSeq.
             * @constructor
             * @param {socialnet.v1.OriginSeq.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OriginSeq = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * OriginSeq origin.
             * @member {string} origin
             * @memberof socialnet.v1.OriginSeq
             * @instance
             */
            OriginSeq.prototype.origin = "";

            /**
             * OriginSeq seq.
             * @member {number} seq
             * @memberof socialnet.v1.OriginSeq
             * @instance
             */
            OriginSeq.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new OriginSeq instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.OriginSeq
             * @static
             * @param {socialnet.v1.OriginSeq.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.OriginSeq} OriginSeq instance
             * @type {{
             *   (properties: socialnet.v1.OriginSeq.$Shape): socialnet.v1.OriginSeq & socialnet.v1.OriginSeq.$Shape;
             *   (properties?: socialnet.v1.OriginSeq.$Properties): socialnet.v1.OriginSeq;
             * }}
             */
            OriginSeq.create = function(properties) {
                return new OriginSeq(properties);
            };

            /**
             * Encodes the specified OriginSeq message. Does not implicitly {@link socialnet.v1.OriginSeq.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.OriginSeq
             * @static
             * @param {socialnet.v1.OriginSeq.$Properties} m OriginSeq message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OriginSeq.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.origin);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified OriginSeq message, length delimited. Does not implicitly {@link socialnet.v1.OriginSeq.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.OriginSeq
             * @static
             * @param {socialnet.v1.OriginSeq.$Properties} message OriginSeq message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OriginSeq.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OriginSeq message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.OriginSeq
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.OriginSeq & socialnet.v1.OriginSeq.$Shape} OriginSeq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OriginSeq.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.OriginSeq();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an OriginSeq message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.OriginSeq
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.OriginSeq & socialnet.v1.OriginSeq.$Shape} OriginSeq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OriginSeq.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an OriginSeq message.
             * @function verify
             * @memberof socialnet.v1.OriginSeq
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OriginSeq.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                    if (!$util.isString(m.origin))
                        return "origin: string expected";
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates an OriginSeq message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.OriginSeq
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.OriginSeq} OriginSeq
             */
            OriginSeq.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.OriginSeq)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.OriginSeq: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.OriginSeq();
                if (d.origin != null) {
                    if (typeof d.origin !== "string" || d.origin.length) {
                        m.origin = $String(d.origin);
                    }
                }
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an OriginSeq message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.OriginSeq
             * @static
             * @param {socialnet.v1.OriginSeq} m OriginSeq
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OriginSeq.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.origin = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                    d.origin = m.origin;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                return d;
            };

            /**
             * Converts this OriginSeq to JSON.
             * @function toJSON
             * @memberof socialnet.v1.OriginSeq
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OriginSeq.prototype.toJSON = function() {
                return OriginSeq.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OriginSeq
             * @function getTypeUrl
             * @memberof socialnet.v1.OriginSeq
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OriginSeq.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.OriginSeq";
            };

            return OriginSeq;
        })();

        v1.VersionVector = (function() {

            /**
             * Properties of a VersionVector.
             * @typedef {Object} socialnet.v1.VersionVector.$Properties
             * @property {Array.<socialnet.v1.OriginSeq.$Properties>|null} [entries] VersionVector entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VersionVector.
             * @memberof socialnet.v1
             * @interface IVersionVector
             * @augments socialnet.v1.VersionVector.$Properties
             * @deprecated Use socialnet.v1.VersionVector.$Properties instead.
             */

            /**
             * Shape of a VersionVector.
             * @typedef {socialnet.v1.VersionVector.$Properties} socialnet.v1.VersionVector.$Shape
             */

            /**
             * Constructs a new VersionVector.
             * @memberof socialnet.v1
             * @classdesc Represents a VersionVector.
             * @constructor
             * @param {socialnet.v1.VersionVector.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VersionVector = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VersionVector entries.
             * @member {Array.<socialnet.v1.OriginSeq.$Properties>} entries
             * @memberof socialnet.v1.VersionVector
             * @instance
             */
            VersionVector.prototype.entries = $util.emptyArray;

            /**
             * Creates a new VersionVector instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.VersionVector
             * @static
             * @param {socialnet.v1.VersionVector.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.VersionVector} VersionVector instance
             * @type {{
             *   (properties: socialnet.v1.VersionVector.$Shape): socialnet.v1.VersionVector & socialnet.v1.VersionVector.$Shape;
             *   (properties?: socialnet.v1.VersionVector.$Properties): socialnet.v1.VersionVector;
             * }}
             */
            VersionVector.create = function(properties) {
                return new VersionVector(properties);
            };

            /**
             * Encodes the specified VersionVector message. Does not implicitly {@link socialnet.v1.VersionVector.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.VersionVector
             * @static
             * @param {socialnet.v1.VersionVector.$Properties} m VersionVector message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionVector.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.socialnet.v1.OriginSeq.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VersionVector message, length delimited. Does not implicitly {@link socialnet.v1.VersionVector.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.VersionVector
             * @static
             * @param {socialnet.v1.VersionVector.$Properties} message VersionVector message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionVector.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VersionVector message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.VersionVector
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.VersionVector & socialnet.v1.VersionVector.$Shape} VersionVector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionVector.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.VersionVector();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.socialnet.v1.OriginSeq.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a VersionVector message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.VersionVector
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.VersionVector & socialnet.v1.VersionVector.$Shape} VersionVector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionVector.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VersionVector message.
             * @function verify
             * @memberof socialnet.v1.VersionVector
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VersionVector.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                    if (!$Array.isArray(m.entries))
                        return "entries: array expected";
                    for (var i = 0; i < m.entries.length; ++i) {
                        {
                            var e = $root.socialnet.v1.OriginSeq.verify(m.entries[i], q + 1);
                            if (e)
                                return "entries." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a VersionVector message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.VersionVector
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.VersionVector} VersionVector
             */
            VersionVector.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.VersionVector)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.VersionVector: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.VersionVector();
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".socialnet.v1.VersionVector.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".socialnet.v1.VersionVector.entries: object expected");
                        m.entries[i] = $root.socialnet.v1.OriginSeq.fromObject(d.entries[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VersionVector message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.VersionVector
             * @static
             * @param {socialnet.v1.VersionVector} m VersionVector
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VersionVector.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.entries = [];
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.socialnet.v1.OriginSeq.toObject(m.entries[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this VersionVector to JSON.
             * @function toJSON
             * @memberof socialnet.v1.VersionVector
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VersionVector.prototype.toJSON = function() {
                return VersionVector.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VersionVector
             * @function getTypeUrl
             * @memberof socialnet.v1.VersionVector
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VersionVector.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.VersionVector";
            };

            return VersionVector;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} socialnet.v1.Event.$Properties
             * @property {socialnet.v1.EventId.$Properties|null} [id] Event id
             * @property {string|null} [author] Event author
             * @property {number|null} [lamport] Event lamport
             * @property {number|null} [clockMs] Event clockMs
             * @property {string|null} [requestId] Event requestId
             * @property {socialnet.v1.Register.$Properties|null} [register] Event register
             * @property {socialnet.v1.Post.$Properties|null} [post] Event post
             * @property {socialnet.v1.Follow.$Properties|null} [follow] Event follow
             * @property {socialnet.v1.Unfollow.$Properties|null} [unfollow] Event unfollow
             * @property {socialnet.v1.DirectMessage.$Properties|null} [directMessage] Event directMessage
             * @property {socialnet.v1.ReadReceipt.$Properties|null} [readReceipt] Event readReceipt
             * @property {"register"|"post"|"follow"|"unfollow"|"directMessage"|"readReceipt"} [change] Event change
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof socialnet.v1
             * @interface IEvent
             * @augments socialnet.v1.Event.$Properties
             * @deprecated Use socialnet.v1.Event.$Properties instead.
             */

            /**
             * Narrowed shape of an Event.
             * @typedef {{
             *   id?: socialnet.v1.EventId.$Shape|null;
             *   author?: string|null;
             *   lamport?: number|null;
             *   clockMs?: number|null;
             *   requestId?: string|null;
             *   register?: socialnet.v1.Register.$Shape|null;
             *   post?: socialnet.v1.Post.$Shape|null;
             *   follow?: socialnet.v1.Follow.$Shape|null;
             *   unfollow?: socialnet.v1.Unfollow.$Shape|null;
             *   directMessage?: socialnet.v1.DirectMessage.$Shape|null;
             *   readReceipt?: socialnet.v1.ReadReceipt.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ change?: undefined; register?: null; post?: null; follow?: null; unfollow?: null; directMessage?: null; readReceipt?: null }|{ change?: "register"; register: socialnet.v1.Register.$Shape; post?: null; follow?: null; unfollow?: null; directMessage?: null; readReceipt?: null }|{ change?: "post"; register?: null; post: socialnet.v1.Post.$Shape; follow?: null; unfollow?: null; directMessage?: null; readReceipt?: null }|{ change?: "follow"; register?: null; post?: null; follow: socialnet.v1.Follow.$Shape; unfollow?: null; directMessage?: null; readReceipt?: null }|{ change?: "unfollow"; register?: null; post?: null; follow?: null; unfollow: socialnet.v1.Unfollow.$Shape; directMessage?: null; readReceipt?: null }|{ change?: "directMessage"; register?: null; post?: null; follow?: null; unfollow?: null; directMessage: socialnet.v1.DirectMessage.$Shape; readReceipt?: null }|{ change?: "readReceipt"; register?: null; post?: null; follow?: null; unfollow?: null; directMessage?: null; readReceipt: socialnet.v1.ReadReceipt.$Shape })
             * )} socialnet.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof socialnet.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {socialnet.v1.Event.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Event id.
             * @member {socialnet.v1.EventId.$Properties|null|undefined} id
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.id = null;

            /**
             * Event author.
             * @member {string} author
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.author = "";

            /**
             * Event lamport.
             * @member {number} lamport
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.lamport = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event clockMs.
             * @member {number} clockMs
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.clockMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Event requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.requestId = "";

            /**
             * Event register.
             * @member {socialnet.v1.Register.$Properties|null|undefined} register
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.register = null;

            /**
             * Event post.
             * @member {socialnet.v1.Post.$Properties|null|undefined} post
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.post = null;

            /**
             * Event follow.
             * @member {socialnet.v1.Follow.$Properties|null|undefined} follow
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.follow = null;

            /**
             * Event unfollow.
             * @member {socialnet.v1.Unfollow.$Properties|null|undefined} unfollow
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.unfollow = null;

            /**
             * Event directMessage.
             * @member {socialnet.v1.DirectMessage.$Properties|null|undefined} directMessage
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.directMessage = null;

            /**
             * Event readReceipt.
             * @member {socialnet.v1.ReadReceipt.$Properties|null|undefined} readReceipt
             * @memberof socialnet.v1.Event
             * @instance
             */
            Event.prototype.readReceipt = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Event change.
             * @member {"register"|"post"|"follow"|"unfollow"|"directMessage"|"readReceipt"|undefined} change
             * @memberof socialnet.v1.Event
             * @instance
             */
            $Object.defineProperty(Event.prototype, "change", {
                get: $util.oneOfGetter($oneOfFields = ["register", "post", "follow", "unfollow", "directMessage", "readReceipt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Event
             * @static
             * @param {socialnet.v1.Event.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Event} Event instance
             * @type {{
             *   (properties: socialnet.v1.Event.$Shape): socialnet.v1.Event & socialnet.v1.Event.$Shape;
             *   (properties?: socialnet.v1.Event.$Properties): socialnet.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link socialnet.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Event
             * @static
             * @param {socialnet.v1.Event.$Properties} m Event message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id"))
                    $root.socialnet.v1.EventId.encode(m.id, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.author != null && $Object.hasOwnProperty.call(m, "author") && m.author !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.author);
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport") && (typeof m.lamport === "object" ? m.lamport.low || m.lamport.high : m.lamport !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.lamport);
                if (m.clockMs != null && $Object.hasOwnProperty.call(m, "clockMs") && (typeof m.clockMs === "object" ? m.clockMs.low || m.clockMs.high : m.clockMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.clockMs);
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.requestId);
                if (m.register != null && $Object.hasOwnProperty.call(m, "register"))
                    $root.socialnet.v1.Register.encode(m.register, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.post != null && $Object.hasOwnProperty.call(m, "post"))
                    $root.socialnet.v1.Post.encode(m.post, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.follow != null && $Object.hasOwnProperty.call(m, "follow"))
                    $root.socialnet.v1.Follow.encode(m.follow, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (m.unfollow != null && $Object.hasOwnProperty.call(m, "unfollow"))
                    $root.socialnet.v1.Unfollow.encode(m.unfollow, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (m.directMessage != null && $Object.hasOwnProperty.call(m, "directMessage"))
                    $root.socialnet.v1.DirectMessage.encode(m.directMessage, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (m.readReceipt != null && $Object.hasOwnProperty.call(m, "readReceipt"))
                    $root.socialnet.v1.ReadReceipt.encode(m.readReceipt, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link socialnet.v1.Event.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Event
             * @static
             * @param {socialnet.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Event & socialnet.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Event();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.id = $root.socialnet.v1.EventId.decode(r, r.size(), $undefined, q + 1, m.id);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.author = v;
                            else
                                delete m.author;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lamport = v;
                            else
                                delete m.lamport;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.clockMs = v;
                            else
                                delete m.clockMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.register = $root.socialnet.v1.Register.decode(r, r.size(), $undefined, q + 1, m.register);
                            m.change = "register";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.post = $root.socialnet.v1.Post.decode(r, r.size(), $undefined, q + 1, m.post);
                            m.change = "post";
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.follow = $root.socialnet.v1.Follow.decode(r, r.size(), $undefined, q + 1, m.follow);
                            m.change = "follow";
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.unfollow = $root.socialnet.v1.Unfollow.decode(r, r.size(), $undefined, q + 1, m.unfollow);
                            m.change = "unfollow";
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.directMessage = $root.socialnet.v1.DirectMessage.decode(r, r.size(), $undefined, q + 1, m.directMessage);
                            m.change = "directMessage";
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.readReceipt = $root.socialnet.v1.ReadReceipt.decode(r, r.size(), $undefined, q + 1, m.readReceipt);
                            m.change = "readReceipt";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Event & socialnet.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Event message.
             * @function verify
             * @memberof socialnet.v1.Event
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Event.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    {
                        var e = $root.socialnet.v1.EventId.verify(m.id, q + 1);
                        if (e)
                            return "id." + e;
                    }
                }
                if (m.author != null && $Object.hasOwnProperty.call(m, "author")) {
                    if (!$util.isString(m.author))
                        return "author: string expected";
                }
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport")) {
                    if (!$util.isInteger(m.lamport) && !(m.lamport && $util.isInteger(m.lamport.low) && $util.isInteger(m.lamport.high)))
                        return "lamport: integer|Long expected";
                }
                if (m.clockMs != null && $Object.hasOwnProperty.call(m, "clockMs")) {
                    if (!$util.isInteger(m.clockMs) && !(m.clockMs && $util.isInteger(m.clockMs.low) && $util.isInteger(m.clockMs.high)))
                        return "clockMs: integer|Long expected";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.register != null && $Object.hasOwnProperty.call(m, "register")) {
                    p.change = 1;
                    {
                        var e = $root.socialnet.v1.Register.verify(m.register, q + 1);
                        if (e)
                            return "register." + e;
                    }
                }
                if (m.post != null && $Object.hasOwnProperty.call(m, "post")) {
                    if (p.change === 1)
                        return "change: multiple values";
                    p.change = 1;
                    {
                        var e = $root.socialnet.v1.Post.verify(m.post, q + 1);
                        if (e)
                            return "post." + e;
                    }
                }
                if (m.follow != null && $Object.hasOwnProperty.call(m, "follow")) {
                    if (p.change === 1)
                        return "change: multiple values";
                    p.change = 1;
                    {
                        var e = $root.socialnet.v1.Follow.verify(m.follow, q + 1);
                        if (e)
                            return "follow." + e;
                    }
                }
                if (m.unfollow != null && $Object.hasOwnProperty.call(m, "unfollow")) {
                    if (p.change === 1)
                        return "change: multiple values";
                    p.change = 1;
                    {
                        var e = $root.socialnet.v1.Unfollow.verify(m.unfollow, q + 1);
                        if (e)
                            return "unfollow." + e;
                    }
                }
                if (m.directMessage != null && $Object.hasOwnProperty.call(m, "directMessage")) {
                    if (p.change === 1)
                        return "change: multiple values";
                    p.change = 1;
                    {
                        var e = $root.socialnet.v1.DirectMessage.verify(m.directMessage, q + 1);
                        if (e)
                            return "directMessage." + e;
                    }
                }
                if (m.readReceipt != null && $Object.hasOwnProperty.call(m, "readReceipt")) {
                    if (p.change === 1)
                        return "change: multiple values";
                    p.change = 1;
                    {
                        var e = $root.socialnet.v1.ReadReceipt.verify(m.readReceipt, q + 1);
                        if (e)
                            return "readReceipt." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Event
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Event} Event
             */
            Event.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Event)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Event: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Event();
                if (d.id != null) {
                    if (!$util.isObject(d.id))
                        throw $TypeError(".socialnet.v1.Event.id: object expected");
                    m.id = $root.socialnet.v1.EventId.fromObject(d.id, q + 1);
                }
                if (d.author != null) {
                    if (typeof d.author !== "string" || d.author.length) {
                        m.author = $String(d.author);
                    }
                }
                if (d.lamport != null) {
                    if (typeof d.lamport === "object" ? d.lamport.low || d.lamport.high : $Number(d.lamport) !== 0) {
                        if ($util.Long)
                            m.lamport = $util.Long.fromValue(d.lamport, true);
                        else if (typeof d.lamport === "string")
                            m.lamport = $parseInt(d.lamport, 10);
                        else if (typeof d.lamport === "number")
                            m.lamport = d.lamport;
                        else if (typeof d.lamport === "object")
                            m.lamport = new $util.LongBits(d.lamport.low >>> 0, d.lamport.high >>> 0).toNumber(true);
                    }
                }
                if (d.clockMs != null) {
                    if (typeof d.clockMs === "object" ? d.clockMs.low || d.clockMs.high : $Number(d.clockMs) !== 0) {
                        if ($util.Long)
                            m.clockMs = $util.Long.fromValue(d.clockMs, false);
                        else if (typeof d.clockMs === "string")
                            m.clockMs = $parseInt(d.clockMs, 10);
                        else if (typeof d.clockMs === "number")
                            m.clockMs = d.clockMs;
                        else if (typeof d.clockMs === "object")
                            m.clockMs = new $util.LongBits(d.clockMs.low >>> 0, d.clockMs.high >>> 0).toNumber();
                    }
                }
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.register != null) {
                    if (!$util.isObject(d.register))
                        throw $TypeError(".socialnet.v1.Event.register: object expected");
                    m.register = $root.socialnet.v1.Register.fromObject(d.register, q + 1);
                }
                if (d.post != null) {
                    if (!$util.isObject(d.post))
                        throw $TypeError(".socialnet.v1.Event.post: object expected");
                    m.post = $root.socialnet.v1.Post.fromObject(d.post, q + 1);
                }
                if (d.follow != null) {
                    if (!$util.isObject(d.follow))
                        throw $TypeError(".socialnet.v1.Event.follow: object expected");
                    m.follow = $root.socialnet.v1.Follow.fromObject(d.follow, q + 1);
                }
                if (d.unfollow != null) {
                    if (!$util.isObject(d.unfollow))
                        throw $TypeError(".socialnet.v1.Event.unfollow: object expected");
                    m.unfollow = $root.socialnet.v1.Unfollow.fromObject(d.unfollow, q + 1);
                }
                if (d.directMessage != null) {
                    if (!$util.isObject(d.directMessage))
                        throw $TypeError(".socialnet.v1.Event.directMessage: object expected");
                    m.directMessage = $root.socialnet.v1.DirectMessage.fromObject(d.directMessage, q + 1);
                }
                if (d.readReceipt != null) {
                    if (!$util.isObject(d.readReceipt))
                        throw $TypeError(".socialnet.v1.Event.readReceipt: object expected");
                    m.readReceipt = $root.socialnet.v1.ReadReceipt.fromObject(d.readReceipt, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Event
             * @static
             * @param {socialnet.v1.Event} m Event
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = null;
                    d.author = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lamport = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lamport = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.clockMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.clockMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.requestId = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = $root.socialnet.v1.EventId.toObject(m.id, o, q + 1);
                }
                if (m.author != null && $Object.hasOwnProperty.call(m, "author")) {
                    d.author = m.author;
                }
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lamport = typeof m.lamport === "number" ? $BigInt(m.lamport) : $util.Long.fromBits(m.lamport.low >>> 0, m.lamport.high >>> 0, true).toBigInt();
                    else if (typeof m.lamport === "number")
                        d.lamport = o.longs === $String ? $String(m.lamport) : m.lamport;
                    else
                        d.lamport = o.longs === $String ? $util.Long.prototype.toString.call(m.lamport) : o.longs === $Number ? new $util.LongBits(m.lamport.low >>> 0, m.lamport.high >>> 0).toNumber(true) : m.lamport;
                }
                if (m.clockMs != null && $Object.hasOwnProperty.call(m, "clockMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.clockMs = typeof m.clockMs === "number" ? $BigInt(m.clockMs) : $util.Long.fromBits(m.clockMs.low >>> 0, m.clockMs.high >>> 0, false).toBigInt();
                    else if (typeof m.clockMs === "number")
                        d.clockMs = o.longs === $String ? $String(m.clockMs) : m.clockMs;
                    else
                        d.clockMs = o.longs === $String ? $util.Long.prototype.toString.call(m.clockMs) : o.longs === $Number ? new $util.LongBits(m.clockMs.low >>> 0, m.clockMs.high >>> 0).toNumber() : m.clockMs;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.register != null && $Object.hasOwnProperty.call(m, "register")) {
                    d.register = $root.socialnet.v1.Register.toObject(m.register, o, q + 1);
                    if (o.oneofs)
                        d.change = "register";
                }
                if (m.post != null && $Object.hasOwnProperty.call(m, "post")) {
                    d.post = $root.socialnet.v1.Post.toObject(m.post, o, q + 1);
                    if (o.oneofs)
                        d.change = "post";
                }
                if (m.follow != null && $Object.hasOwnProperty.call(m, "follow")) {
                    d.follow = $root.socialnet.v1.Follow.toObject(m.follow, o, q + 1);
                    if (o.oneofs)
                        d.change = "follow";
                }
                if (m.unfollow != null && $Object.hasOwnProperty.call(m, "unfollow")) {
                    d.unfollow = $root.socialnet.v1.Unfollow.toObject(m.unfollow, o, q + 1);
                    if (o.oneofs)
                        d.change = "unfollow";
                }
                if (m.directMessage != null && $Object.hasOwnProperty.call(m, "directMessage")) {
                    d.directMessage = $root.socialnet.v1.DirectMessage.toObject(m.directMessage, o, q + 1);
                    if (o.oneofs)
                        d.change = "directMessage";
                }
                if (m.readReceipt != null && $Object.hasOwnProperty.call(m, "readReceipt")) {
                    d.readReceipt = $root.socialnet.v1.ReadReceipt.toObject(m.readReceipt, o, q + 1);
                    if (o.oneofs)
                        d.change = "readReceipt";
                }
                return d;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof socialnet.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Event";
            };

            return Event;
        })();

        v1.Register = (function() {

            /**
             * Properties of a Register.
             * @typedef {Object} socialnet.v1.Register.$Properties
             * @property {string|null} [passwordHash] Register passwordHash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Register.
             * @memberof socialnet.v1
             * @interface IRegister
             * @augments socialnet.v1.Register.$Properties
             * @deprecated Use socialnet.v1.Register.$Properties instead.
             */

            /**
             * Shape of a Register.
             * @typedef {socialnet.v1.Register.$Properties} socialnet.v1.Register.$Shape
             */

            /**
             * Constructs a new Register.
             * @memberof socialnet.v1
             * @classdesc Represents a Register.
             * @constructor
             * @param {socialnet.v1.Register.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Register = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Register passwordHash.
             * @member {string} passwordHash
             * @memberof socialnet.v1.Register
             * @instance
             */
            Register.prototype.passwordHash = "";

            /**
             * Creates a new Register instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Register
             * @static
             * @param {socialnet.v1.Register.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Register} Register instance
             * @type {{
             *   (properties: socialnet.v1.Register.$Shape): socialnet.v1.Register & socialnet.v1.Register.$Shape;
             *   (properties?: socialnet.v1.Register.$Properties): socialnet.v1.Register;
             * }}
             */
            Register.create = function(properties) {
                return new Register(properties);
            };

            /**
             * Encodes the specified Register message. Does not implicitly {@link socialnet.v1.Register.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Register
             * @static
             * @param {socialnet.v1.Register.$Properties} m Register message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Register.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.passwordHash != null && $Object.hasOwnProperty.call(m, "passwordHash") && m.passwordHash !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.passwordHash);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Register message, length delimited. Does not implicitly {@link socialnet.v1.Register.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Register
             * @static
             * @param {socialnet.v1.Register.$Properties} message Register message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Register.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Register message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Register
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Register & socialnet.v1.Register.$Shape} Register
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Register.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Register();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.passwordHash = v;
                            else
                                delete m.passwordHash;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Register message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Register
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Register & socialnet.v1.Register.$Shape} Register
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Register.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Register message.
             * @function verify
             * @memberof socialnet.v1.Register
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Register.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.passwordHash != null && $Object.hasOwnProperty.call(m, "passwordHash")) {
                    if (!$util.isString(m.passwordHash))
                        return "passwordHash: string expected";
                }
                return null;
            };

            /**
             * Creates a Register message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Register
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Register} Register
             */
            Register.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Register)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Register: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Register();
                if (d.passwordHash != null) {
                    if (typeof d.passwordHash !== "string" || d.passwordHash.length) {
                        m.passwordHash = $String(d.passwordHash);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Register message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Register
             * @static
             * @param {socialnet.v1.Register} m Register
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Register.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.passwordHash = "";
                }
                if (m.passwordHash != null && $Object.hasOwnProperty.call(m, "passwordHash")) {
                    d.passwordHash = m.passwordHash;
                }
                return d;
            };

            /**
             * Converts this Register to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Register
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Register.prototype.toJSON = function() {
                return Register.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Register
             * @function getTypeUrl
             * @memberof socialnet.v1.Register
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Register.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Register";
            };

            return Register;
        })();

        v1.Post = (function() {

            /**
             * Properties of a Post.
             * @typedef {Object} socialnet.v1.Post.$Properties
             * @property {string|null} [text] Post text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Post.
             * @memberof socialnet.v1
             * @interface IPost
             * @augments socialnet.v1.Post.$Properties
             * @deprecated Use socialnet.v1.Post.$Properties instead.
             */

            /**
             * Shape of a Post.
             * @typedef {socialnet.v1.Post.$Properties} socialnet.v1.Post.$Shape
             */

            /**
             * Constructs a new Post.
             * @memberof socialnet.v1
             * @classdesc Represents a Post.
             * @constructor
             * @param {socialnet.v1.Post.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Post = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Post text.
             * @member {string} text
             * @memberof socialnet.v1.Post
             * @instance
             */
            Post.prototype.text = "";

            /**
             * Creates a new Post instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Post
             * @static
             * @param {socialnet.v1.Post.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Post} Post instance
             * @type {{
             *   (properties: socialnet.v1.Post.$Shape): socialnet.v1.Post & socialnet.v1.Post.$Shape;
             *   (properties?: socialnet.v1.Post.$Properties): socialnet.v1.Post;
             * }}
             */
            Post.create = function(properties) {
                return new Post(properties);
            };

            /**
             * Encodes the specified Post message. Does not implicitly {@link socialnet.v1.Post.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Post
             * @static
             * @param {socialnet.v1.Post.$Properties} m Post message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Post.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.text);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Post message, length delimited. Does not implicitly {@link socialnet.v1.Post.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Post
             * @static
             * @param {socialnet.v1.Post.$Properties} message Post message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Post.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Post message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Post
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Post & socialnet.v1.Post.$Shape} Post
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Post.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Post();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Post message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Post
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Post & socialnet.v1.Post.$Shape} Post
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Post.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Post message.
             * @function verify
             * @memberof socialnet.v1.Post
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Post.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    if (!$util.isString(m.text))
                        return "text: string expected";
                }
                return null;
            };

            /**
             * Creates a Post message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Post
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Post} Post
             */
            Post.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Post)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Post: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Post();
                if (d.text != null) {
                    if (typeof d.text !== "string" || d.text.length) {
                        m.text = $String(d.text);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Post message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Post
             * @static
             * @param {socialnet.v1.Post} m Post
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Post.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.text = "";
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = m.text;
                }
                return d;
            };

            /**
             * Converts this Post to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Post
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Post.prototype.toJSON = function() {
                return Post.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Post
             * @function getTypeUrl
             * @memberof socialnet.v1.Post
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Post.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Post";
            };

            return Post;
        })();

        v1.Follow = (function() {

            /**
             * Properties of a Follow.
             * @typedef {Object} socialnet.v1.Follow.$Properties
             * @property {string|null} [followee] Follow followee
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Follow.
             * @memberof socialnet.v1
             * @interface IFollow
             * @augments socialnet.v1.Follow.$Properties
             * @deprecated Use socialnet.v1.Follow.$Properties instead.
             */

            /**
             * Shape of a Follow.
             * @typedef {socialnet.v1.Follow.$Properties} socialnet.v1.Follow.$Shape
             */

            /**
             * Constructs a new Follow.
             * @memberof socialnet.v1
             * @classdesc Represents a Follow.
             * @constructor
             * @param {socialnet.v1.Follow.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Follow = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Follow followee.
             * @member {string} followee
             * @memberof socialnet.v1.Follow
             * @instance
             */
            Follow.prototype.followee = "";

            /**
             * Creates a new Follow instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Follow
             * @static
             * @param {socialnet.v1.Follow.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Follow} Follow instance
             * @type {{
             *   (properties: socialnet.v1.Follow.$Shape): socialnet.v1.Follow & socialnet.v1.Follow.$Shape;
             *   (properties?: socialnet.v1.Follow.$Properties): socialnet.v1.Follow;
             * }}
             */
            Follow.create = function(properties) {
                return new Follow(properties);
            };

            /**
             * Encodes the specified Follow message. Does not implicitly {@link socialnet.v1.Follow.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Follow
             * @static
             * @param {socialnet.v1.Follow.$Properties} m Follow message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Follow.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee") && m.followee !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.followee);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Follow message, length delimited. Does not implicitly {@link socialnet.v1.Follow.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Follow
             * @static
             * @param {socialnet.v1.Follow.$Properties} message Follow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Follow.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Follow message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Follow
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Follow & socialnet.v1.Follow.$Shape} Follow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Follow.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Follow();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.followee = v;
                            else
                                delete m.followee;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Follow message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Follow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Follow & socialnet.v1.Follow.$Shape} Follow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Follow.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Follow message.
             * @function verify
             * @memberof socialnet.v1.Follow
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Follow.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee")) {
                    if (!$util.isString(m.followee))
                        return "followee: string expected";
                }
                return null;
            };

            /**
             * Creates a Follow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Follow
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Follow} Follow
             */
            Follow.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Follow)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Follow: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Follow();
                if (d.followee != null) {
                    if (typeof d.followee !== "string" || d.followee.length) {
                        m.followee = $String(d.followee);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Follow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Follow
             * @static
             * @param {socialnet.v1.Follow} m Follow
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Follow.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.followee = "";
                }
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee")) {
                    d.followee = m.followee;
                }
                return d;
            };

            /**
             * Converts this Follow to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Follow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Follow.prototype.toJSON = function() {
                return Follow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Follow
             * @function getTypeUrl
             * @memberof socialnet.v1.Follow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Follow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Follow";
            };

            return Follow;
        })();

        v1.Unfollow = (function() {

            /**
             * Properties of an Unfollow.
             * @typedef {Object} socialnet.v1.Unfollow.$Properties
             * @property {string|null} [followee] Unfollow followee
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Unfollow.
             * @memberof socialnet.v1
             * @interface IUnfollow
             * @augments socialnet.v1.Unfollow.$Properties
             * @deprecated Use socialnet.v1.Unfollow.$Properties instead.
             */

            /**
             * Shape of an Unfollow.
             * @typedef {socialnet.v1.Unfollow.$Properties} socialnet.v1.Unfollow.$Shape
             */

            /**
             * Constructs a new Unfollow.
             * @memberof socialnet.v1
             * @classdesc Represents an Unfollow.
             * @constructor
             * @param {socialnet.v1.Unfollow.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Unfollow = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Unfollow followee.
             * @member {string} followee
             * @memberof socialnet.v1.Unfollow
             * @instance
             */
            Unfollow.prototype.followee = "";

            /**
             * Creates a new Unfollow instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Unfollow
             * @static
             * @param {socialnet.v1.Unfollow.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Unfollow} Unfollow instance
             * @type {{
             *   (properties: socialnet.v1.Unfollow.$Shape): socialnet.v1.Unfollow & socialnet.v1.Unfollow.$Shape;
             *   (properties?: socialnet.v1.Unfollow.$Properties): socialnet.v1.Unfollow;
             * }}
             */
            Unfollow.create = function(properties) {
                return new Unfollow(properties);
            };

            /**
             * Encodes the specified Unfollow message. Does not implicitly {@link socialnet.v1.Unfollow.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Unfollow
             * @static
             * @param {socialnet.v1.Unfollow.$Properties} m Unfollow message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unfollow.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee") && m.followee !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.followee);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Unfollow message, length delimited. Does not implicitly {@link socialnet.v1.Unfollow.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Unfollow
             * @static
             * @param {socialnet.v1.Unfollow.$Properties} message Unfollow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unfollow.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Unfollow message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Unfollow
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Unfollow & socialnet.v1.Unfollow.$Shape} Unfollow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unfollow.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Unfollow();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.followee = v;
                            else
                                delete m.followee;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Unfollow message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Unfollow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Unfollow & socialnet.v1.Unfollow.$Shape} Unfollow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unfollow.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Unfollow message.
             * @function verify
             * @memberof socialnet.v1.Unfollow
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Unfollow.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee")) {
                    if (!$util.isString(m.followee))
                        return "followee: string expected";
                }
                return null;
            };

            /**
             * Creates an Unfollow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Unfollow
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Unfollow} Unfollow
             */
            Unfollow.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Unfollow)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Unfollow: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Unfollow();
                if (d.followee != null) {
                    if (typeof d.followee !== "string" || d.followee.length) {
                        m.followee = $String(d.followee);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Unfollow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Unfollow
             * @static
             * @param {socialnet.v1.Unfollow} m Unfollow
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Unfollow.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.followee = "";
                }
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee")) {
                    d.followee = m.followee;
                }
                return d;
            };

            /**
             * Converts this Unfollow to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Unfollow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Unfollow.prototype.toJSON = function() {
                return Unfollow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Unfollow
             * @function getTypeUrl
             * @memberof socialnet.v1.Unfollow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Unfollow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Unfollow";
            };

            return Unfollow;
        })();

        v1.DirectMessage = (function() {

            /**
             * Properties of a DirectMessage.
             * @typedef {Object} socialnet.v1.DirectMessage.$Properties
             * @property {string|null} [to] DirectMessage to
             * @property {string|null} [text] DirectMessage text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DirectMessage.
             * @memberof socialnet.v1
             * @interface IDirectMessage
             * @augments socialnet.v1.DirectMessage.$Properties
             * @deprecated Use socialnet.v1.DirectMessage.$Properties instead.
             */

            /**
             * Shape of a DirectMessage.
             * @typedef {socialnet.v1.DirectMessage.$Properties} socialnet.v1.DirectMessage.$Shape
             */

            /**
             * Constructs a new DirectMessage.
             * @memberof socialnet.v1
             * @classdesc Represents a DirectMessage.
             * @constructor
             * @param {socialnet.v1.DirectMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DirectMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DirectMessage to.
             * @member {string} to
             * @memberof socialnet.v1.DirectMessage
             * @instance
             */
            DirectMessage.prototype.to = "";

            /**
             * DirectMessage text.
             * @member {string} text
             * @memberof socialnet.v1.DirectMessage
             * @instance
             */
            DirectMessage.prototype.text = "";

            /**
             * Creates a new DirectMessage instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.DirectMessage
             * @static
             * @param {socialnet.v1.DirectMessage.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.DirectMessage} DirectMessage instance
             * @type {{
             *   (properties: socialnet.v1.DirectMessage.$Shape): socialnet.v1.DirectMessage & socialnet.v1.DirectMessage.$Shape;
             *   (properties?: socialnet.v1.DirectMessage.$Properties): socialnet.v1.DirectMessage;
             * }}
             */
            DirectMessage.create = function(properties) {
                return new DirectMessage(properties);
            };

            /**
             * Encodes the specified DirectMessage message. Does not implicitly {@link socialnet.v1.DirectMessage.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.DirectMessage
             * @static
             * @param {socialnet.v1.DirectMessage.$Properties} m DirectMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DirectMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.to);
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.text);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DirectMessage message, length delimited. Does not implicitly {@link socialnet.v1.DirectMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.DirectMessage
             * @static
             * @param {socialnet.v1.DirectMessage.$Properties} message DirectMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DirectMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DirectMessage message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.DirectMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.DirectMessage & socialnet.v1.DirectMessage.$Shape} DirectMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DirectMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.DirectMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.to = v;
                            else
                                delete m.to;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a DirectMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.DirectMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.DirectMessage & socialnet.v1.DirectMessage.$Shape} DirectMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DirectMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DirectMessage message.
             * @function verify
             * @memberof socialnet.v1.DirectMessage
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DirectMessage.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    if (!$util.isString(m.to))
                        return "to: string expected";
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    if (!$util.isString(m.text))
                        return "text: string expected";
                }
                return null;
            };

            /**
             * Creates a DirectMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.DirectMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.DirectMessage} DirectMessage
             */
            DirectMessage.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.DirectMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.DirectMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.DirectMessage();
                if (d.to != null) {
                    if (typeof d.to !== "string" || d.to.length) {
                        m.to = $String(d.to);
                    }
                }
                if (d.text != null) {
                    if (typeof d.text !== "string" || d.text.length) {
                        m.text = $String(d.text);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DirectMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.DirectMessage
             * @static
             * @param {socialnet.v1.DirectMessage} m DirectMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DirectMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.to = "";
                    d.text = "";
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    d.to = m.to;
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = m.text;
                }
                return d;
            };

            /**
             * Converts this DirectMessage to JSON.
             * @function toJSON
             * @memberof socialnet.v1.DirectMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DirectMessage.prototype.toJSON = function() {
                return DirectMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DirectMessage
             * @function getTypeUrl
             * @memberof socialnet.v1.DirectMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DirectMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.DirectMessage";
            };

            return DirectMessage;
        })();

        v1.ReadReceipt = (function() {

            /**
             * Properties of a ReadReceipt.
             * @typedef {Object} socialnet.v1.ReadReceipt.$Properties
             * @property {string|null} [peer] ReadReceipt peer
             * @property {socialnet.v1.Position.$Properties|null} [upTo] ReadReceipt upTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadReceipt.
             * @memberof socialnet.v1
             * @interface IReadReceipt
             * @augments socialnet.v1.ReadReceipt.$Properties
             * @deprecated Use socialnet.v1.ReadReceipt.$Properties instead.
             */

            /**
             * Shape of a ReadReceipt.
             * @typedef {socialnet.v1.ReadReceipt.$Properties} socialnet.v1.ReadReceipt.$Shape
             */

            /**
             * Constructs a new ReadReceipt.
             * @memberof socialnet.v1
             * @classdesc Represents a ReadReceipt.
             * @constructor
             * @param {socialnet.v1.ReadReceipt.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadReceipt = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadReceipt peer.
             * @member {string} peer
             * @memberof socialnet.v1.ReadReceipt
             * @instance
             */
            ReadReceipt.prototype.peer = "";

            /**
             * ReadReceipt upTo.
             * @member {socialnet.v1.Position.$Properties|null|undefined} upTo
             * @memberof socialnet.v1.ReadReceipt
             * @instance
             */
            ReadReceipt.prototype.upTo = null;

            /**
             * Creates a new ReadReceipt instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.ReadReceipt
             * @static
             * @param {socialnet.v1.ReadReceipt.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.ReadReceipt} ReadReceipt instance
             * @type {{
             *   (properties: socialnet.v1.ReadReceipt.$Shape): socialnet.v1.ReadReceipt & socialnet.v1.ReadReceipt.$Shape;
             *   (properties?: socialnet.v1.ReadReceipt.$Properties): socialnet.v1.ReadReceipt;
             * }}
             */
            ReadReceipt.create = function(properties) {
                return new ReadReceipt(properties);
            };

            /**
             * Encodes the specified ReadReceipt message. Does not implicitly {@link socialnet.v1.ReadReceipt.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.ReadReceipt
             * @static
             * @param {socialnet.v1.ReadReceipt.$Properties} m ReadReceipt message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadReceipt.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer") && m.peer !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.peer);
                if (m.upTo != null && $Object.hasOwnProperty.call(m, "upTo"))
                    $root.socialnet.v1.Position.encode(m.upTo, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReadReceipt message, length delimited. Does not implicitly {@link socialnet.v1.ReadReceipt.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.ReadReceipt
             * @static
             * @param {socialnet.v1.ReadReceipt.$Properties} message ReadReceipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadReceipt.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadReceipt message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.ReadReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.ReadReceipt & socialnet.v1.ReadReceipt.$Shape} ReadReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadReceipt.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.ReadReceipt();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.peer = v;
                            else
                                delete m.peer;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.upTo = $root.socialnet.v1.Position.decode(r, r.size(), $undefined, q + 1, m.upTo);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ReadReceipt message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.ReadReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.ReadReceipt & socialnet.v1.ReadReceipt.$Shape} ReadReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadReceipt.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadReceipt message.
             * @function verify
             * @memberof socialnet.v1.ReadReceipt
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadReceipt.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer")) {
                    if (!$util.isString(m.peer))
                        return "peer: string expected";
                }
                if (m.upTo != null && $Object.hasOwnProperty.call(m, "upTo")) {
                    {
                        var e = $root.socialnet.v1.Position.verify(m.upTo, q + 1);
                        if (e)
                            return "upTo." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a ReadReceipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.ReadReceipt
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.ReadReceipt} ReadReceipt
             */
            ReadReceipt.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.ReadReceipt)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.ReadReceipt: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.ReadReceipt();
                if (d.peer != null) {
                    if (typeof d.peer !== "string" || d.peer.length) {
                        m.peer = $String(d.peer);
                    }
                }
                if (d.upTo != null) {
                    if (!$util.isObject(d.upTo))
                        throw $TypeError(".socialnet.v1.ReadReceipt.upTo: object expected");
                    m.upTo = $root.socialnet.v1.Position.fromObject(d.upTo, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadReceipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.ReadReceipt
             * @static
             * @param {socialnet.v1.ReadReceipt} m ReadReceipt
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadReceipt.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.peer = "";
                    d.upTo = null;
                }
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer")) {
                    d.peer = m.peer;
                }
                if (m.upTo != null && $Object.hasOwnProperty.call(m, "upTo")) {
                    d.upTo = $root.socialnet.v1.Position.toObject(m.upTo, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ReadReceipt to JSON.
             * @function toJSON
             * @memberof socialnet.v1.ReadReceipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadReceipt.prototype.toJSON = function() {
                return ReadReceipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadReceipt
             * @function getTypeUrl
             * @memberof socialnet.v1.ReadReceipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadReceipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.ReadReceipt";
            };

            return ReadReceipt;
        })();

        v1.LoginRequest = (function() {

            /**
             * Properties of a LoginRequest.
             * @typedef {Object} socialnet.v1.LoginRequest.$Properties
             * @property {string|null} [requestId] LoginRequest requestId
             * @property {string|null} [user] LoginRequest user
             * @property {string|null} [password] LoginRequest password
             * @property {boolean|null} [register] LoginRequest register
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoginRequest.
             * @memberof socialnet.v1
             * @interface ILoginRequest
             * @augments socialnet.v1.LoginRequest.$Properties
             * @deprecated Use socialnet.v1.LoginRequest.$Properties instead.
             */

            /**
             * Shape of a LoginRequest.
             * @typedef {socialnet.v1.LoginRequest.$Properties} socialnet.v1.LoginRequest.$Shape
             */

            /**
             * Constructs a new LoginRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a LoginRequest.
             * @constructor
             * @param {socialnet.v1.LoginRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoginRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LoginRequest requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.LoginRequest
             * @instance
             */
            LoginRequest.prototype.requestId = "";

            /**
             * LoginRequest user.
             * @member {string} user
             * @memberof socialnet.v1.LoginRequest
             * @instance
             */
            LoginRequest.prototype.user = "";

            /**
             * LoginRequest password.
             * @member {string} password
             * @memberof socialnet.v1.LoginRequest
             * @instance
             */
            LoginRequest.prototype.password = "";

            /**
             * LoginRequest register.
             * @member {boolean} register
             * @memberof socialnet.v1.LoginRequest
             * @instance
             */
            LoginRequest.prototype.register = false;

            /**
             * Creates a new LoginRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.LoginRequest
             * @static
             * @param {socialnet.v1.LoginRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.LoginRequest} LoginRequest instance
             * @type {{
             *   (properties: socialnet.v1.LoginRequest.$Shape): socialnet.v1.LoginRequest & socialnet.v1.LoginRequest.$Shape;
             *   (properties?: socialnet.v1.LoginRequest.$Properties): socialnet.v1.LoginRequest;
             * }}
             */
            LoginRequest.create = function(properties) {
                return new LoginRequest(properties);
            };

            /**
             * Encodes the specified LoginRequest message. Does not implicitly {@link socialnet.v1.LoginRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.LoginRequest
             * @static
             * @param {socialnet.v1.LoginRequest.$Properties} m LoginRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.user != null && $Object.hasOwnProperty.call(m, "user") && m.user !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.user);
                if (m.password != null && $Object.hasOwnProperty.call(m, "password") && m.password !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.password);
                if (m.register != null && $Object.hasOwnProperty.call(m, "register") && m.register !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.register);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LoginRequest message, length delimited. Does not implicitly {@link socialnet.v1.LoginRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.LoginRequest
             * @static
             * @param {socialnet.v1.LoginRequest.$Properties} message LoginRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoginRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.LoginRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.LoginRequest & socialnet.v1.LoginRequest.$Shape} LoginRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.LoginRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.user = v;
                            else
                                delete m.user;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.password = v;
                            else
                                delete m.password;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.register = v;
                            else
                                delete m.register;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a LoginRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.LoginRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.LoginRequest & socialnet.v1.LoginRequest.$Shape} LoginRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoginRequest message.
             * @function verify
             * @memberof socialnet.v1.LoginRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoginRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.user != null && $Object.hasOwnProperty.call(m, "user")) {
                    if (!$util.isString(m.user))
                        return "user: string expected";
                }
                if (m.password != null && $Object.hasOwnProperty.call(m, "password")) {
                    if (!$util.isString(m.password))
                        return "password: string expected";
                }
                if (m.register != null && $Object.hasOwnProperty.call(m, "register")) {
                    if (typeof m.register !== "boolean")
                        return "register: boolean expected";
                }
                return null;
            };

            /**
             * Creates a LoginRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.LoginRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.LoginRequest} LoginRequest
             */
            LoginRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.LoginRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.LoginRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.LoginRequest();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.user != null) {
                    if (typeof d.user !== "string" || d.user.length) {
                        m.user = $String(d.user);
                    }
                }
                if (d.password != null) {
                    if (typeof d.password !== "string" || d.password.length) {
                        m.password = $String(d.password);
                    }
                }
                if (d.register != null) {
                    if (d.register) {
                        m.register = $Boolean(d.register);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LoginRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.LoginRequest
             * @static
             * @param {socialnet.v1.LoginRequest} m LoginRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoginRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.user = "";
                    d.password = "";
                    d.register = false;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.user != null && $Object.hasOwnProperty.call(m, "user")) {
                    d.user = m.user;
                }
                if (m.password != null && $Object.hasOwnProperty.call(m, "password")) {
                    d.password = m.password;
                }
                if (m.register != null && $Object.hasOwnProperty.call(m, "register")) {
                    d.register = m.register;
                }
                return d;
            };

            /**
             * Converts this LoginRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.LoginRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoginRequest.prototype.toJSON = function() {
                return LoginRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoginRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.LoginRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoginRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.LoginRequest";
            };

            return LoginRequest;
        })();

        v1.PostRequest = (function() {

            /**
             * Properties of a PostRequest.
             * @typedef {Object} socialnet.v1.PostRequest.$Properties
             * @property {string|null} [requestId] PostRequest requestId
             * @property {string|null} [token] PostRequest token
             * @property {string|null} [text] PostRequest text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PostRequest.
             * @memberof socialnet.v1
             * @interface IPostRequest
             * @augments socialnet.v1.PostRequest.$Properties
             * @deprecated Use socialnet.v1.PostRequest.$Properties instead.
             */

            /**
             * Shape of a PostRequest.
             * @typedef {socialnet.v1.PostRequest.$Properties} socialnet.v1.PostRequest.$Shape
             */

            /**
             * Constructs a new PostRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a PostRequest.
             * @constructor
             * @param {socialnet.v1.PostRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PostRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PostRequest requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.PostRequest
             * @instance
             */
            PostRequest.prototype.requestId = "";

            /**
             * PostRequest token.
             * @member {string} token
             * @memberof socialnet.v1.PostRequest
             * @instance
             */
            PostRequest.prototype.token = "";

            /**
             * PostRequest text.
             * @member {string} text
             * @memberof socialnet.v1.PostRequest
             * @instance
             */
            PostRequest.prototype.text = "";

            /**
             * Creates a new PostRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.PostRequest
             * @static
             * @param {socialnet.v1.PostRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.PostRequest} PostRequest instance
             * @type {{
             *   (properties: socialnet.v1.PostRequest.$Shape): socialnet.v1.PostRequest & socialnet.v1.PostRequest.$Shape;
             *   (properties?: socialnet.v1.PostRequest.$Properties): socialnet.v1.PostRequest;
             * }}
             */
            PostRequest.create = function(properties) {
                return new PostRequest(properties);
            };

            /**
             * Encodes the specified PostRequest message. Does not implicitly {@link socialnet.v1.PostRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.PostRequest
             * @static
             * @param {socialnet.v1.PostRequest.$Properties} m PostRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PostRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.token);
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.text);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PostRequest message, length delimited. Does not implicitly {@link socialnet.v1.PostRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.PostRequest
             * @static
             * @param {socialnet.v1.PostRequest.$Properties} message PostRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PostRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PostRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.PostRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.PostRequest & socialnet.v1.PostRequest.$Shape} PostRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PostRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.PostRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a PostRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.PostRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.PostRequest & socialnet.v1.PostRequest.$Shape} PostRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PostRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PostRequest message.
             * @function verify
             * @memberof socialnet.v1.PostRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PostRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    if (!$util.isString(m.token))
                        return "token: string expected";
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    if (!$util.isString(m.text))
                        return "text: string expected";
                }
                return null;
            };

            /**
             * Creates a PostRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.PostRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.PostRequest} PostRequest
             */
            PostRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.PostRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.PostRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.PostRequest();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.token != null) {
                    if (typeof d.token !== "string" || d.token.length) {
                        m.token = $String(d.token);
                    }
                }
                if (d.text != null) {
                    if (typeof d.text !== "string" || d.text.length) {
                        m.text = $String(d.text);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PostRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.PostRequest
             * @static
             * @param {socialnet.v1.PostRequest} m PostRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PostRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.token = "";
                    d.text = "";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = m.token;
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = m.text;
                }
                return d;
            };

            /**
             * Converts this PostRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.PostRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PostRequest.prototype.toJSON = function() {
                return PostRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PostRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.PostRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PostRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.PostRequest";
            };

            return PostRequest;
        })();

        v1.FollowRequest = (function() {

            /**
             * Properties of a FollowRequest.
             * @typedef {Object} socialnet.v1.FollowRequest.$Properties
             * @property {string|null} [requestId] FollowRequest requestId
             * @property {string|null} [token] FollowRequest token
             * @property {string|null} [followee] FollowRequest followee
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FollowRequest.
             * @memberof socialnet.v1
             * @interface IFollowRequest
             * @augments socialnet.v1.FollowRequest.$Properties
             * @deprecated Use socialnet.v1.FollowRequest.$Properties instead.
             */

            /**
             * Shape of a FollowRequest.
             * @typedef {socialnet.v1.FollowRequest.$Properties} socialnet.v1.FollowRequest.$Shape
             */

            /**
             * Constructs a new FollowRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a FollowRequest.
             * @constructor
             * @param {socialnet.v1.FollowRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FollowRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FollowRequest requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.FollowRequest
             * @instance
             */
            FollowRequest.prototype.requestId = "";

            /**
             * FollowRequest token.
             * @member {string} token
             * @memberof socialnet.v1.FollowRequest
             * @instance
             */
            FollowRequest.prototype.token = "";

            /**
             * FollowRequest followee.
             * @member {string} followee
             * @memberof socialnet.v1.FollowRequest
             * @instance
             */
            FollowRequest.prototype.followee = "";

            /**
             * Creates a new FollowRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.FollowRequest
             * @static
             * @param {socialnet.v1.FollowRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.FollowRequest} FollowRequest instance
             * @type {{
             *   (properties: socialnet.v1.FollowRequest.$Shape): socialnet.v1.FollowRequest & socialnet.v1.FollowRequest.$Shape;
             *   (properties?: socialnet.v1.FollowRequest.$Properties): socialnet.v1.FollowRequest;
             * }}
             */
            FollowRequest.create = function(properties) {
                return new FollowRequest(properties);
            };

            /**
             * Encodes the specified FollowRequest message. Does not implicitly {@link socialnet.v1.FollowRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.FollowRequest
             * @static
             * @param {socialnet.v1.FollowRequest.$Properties} m FollowRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FollowRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.token);
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee") && m.followee !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.followee);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified FollowRequest message, length delimited. Does not implicitly {@link socialnet.v1.FollowRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.FollowRequest
             * @static
             * @param {socialnet.v1.FollowRequest.$Properties} message FollowRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FollowRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FollowRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.FollowRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.FollowRequest & socialnet.v1.FollowRequest.$Shape} FollowRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FollowRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.FollowRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.followee = v;
                            else
                                delete m.followee;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a FollowRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.FollowRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.FollowRequest & socialnet.v1.FollowRequest.$Shape} FollowRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FollowRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FollowRequest message.
             * @function verify
             * @memberof socialnet.v1.FollowRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FollowRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    if (!$util.isString(m.token))
                        return "token: string expected";
                }
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee")) {
                    if (!$util.isString(m.followee))
                        return "followee: string expected";
                }
                return null;
            };

            /**
             * Creates a FollowRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.FollowRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.FollowRequest} FollowRequest
             */
            FollowRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.FollowRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.FollowRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.FollowRequest();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.token != null) {
                    if (typeof d.token !== "string" || d.token.length) {
                        m.token = $String(d.token);
                    }
                }
                if (d.followee != null) {
                    if (typeof d.followee !== "string" || d.followee.length) {
                        m.followee = $String(d.followee);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FollowRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.FollowRequest
             * @static
             * @param {socialnet.v1.FollowRequest} m FollowRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FollowRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.token = "";
                    d.followee = "";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = m.token;
                }
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee")) {
                    d.followee = m.followee;
                }
                return d;
            };

            /**
             * Converts this FollowRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.FollowRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FollowRequest.prototype.toJSON = function() {
                return FollowRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FollowRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.FollowRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FollowRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.FollowRequest";
            };

            return FollowRequest;
        })();

        v1.UnfollowRequest = (function() {

            /**
             * Properties of an UnfollowRequest.
             * @typedef {Object} socialnet.v1.UnfollowRequest.$Properties
             * @property {string|null} [requestId] UnfollowRequest requestId
             * @property {string|null} [token] UnfollowRequest token
             * @property {string|null} [followee] UnfollowRequest followee
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnfollowRequest.
             * @memberof socialnet.v1
             * @interface IUnfollowRequest
             * @augments socialnet.v1.UnfollowRequest.$Properties
             * @deprecated Use socialnet.v1.UnfollowRequest.$Properties instead.
             */

            /**
             * Shape of an UnfollowRequest.
             * @typedef {socialnet.v1.UnfollowRequest.$Properties} socialnet.v1.UnfollowRequest.$Shape
             */

            /**
             * Constructs a new UnfollowRequest.
             * @memberof socialnet.v1
             * @classdesc Represents an UnfollowRequest.
             * @constructor
             * @param {socialnet.v1.UnfollowRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnfollowRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * UnfollowRequest requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.UnfollowRequest
             * @instance
             */
            UnfollowRequest.prototype.requestId = "";

            /**
             * UnfollowRequest token.
             * @member {string} token
             * @memberof socialnet.v1.UnfollowRequest
             * @instance
             */
            UnfollowRequest.prototype.token = "";

            /**
             * UnfollowRequest followee.
             * @member {string} followee
             * @memberof socialnet.v1.UnfollowRequest
             * @instance
             */
            UnfollowRequest.prototype.followee = "";

            /**
             * Creates a new UnfollowRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.UnfollowRequest
             * @static
             * @param {socialnet.v1.UnfollowRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.UnfollowRequest} UnfollowRequest instance
             * @type {{
             *   (properties: socialnet.v1.UnfollowRequest.$Shape): socialnet.v1.UnfollowRequest & socialnet.v1.UnfollowRequest.$Shape;
             *   (properties?: socialnet.v1.UnfollowRequest.$Properties): socialnet.v1.UnfollowRequest;
             * }}
             */
            UnfollowRequest.create = function(properties) {
                return new UnfollowRequest(properties);
            };

            /**
             * Encodes the specified UnfollowRequest message. Does not implicitly {@link socialnet.v1.UnfollowRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.UnfollowRequest
             * @static
             * @param {socialnet.v1.UnfollowRequest.$Properties} m UnfollowRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnfollowRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.token);
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee") && m.followee !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.followee);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified UnfollowRequest message, length delimited. Does not implicitly {@link socialnet.v1.UnfollowRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.UnfollowRequest
             * @static
             * @param {socialnet.v1.UnfollowRequest.$Properties} message UnfollowRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnfollowRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UnfollowRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.UnfollowRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.UnfollowRequest & socialnet.v1.UnfollowRequest.$Shape} UnfollowRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnfollowRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.UnfollowRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.followee = v;
                            else
                                delete m.followee;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an UnfollowRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.UnfollowRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.UnfollowRequest & socialnet.v1.UnfollowRequest.$Shape} UnfollowRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnfollowRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UnfollowRequest message.
             * @function verify
             * @memberof socialnet.v1.UnfollowRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UnfollowRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    if (!$util.isString(m.token))
                        return "token: string expected";
                }
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee")) {
                    if (!$util.isString(m.followee))
                        return "followee: string expected";
                }
                return null;
            };

            /**
             * Creates an UnfollowRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.UnfollowRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.UnfollowRequest} UnfollowRequest
             */
            UnfollowRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.UnfollowRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.UnfollowRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.UnfollowRequest();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.token != null) {
                    if (typeof d.token !== "string" || d.token.length) {
                        m.token = $String(d.token);
                    }
                }
                if (d.followee != null) {
                    if (typeof d.followee !== "string" || d.followee.length) {
                        m.followee = $String(d.followee);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an UnfollowRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.UnfollowRequest
             * @static
             * @param {socialnet.v1.UnfollowRequest} m UnfollowRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UnfollowRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.token = "";
                    d.followee = "";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = m.token;
                }
                if (m.followee != null && $Object.hasOwnProperty.call(m, "followee")) {
                    d.followee = m.followee;
                }
                return d;
            };

            /**
             * Converts this UnfollowRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.UnfollowRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UnfollowRequest.prototype.toJSON = function() {
                return UnfollowRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UnfollowRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.UnfollowRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnfollowRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.UnfollowRequest";
            };

            return UnfollowRequest;
        })();

        v1.SendMessageRequest = (function() {

            /**
             * Properties of a SendMessageRequest.
             * @typedef {Object} socialnet.v1.SendMessageRequest.$Properties
             * @property {string|null} [requestId] SendMessageRequest requestId
             * @property {string|null} [token] SendMessageRequest token
             * @property {string|null} [to] SendMessageRequest to
             * @property {string|null} [text] SendMessageRequest text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendMessageRequest.
             * @memberof socialnet.v1
             * @interface ISendMessageRequest
             * @augments socialnet.v1.SendMessageRequest.$Properties
             * @deprecated Use socialnet.v1.SendMessageRequest.$Properties instead.
             */

            /**
             * Shape of a SendMessageRequest.
             * @typedef {socialnet.v1.SendMessageRequest.$Properties} socialnet.v1.SendMessageRequest.$Shape
             */

            /**
             * Constructs a new SendMessageRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a SendMessageRequest.
             * @constructor
             * @param {socialnet.v1.SendMessageRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendMessageRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SendMessageRequest requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.requestId = "";

            /**
             * SendMessageRequest token.
             * @member {string} token
             * @memberof socialnet.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.token = "";

            /**
             * SendMessageRequest to.
             * @member {string} to
             * @memberof socialnet.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.to = "";

            /**
             * SendMessageRequest text.
             * @member {string} text
             * @memberof socialnet.v1.SendMessageRequest
             * @instance
             */
            SendMessageRequest.prototype.text = "";

            /**
             * Creates a new SendMessageRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.SendMessageRequest
             * @static
             * @param {socialnet.v1.SendMessageRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.SendMessageRequest} SendMessageRequest instance
             * @type {{
             *   (properties: socialnet.v1.SendMessageRequest.$Shape): socialnet.v1.SendMessageRequest & socialnet.v1.SendMessageRequest.$Shape;
             *   (properties?: socialnet.v1.SendMessageRequest.$Properties): socialnet.v1.SendMessageRequest;
             * }}
             */
            SendMessageRequest.create = function(properties) {
                return new SendMessageRequest(properties);
            };

            /**
             * Encodes the specified SendMessageRequest message. Does not implicitly {@link socialnet.v1.SendMessageRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.SendMessageRequest
             * @static
             * @param {socialnet.v1.SendMessageRequest.$Properties} m SendMessageRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendMessageRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.token);
                if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.to);
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.text);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SendMessageRequest message, length delimited. Does not implicitly {@link socialnet.v1.SendMessageRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.SendMessageRequest
             * @static
             * @param {socialnet.v1.SendMessageRequest.$Properties} message SendMessageRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendMessageRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendMessageRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.SendMessageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.SendMessageRequest & socialnet.v1.SendMessageRequest.$Shape} SendMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendMessageRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.SendMessageRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.to = v;
                            else
                                delete m.to;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SendMessageRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.SendMessageRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.SendMessageRequest & socialnet.v1.SendMessageRequest.$Shape} SendMessageRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendMessageRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendMessageRequest message.
             * @function verify
             * @memberof socialnet.v1.SendMessageRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendMessageRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    if (!$util.isString(m.token))
                        return "token: string expected";
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    if (!$util.isString(m.to))
                        return "to: string expected";
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    if (!$util.isString(m.text))
                        return "text: string expected";
                }
                return null;
            };

            /**
             * Creates a SendMessageRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.SendMessageRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.SendMessageRequest} SendMessageRequest
             */
            SendMessageRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.SendMessageRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.SendMessageRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.SendMessageRequest();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.token != null) {
                    if (typeof d.token !== "string" || d.token.length) {
                        m.token = $String(d.token);
                    }
                }
                if (d.to != null) {
                    if (typeof d.to !== "string" || d.to.length) {
                        m.to = $String(d.to);
                    }
                }
                if (d.text != null) {
                    if (typeof d.text !== "string" || d.text.length) {
                        m.text = $String(d.text);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SendMessageRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.SendMessageRequest
             * @static
             * @param {socialnet.v1.SendMessageRequest} m SendMessageRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendMessageRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.token = "";
                    d.to = "";
                    d.text = "";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = m.token;
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    d.to = m.to;
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = m.text;
                }
                return d;
            };

            /**
             * Converts this SendMessageRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.SendMessageRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendMessageRequest.prototype.toJSON = function() {
                return SendMessageRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendMessageRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.SendMessageRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendMessageRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.SendMessageRequest";
            };

            return SendMessageRequest;
        })();

        /**
         * Feed enum.
         * @name socialnet.v1.Feed
         * @enum {number}
         * @property {number} FEED_UNSPECIFIED=0 FEED_UNSPECIFIED value
         * @property {number} FEED_TIMELINE=1 FEED_TIMELINE value
         * @property {number} FEED_HOME=2 FEED_HOME value
         * @property {number} FEED_CONVERSATION=3 FEED_CONVERSATION value
         * @property {number} FEED_NOTIFICATIONS=4 FEED_NOTIFICATIONS value
         * @property {number} FEED_FOLLOWERS=5 FEED_FOLLOWERS value
         * @property {number} FEED_FOLLOWING=6 FEED_FOLLOWING value
         * @property {number} FEED_ALL=7 FEED_ALL value
         */
        v1.Feed = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FEED_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FEED_TIMELINE"] = 1;
            values[valuesById[2] = "FEED_HOME"] = 2;
            values[valuesById[3] = "FEED_CONVERSATION"] = 3;
            values[valuesById[4] = "FEED_NOTIFICATIONS"] = 4;
            values[valuesById[5] = "FEED_FOLLOWERS"] = 5;
            values[valuesById[6] = "FEED_FOLLOWING"] = 6;
            values[valuesById[7] = "FEED_ALL"] = 7;
            return values;
        })();

        v1.ReadRequest = (function() {

            /**
             * Properties of a ReadRequest.
             * @typedef {Object} socialnet.v1.ReadRequest.$Properties
             * @property {string|null} [requestId] ReadRequest requestId
             * @property {string|null} [token] ReadRequest token
             * @property {socialnet.v1.Feed|null} [feed] ReadRequest feed
             * @property {string|null} [peer] ReadRequest peer
             * @property {socialnet.v1.Position.$Properties|null} [after] ReadRequest after
             * @property {number|null} [limit] ReadRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadRequest.
             * @memberof socialnet.v1
             * @interface IReadRequest
             * @augments socialnet.v1.ReadRequest.$Properties
             * @deprecated Use socialnet.v1.ReadRequest.$Properties instead.
             */

            /**
             * Shape of a ReadRequest.
             * @typedef {socialnet.v1.ReadRequest.$Properties} socialnet.v1.ReadRequest.$Shape
             */

            /**
             * Constructs a new ReadRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a ReadRequest.
             * @constructor
             * @param {socialnet.v1.ReadRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadRequest requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.requestId = "";

            /**
             * ReadRequest token.
             * @member {string} token
             * @memberof socialnet.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.token = "";

            /**
             * ReadRequest feed.
             * @member {socialnet.v1.Feed} feed
             * @memberof socialnet.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.feed = 0;

            /**
             * ReadRequest peer.
             * @member {string} peer
             * @memberof socialnet.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.peer = "";

            /**
             * ReadRequest after.
             * @member {socialnet.v1.Position.$Properties|null|undefined} after
             * @memberof socialnet.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.after = null;

            /**
             * ReadRequest limit.
             * @member {number} limit
             * @memberof socialnet.v1.ReadRequest
             * @instance
             */
            ReadRequest.prototype.limit = 0;

            /**
             * Creates a new ReadRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.ReadRequest
             * @static
             * @param {socialnet.v1.ReadRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.ReadRequest} ReadRequest instance
             * @type {{
             *   (properties: socialnet.v1.ReadRequest.$Shape): socialnet.v1.ReadRequest & socialnet.v1.ReadRequest.$Shape;
             *   (properties?: socialnet.v1.ReadRequest.$Properties): socialnet.v1.ReadRequest;
             * }}
             */
            ReadRequest.create = function(properties) {
                return new ReadRequest(properties);
            };

            /**
             * Encodes the specified ReadRequest message. Does not implicitly {@link socialnet.v1.ReadRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.ReadRequest
             * @static
             * @param {socialnet.v1.ReadRequest.$Properties} m ReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.token);
                if (m.feed != null && $Object.hasOwnProperty.call(m, "feed") && m.feed !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.feed);
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer") && m.peer !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.peer);
                if (m.after != null && $Object.hasOwnProperty.call(m, "after"))
                    $root.socialnet.v1.Position.encode(m.after, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.limit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReadRequest message, length delimited. Does not implicitly {@link socialnet.v1.ReadRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.ReadRequest
             * @static
             * @param {socialnet.v1.ReadRequest.$Properties} message ReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.ReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.ReadRequest & socialnet.v1.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.ReadRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.feed = v;
                            else
                                delete m.feed;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.peer = v;
                            else
                                delete m.peer;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.after = $root.socialnet.v1.Position.decode(r, r.size(), $undefined, q + 1, m.after);
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ReadRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.ReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.ReadRequest & socialnet.v1.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadRequest message.
             * @function verify
             * @memberof socialnet.v1.ReadRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    if (!$util.isString(m.token))
                        return "token: string expected";
                }
                if (m.feed != null && $Object.hasOwnProperty.call(m, "feed")) {
                    if (typeof m.feed !== "number" || (m.feed | 0) !== m.feed)
                        return "feed: enum value expected";
                }
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer")) {
                    if (!$util.isString(m.peer))
                        return "peer: string expected";
                }
                if (m.after != null && $Object.hasOwnProperty.call(m, "after")) {
                    {
                        var e = $root.socialnet.v1.Position.verify(m.after, q + 1);
                        if (e)
                            return "after." + e;
                    }
                }
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                    if (!$util.isInteger(m.limit))
                        return "limit: integer expected";
                }
                return null;
            };

            /**
             * Creates a ReadRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.ReadRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.ReadRequest} ReadRequest
             */
            ReadRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.ReadRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.ReadRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.ReadRequest();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.token != null) {
                    if (typeof d.token !== "string" || d.token.length) {
                        m.token = $String(d.token);
                    }
                }
                if (d.feed !== 0 && (typeof d.feed !== "string" || $root.socialnet.v1.Feed[d.feed] !== 0)) {
                    switch (d.feed) {
                    case "FEED_UNSPECIFIED":
                    case 0:
                        m.feed = 0;
                        break;
                    case "FEED_TIMELINE":
                    case 1:
                        m.feed = 1;
                        break;
                    case "FEED_HOME":
                    case 2:
                        m.feed = 2;
                        break;
                    case "FEED_CONVERSATION":
                    case 3:
                        m.feed = 3;
                        break;
                    case "FEED_NOTIFICATIONS":
                    case 4:
                        m.feed = 4;
                        break;
                    case "FEED_FOLLOWERS":
                    case 5:
                        m.feed = 5;
                        break;
                    case "FEED_FOLLOWING":
                    case 6:
                        m.feed = 6;
                        break;
                    case "FEED_ALL":
                    case 7:
                        m.feed = 7;
                        break;
                    default:
                        if (typeof d.feed === "number" && (d.feed | 0) === d.feed)
                            m.feed = d.feed;
                    }
                }
                if (d.peer != null) {
                    if (typeof d.peer !== "string" || d.peer.length) {
                        m.peer = $String(d.peer);
                    }
                }
                if (d.after != null) {
                    if (!$util.isObject(d.after))
                        throw $TypeError(".socialnet.v1.ReadRequest.after: object expected");
                    m.after = $root.socialnet.v1.Position.fromObject(d.after, q + 1);
                }
                if (d.limit != null) {
                    if ($Number(d.limit) !== 0) {
                        m.limit = d.limit >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.ReadRequest
             * @static
             * @param {socialnet.v1.ReadRequest} m ReadRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.token = "";
                    d.feed = o.enums === $String ? "FEED_UNSPECIFIED" : 0;
                    d.peer = "";
                    d.after = null;
                    d.limit = 0;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = m.token;
                }
                if (m.feed != null && $Object.hasOwnProperty.call(m, "feed")) {
                    d.feed = o.enums === $String ? $root.socialnet.v1.Feed[m.feed] === $undefined ? m.feed : $root.socialnet.v1.Feed[m.feed] : m.feed;
                }
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer")) {
                    d.peer = m.peer;
                }
                if (m.after != null && $Object.hasOwnProperty.call(m, "after")) {
                    d.after = $root.socialnet.v1.Position.toObject(m.after, o, q + 1);
                }
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                    d.limit = m.limit;
                }
                return d;
            };

            /**
             * Converts this ReadRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.ReadRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadRequest.prototype.toJSON = function() {
                return ReadRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.ReadRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.ReadRequest";
            };

            return ReadRequest;
        })();

        v1.AckRequest = (function() {

            /**
             * Properties of an AckRequest.
             * @typedef {Object} socialnet.v1.AckRequest.$Properties
             * @property {string|null} [requestId] AckRequest requestId
             * @property {string|null} [token] AckRequest token
             * @property {socialnet.v1.Position.$Properties|null} [upTo] AckRequest upTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AckRequest.
             * @memberof socialnet.v1
             * @interface IAckRequest
             * @augments socialnet.v1.AckRequest.$Properties
             * @deprecated Use socialnet.v1.AckRequest.$Properties instead.
             */

            /**
             * Shape of an AckRequest.
             * @typedef {socialnet.v1.AckRequest.$Properties} socialnet.v1.AckRequest.$Shape
             */

            /**
             * Constructs a new AckRequest.
             * @memberof socialnet.v1
             * @classdesc Represents an AckRequest.
             * @constructor
             * @param {socialnet.v1.AckRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AckRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AckRequest requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.AckRequest
             * @instance
             */
            AckRequest.prototype.requestId = "";

            /**
             * AckRequest token.
             * @member {string} token
             * @memberof socialnet.v1.AckRequest
             * @instance
             */
            AckRequest.prototype.token = "";

            /**
             * AckRequest upTo.
             * @member {socialnet.v1.Position.$Properties|null|undefined} upTo
             * @memberof socialnet.v1.AckRequest
             * @instance
             */
            AckRequest.prototype.upTo = null;

            /**
             * Creates a new AckRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.AckRequest
             * @static
             * @param {socialnet.v1.AckRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.AckRequest} AckRequest instance
             * @type {{
             *   (properties: socialnet.v1.AckRequest.$Shape): socialnet.v1.AckRequest & socialnet.v1.AckRequest.$Shape;
             *   (properties?: socialnet.v1.AckRequest.$Properties): socialnet.v1.AckRequest;
             * }}
             */
            AckRequest.create = function(properties) {
                return new AckRequest(properties);
            };

            /**
             * Encodes the specified AckRequest message. Does not implicitly {@link socialnet.v1.AckRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.AckRequest
             * @static
             * @param {socialnet.v1.AckRequest.$Properties} m AckRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AckRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.token);
                if (m.upTo != null && $Object.hasOwnProperty.call(m, "upTo"))
                    $root.socialnet.v1.Position.encode(m.upTo, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AckRequest message, length delimited. Does not implicitly {@link socialnet.v1.AckRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.AckRequest
             * @static
             * @param {socialnet.v1.AckRequest.$Properties} message AckRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AckRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AckRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.AckRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.AckRequest & socialnet.v1.AckRequest.$Shape} AckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AckRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.AckRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.upTo = $root.socialnet.v1.Position.decode(r, r.size(), $undefined, q + 1, m.upTo);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an AckRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.AckRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.AckRequest & socialnet.v1.AckRequest.$Shape} AckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AckRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AckRequest message.
             * @function verify
             * @memberof socialnet.v1.AckRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AckRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    if (!$util.isString(m.token))
                        return "token: string expected";
                }
                if (m.upTo != null && $Object.hasOwnProperty.call(m, "upTo")) {
                    {
                        var e = $root.socialnet.v1.Position.verify(m.upTo, q + 1);
                        if (e)
                            return "upTo." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an AckRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.AckRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.AckRequest} AckRequest
             */
            AckRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.AckRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.AckRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.AckRequest();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.token != null) {
                    if (typeof d.token !== "string" || d.token.length) {
                        m.token = $String(d.token);
                    }
                }
                if (d.upTo != null) {
                    if (!$util.isObject(d.upTo))
                        throw $TypeError(".socialnet.v1.AckRequest.upTo: object expected");
                    m.upTo = $root.socialnet.v1.Position.fromObject(d.upTo, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an AckRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.AckRequest
             * @static
             * @param {socialnet.v1.AckRequest} m AckRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AckRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.token = "";
                    d.upTo = null;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = m.token;
                }
                if (m.upTo != null && $Object.hasOwnProperty.call(m, "upTo")) {
                    d.upTo = $root.socialnet.v1.Position.toObject(m.upTo, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this AckRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.AckRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AckRequest.prototype.toJSON = function() {
                return AckRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AckRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.AckRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AckRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.AckRequest";
            };

            return AckRequest;
        })();

        v1.DiscoverRequest = (function() {

            /**
             * Properties of a DiscoverRequest.
             * @typedef {Object} socialnet.v1.DiscoverRequest.$Properties
             * @property {string|null} [requestId] DiscoverRequest requestId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiscoverRequest.
             * @memberof socialnet.v1
             * @interface IDiscoverRequest
             * @augments socialnet.v1.DiscoverRequest.$Properties
             * @deprecated Use socialnet.v1.DiscoverRequest.$Properties instead.
             */

            /**
             * Shape of a DiscoverRequest.
             * @typedef {socialnet.v1.DiscoverRequest.$Properties} socialnet.v1.DiscoverRequest.$Shape
             */

            /**
             * Constructs a new DiscoverRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a DiscoverRequest.
             * @constructor
             * @param {socialnet.v1.DiscoverRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DiscoverRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiscoverRequest requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.DiscoverRequest
             * @instance
             */
            DiscoverRequest.prototype.requestId = "";

            /**
             * Creates a new DiscoverRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.DiscoverRequest
             * @static
             * @param {socialnet.v1.DiscoverRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.DiscoverRequest} DiscoverRequest instance
             * @type {{
             *   (properties: socialnet.v1.DiscoverRequest.$Shape): socialnet.v1.DiscoverRequest & socialnet.v1.DiscoverRequest.$Shape;
             *   (properties?: socialnet.v1.DiscoverRequest.$Properties): socialnet.v1.DiscoverRequest;
             * }}
             */
            DiscoverRequest.create = function(properties) {
                return new DiscoverRequest(properties);
            };

            /**
             * Encodes the specified DiscoverRequest message. Does not implicitly {@link socialnet.v1.DiscoverRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.DiscoverRequest
             * @static
             * @param {socialnet.v1.DiscoverRequest.$Properties} m DiscoverRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoverRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DiscoverRequest message, length delimited. Does not implicitly {@link socialnet.v1.DiscoverRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.DiscoverRequest
             * @static
             * @param {socialnet.v1.DiscoverRequest.$Properties} message DiscoverRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoverRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DiscoverRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.DiscoverRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.DiscoverRequest & socialnet.v1.DiscoverRequest.$Shape} DiscoverRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoverRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.DiscoverRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a DiscoverRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.DiscoverRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.DiscoverRequest & socialnet.v1.DiscoverRequest.$Shape} DiscoverRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoverRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DiscoverRequest message.
             * @function verify
             * @memberof socialnet.v1.DiscoverRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DiscoverRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                return null;
            };

            /**
             * Creates a DiscoverRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.DiscoverRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.DiscoverRequest} DiscoverRequest
             */
            DiscoverRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.DiscoverRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.DiscoverRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.DiscoverRequest();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DiscoverRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.DiscoverRequest
             * @static
             * @param {socialnet.v1.DiscoverRequest} m DiscoverRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiscoverRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                return d;
            };

            /**
             * Converts this DiscoverRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.DiscoverRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiscoverRequest.prototype.toJSON = function() {
                return DiscoverRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiscoverRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.DiscoverRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiscoverRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.DiscoverRequest";
            };

            return DiscoverRequest;
        })();

        v1.LoginReply = (function() {

            /**
             * Properties of a LoginReply.
             * @typedef {Object} socialnet.v1.LoginReply.$Properties
             * @property {string|null} [requestId] LoginReply requestId
             * @property {string|null} [user] LoginReply user
             * @property {string|null} [token] LoginReply token
             * @property {number|null} [expiresMs] LoginReply expiresMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoginReply.
             * @memberof socialnet.v1
             * @interface ILoginReply
             * @augments socialnet.v1.LoginReply.$Properties
             * @deprecated Use socialnet.v1.LoginReply.$Properties instead.
             */

            /**
             * Shape of a LoginReply.
             * @typedef {socialnet.v1.LoginReply.$Properties} socialnet.v1.LoginReply.$Shape
             */

            /**
             * Constructs a new LoginReply.
             * @memberof socialnet.v1
             * @classdesc Represents a LoginReply.
             * @constructor
             * @param {socialnet.v1.LoginReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoginReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LoginReply requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.LoginReply
             * @instance
             */
            LoginReply.prototype.requestId = "";

            /**
             * LoginReply user.
             * @member {string} user
             * @memberof socialnet.v1.LoginReply
             * @instance
             */
            LoginReply.prototype.user = "";

            /**
             * LoginReply token.
             * @member {string} token
             * @memberof socialnet.v1.LoginReply
             * @instance
             */
            LoginReply.prototype.token = "";

            /**
             * LoginReply expiresMs.
             * @member {number} expiresMs
             * @memberof socialnet.v1.LoginReply
             * @instance
             */
            LoginReply.prototype.expiresMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new LoginReply instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.LoginReply
             * @static
             * @param {socialnet.v1.LoginReply.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.LoginReply} LoginReply instance
             * @type {{
             *   (properties: socialnet.v1.LoginReply.$Shape): socialnet.v1.LoginReply & socialnet.v1.LoginReply.$Shape;
             *   (properties?: socialnet.v1.LoginReply.$Properties): socialnet.v1.LoginReply;
             * }}
             */
            LoginReply.create = function(properties) {
                return new LoginReply(properties);
            };

            /**
             * Encodes the specified LoginReply message. Does not implicitly {@link socialnet.v1.LoginReply.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.LoginReply
             * @static
             * @param {socialnet.v1.LoginReply.$Properties} m LoginReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.user != null && $Object.hasOwnProperty.call(m, "user") && m.user !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.user);
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.token);
                if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs") && (typeof m.expiresMs === "object" ? m.expiresMs.low || m.expiresMs.high : m.expiresMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.expiresMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LoginReply message, length delimited. Does not implicitly {@link socialnet.v1.LoginReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.LoginReply
             * @static
             * @param {socialnet.v1.LoginReply.$Properties} message LoginReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoginReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoginReply message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.LoginReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.LoginReply & socialnet.v1.LoginReply.$Shape} LoginReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.LoginReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.user = v;
                            else
                                delete m.user;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.expiresMs = v;
                            else
                                delete m.expiresMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a LoginReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.LoginReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.LoginReply & socialnet.v1.LoginReply.$Shape} LoginReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoginReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoginReply message.
             * @function verify
             * @memberof socialnet.v1.LoginReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoginReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.user != null && $Object.hasOwnProperty.call(m, "user")) {
                    if (!$util.isString(m.user))
                        return "user: string expected";
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    if (!$util.isString(m.token))
                        return "token: string expected";
                }
                if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs")) {
                    if (!$util.isInteger(m.expiresMs) && !(m.expiresMs && $util.isInteger(m.expiresMs.low) && $util.isInteger(m.expiresMs.high)))
                        return "expiresMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a LoginReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.LoginReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.LoginReply} LoginReply
             */
            LoginReply.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.LoginReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.LoginReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.LoginReply();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.user != null) {
                    if (typeof d.user !== "string" || d.user.length) {
                        m.user = $String(d.user);
                    }
                }
                if (d.token != null) {
                    if (typeof d.token !== "string" || d.token.length) {
                        m.token = $String(d.token);
                    }
                }
                if (d.expiresMs != null) {
                    if (typeof d.expiresMs === "object" ? d.expiresMs.low || d.expiresMs.high : $Number(d.expiresMs) !== 0) {
                        if ($util.Long)
                            m.expiresMs = $util.Long.fromValue(d.expiresMs, false);
                        else if (typeof d.expiresMs === "string")
                            m.expiresMs = $parseInt(d.expiresMs, 10);
                        else if (typeof d.expiresMs === "number")
                            m.expiresMs = d.expiresMs;
                        else if (typeof d.expiresMs === "object")
                            m.expiresMs = new $util.LongBits(d.expiresMs.low >>> 0, d.expiresMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LoginReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.LoginReply
             * @static
             * @param {socialnet.v1.LoginReply} m LoginReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoginReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.user = "";
                    d.token = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.expiresMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.expiresMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.user != null && $Object.hasOwnProperty.call(m, "user")) {
                    d.user = m.user;
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = m.token;
                }
                if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.expiresMs = typeof m.expiresMs === "number" ? $BigInt(m.expiresMs) : $util.Long.fromBits(m.expiresMs.low >>> 0, m.expiresMs.high >>> 0, false).toBigInt();
                    else if (typeof m.expiresMs === "number")
                        d.expiresMs = o.longs === $String ? $String(m.expiresMs) : m.expiresMs;
                    else
                        d.expiresMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresMs) : o.longs === $Number ? new $util.LongBits(m.expiresMs.low >>> 0, m.expiresMs.high >>> 0).toNumber() : m.expiresMs;
                }
                return d;
            };

            /**
             * Converts this LoginReply to JSON.
             * @function toJSON
             * @memberof socialnet.v1.LoginReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoginReply.prototype.toJSON = function() {
                return LoginReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoginReply
             * @function getTypeUrl
             * @memberof socialnet.v1.LoginReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoginReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.LoginReply";
            };

            return LoginReply;
        })();

        v1.WriteReply = (function() {

            /**
             * Properties of a WriteReply.
             * @typedef {Object} socialnet.v1.WriteReply.$Properties
             * @property {string|null} [requestId] WriteReply requestId
             * @property {socialnet.v1.Event.$Properties|null} [event] WriteReply event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WriteReply.
             * @memberof socialnet.v1
             * @interface IWriteReply
             * @augments socialnet.v1.WriteReply.$Properties
             * @deprecated Use socialnet.v1.WriteReply.$Properties instead.
             */

            /**
             * Shape of a WriteReply.
             * @typedef {{
             *   requestId?: string|null;
             *   event?: socialnet.v1.Event.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} socialnet.v1.WriteReply.$Shape
             */

            /**
             * Constructs a new WriteReply.
             * @memberof socialnet.v1
             * @classdesc Represents a WriteReply.
             * @constructor
             * @param {socialnet.v1.WriteReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WriteReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WriteReply requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.WriteReply
             * @instance
             */
            WriteReply.prototype.requestId = "";

            /**
             * WriteReply event.
             * @member {socialnet.v1.Event.$Properties|null|undefined} event
             * @memberof socialnet.v1.WriteReply
             * @instance
             */
            WriteReply.prototype.event = null;

            /**
             * Creates a new WriteReply instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.WriteReply
             * @static
             * @param {socialnet.v1.WriteReply.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.WriteReply} WriteReply instance
             * @type {{
             *   (properties: socialnet.v1.WriteReply.$Shape): socialnet.v1.WriteReply & socialnet.v1.WriteReply.$Shape;
             *   (properties?: socialnet.v1.WriteReply.$Properties): socialnet.v1.WriteReply;
             * }}
             */
            WriteReply.create = function(properties) {
                return new WriteReply(properties);
            };

            /**
             * Encodes the specified WriteReply message. Does not implicitly {@link socialnet.v1.WriteReply.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.WriteReply
             * @static
             * @param {socialnet.v1.WriteReply.$Properties} m WriteReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.event != null && $Object.hasOwnProperty.call(m, "event"))
                    $root.socialnet.v1.Event.encode(m.event, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified WriteReply message, length delimited. Does not implicitly {@link socialnet.v1.WriteReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.WriteReply
             * @static
             * @param {socialnet.v1.WriteReply.$Properties} message WriteReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WriteReply message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.WriteReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.WriteReply & socialnet.v1.WriteReply.$Shape} WriteReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.WriteReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.event = $root.socialnet.v1.Event.decode(r, r.size(), $undefined, q + 1, m.event);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a WriteReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.WriteReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.WriteReply & socialnet.v1.WriteReply.$Shape} WriteReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WriteReply message.
             * @function verify
             * @memberof socialnet.v1.WriteReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WriteReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    {
                        var e = $root.socialnet.v1.Event.verify(m.event, q + 1);
                        if (e)
                            return "event." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a WriteReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.WriteReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.WriteReply} WriteReply
             */
            WriteReply.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.WriteReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.WriteReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.WriteReply();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.event != null) {
                    if (!$util.isObject(d.event))
                        throw $TypeError(".socialnet.v1.WriteReply.event: object expected");
                    m.event = $root.socialnet.v1.Event.fromObject(d.event, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a WriteReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.WriteReply
             * @static
             * @param {socialnet.v1.WriteReply} m WriteReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WriteReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.event = null;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    d.event = $root.socialnet.v1.Event.toObject(m.event, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this WriteReply to JSON.
             * @function toJSON
             * @memberof socialnet.v1.WriteReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WriteReply.prototype.toJSON = function() {
                return WriteReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WriteReply
             * @function getTypeUrl
             * @memberof socialnet.v1.WriteReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WriteReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.WriteReply";
            };

            return WriteReply;
        })();

        v1.ReadReply = (function() {

            /**
             * Properties of a ReadReply.
             * @typedef {Object} socialnet.v1.ReadReply.$Properties
             * @property {string|null} [requestId] ReadReply requestId
             * @property {Array.<socialnet.v1.Event.$Properties>|null} [events] ReadReply events
             * @property {Array.<string>|null} [users] ReadReply users
             * @property {socialnet.v1.Position.$Properties|null} [next] ReadReply next
             * @property {boolean|null} [more] ReadReply more
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadReply.
             * @memberof socialnet.v1
             * @interface IReadReply
             * @augments socialnet.v1.ReadReply.$Properties
             * @deprecated Use socialnet.v1.ReadReply.$Properties instead.
             */

            /**
             * Shape of a ReadReply.
             * @typedef {{
             *   requestId?: string|null;
             *   events?: Array.<socialnet.v1.Event.$Shape>|null;
             *   users?: Array.<string>|null;
             *   next?: socialnet.v1.Position.$Shape|null;
             *   more?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} socialnet.v1.ReadReply.$Shape
             */

            /**
             * Constructs a new ReadReply.
             * @memberof socialnet.v1
             * @classdesc Represents a ReadReply.
             * @constructor
             * @param {socialnet.v1.ReadReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadReply = function (p) {
                this.events = [];
                this.users = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadReply requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.ReadReply
             * @instance
             */
            ReadReply.prototype.requestId = "";

            /**
             * ReadReply events.
             * @member {Array.<socialnet.v1.Event.$Properties>} events
             * @memberof socialnet.v1.ReadReply
             * @instance
             */
            ReadReply.prototype.events = $util.emptyArray;

            /**
             * ReadReply users.
             * @member {Array.<string>} users
             * @memberof socialnet.v1.ReadReply
             * @instance
             */
            ReadReply.prototype.users = $util.emptyArray;

            /**
             * ReadReply next.
             * @member {socialnet.v1.Position.$Properties|null|undefined} next
             * @memberof socialnet.v1.ReadReply
             * @instance
             */
            ReadReply.prototype.next = null;

            /**
             * ReadReply more.
             * @member {boolean} more
             * @memberof socialnet.v1.ReadReply
             * @instance
             */
            ReadReply.prototype.more = false;

            /**
             * Creates a new ReadReply instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.ReadReply
             * @static
             * @param {socialnet.v1.ReadReply.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.ReadReply} ReadReply instance
             * @type {{
             *   (properties: socialnet.v1.ReadReply.$Shape): socialnet.v1.ReadReply & socialnet.v1.ReadReply.$Shape;
             *   (properties?: socialnet.v1.ReadReply.$Properties): socialnet.v1.ReadReply;
             * }}
             */
            ReadReply.create = function(properties) {
                return new ReadReply(properties);
            };

            /**
             * Encodes the specified ReadReply message. Does not implicitly {@link socialnet.v1.ReadReply.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.ReadReply
             * @static
             * @param {socialnet.v1.ReadReply.$Properties} m ReadReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.events != null && m.events.length) {
                    for (var i = 0; i < m.events.length; ++i)
                        $root.socialnet.v1.Event.encode(m.events[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.users != null && m.users.length) {
                    for (var i = 0; i < m.users.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.users[i]);
                }
                if (m.next != null && $Object.hasOwnProperty.call(m, "next"))
                    $root.socialnet.v1.Position.encode(m.next, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.more != null && $Object.hasOwnProperty.call(m, "more") && m.more !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.more);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReadReply message, length delimited. Does not implicitly {@link socialnet.v1.ReadReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.ReadReply
             * @static
             * @param {socialnet.v1.ReadReply.$Properties} message ReadReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadReply message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.ReadReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.ReadReply & socialnet.v1.ReadReply.$Shape} ReadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.ReadReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.events && m.events.length))
                                m.events = [];
                            m.events.push($root.socialnet.v1.Event.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.users && m.users.length))
                                m.users = [];
                            m.users.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.next = $root.socialnet.v1.Position.decode(r, r.size(), $undefined, q + 1, m.next);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.more = v;
                            else
                                delete m.more;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ReadReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.ReadReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.ReadReply & socialnet.v1.ReadReply.$Shape} ReadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadReply message.
             * @function verify
             * @memberof socialnet.v1.ReadReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.events != null && $Object.hasOwnProperty.call(m, "events")) {
                    if (!$Array.isArray(m.events))
                        return "events: array expected";
                    for (var i = 0; i < m.events.length; ++i) {
                        {
                            var e = $root.socialnet.v1.Event.verify(m.events[i], q + 1);
                            if (e)
                                return "events." + e;
                        }
                    }
                }
                if (m.users != null && $Object.hasOwnProperty.call(m, "users")) {
                    if (!$Array.isArray(m.users))
                        return "users: array expected";
                    for (var i = 0; i < m.users.length; ++i) {
                        if (!$util.isString(m.users[i]))
                            return "users: string[] expected";
                    }
                }
                if (m.next != null && $Object.hasOwnProperty.call(m, "next")) {
                    {
                        var e = $root.socialnet.v1.Position.verify(m.next, q + 1);
                        if (e)
                            return "next." + e;
                    }
                }
                if (m.more != null && $Object.hasOwnProperty.call(m, "more")) {
                    if (typeof m.more !== "boolean")
                        return "more: boolean expected";
                }
                return null;
            };

            /**
             * Creates a ReadReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.ReadReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.ReadReply} ReadReply
             */
            ReadReply.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.ReadReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.ReadReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.ReadReply();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.events) {
                    if (!$Array.isArray(d.events))
                        throw $TypeError(".socialnet.v1.ReadReply.events: array expected");
                    m.events = $Array(d.events.length);
                    for (var i = 0; i < d.events.length; ++i) {
                        if (!$util.isObject(d.events[i]))
                            throw $TypeError(".socialnet.v1.ReadReply.events: object expected");
                        m.events[i] = $root.socialnet.v1.Event.fromObject(d.events[i], q + 1);
                    }
                }
                if (d.users) {
                    if (!$Array.isArray(d.users))
                        throw $TypeError(".socialnet.v1.ReadReply.users: array expected");
                    m.users = $Array(d.users.length);
                    for (var i = 0; i < d.users.length; ++i) {
                        m.users[i] = $String(d.users[i]);
                    }
                }
                if (d.next != null) {
                    if (!$util.isObject(d.next))
                        throw $TypeError(".socialnet.v1.ReadReply.next: object expected");
                    m.next = $root.socialnet.v1.Position.fromObject(d.next, q + 1);
                }
                if (d.more != null) {
                    if (d.more) {
                        m.more = $Boolean(d.more);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.ReadReply
             * @static
             * @param {socialnet.v1.ReadReply} m ReadReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.events = [];
                    d.users = [];
                }
                if (o.defaults) {
                    d.requestId = "";
                    d.next = null;
                    d.more = false;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.events && m.events.length) {
                    d.events = $Array(m.events.length);
                    for (var j = 0; j < m.events.length; ++j) {
                        d.events[j] = $root.socialnet.v1.Event.toObject(m.events[j], o, q + 1);
                    }
                }
                if (m.users && m.users.length) {
                    d.users = $Array(m.users.length);
                    for (var j = 0; j < m.users.length; ++j) {
                        d.users[j] = m.users[j];
                    }
                }
                if (m.next != null && $Object.hasOwnProperty.call(m, "next")) {
                    d.next = $root.socialnet.v1.Position.toObject(m.next, o, q + 1);
                }
                if (m.more != null && $Object.hasOwnProperty.call(m, "more")) {
                    d.more = m.more;
                }
                return d;
            };

            /**
             * Converts this ReadReply to JSON.
             * @function toJSON
             * @memberof socialnet.v1.ReadReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadReply.prototype.toJSON = function() {
                return ReadReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadReply
             * @function getTypeUrl
             * @memberof socialnet.v1.ReadReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.ReadReply";
            };

            return ReadReply;
        })();

        v1.AckReply = (function() {

            /**
             * Properties of an AckReply.
             * @typedef {Object} socialnet.v1.AckReply.$Properties
             * @property {string|null} [requestId] AckReply requestId
             * @property {socialnet.v1.Position.$Properties|null} [upTo] AckReply upTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AckReply.
             * @memberof socialnet.v1
             * @interface IAckReply
             * @augments socialnet.v1.AckReply.$Properties
             * @deprecated Use socialnet.v1.AckReply.$Properties instead.
             */

            /**
             * Shape of an AckReply.
             * @typedef {socialnet.v1.AckReply.$Properties} socialnet.v1.AckReply.$Shape
             */

            /**
             * Constructs a new AckReply.
             * @memberof socialnet.v1
             * @classdesc Represents an AckReply.
             * @constructor
             * @param {socialnet.v1.AckReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AckReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AckReply requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.AckReply
             * @instance
             */
            AckReply.prototype.requestId = "";

            /**
             * AckReply upTo.
             * @member {socialnet.v1.Position.$Properties|null|undefined} upTo
             * @memberof socialnet.v1.AckReply
             * @instance
             */
            AckReply.prototype.upTo = null;

            /**
             * Creates a new AckReply instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.AckReply
             * @static
             * @param {socialnet.v1.AckReply.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.AckReply} AckReply instance
             * @type {{
             *   (properties: socialnet.v1.AckReply.$Shape): socialnet.v1.AckReply & socialnet.v1.AckReply.$Shape;
             *   (properties?: socialnet.v1.AckReply.$Properties): socialnet.v1.AckReply;
             * }}
             */
            AckReply.create = function(properties) {
                return new AckReply(properties);
            };

            /**
             * Encodes the specified AckReply message. Does not implicitly {@link socialnet.v1.AckReply.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.AckReply
             * @static
             * @param {socialnet.v1.AckReply.$Properties} m AckReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AckReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.upTo != null && $Object.hasOwnProperty.call(m, "upTo"))
                    $root.socialnet.v1.Position.encode(m.upTo, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AckReply message, length delimited. Does not implicitly {@link socialnet.v1.AckReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.AckReply
             * @static
             * @param {socialnet.v1.AckReply.$Properties} message AckReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AckReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AckReply message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.AckReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.AckReply & socialnet.v1.AckReply.$Shape} AckReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AckReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.AckReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.upTo = $root.socialnet.v1.Position.decode(r, r.size(), $undefined, q + 1, m.upTo);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an AckReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.AckReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.AckReply & socialnet.v1.AckReply.$Shape} AckReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AckReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AckReply message.
             * @function verify
             * @memberof socialnet.v1.AckReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AckReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.upTo != null && $Object.hasOwnProperty.call(m, "upTo")) {
                    {
                        var e = $root.socialnet.v1.Position.verify(m.upTo, q + 1);
                        if (e)
                            return "upTo." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an AckReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.AckReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.AckReply} AckReply
             */
            AckReply.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.AckReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.AckReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.AckReply();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.upTo != null) {
                    if (!$util.isObject(d.upTo))
                        throw $TypeError(".socialnet.v1.AckReply.upTo: object expected");
                    m.upTo = $root.socialnet.v1.Position.fromObject(d.upTo, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an AckReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.AckReply
             * @static
             * @param {socialnet.v1.AckReply} m AckReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AckReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.upTo = null;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.upTo != null && $Object.hasOwnProperty.call(m, "upTo")) {
                    d.upTo = $root.socialnet.v1.Position.toObject(m.upTo, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this AckReply to JSON.
             * @function toJSON
             * @memberof socialnet.v1.AckReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AckReply.prototype.toJSON = function() {
                return AckReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AckReply
             * @function getTypeUrl
             * @memberof socialnet.v1.AckReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AckReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.AckReply";
            };

            return AckReply;
        })();

        v1.DiscoverReply = (function() {

            /**
             * Properties of a DiscoverReply.
             * @typedef {Object} socialnet.v1.DiscoverReply.$Properties
             * @property {string|null} [requestId] DiscoverReply requestId
             * @property {socialnet.v1.View.$Properties|null} [view] DiscoverReply view
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiscoverReply.
             * @memberof socialnet.v1
             * @interface IDiscoverReply
             * @augments socialnet.v1.DiscoverReply.$Properties
             * @deprecated Use socialnet.v1.DiscoverReply.$Properties instead.
             */

            /**
             * Shape of a DiscoverReply.
             * @typedef {socialnet.v1.DiscoverReply.$Properties} socialnet.v1.DiscoverReply.$Shape
             */

            /**
             * Constructs a new DiscoverReply.
             * @memberof socialnet.v1
             * @classdesc Represents a DiscoverReply.
             * @constructor
             * @param {socialnet.v1.DiscoverReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DiscoverReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiscoverReply requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.DiscoverReply
             * @instance
             */
            DiscoverReply.prototype.requestId = "";

            /**
             * DiscoverReply view.
             * @member {socialnet.v1.View.$Properties|null|undefined} view
             * @memberof socialnet.v1.DiscoverReply
             * @instance
             */
            DiscoverReply.prototype.view = null;

            /**
             * Creates a new DiscoverReply instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.DiscoverReply
             * @static
             * @param {socialnet.v1.DiscoverReply.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.DiscoverReply} DiscoverReply instance
             * @type {{
             *   (properties: socialnet.v1.DiscoverReply.$Shape): socialnet.v1.DiscoverReply & socialnet.v1.DiscoverReply.$Shape;
             *   (properties?: socialnet.v1.DiscoverReply.$Properties): socialnet.v1.DiscoverReply;
             * }}
             */
            DiscoverReply.create = function(properties) {
                return new DiscoverReply(properties);
            };

            /**
             * Encodes the specified DiscoverReply message. Does not implicitly {@link socialnet.v1.DiscoverReply.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.DiscoverReply
             * @static
             * @param {socialnet.v1.DiscoverReply.$Properties} m DiscoverReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoverReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.view != null && $Object.hasOwnProperty.call(m, "view"))
                    $root.socialnet.v1.View.encode(m.view, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DiscoverReply message, length delimited. Does not implicitly {@link socialnet.v1.DiscoverReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.DiscoverReply
             * @static
             * @param {socialnet.v1.DiscoverReply.$Properties} message DiscoverReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoverReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DiscoverReply message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.DiscoverReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.DiscoverReply & socialnet.v1.DiscoverReply.$Shape} DiscoverReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoverReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.DiscoverReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.view = $root.socialnet.v1.View.decode(r, r.size(), $undefined, q + 1, m.view);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a DiscoverReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.DiscoverReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.DiscoverReply & socialnet.v1.DiscoverReply.$Shape} DiscoverReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoverReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DiscoverReply message.
             * @function verify
             * @memberof socialnet.v1.DiscoverReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DiscoverReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.view != null && $Object.hasOwnProperty.call(m, "view")) {
                    {
                        var e = $root.socialnet.v1.View.verify(m.view, q + 1);
                        if (e)
                            return "view." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a DiscoverReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.DiscoverReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.DiscoverReply} DiscoverReply
             */
            DiscoverReply.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.DiscoverReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.DiscoverReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.DiscoverReply();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.view != null) {
                    if (!$util.isObject(d.view))
                        throw $TypeError(".socialnet.v1.DiscoverReply.view: object expected");
                    m.view = $root.socialnet.v1.View.fromObject(d.view, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a DiscoverReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.DiscoverReply
             * @static
             * @param {socialnet.v1.DiscoverReply} m DiscoverReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiscoverReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.view = null;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.view != null && $Object.hasOwnProperty.call(m, "view")) {
                    d.view = $root.socialnet.v1.View.toObject(m.view, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this DiscoverReply to JSON.
             * @function toJSON
             * @memberof socialnet.v1.DiscoverReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiscoverReply.prototype.toJSON = function() {
                return DiscoverReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiscoverReply
             * @function getTypeUrl
             * @memberof socialnet.v1.DiscoverReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiscoverReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.DiscoverReply";
            };

            return DiscoverReply;
        })();

        /**
         * ErrorCode enum.
         * @name socialnet.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} ERROR_CODE_MALFORMED=1 ERROR_CODE_MALFORMED value
         * @property {number} ERROR_CODE_UNKNOWN_KIND=2 ERROR_CODE_UNKNOWN_KIND value
         * @property {number} ERROR_CODE_MISSING_FIELD=3 ERROR_CODE_MISSING_FIELD value
         * @property {number} ERROR_CODE_TOO_LARGE=4 ERROR_CODE_TOO_LARGE value
         * @property {number} ERROR_CODE_BAD_TOKEN=5 ERROR_CODE_BAD_TOKEN value
         * @property {number} ERROR_CODE_TOKEN_EXPIRED=6 ERROR_CODE_TOKEN_EXPIRED value
         * @property {number} ERROR_CODE_UNKNOWN_USER=7 ERROR_CODE_UNKNOWN_USER value
         * @property {number} ERROR_CODE_BAD_PASSWORD=8 ERROR_CODE_BAD_PASSWORD value
         * @property {number} ERROR_CODE_USER_EXISTS=9 ERROR_CODE_USER_EXISTS value
         * @property {number} ERROR_CODE_FORBIDDEN=10 ERROR_CODE_FORBIDDEN value
         * @property {number} ERROR_CODE_INVALID_ARGUMENT=11 ERROR_CODE_INVALID_ARGUMENT value
         * @property {number} ERROR_CODE_NO_QUORUM=12 ERROR_CODE_NO_QUORUM value
         * @property {number} ERROR_CODE_UNAVAILABLE=13 ERROR_CODE_UNAVAILABLE value
         * @property {number} ERROR_CODE_RATE_LIMITED=14 ERROR_CODE_RATE_LIMITED value
         * @property {number} ERROR_CODE_BAD_SIGNATURE=15 ERROR_CODE_BAD_SIGNATURE value
         * @property {number} ERROR_CODE_INTERNAL=16 ERROR_CODE_INTERNAL value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ERROR_CODE_MALFORMED"] = 1;
            values[valuesById[2] = "ERROR_CODE_UNKNOWN_KIND"] = 2;
            values[valuesById[3] = "ERROR_CODE_MISSING_FIELD"] = 3;
            values[valuesById[4] = "ERROR_CODE_TOO_LARGE"] = 4;
            values[valuesById[5] = "ERROR_CODE_BAD_TOKEN"] = 5;
            values[valuesById[6] = "ERROR_CODE_TOKEN_EXPIRED"] = 6;
            values[valuesById[7] = "ERROR_CODE_UNKNOWN_USER"] = 7;
            values[valuesById[8] = "ERROR_CODE_BAD_PASSWORD"] = 8;
            values[valuesById[9] = "ERROR_CODE_USER_EXISTS"] = 9;
            values[valuesById[10] = "ERROR_CODE_FORBIDDEN"] = 10;
            values[valuesById[11] = "ERROR_CODE_INVALID_ARGUMENT"] = 11;
            values[valuesById[12] = "ERROR_CODE_NO_QUORUM"] = 12;
            values[valuesById[13] = "ERROR_CODE_UNAVAILABLE"] = 13;
            values[valuesById[14] = "ERROR_CODE_RATE_LIMITED"] = 14;
            values[valuesById[15] = "ERROR_CODE_BAD_SIGNATURE"] = 15;
            values[valuesById[16] = "ERROR_CODE_INTERNAL"] = 16;
            return values;
        })();

        v1.ErrorReply = (function() {

            /**
             * Properties of an ErrorReply.
             * @typedef {Object} socialnet.v1.ErrorReply.$Properties
             * @property {string|null} [requestId] ErrorReply requestId
             * @property {socialnet.v1.ErrorCode|null} [code] ErrorReply code
             * @property {string|null} [message] ErrorReply message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorReply.
             * @memberof socialnet.v1
             * @interface IErrorReply
             * @augments socialnet.v1.ErrorReply.$Properties
             * @deprecated Use socialnet.v1.ErrorReply.$Properties instead.
             */

            /**
             * Shape of an ErrorReply.
             * @typedef {socialnet.v1.ErrorReply.$Properties} socialnet.v1.ErrorReply.$Shape
             */

            /**
             * Constructs a new ErrorReply.
             * @memberof socialnet.v1
             * @classdesc Represents an ErrorReply.
             * @constructor
             * @param {socialnet.v1.ErrorReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ErrorReply requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.requestId = "";

            /**
             * ErrorReply code.
             * @member {socialnet.v1.ErrorCode} code
             * @memberof socialnet.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.code = 0;

            /**
             * ErrorReply message.
             * @member {string} message
             * @memberof socialnet.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.message = "";

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.ErrorReply
             * @static
             * @param {socialnet.v1.ErrorReply.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.ErrorReply} ErrorReply instance
             * @type {{
             *   (properties: socialnet.v1.ErrorReply.$Shape): socialnet.v1.ErrorReply & socialnet.v1.ErrorReply.$Shape;
             *   (properties?: socialnet.v1.ErrorReply.$Properties): socialnet.v1.ErrorReply;
             * }}
             */
            ErrorReply.create = function(properties) {
                return new ErrorReply(properties);
            };

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link socialnet.v1.ErrorReply.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.ErrorReply
             * @static
             * @param {socialnet.v1.ErrorReply.$Properties} m ErrorReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ErrorReply message, length delimited. Does not implicitly {@link socialnet.v1.ErrorReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.ErrorReply
             * @static
             * @param {socialnet.v1.ErrorReply.$Properties} message ErrorReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.ErrorReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.ErrorReply & socialnet.v1.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.ErrorReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an ErrorReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.ErrorReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.ErrorReply & socialnet.v1.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ErrorReply message.
             * @function verify
             * @memberof socialnet.v1.ErrorReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ErrorReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    if (typeof m.code !== "number" || (m.code | 0) !== m.code)
                        return "code: enum value expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                return null;
            };

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.ErrorReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.ErrorReply} ErrorReply
             */
            ErrorReply.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.ErrorReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.ErrorReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.ErrorReply();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.code !== 0 && (typeof d.code !== "string" || $root.socialnet.v1.ErrorCode[d.code] !== 0)) {
                    switch (d.code) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        m.code = 0;
                        break;
                    case "ERROR_CODE_MALFORMED":
                    case 1:
                        m.code = 1;
                        break;
                    case "ERROR_CODE_UNKNOWN_KIND":
                    case 2:
                        m.code = 2;
                        break;
                    case "ERROR_CODE_MISSING_FIELD":
                    case 3:
                        m.code = 3;
                        break;
                    case "ERROR_CODE_TOO_LARGE":
                    case 4:
                        m.code = 4;
                        break;
                    case "ERROR_CODE_BAD_TOKEN":
                    case 5:
                        m.code = 5;
                        break;
                    case "ERROR_CODE_TOKEN_EXPIRED":
                    case 6:
                        m.code = 6;
                        break;
                    case "ERROR_CODE_UNKNOWN_USER":
                    case 7:
                        m.code = 7;
                        break;
                    case "ERROR_CODE_BAD_PASSWORD":
                    case 8:
                        m.code = 8;
                        break;
                    case "ERROR_CODE_USER_EXISTS":
                    case 9:
                        m.code = 9;
                        break;
                    case "ERROR_CODE_FORBIDDEN":
                    case 10:
                        m.code = 10;
                        break;
                    case "ERROR_CODE_INVALID_ARGUMENT":
                    case 11:
                        m.code = 11;
                        break;
                    case "ERROR_CODE_NO_QUORUM":
                    case 12:
                        m.code = 12;
                        break;
                    case "ERROR_CODE_UNAVAILABLE":
                    case 13:
                        m.code = 13;
                        break;
                    case "ERROR_CODE_RATE_LIMITED":
                    case 14:
                        m.code = 14;
                        break;
                    case "ERROR_CODE_BAD_SIGNATURE":
                    case 15:
                        m.code = 15;
                        break;
                    case "ERROR_CODE_INTERNAL":
                    case 16:
                        m.code = 16;
                        break;
                    default:
                        if (typeof d.code === "number" && (d.code | 0) === d.code)
                            m.code = d.code;
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.ErrorReply
             * @static
             * @param {socialnet.v1.ErrorReply} m ErrorReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.code = o.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    d.message = "";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = o.enums === $String ? $root.socialnet.v1.ErrorCode[m.code] === $undefined ? m.code : $root.socialnet.v1.ErrorCode[m.code] : m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this ErrorReply to JSON.
             * @function toJSON
             * @memberof socialnet.v1.ErrorReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorReply.prototype.toJSON = function() {
                return ErrorReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorReply
             * @function getTypeUrl
             * @memberof socialnet.v1.ErrorReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.ErrorReply";
            };

            return ErrorReply;
        })();

        v1.Notification = (function() {

            /**
             * Properties of a Notification.
             * @typedef {Object} socialnet.v1.Notification.$Properties
             * @property {string|null} [user] Notification user
             * @property {socialnet.v1.Position.$Properties|null} [position] Notification position
             * @property {socialnet.v1.Event.$Properties|null} [event] Notification event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Notification.
             * @memberof socialnet.v1
             * @interface INotification
             * @augments socialnet.v1.Notification.$Properties
             * @deprecated Use socialnet.v1.Notification.$Properties instead.
             */

            /**
             * Shape of a Notification.
             * @typedef {{
             *   user?: string|null;
             *   position?: socialnet.v1.Position.$Shape|null;
             *   event?: socialnet.v1.Event.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} socialnet.v1.Notification.$Shape
             */

            /**
             * Constructs a new Notification.
             * @memberof socialnet.v1
             * @classdesc Represents a Notification.
             * @constructor
             * @param {socialnet.v1.Notification.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Notification = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Notification user.
             * @member {string} user
             * @memberof socialnet.v1.Notification
             * @instance
             */
            Notification.prototype.user = "";

            /**
             * Notification position.
             * @member {socialnet.v1.Position.$Properties|null|undefined} position
             * @memberof socialnet.v1.Notification
             * @instance
             */
            Notification.prototype.position = null;

            /**
             * Notification event.
             * @member {socialnet.v1.Event.$Properties|null|undefined} event
             * @memberof socialnet.v1.Notification
             * @instance
             */
            Notification.prototype.event = null;

            /**
             * Creates a new Notification instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Notification
             * @static
             * @param {socialnet.v1.Notification.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Notification} Notification instance
             * @type {{
             *   (properties: socialnet.v1.Notification.$Shape): socialnet.v1.Notification & socialnet.v1.Notification.$Shape;
             *   (properties?: socialnet.v1.Notification.$Properties): socialnet.v1.Notification;
             * }}
             */
            Notification.create = function(properties) {
                return new Notification(properties);
            };

            /**
             * Encodes the specified Notification message. Does not implicitly {@link socialnet.v1.Notification.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Notification
             * @static
             * @param {socialnet.v1.Notification.$Properties} m Notification message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Notification.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.user != null && $Object.hasOwnProperty.call(m, "user") && m.user !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.user);
                if (m.position != null && $Object.hasOwnProperty.call(m, "position"))
                    $root.socialnet.v1.Position.encode(m.position, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.event != null && $Object.hasOwnProperty.call(m, "event"))
                    $root.socialnet.v1.Event.encode(m.event, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Notification message, length delimited. Does not implicitly {@link socialnet.v1.Notification.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Notification
             * @static
             * @param {socialnet.v1.Notification.$Properties} message Notification message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Notification.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Notification message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Notification
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Notification & socialnet.v1.Notification.$Shape} Notification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Notification.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Notification();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.user = v;
                            else
                                delete m.user;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.position = $root.socialnet.v1.Position.decode(r, r.size(), $undefined, q + 1, m.position);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.event = $root.socialnet.v1.Event.decode(r, r.size(), $undefined, q + 1, m.event);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Notification message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Notification
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Notification & socialnet.v1.Notification.$Shape} Notification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Notification.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Notification message.
             * @function verify
             * @memberof socialnet.v1.Notification
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Notification.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.user != null && $Object.hasOwnProperty.call(m, "user")) {
                    if (!$util.isString(m.user))
                        return "user: string expected";
                }
                if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                    {
                        var e = $root.socialnet.v1.Position.verify(m.position, q + 1);
                        if (e)
                            return "position." + e;
                    }
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    {
                        var e = $root.socialnet.v1.Event.verify(m.event, q + 1);
                        if (e)
                            return "event." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Notification message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Notification
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Notification} Notification
             */
            Notification.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Notification)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Notification: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Notification();
                if (d.user != null) {
                    if (typeof d.user !== "string" || d.user.length) {
                        m.user = $String(d.user);
                    }
                }
                if (d.position != null) {
                    if (!$util.isObject(d.position))
                        throw $TypeError(".socialnet.v1.Notification.position: object expected");
                    m.position = $root.socialnet.v1.Position.fromObject(d.position, q + 1);
                }
                if (d.event != null) {
                    if (!$util.isObject(d.event))
                        throw $TypeError(".socialnet.v1.Notification.event: object expected");
                    m.event = $root.socialnet.v1.Event.fromObject(d.event, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Notification message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Notification
             * @static
             * @param {socialnet.v1.Notification} m Notification
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Notification.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.user = "";
                    d.position = null;
                    d.event = null;
                }
                if (m.user != null && $Object.hasOwnProperty.call(m, "user")) {
                    d.user = m.user;
                }
                if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                    d.position = $root.socialnet.v1.Position.toObject(m.position, o, q + 1);
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    d.event = $root.socialnet.v1.Event.toObject(m.event, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this Notification to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Notification
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Notification.prototype.toJSON = function() {
                return Notification.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Notification
             * @function getTypeUrl
             * @memberof socialnet.v1.Notification
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Notification.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Notification";
            };

            return Notification;
        })();

        v1.EventPush = (function() {

            /**
             * Properties of an EventPush.
             * @typedef {Object} socialnet.v1.EventPush.$Properties
             * @property {Array.<socialnet.v1.Event.$Properties>|null} [events] EventPush events
             * @property {boolean|null} [ackWanted] EventPush ackWanted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventPush.
             * @memberof socialnet.v1
             * @interface IEventPush
             * @augments socialnet.v1.EventPush.$Properties
             * @deprecated Use socialnet.v1.EventPush.$Properties instead.
             */

            /**
             * Shape of an EventPush.
             * @typedef {{
             *   events?: Array.<socialnet.v1.Event.$Shape>|null;
             *   ackWanted?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} socialnet.v1.EventPush.$Shape
             */

            /**
             * Constructs a new EventPush.
             * @memberof socialnet.v1
             * @classdesc Represents an EventPush.
             * @constructor
             * @param {socialnet.v1.EventPush.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EventPush = function (p) {
                this.events = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EventPush events.
             * @member {Array.<socialnet.v1.Event.$Properties>} events
             * @memberof socialnet.v1.EventPush
             * @instance
             */
            EventPush.prototype.events = $util.emptyArray;

            /**
             * EventPush ackWanted.
             * @member {boolean} ackWanted
             * @memberof socialnet.v1.EventPush
             * @instance
             */
            EventPush.prototype.ackWanted = false;

            /**
             * Creates a new EventPush instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.EventPush
             * @static
             * @param {socialnet.v1.EventPush.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.EventPush} EventPush instance
             * @type {{
             *   (properties: socialnet.v1.EventPush.$Shape): socialnet.v1.EventPush & socialnet.v1.EventPush.$Shape;
             *   (properties?: socialnet.v1.EventPush.$Properties): socialnet.v1.EventPush;
             * }}
             */
            EventPush.create = function(properties) {
                return new EventPush(properties);
            };

            /**
             * Encodes the specified EventPush message. Does not implicitly {@link socialnet.v1.EventPush.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.EventPush
             * @static
             * @param {socialnet.v1.EventPush.$Properties} m EventPush message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventPush.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.events != null && m.events.length) {
                    for (var i = 0; i < m.events.length; ++i)
                        $root.socialnet.v1.Event.encode(m.events[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.ackWanted != null && $Object.hasOwnProperty.call(m, "ackWanted") && m.ackWanted !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.ackWanted);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified EventPush message, length delimited. Does not implicitly {@link socialnet.v1.EventPush.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.EventPush
             * @static
             * @param {socialnet.v1.EventPush.$Properties} message EventPush message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventPush.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EventPush message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.EventPush
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.EventPush & socialnet.v1.EventPush.$Shape} EventPush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventPush.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.EventPush();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.events && m.events.length))
                                m.events = [];
                            m.events.push($root.socialnet.v1.Event.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ackWanted = v;
                            else
                                delete m.ackWanted;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an EventPush message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.EventPush
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.EventPush & socialnet.v1.EventPush.$Shape} EventPush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventPush.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EventPush message.
             * @function verify
             * @memberof socialnet.v1.EventPush
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventPush.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.events != null && $Object.hasOwnProperty.call(m, "events")) {
                    if (!$Array.isArray(m.events))
                        return "events: array expected";
                    for (var i = 0; i < m.events.length; ++i) {
                        {
                            var e = $root.socialnet.v1.Event.verify(m.events[i], q + 1);
                            if (e)
                                return "events." + e;
                        }
                    }
                }
                if (m.ackWanted != null && $Object.hasOwnProperty.call(m, "ackWanted")) {
                    if (typeof m.ackWanted !== "boolean")
                        return "ackWanted: boolean expected";
                }
                return null;
            };

            /**
             * Creates an EventPush message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.EventPush
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.EventPush} EventPush
             */
            EventPush.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.EventPush)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.EventPush: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.EventPush();
                if (d.events) {
                    if (!$Array.isArray(d.events))
                        throw $TypeError(".socialnet.v1.EventPush.events: array expected");
                    m.events = $Array(d.events.length);
                    for (var i = 0; i < d.events.length; ++i) {
                        if (!$util.isObject(d.events[i]))
                            throw $TypeError(".socialnet.v1.EventPush.events: object expected");
                        m.events[i] = $root.socialnet.v1.Event.fromObject(d.events[i], q + 1);
                    }
                }
                if (d.ackWanted != null) {
                    if (d.ackWanted) {
                        m.ackWanted = $Boolean(d.ackWanted);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EventPush message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.EventPush
             * @static
             * @param {socialnet.v1.EventPush} m EventPush
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventPush.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.events = [];
                }
                if (o.defaults) {
                    d.ackWanted = false;
                }
                if (m.events && m.events.length) {
                    d.events = $Array(m.events.length);
                    for (var j = 0; j < m.events.length; ++j) {
                        d.events[j] = $root.socialnet.v1.Event.toObject(m.events[j], o, q + 1);
                    }
                }
                if (m.ackWanted != null && $Object.hasOwnProperty.call(m, "ackWanted")) {
                    d.ackWanted = m.ackWanted;
                }
                return d;
            };

            /**
             * Converts this EventPush to JSON.
             * @function toJSON
             * @memberof socialnet.v1.EventPush
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventPush.prototype.toJSON = function() {
                return EventPush.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventPush
             * @function getTypeUrl
             * @memberof socialnet.v1.EventPush
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventPush.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.EventPush";
            };

            return EventPush;
        })();

        v1.ReplicaAck = (function() {

            /**
             * Properties of a ReplicaAck.
             * @typedef {Object} socialnet.v1.ReplicaAck.$Properties
             * @property {Array.<socialnet.v1.EventId.$Properties>|null} [ids] ReplicaAck ids
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplicaAck.
             * @memberof socialnet.v1
             * @interface IReplicaAck
             * @augments socialnet.v1.ReplicaAck.$Properties
             * @deprecated Use socialnet.v1.ReplicaAck.$Properties instead.
             */

            /**
             * Shape of a ReplicaAck.
             * @typedef {socialnet.v1.ReplicaAck.$Properties} socialnet.v1.ReplicaAck.$Shape
             */

            /**
             * Constructs a new ReplicaAck.
             * @memberof socialnet.v1
             * @classdesc Represents a ReplicaAck.
             * @constructor
             * @param {socialnet.v1.ReplicaAck.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplicaAck = function (p) {
                this.ids = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReplicaAck ids.
             * @member {Array.<socialnet.v1.EventId.$Properties>} ids
             * @memberof socialnet.v1.ReplicaAck
             * @instance
             */
            ReplicaAck.prototype.ids = $util.emptyArray;

            /**
             * Creates a new ReplicaAck instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.ReplicaAck
             * @static
             * @param {socialnet.v1.ReplicaAck.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.ReplicaAck} ReplicaAck instance
             * @type {{
             *   (properties: socialnet.v1.ReplicaAck.$Shape): socialnet.v1.ReplicaAck & socialnet.v1.ReplicaAck.$Shape;
             *   (properties?: socialnet.v1.ReplicaAck.$Properties): socialnet.v1.ReplicaAck;
             * }}
             */
            ReplicaAck.create = function(properties) {
                return new ReplicaAck(properties);
            };

            /**
             * Encodes the specified ReplicaAck message. Does not implicitly {@link socialnet.v1.ReplicaAck.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.ReplicaAck
             * @static
             * @param {socialnet.v1.ReplicaAck.$Properties} m ReplicaAck message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicaAck.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ids != null && m.ids.length) {
                    for (var i = 0; i < m.ids.length; ++i)
                        $root.socialnet.v1.EventId.encode(m.ids[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReplicaAck message, length delimited. Does not implicitly {@link socialnet.v1.ReplicaAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.ReplicaAck
             * @static
             * @param {socialnet.v1.ReplicaAck.$Properties} message ReplicaAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicaAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReplicaAck message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.ReplicaAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.ReplicaAck & socialnet.v1.ReplicaAck.$Shape} ReplicaAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicaAck.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.ReplicaAck();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.ids && m.ids.length))
                                m.ids = [];
                            m.ids.push($root.socialnet.v1.EventId.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ReplicaAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.ReplicaAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.ReplicaAck & socialnet.v1.ReplicaAck.$Shape} ReplicaAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicaAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReplicaAck message.
             * @function verify
             * @memberof socialnet.v1.ReplicaAck
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReplicaAck.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.ids != null && $Object.hasOwnProperty.call(m, "ids")) {
                    if (!$Array.isArray(m.ids))
                        return "ids: array expected";
                    for (var i = 0; i < m.ids.length; ++i) {
                        {
                            var e = $root.socialnet.v1.EventId.verify(m.ids[i], q + 1);
                            if (e)
                                return "ids." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a ReplicaAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.ReplicaAck
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.ReplicaAck} ReplicaAck
             */
            ReplicaAck.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.ReplicaAck)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.ReplicaAck: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.ReplicaAck();
                if (d.ids) {
                    if (!$Array.isArray(d.ids))
                        throw $TypeError(".socialnet.v1.ReplicaAck.ids: array expected");
                    m.ids = $Array(d.ids.length);
                    for (var i = 0; i < d.ids.length; ++i) {
                        if (!$util.isObject(d.ids[i]))
                            throw $TypeError(".socialnet.v1.ReplicaAck.ids: object expected");
                        m.ids[i] = $root.socialnet.v1.EventId.fromObject(d.ids[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReplicaAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.ReplicaAck
             * @static
             * @param {socialnet.v1.ReplicaAck} m ReplicaAck
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReplicaAck.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ids = [];
                }
                if (m.ids && m.ids.length) {
                    d.ids = $Array(m.ids.length);
                    for (var j = 0; j < m.ids.length; ++j) {
                        d.ids[j] = $root.socialnet.v1.EventId.toObject(m.ids[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ReplicaAck to JSON.
             * @function toJSON
             * @memberof socialnet.v1.ReplicaAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReplicaAck.prototype.toJSON = function() {
                return ReplicaAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReplicaAck
             * @function getTypeUrl
             * @memberof socialnet.v1.ReplicaAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReplicaAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.ReplicaAck";
            };

            return ReplicaAck;
        })();

        v1.SyncRequest = (function() {

            /**
             * Properties of a SyncRequest.
             * @typedef {Object} socialnet.v1.SyncRequest.$Properties
             * @property {socialnet.v1.VersionVector.$Properties|null} [have] SyncRequest have
             * @property {number|null} [limit] SyncRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncRequest.
             * @memberof socialnet.v1
             * @interface ISyncRequest
             * @augments socialnet.v1.SyncRequest.$Properties
             * @deprecated Use socialnet.v1.SyncRequest.$Properties instead.
             */

            /**
             * Shape of a SyncRequest.
             * @typedef {socialnet.v1.SyncRequest.$Properties} socialnet.v1.SyncRequest.$Shape
             */

            /**
             * Constructs a new SyncRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a SyncRequest.
             * @constructor
             * @param {socialnet.v1.SyncRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SyncRequest have.
             * @member {socialnet.v1.VersionVector.$Properties|null|undefined} have
             * @memberof socialnet.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.have = null;

            /**
             * SyncRequest limit.
             * @member {number} limit
             * @memberof socialnet.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.limit = 0;

            /**
             * Creates a new SyncRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.SyncRequest
             * @static
             * @param {socialnet.v1.SyncRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.SyncRequest} SyncRequest instance
             * @type {{
             *   (properties: socialnet.v1.SyncRequest.$Shape): socialnet.v1.SyncRequest & socialnet.v1.SyncRequest.$Shape;
             *   (properties?: socialnet.v1.SyncRequest.$Properties): socialnet.v1.SyncRequest;
             * }}
             */
            SyncRequest.create = function(properties) {
                return new SyncRequest(properties);
            };

            /**
             * Encodes the specified SyncRequest message. Does not implicitly {@link socialnet.v1.SyncRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.SyncRequest
             * @static
             * @param {socialnet.v1.SyncRequest.$Properties} m SyncRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.have != null && $Object.hasOwnProperty.call(m, "have"))
                    $root.socialnet.v1.VersionVector.encode(m.have, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.limit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SyncRequest message, length delimited. Does not implicitly {@link socialnet.v1.SyncRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.SyncRequest
             * @static
             * @param {socialnet.v1.SyncRequest.$Properties} message SyncRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SyncRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.SyncRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.SyncRequest & socialnet.v1.SyncRequest.$Shape} SyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.SyncRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.have = $root.socialnet.v1.VersionVector.decode(r, r.size(), $undefined, q + 1, m.have);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SyncRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.SyncRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.SyncRequest & socialnet.v1.SyncRequest.$Shape} SyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SyncRequest message.
             * @function verify
             * @memberof socialnet.v1.SyncRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    {
                        var e = $root.socialnet.v1.VersionVector.verify(m.have, q + 1);
                        if (e)
                            return "have." + e;
                    }
                }
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                    if (!$util.isInteger(m.limit))
                        return "limit: integer expected";
                }
                return null;
            };

            /**
             * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.SyncRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.SyncRequest} SyncRequest
             */
            SyncRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.SyncRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.SyncRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.SyncRequest();
                if (d.have != null) {
                    if (!$util.isObject(d.have))
                        throw $TypeError(".socialnet.v1.SyncRequest.have: object expected");
                    m.have = $root.socialnet.v1.VersionVector.fromObject(d.have, q + 1);
                }
                if (d.limit != null) {
                    if ($Number(d.limit) !== 0) {
                        m.limit = d.limit >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.SyncRequest
             * @static
             * @param {socialnet.v1.SyncRequest} m SyncRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.have = null;
                    d.limit = 0;
                }
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    d.have = $root.socialnet.v1.VersionVector.toObject(m.have, o, q + 1);
                }
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                    d.limit = m.limit;
                }
                return d;
            };

            /**
             * Converts this SyncRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.SyncRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncRequest.prototype.toJSON = function() {
                return SyncRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.SyncRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.SyncRequest";
            };

            return SyncRequest;
        })();

        v1.SyncReply = (function() {

            /**
             * Properties of a SyncReply.
             * @typedef {Object} socialnet.v1.SyncReply.$Properties
             * @property {Array.<socialnet.v1.Event.$Properties>|null} [events] SyncReply events
             * @property {boolean|null} [more] SyncReply more
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncReply.
             * @memberof socialnet.v1
             * @interface ISyncReply
             * @augments socialnet.v1.SyncReply.$Properties
             * @deprecated Use socialnet.v1.SyncReply.$Properties instead.
             */

            /**
             * Shape of a SyncReply.
             * @typedef {{
             *   events?: Array.<socialnet.v1.Event.$Shape>|null;
             *   more?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} socialnet.v1.SyncReply.$Shape
             */

            /**
             * Constructs a new SyncReply.
             * @memberof socialnet.v1
             * @classdesc Represents a SyncReply.
             * @constructor
             * @param {socialnet.v1.SyncReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncReply = function (p) {
                this.events = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SyncReply events.
             * @member {Array.<socialnet.v1.Event.$Properties>} events
             * @memberof socialnet.v1.SyncReply
             * @instance
             */
            SyncReply.prototype.events = $util.emptyArray;

            /**
             * SyncReply more.
             * @member {boolean} more
             * @memberof socialnet.v1.SyncReply
             * @instance
             */
            SyncReply.prototype.more = false;

            /**
             * Creates a new SyncReply instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.SyncReply
             * @static
             * @param {socialnet.v1.SyncReply.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.SyncReply} SyncReply instance
             * @type {{
             *   (properties: socialnet.v1.SyncReply.$Shape): socialnet.v1.SyncReply & socialnet.v1.SyncReply.$Shape;
             *   (properties?: socialnet.v1.SyncReply.$Properties): socialnet.v1.SyncReply;
             * }}
             */
            SyncReply.create = function(properties) {
                return new SyncReply(properties);
            };

            /**
             * Encodes the specified SyncReply message. Does not implicitly {@link socialnet.v1.SyncReply.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.SyncReply
             * @static
             * @param {socialnet.v1.SyncReply.$Properties} m SyncReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.events != null && m.events.length) {
                    for (var i = 0; i < m.events.length; ++i)
                        $root.socialnet.v1.Event.encode(m.events[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.more != null && $Object.hasOwnProperty.call(m, "more") && m.more !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.more);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SyncReply message, length delimited. Does not implicitly {@link socialnet.v1.SyncReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.SyncReply
             * @static
             * @param {socialnet.v1.SyncReply.$Properties} message SyncReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SyncReply message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.SyncReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.SyncReply & socialnet.v1.SyncReply.$Shape} SyncReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.SyncReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.events && m.events.length))
                                m.events = [];
                            m.events.push($root.socialnet.v1.Event.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.more = v;
                            else
                                delete m.more;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SyncReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.SyncReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.SyncReply & socialnet.v1.SyncReply.$Shape} SyncReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SyncReply message.
             * @function verify
             * @memberof socialnet.v1.SyncReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.events != null && $Object.hasOwnProperty.call(m, "events")) {
                    if (!$Array.isArray(m.events))
                        return "events: array expected";
                    for (var i = 0; i < m.events.length; ++i) {
                        {
                            var e = $root.socialnet.v1.Event.verify(m.events[i], q + 1);
                            if (e)
                                return "events." + e;
                        }
                    }
                }
                if (m.more != null && $Object.hasOwnProperty.call(m, "more")) {
                    if (typeof m.more !== "boolean")
                        return "more: boolean expected";
                }
                return null;
            };

            /**
             * Creates a SyncReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.SyncReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.SyncReply} SyncReply
             */
            SyncReply.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.SyncReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.SyncReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.SyncReply();
                if (d.events) {
                    if (!$Array.isArray(d.events))
                        throw $TypeError(".socialnet.v1.SyncReply.events: array expected");
                    m.events = $Array(d.events.length);
                    for (var i = 0; i < d.events.length; ++i) {
                        if (!$util.isObject(d.events[i]))
                            throw $TypeError(".socialnet.v1.SyncReply.events: object expected");
                        m.events[i] = $root.socialnet.v1.Event.fromObject(d.events[i], q + 1);
                    }
                }
                if (d.more != null) {
                    if (d.more) {
                        m.more = $Boolean(d.more);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SyncReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.SyncReply
             * @static
             * @param {socialnet.v1.SyncReply} m SyncReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.events = [];
                }
                if (o.defaults) {
                    d.more = false;
                }
                if (m.events && m.events.length) {
                    d.events = $Array(m.events.length);
                    for (var j = 0; j < m.events.length; ++j) {
                        d.events[j] = $root.socialnet.v1.Event.toObject(m.events[j], o, q + 1);
                    }
                }
                if (m.more != null && $Object.hasOwnProperty.call(m, "more")) {
                    d.more = m.more;
                }
                return d;
            };

            /**
             * Converts this SyncReply to JSON.
             * @function toJSON
             * @memberof socialnet.v1.SyncReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncReply.prototype.toJSON = function() {
                return SyncReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncReply
             * @function getTypeUrl
             * @memberof socialnet.v1.SyncReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.SyncReply";
            };

            return SyncReply;
        })();

        v1.SnapshotRequest = (function() {

            /**
             * Properties of a SnapshotRequest.
             * @typedef {Object} socialnet.v1.SnapshotRequest.$Properties
             * @property {number|null} [chunkSize] SnapshotRequest chunkSize
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotRequest.
             * @memberof socialnet.v1
             * @interface ISnapshotRequest
             * @augments socialnet.v1.SnapshotRequest.$Properties
             * @deprecated Use socialnet.v1.SnapshotRequest.$Properties instead.
             */

            /**
             * Shape of a SnapshotRequest.
             * @typedef {socialnet.v1.SnapshotRequest.$Properties} socialnet.v1.SnapshotRequest.$Shape
             */

            /**
             * Constructs a new SnapshotRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a SnapshotRequest.
             * @constructor
             * @param {socialnet.v1.SnapshotRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotRequest chunkSize.
             * @member {number} chunkSize
             * @memberof socialnet.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.chunkSize = 0;

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.SnapshotRequest
             * @static
             * @param {socialnet.v1.SnapshotRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.SnapshotRequest} SnapshotRequest instance
             * @type {{
             *   (properties: socialnet.v1.SnapshotRequest.$Shape): socialnet.v1.SnapshotRequest & socialnet.v1.SnapshotRequest.$Shape;
             *   (properties?: socialnet.v1.SnapshotRequest.$Properties): socialnet.v1.SnapshotRequest;
             * }}
             */
            SnapshotRequest.create = function(properties) {
                return new SnapshotRequest(properties);
            };

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link socialnet.v1.SnapshotRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.SnapshotRequest
             * @static
             * @param {socialnet.v1.SnapshotRequest.$Properties} m SnapshotRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.chunkSize != null && $Object.hasOwnProperty.call(m, "chunkSize") && m.chunkSize !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.chunkSize);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SnapshotRequest message, length delimited. Does not implicitly {@link socialnet.v1.SnapshotRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.SnapshotRequest
             * @static
             * @param {socialnet.v1.SnapshotRequest.$Properties} message SnapshotRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.SnapshotRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.SnapshotRequest & socialnet.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.SnapshotRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.chunkSize = v;
                            else
                                delete m.chunkSize;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.SnapshotRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.SnapshotRequest & socialnet.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotRequest message.
             * @function verify
             * @memberof socialnet.v1.SnapshotRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.chunkSize != null && $Object.hasOwnProperty.call(m, "chunkSize")) {
                    if (!$util.isInteger(m.chunkSize))
                        return "chunkSize: integer expected";
                }
                return null;
            };

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.SnapshotRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.SnapshotRequest} SnapshotRequest
             */
            SnapshotRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.SnapshotRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.SnapshotRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.SnapshotRequest();
                if (d.chunkSize != null) {
                    if ($Number(d.chunkSize) !== 0) {
                        m.chunkSize = d.chunkSize >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.SnapshotRequest
             * @static
             * @param {socialnet.v1.SnapshotRequest} m SnapshotRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.chunkSize = 0;
                }
                if (m.chunkSize != null && $Object.hasOwnProperty.call(m, "chunkSize")) {
                    d.chunkSize = m.chunkSize;
                }
                return d;
            };

            /**
             * Converts this SnapshotRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.SnapshotRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotRequest.prototype.toJSON = function() {
                return SnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.SnapshotRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.SnapshotRequest";
            };

            return SnapshotRequest;
        })();

        v1.SnapshotChunk = (function() {

            /**
             * Properties of a SnapshotChunk.
             * @typedef {Object} socialnet.v1.SnapshotChunk.$Properties
             * @property {number|null} [index] SnapshotChunk index
             * @property {Array.<socialnet.v1.Event.$Properties>|null} [events] SnapshotChunk events
             * @property {socialnet.v1.VersionVector.$Properties|null} [vector] SnapshotChunk vector
             * @property {boolean|null} [last] SnapshotChunk last
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotChunk.
             * @memberof socialnet.v1
             * @interface ISnapshotChunk
             * @augments socialnet.v1.SnapshotChunk.$Properties
             * @deprecated Use socialnet.v1.SnapshotChunk.$Properties instead.
             */

            /**
             * Shape of a SnapshotChunk.
             * @typedef {{
             *   index?: number|null;
             *   events?: Array.<socialnet.v1.Event.$Shape>|null;
             *   vector?: socialnet.v1.VersionVector.$Shape|null;
             *   last?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} socialnet.v1.SnapshotChunk.$Shape
             */

            /**
             * Constructs a new SnapshotChunk.
             * @memberof socialnet.v1
             * @classdesc Represents a SnapshotChunk.
             * @constructor
             * @param {socialnet.v1.SnapshotChunk.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotChunk = function (p) {
                this.events = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotChunk index.
             * @member {number} index
             * @memberof socialnet.v1.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk events.
             * @member {Array.<socialnet.v1.Event.$Properties>} events
             * @memberof socialnet.v1.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.events = $util.emptyArray;

            /**
             * SnapshotChunk vector.
             * @member {socialnet.v1.VersionVector.$Properties|null|undefined} vector
             * @memberof socialnet.v1.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.vector = null;

            /**
             * SnapshotChunk last.
             * @member {boolean} last
             * @memberof socialnet.v1.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.last = false;

            /**
             * Creates a new SnapshotChunk instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.SnapshotChunk
             * @static
             * @param {socialnet.v1.SnapshotChunk.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.SnapshotChunk} SnapshotChunk instance
             * @type {{
             *   (properties: socialnet.v1.SnapshotChunk.$Shape): socialnet.v1.SnapshotChunk & socialnet.v1.SnapshotChunk.$Shape;
             *   (properties?: socialnet.v1.SnapshotChunk.$Properties): socialnet.v1.SnapshotChunk;
             * }}
             */
            SnapshotChunk.create = function(properties) {
                return new SnapshotChunk(properties);
            };

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link socialnet.v1.SnapshotChunk.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.SnapshotChunk
             * @static
             * @param {socialnet.v1.SnapshotChunk.$Properties} m SnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotChunk.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.index);
                if (m.events != null && m.events.length) {
                    for (var i = 0; i < m.events.length; ++i)
                        $root.socialnet.v1.Event.encode(m.events[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.vector != null && $Object.hasOwnProperty.call(m, "vector"))
                    $root.socialnet.v1.VersionVector.encode(m.vector, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.last != null && $Object.hasOwnProperty.call(m, "last") && m.last !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.last);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SnapshotChunk message, length delimited. Does not implicitly {@link socialnet.v1.SnapshotChunk.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.SnapshotChunk
             * @static
             * @param {socialnet.v1.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotChunk.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.SnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.SnapshotChunk & socialnet.v1.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotChunk.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.SnapshotChunk();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.events && m.events.length))
                                m.events = [];
                            m.events.push($root.socialnet.v1.Event.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.vector = $root.socialnet.v1.VersionVector.decode(r, r.size(), $undefined, q + 1, m.vector);
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.last = v;
                            else
                                delete m.last;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.SnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.SnapshotChunk & socialnet.v1.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotChunk.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotChunk message.
             * @function verify
             * @memberof socialnet.v1.SnapshotChunk
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotChunk.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                        return "index: integer|Long expected";
                }
                if (m.events != null && $Object.hasOwnProperty.call(m, "events")) {
                    if (!$Array.isArray(m.events))
                        return "events: array expected";
                    for (var i = 0; i < m.events.length; ++i) {
                        {
                            var e = $root.socialnet.v1.Event.verify(m.events[i], q + 1);
                            if (e)
                                return "events." + e;
                        }
                    }
                }
                if (m.vector != null && $Object.hasOwnProperty.call(m, "vector")) {
                    {
                        var e = $root.socialnet.v1.VersionVector.verify(m.vector, q + 1);
                        if (e)
                            return "vector." + e;
                    }
                }
                if (m.last != null && $Object.hasOwnProperty.call(m, "last")) {
                    if (typeof m.last !== "boolean")
                        return "last: boolean expected";
                }
                return null;
            };

            /**
             * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.SnapshotChunk
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.SnapshotChunk} SnapshotChunk
             */
            SnapshotChunk.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.SnapshotChunk)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.SnapshotChunk: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.SnapshotChunk();
                if (d.index != null) {
                    if (typeof d.index === "object" ? d.index.low || d.index.high : $Number(d.index) !== 0) {
                        if ($util.Long)
                            m.index = $util.Long.fromValue(d.index, true);
                        else if (typeof d.index === "string")
                            m.index = $parseInt(d.index, 10);
                        else if (typeof d.index === "number")
                            m.index = d.index;
                        else if (typeof d.index === "object")
                            m.index = new $util.LongBits(d.index.low >>> 0, d.index.high >>> 0).toNumber(true);
                    }
                }
                if (d.events) {
                    if (!$Array.isArray(d.events))
                        throw $TypeError(".socialnet.v1.SnapshotChunk.events: array expected");
                    m.events = $Array(d.events.length);
                    for (var i = 0; i < d.events.length; ++i) {
                        if (!$util.isObject(d.events[i]))
                            throw $TypeError(".socialnet.v1.SnapshotChunk.events: object expected");
                        m.events[i] = $root.socialnet.v1.Event.fromObject(d.events[i], q + 1);
                    }
                }
                if (d.vector != null) {
                    if (!$util.isObject(d.vector))
                        throw $TypeError(".socialnet.v1.SnapshotChunk.vector: object expected");
                    m.vector = $root.socialnet.v1.VersionVector.fromObject(d.vector, q + 1);
                }
                if (d.last != null) {
                    if (d.last) {
                        m.last = $Boolean(d.last);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.SnapshotChunk
             * @static
             * @param {socialnet.v1.SnapshotChunk} m SnapshotChunk
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotChunk.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.events = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.vector = null;
                    d.last = false;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                    else if (typeof m.index === "number")
                        d.index = o.longs === $String ? $String(m.index) : m.index;
                    else
                        d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                }
                if (m.events && m.events.length) {
                    d.events = $Array(m.events.length);
                    for (var j = 0; j < m.events.length; ++j) {
                        d.events[j] = $root.socialnet.v1.Event.toObject(m.events[j], o, q + 1);
                    }
                }
                if (m.vector != null && $Object.hasOwnProperty.call(m, "vector")) {
                    d.vector = $root.socialnet.v1.VersionVector.toObject(m.vector, o, q + 1);
                }
                if (m.last != null && $Object.hasOwnProperty.call(m, "last")) {
                    d.last = m.last;
                }
                return d;
            };

            /**
             * Converts this SnapshotChunk to JSON.
             * @function toJSON
             * @memberof socialnet.v1.SnapshotChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotChunk.prototype.toJSON = function() {
                return SnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotChunk
             * @function getTypeUrl
             * @memberof socialnet.v1.SnapshotChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.SnapshotChunk";
            };

            return SnapshotChunk;
        })();

        /**
         * MemberState enum.
         * @name socialnet.v1.MemberState
         * @enum {number}
         * @property {number} MEMBER_STATE_UNSPECIFIED=0 MEMBER_STATE_UNSPECIFIED value
         * @property {number} MEMBER_STATE_JOINING=1 MEMBER_STATE_JOINING value
         * @property {number} MEMBER_STATE_ACTIVE=2 MEMBER_STATE_ACTIVE value
         * @property {number} MEMBER_STATE_LEAVING=3 MEMBER_STATE_LEAVING value
         */
        v1.MemberState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MEMBER_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MEMBER_STATE_JOINING"] = 1;
            values[valuesById[2] = "MEMBER_STATE_ACTIVE"] = 2;
            values[valuesById[3] = "MEMBER_STATE_LEAVING"] = 3;
            return values;
        })();

        v1.Member = (function() {

            /**
             * Properties of a Member.
             * @typedef {Object} socialnet.v1.Member.$Properties
             * @property {string|null} [id] Member id
             * @property {socialnet.v1.Role|null} [role] Member role
             * @property {number|null} [rank] Member rank
             * @property {string|null} [peerEndpoint] Member peerEndpoint
             * @property {string|null} [userEndpoint] Member userEndpoint
             * @property {string|null} [pubEndpoint] Member pubEndpoint
             * @property {socialnet.v1.MemberState|null} [state] Member state
             * @property {string|null} [origin] Member origin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Member.
             * @memberof socialnet.v1
             * @interface IMember
             * @augments socialnet.v1.Member.$Properties
             * @deprecated Use socialnet.v1.Member.$Properties instead.
             */

            /**
             * Shape of a Member.
             * @typedef {socialnet.v1.Member.$Properties} socialnet.v1.Member.$Shape
             */

            /**
             * Constructs a new Member.
             * @memberof socialnet.v1
             * @classdesc Represents a Member.
             * @constructor
             * @param {socialnet.v1.Member.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Member = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Member id.
             * @member {string} id
             * @memberof socialnet.v1.Member
             * @instance
             */
            Member.prototype.id = "";

            /**
             * Member role.
             * @member {socialnet.v1.Role} role
             * @memberof socialnet.v1.Member
             * @instance
             */
            Member.prototype.role = 0;

            /**
             * Member rank.
             * @member {number} rank
             * @memberof socialnet.v1.Member
             * @instance
             */
            Member.prototype.rank = 0;

            /**
             * Member peerEndpoint.
             * @member {string} peerEndpoint
             * @memberof socialnet.v1.Member
             * @instance
             */
            Member.prototype.peerEndpoint = "";

            /**
             * Member userEndpoint.
             * @member {string} userEndpoint
             * @memberof socialnet.v1.Member
             * @instance
             */
            Member.prototype.userEndpoint = "";

            /**
             * Member pubEndpoint.
             * @member {string} pubEndpoint
             * @memberof socialnet.v1.Member
             * @instance
             */
            Member.prototype.pubEndpoint = "";

            /**
             * Member state.
             * @member {socialnet.v1.MemberState} state
             * @memberof socialnet.v1.Member
             * @instance
             */
            Member.prototype.state = 0;

            /**
             * Member origin.
             * @member {string} origin
             * @memberof socialnet.v1.Member
             * @instance
             */
            Member.prototype.origin = "";

            /**
             * Creates a new Member instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Member
             * @static
             * @param {socialnet.v1.Member.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Member} Member instance
             * @type {{
             *   (properties: socialnet.v1.Member.$Shape): socialnet.v1.Member & socialnet.v1.Member.$Shape;
             *   (properties?: socialnet.v1.Member.$Properties): socialnet.v1.Member;
             * }}
             */
            Member.create = function(properties) {
                return new Member(properties);
            };

            /**
             * Encodes the specified Member message. Does not implicitly {@link socialnet.v1.Member.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Member
             * @static
             * @param {socialnet.v1.Member.$Properties} m Member message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Member.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.role);
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank") && m.rank !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.rank);
                if (m.peerEndpoint != null && $Object.hasOwnProperty.call(m, "peerEndpoint") && m.peerEndpoint !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.peerEndpoint);
                if (m.userEndpoint != null && $Object.hasOwnProperty.call(m, "userEndpoint") && m.userEndpoint !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.userEndpoint);
                if (m.pubEndpoint != null && $Object.hasOwnProperty.call(m, "pubEndpoint") && m.pubEndpoint !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.pubEndpoint);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.state);
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin") && m.origin !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.origin);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Member message, length delimited. Does not implicitly {@link socialnet.v1.Member.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Member
             * @static
             * @param {socialnet.v1.Member.$Properties} message Member message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Member.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Member
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Member & socialnet.v1.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Member.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Member();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.rank = v;
                            else
                                delete m.rank;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.peerEndpoint = v;
                            else
                                delete m.peerEndpoint;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.userEndpoint = v;
                            else
                                delete m.userEndpoint;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.pubEndpoint = v;
                            else
                                delete m.pubEndpoint;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.origin = v;
                            else
                                delete m.origin;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Member message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Member
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Member & socialnet.v1.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Member.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Member message.
             * @function verify
             * @memberof socialnet.v1.Member
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Member.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    if (typeof m.role !== "number" || (m.role | 0) !== m.role)
                        return "role: enum value expected";
                }
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    if (!$util.isInteger(m.rank))
                        return "rank: integer expected";
                }
                if (m.peerEndpoint != null && $Object.hasOwnProperty.call(m, "peerEndpoint")) {
                    if (!$util.isString(m.peerEndpoint))
                        return "peerEndpoint: string expected";
                }
                if (m.userEndpoint != null && $Object.hasOwnProperty.call(m, "userEndpoint")) {
                    if (!$util.isString(m.userEndpoint))
                        return "userEndpoint: string expected";
                }
                if (m.pubEndpoint != null && $Object.hasOwnProperty.call(m, "pubEndpoint")) {
                    if (!$util.isString(m.pubEndpoint))
                        return "pubEndpoint: string expected";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                        return "state: enum value expected";
                }
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                    if (!$util.isString(m.origin))
                        return "origin: string expected";
                }
                return null;
            };

            /**
             * Creates a Member message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Member
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Member} Member
             */
            Member.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Member)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Member: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Member();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.role !== 0 && (typeof d.role !== "string" || $root.socialnet.v1.Role[d.role] !== 0)) {
                    switch (d.role) {
                    case "ROLE_UNSPECIFIED":
                    case 0:
                        m.role = 0;
                        break;
                    case "ROLE_SERVER":
                    case 1:
                        m.role = 1;
                        break;
                    case "ROLE_CLOCK":
                    case 2:
                        m.role = 2;
                        break;
                    case "ROLE_USER":
                    case 3:
                        m.role = 3;
                        break;
                    case "ROLE_CONTROL":
                    case 4:
                        m.role = 4;
                        break;
                    default:
                        if (typeof d.role === "number" && (d.role | 0) === d.role)
                            m.role = d.role;
                    }
                }
                if (d.rank != null) {
                    if ($Number(d.rank) !== 0) {
                        m.rank = d.rank >>> 0;
                    }
                }
                if (d.peerEndpoint != null) {
                    if (typeof d.peerEndpoint !== "string" || d.peerEndpoint.length) {
                        m.peerEndpoint = $String(d.peerEndpoint);
                    }
                }
                if (d.userEndpoint != null) {
                    if (typeof d.userEndpoint !== "string" || d.userEndpoint.length) {
                        m.userEndpoint = $String(d.userEndpoint);
                    }
                }
                if (d.pubEndpoint != null) {
                    if (typeof d.pubEndpoint !== "string" || d.pubEndpoint.length) {
                        m.pubEndpoint = $String(d.pubEndpoint);
                    }
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.socialnet.v1.MemberState[d.state] !== 0)) {
                    switch (d.state) {
                    case "MEMBER_STATE_UNSPECIFIED":
                    case 0:
                        m.state = 0;
                        break;
                    case "MEMBER_STATE_JOINING":
                    case 1:
                        m.state = 1;
                        break;
                    case "MEMBER_STATE_ACTIVE":
                    case 2:
                        m.state = 2;
                        break;
                    case "MEMBER_STATE_LEAVING":
                    case 3:
                        m.state = 3;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.origin != null) {
                    if (typeof d.origin !== "string" || d.origin.length) {
                        m.origin = $String(d.origin);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Member message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Member
             * @static
             * @param {socialnet.v1.Member} m Member
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Member.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    d.role = o.enums === $String ? "ROLE_UNSPECIFIED" : 0;
                    d.rank = 0;
                    d.peerEndpoint = "";
                    d.userEndpoint = "";
                    d.pubEndpoint = "";
                    d.state = o.enums === $String ? "MEMBER_STATE_UNSPECIFIED" : 0;
                    d.origin = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    d.role = o.enums === $String ? $root.socialnet.v1.Role[m.role] === $undefined ? m.role : $root.socialnet.v1.Role[m.role] : m.role;
                }
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    d.rank = m.rank;
                }
                if (m.peerEndpoint != null && $Object.hasOwnProperty.call(m, "peerEndpoint")) {
                    d.peerEndpoint = m.peerEndpoint;
                }
                if (m.userEndpoint != null && $Object.hasOwnProperty.call(m, "userEndpoint")) {
                    d.userEndpoint = m.userEndpoint;
                }
                if (m.pubEndpoint != null && $Object.hasOwnProperty.call(m, "pubEndpoint")) {
                    d.pubEndpoint = m.pubEndpoint;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.socialnet.v1.MemberState[m.state] === $undefined ? m.state : $root.socialnet.v1.MemberState[m.state] : m.state;
                }
                if (m.origin != null && $Object.hasOwnProperty.call(m, "origin")) {
                    d.origin = m.origin;
                }
                return d;
            };

            /**
             * Converts this Member to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Member
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Member.prototype.toJSON = function() {
                return Member.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Member
             * @function getTypeUrl
             * @memberof socialnet.v1.Member
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Member.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Member";
            };

            return Member;
        })();

        v1.View = (function() {

            /**
             * Properties of a View.
             * @typedef {Object} socialnet.v1.View.$Properties
             * @property {number|null} [epoch] View epoch
             * @property {Array.<socialnet.v1.Member.$Properties>|null} [members] View members
             * @property {string|null} [coordinator] View coordinator
             * @property {Array.<socialnet.v1.OriginSeq.$Properties>|null} [cuts] View cuts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a View.
             * @memberof socialnet.v1
             * @interface IView
             * @augments socialnet.v1.View.$Properties
             * @deprecated Use socialnet.v1.View.$Properties instead.
             */

            /**
             * Shape of a View.
             * @typedef {socialnet.v1.View.$Properties} socialnet.v1.View.$Shape
             */

            /**
             * Constructs a new View.
             * @memberof socialnet.v1
             * @classdesc Represents a View.
             * @constructor
             * @param {socialnet.v1.View.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const View = function (p) {
                this.members = [];
                this.cuts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * View epoch.
             * @member {number} epoch
             * @memberof socialnet.v1.View
             * @instance
             */
            View.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * View members.
             * @member {Array.<socialnet.v1.Member.$Properties>} members
             * @memberof socialnet.v1.View
             * @instance
             */
            View.prototype.members = $util.emptyArray;

            /**
             * View coordinator.
             * @member {string} coordinator
             * @memberof socialnet.v1.View
             * @instance
             */
            View.prototype.coordinator = "";

            /**
             * View cuts.
             * @member {Array.<socialnet.v1.OriginSeq.$Properties>} cuts
             * @memberof socialnet.v1.View
             * @instance
             */
            View.prototype.cuts = $util.emptyArray;

            /**
             * Creates a new View instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.View
             * @static
             * @param {socialnet.v1.View.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.View} View instance
             * @type {{
             *   (properties: socialnet.v1.View.$Shape): socialnet.v1.View & socialnet.v1.View.$Shape;
             *   (properties?: socialnet.v1.View.$Properties): socialnet.v1.View;
             * }}
             */
            View.create = function(properties) {
                return new View(properties);
            };

            /**
             * Encodes the specified View message. Does not implicitly {@link socialnet.v1.View.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.View
             * @static
             * @param {socialnet.v1.View.$Properties} m View message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            View.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && (typeof m.epoch === "object" ? m.epoch.low || m.epoch.high : m.epoch !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.epoch);
                if (m.members != null && m.members.length) {
                    for (var i = 0; i < m.members.length; ++i)
                        $root.socialnet.v1.Member.encode(m.members[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator") && m.coordinator !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.coordinator);
                if (m.cuts != null && m.cuts.length) {
                    for (var i = 0; i < m.cuts.length; ++i)
                        $root.socialnet.v1.OriginSeq.encode(m.cuts[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified View message, length delimited. Does not implicitly {@link socialnet.v1.View.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.View
             * @static
             * @param {socialnet.v1.View.$Properties} message View message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            View.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a View message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.View
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.View & socialnet.v1.View.$Shape} View
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            View.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.View();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.members && m.members.length))
                                m.members = [];
                            m.members.push($root.socialnet.v1.Member.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.coordinator = v;
                            else
                                delete m.coordinator;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.cuts && m.cuts.length))
                                m.cuts = [];
                            m.cuts.push($root.socialnet.v1.OriginSeq.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a View message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.View
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.View & socialnet.v1.View.$Shape} View
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            View.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a View message.
             * @function verify
             * @memberof socialnet.v1.View
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            View.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    if (!$util.isInteger(m.epoch) && !(m.epoch && $util.isInteger(m.epoch.low) && $util.isInteger(m.epoch.high)))
                        return "epoch: integer|Long expected";
                }
                if (m.members != null && $Object.hasOwnProperty.call(m, "members")) {
                    if (!$Array.isArray(m.members))
                        return "members: array expected";
                    for (var i = 0; i < m.members.length; ++i) {
                        {
                            var e = $root.socialnet.v1.Member.verify(m.members[i], q + 1);
                            if (e)
                                return "members." + e;
                        }
                    }
                }
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator")) {
                    if (!$util.isString(m.coordinator))
                        return "coordinator: string expected";
                }
                if (m.cuts != null && $Object.hasOwnProperty.call(m, "cuts")) {
                    if (!$Array.isArray(m.cuts))
                        return "cuts: array expected";
                    for (var i = 0; i < m.cuts.length; ++i) {
                        {
                            var e = $root.socialnet.v1.OriginSeq.verify(m.cuts[i], q + 1);
                            if (e)
                                return "cuts." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a View message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.View
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.View} View
             */
            View.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.View)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.View: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.View();
                if (d.epoch != null) {
                    if (typeof d.epoch === "object" ? d.epoch.low || d.epoch.high : $Number(d.epoch) !== 0) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = $parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                }
                if (d.members) {
                    if (!$Array.isArray(d.members))
                        throw $TypeError(".socialnet.v1.View.members: array expected");
                    m.members = $Array(d.members.length);
                    for (var i = 0; i < d.members.length; ++i) {
                        if (!$util.isObject(d.members[i]))
                            throw $TypeError(".socialnet.v1.View.members: object expected");
                        m.members[i] = $root.socialnet.v1.Member.fromObject(d.members[i], q + 1);
                    }
                }
                if (d.coordinator != null) {
                    if (typeof d.coordinator !== "string" || d.coordinator.length) {
                        m.coordinator = $String(d.coordinator);
                    }
                }
                if (d.cuts) {
                    if (!$Array.isArray(d.cuts))
                        throw $TypeError(".socialnet.v1.View.cuts: array expected");
                    m.cuts = $Array(d.cuts.length);
                    for (var i = 0; i < d.cuts.length; ++i) {
                        if (!$util.isObject(d.cuts[i]))
                            throw $TypeError(".socialnet.v1.View.cuts: object expected");
                        m.cuts[i] = $root.socialnet.v1.OriginSeq.fromObject(d.cuts[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a View message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.View
             * @static
             * @param {socialnet.v1.View} m View
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            View.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.members = [];
                    d.cuts = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.epoch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.epoch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.coordinator = "";
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.epoch = typeof m.epoch === "number" ? $BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                    else if (typeof m.epoch === "number")
                        d.epoch = o.longs === $String ? $String(m.epoch) : m.epoch;
                    else
                        d.epoch = o.longs === $String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === $Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                }
                if (m.members && m.members.length) {
                    d.members = $Array(m.members.length);
                    for (var j = 0; j < m.members.length; ++j) {
                        d.members[j] = $root.socialnet.v1.Member.toObject(m.members[j], o, q + 1);
                    }
                }
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator")) {
                    d.coordinator = m.coordinator;
                }
                if (m.cuts && m.cuts.length) {
                    d.cuts = $Array(m.cuts.length);
                    for (var j = 0; j < m.cuts.length; ++j) {
                        d.cuts[j] = $root.socialnet.v1.OriginSeq.toObject(m.cuts[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this View to JSON.
             * @function toJSON
             * @memberof socialnet.v1.View
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            View.prototype.toJSON = function() {
                return View.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for View
             * @function getTypeUrl
             * @memberof socialnet.v1.View
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            View.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.View";
            };

            return View;
        })();

        v1.JoinRequest = (function() {

            /**
             * Properties of a JoinRequest.
             * @typedef {Object} socialnet.v1.JoinRequest.$Properties
             * @property {socialnet.v1.Member.$Properties|null} [member] JoinRequest member
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinRequest.
             * @memberof socialnet.v1
             * @interface IJoinRequest
             * @augments socialnet.v1.JoinRequest.$Properties
             * @deprecated Use socialnet.v1.JoinRequest.$Properties instead.
             */

            /**
             * Shape of a JoinRequest.
             * @typedef {socialnet.v1.JoinRequest.$Properties} socialnet.v1.JoinRequest.$Shape
             */

            /**
             * Constructs a new JoinRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a JoinRequest.
             * @constructor
             * @param {socialnet.v1.JoinRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * JoinRequest member.
             * @member {socialnet.v1.Member.$Properties|null|undefined} member
             * @memberof socialnet.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.member = null;

            /**
             * Creates a new JoinRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.JoinRequest
             * @static
             * @param {socialnet.v1.JoinRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.JoinRequest} JoinRequest instance
             * @type {{
             *   (properties: socialnet.v1.JoinRequest.$Shape): socialnet.v1.JoinRequest & socialnet.v1.JoinRequest.$Shape;
             *   (properties?: socialnet.v1.JoinRequest.$Properties): socialnet.v1.JoinRequest;
             * }}
             */
            JoinRequest.create = function(properties) {
                return new JoinRequest(properties);
            };

            /**
             * Encodes the specified JoinRequest message. Does not implicitly {@link socialnet.v1.JoinRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.JoinRequest
             * @static
             * @param {socialnet.v1.JoinRequest.$Properties} m JoinRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.member != null && $Object.hasOwnProperty.call(m, "member"))
                    $root.socialnet.v1.Member.encode(m.member, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified JoinRequest message, length delimited. Does not implicitly {@link socialnet.v1.JoinRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.JoinRequest
             * @static
             * @param {socialnet.v1.JoinRequest.$Properties} message JoinRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a JoinRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.JoinRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.JoinRequest & socialnet.v1.JoinRequest.$Shape} JoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.JoinRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.member = $root.socialnet.v1.Member.decode(r, r.size(), $undefined, q + 1, m.member);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a JoinRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.JoinRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.JoinRequest & socialnet.v1.JoinRequest.$Shape} JoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a JoinRequest message.
             * @function verify
             * @memberof socialnet.v1.JoinRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JoinRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.member != null && $Object.hasOwnProperty.call(m, "member")) {
                    {
                        var e = $root.socialnet.v1.Member.verify(m.member, q + 1);
                        if (e)
                            return "member." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.JoinRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.JoinRequest} JoinRequest
             */
            JoinRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.JoinRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.JoinRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.JoinRequest();
                if (d.member != null) {
                    if (!$util.isObject(d.member))
                        throw $TypeError(".socialnet.v1.JoinRequest.member: object expected");
                    m.member = $root.socialnet.v1.Member.fromObject(d.member, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.JoinRequest
             * @static
             * @param {socialnet.v1.JoinRequest} m JoinRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.member = null;
                }
                if (m.member != null && $Object.hasOwnProperty.call(m, "member")) {
                    d.member = $root.socialnet.v1.Member.toObject(m.member, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this JoinRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.JoinRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinRequest.prototype.toJSON = function() {
                return JoinRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JoinRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.JoinRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JoinRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.JoinRequest";
            };

            return JoinRequest;
        })();

        v1.LeaveRequest = (function() {

            /**
             * Properties of a LeaveRequest.
             * @typedef {Object} socialnet.v1.LeaveRequest.$Properties
             * @property {string|null} [id] LeaveRequest id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaveRequest.
             * @memberof socialnet.v1
             * @interface ILeaveRequest
             * @augments socialnet.v1.LeaveRequest.$Properties
             * @deprecated Use socialnet.v1.LeaveRequest.$Properties instead.
             */

            /**
             * Shape of a LeaveRequest.
             * @typedef {socialnet.v1.LeaveRequest.$Properties} socialnet.v1.LeaveRequest.$Shape
             */

            /**
             * Constructs a new LeaveRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a LeaveRequest.
             * @constructor
             * @param {socialnet.v1.LeaveRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaveRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LeaveRequest id.
             * @member {string} id
             * @memberof socialnet.v1.LeaveRequest
             * @instance
             */
            LeaveRequest.prototype.id = "";

            /**
             * Creates a new LeaveRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.LeaveRequest
             * @static
             * @param {socialnet.v1.LeaveRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.LeaveRequest} LeaveRequest instance
             * @type {{
             *   (properties: socialnet.v1.LeaveRequest.$Shape): socialnet.v1.LeaveRequest & socialnet.v1.LeaveRequest.$Shape;
             *   (properties?: socialnet.v1.LeaveRequest.$Properties): socialnet.v1.LeaveRequest;
             * }}
             */
            LeaveRequest.create = function(properties) {
                return new LeaveRequest(properties);
            };

            /**
             * Encodes the specified LeaveRequest message. Does not implicitly {@link socialnet.v1.LeaveRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.LeaveRequest
             * @static
             * @param {socialnet.v1.LeaveRequest.$Properties} m LeaveRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaveRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LeaveRequest message, length delimited. Does not implicitly {@link socialnet.v1.LeaveRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.LeaveRequest
             * @static
             * @param {socialnet.v1.LeaveRequest.$Properties} message LeaveRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaveRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LeaveRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.LeaveRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.LeaveRequest & socialnet.v1.LeaveRequest.$Shape} LeaveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaveRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.LeaveRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a LeaveRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.LeaveRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.LeaveRequest & socialnet.v1.LeaveRequest.$Shape} LeaveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaveRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LeaveRequest message.
             * @function verify
             * @memberof socialnet.v1.LeaveRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LeaveRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                return null;
            };

            /**
             * Creates a LeaveRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.LeaveRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.LeaveRequest} LeaveRequest
             */
            LeaveRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.LeaveRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.LeaveRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.LeaveRequest();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LeaveRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.LeaveRequest
             * @static
             * @param {socialnet.v1.LeaveRequest} m LeaveRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeaveRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                return d;
            };

            /**
             * Converts this LeaveRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.LeaveRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeaveRequest.prototype.toJSON = function() {
                return LeaveRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LeaveRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.LeaveRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LeaveRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.LeaveRequest";
            };

            return LeaveRequest;
        })();

        v1.ViewChange = (function() {

            /**
             * Properties of a ViewChange.
             * @typedef {Object} socialnet.v1.ViewChange.$Properties
             * @property {socialnet.v1.View.$Properties|null} [view] ViewChange view
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ViewChange.
             * @memberof socialnet.v1
             * @interface IViewChange
             * @augments socialnet.v1.ViewChange.$Properties
             * @deprecated Use socialnet.v1.ViewChange.$Properties instead.
             */

            /**
             * Shape of a ViewChange.
             * @typedef {socialnet.v1.ViewChange.$Properties} socialnet.v1.ViewChange.$Shape
             */

            /**
             * Constructs a new ViewChange.
             * @memberof socialnet.v1
             * @classdesc Represents a ViewChange.
             * @constructor
             * @param {socialnet.v1.ViewChange.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ViewChange = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ViewChange view.
             * @member {socialnet.v1.View.$Properties|null|undefined} view
             * @memberof socialnet.v1.ViewChange
             * @instance
             */
            ViewChange.prototype.view = null;

            /**
             * Creates a new ViewChange instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.ViewChange
             * @static
             * @param {socialnet.v1.ViewChange.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.ViewChange} ViewChange instance
             * @type {{
             *   (properties: socialnet.v1.ViewChange.$Shape): socialnet.v1.ViewChange & socialnet.v1.ViewChange.$Shape;
             *   (properties?: socialnet.v1.ViewChange.$Properties): socialnet.v1.ViewChange;
             * }}
             */
            ViewChange.create = function(properties) {
                return new ViewChange(properties);
            };

            /**
             * Encodes the specified ViewChange message. Does not implicitly {@link socialnet.v1.ViewChange.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.ViewChange
             * @static
             * @param {socialnet.v1.ViewChange.$Properties} m ViewChange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ViewChange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.view != null && $Object.hasOwnProperty.call(m, "view"))
                    $root.socialnet.v1.View.encode(m.view, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ViewChange message, length delimited. Does not implicitly {@link socialnet.v1.ViewChange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.ViewChange
             * @static
             * @param {socialnet.v1.ViewChange.$Properties} message ViewChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ViewChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ViewChange message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.ViewChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.ViewChange & socialnet.v1.ViewChange.$Shape} ViewChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ViewChange.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.ViewChange();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.view = $root.socialnet.v1.View.decode(r, r.size(), $undefined, q + 1, m.view);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ViewChange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.ViewChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.ViewChange & socialnet.v1.ViewChange.$Shape} ViewChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ViewChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ViewChange message.
             * @function verify
             * @memberof socialnet.v1.ViewChange
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ViewChange.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.view != null && $Object.hasOwnProperty.call(m, "view")) {
                    {
                        var e = $root.socialnet.v1.View.verify(m.view, q + 1);
                        if (e)
                            return "view." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a ViewChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.ViewChange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.ViewChange} ViewChange
             */
            ViewChange.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.ViewChange)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.ViewChange: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.ViewChange();
                if (d.view != null) {
                    if (!$util.isObject(d.view))
                        throw $TypeError(".socialnet.v1.ViewChange.view: object expected");
                    m.view = $root.socialnet.v1.View.fromObject(d.view, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ViewChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.ViewChange
             * @static
             * @param {socialnet.v1.ViewChange} m ViewChange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ViewChange.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.view = null;
                }
                if (m.view != null && $Object.hasOwnProperty.call(m, "view")) {
                    d.view = $root.socialnet.v1.View.toObject(m.view, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ViewChange to JSON.
             * @function toJSON
             * @memberof socialnet.v1.ViewChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ViewChange.prototype.toJSON = function() {
                return ViewChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ViewChange
             * @function getTypeUrl
             * @memberof socialnet.v1.ViewChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ViewChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.ViewChange";
            };

            return ViewChange;
        })();

        v1.ViewAck = (function() {

            /**
             * Properties of a ViewAck.
             * @typedef {Object} socialnet.v1.ViewAck.$Properties
             * @property {number|null} [epoch] ViewAck epoch
             * @property {boolean|null} [accepted] ViewAck accepted
             * @property {socialnet.v1.VersionVector.$Properties|null} [have] ViewAck have
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ViewAck.
             * @memberof socialnet.v1
             * @interface IViewAck
             * @augments socialnet.v1.ViewAck.$Properties
             * @deprecated Use socialnet.v1.ViewAck.$Properties instead.
             */

            /**
             * Shape of a ViewAck.
             * @typedef {socialnet.v1.ViewAck.$Properties} socialnet.v1.ViewAck.$Shape
             */

            /**
             * Constructs a new ViewAck.
             * @memberof socialnet.v1
             * @classdesc Represents a ViewAck.
             * @constructor
             * @param {socialnet.v1.ViewAck.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ViewAck = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ViewAck epoch.
             * @member {number} epoch
             * @memberof socialnet.v1.ViewAck
             * @instance
             */
            ViewAck.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ViewAck accepted.
             * @member {boolean} accepted
             * @memberof socialnet.v1.ViewAck
             * @instance
             */
            ViewAck.prototype.accepted = false;

            /**
             * ViewAck have.
             * @member {socialnet.v1.VersionVector.$Properties|null|undefined} have
             * @memberof socialnet.v1.ViewAck
             * @instance
             */
            ViewAck.prototype.have = null;

            /**
             * Creates a new ViewAck instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.ViewAck
             * @static
             * @param {socialnet.v1.ViewAck.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.ViewAck} ViewAck instance
             * @type {{
             *   (properties: socialnet.v1.ViewAck.$Shape): socialnet.v1.ViewAck & socialnet.v1.ViewAck.$Shape;
             *   (properties?: socialnet.v1.ViewAck.$Properties): socialnet.v1.ViewAck;
             * }}
             */
            ViewAck.create = function(properties) {
                return new ViewAck(properties);
            };

            /**
             * Encodes the specified ViewAck message. Does not implicitly {@link socialnet.v1.ViewAck.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.ViewAck
             * @static
             * @param {socialnet.v1.ViewAck.$Properties} m ViewAck message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ViewAck.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && (typeof m.epoch === "object" ? m.epoch.low || m.epoch.high : m.epoch !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.epoch);
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted") && m.accepted !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.accepted);
                if (m.have != null && $Object.hasOwnProperty.call(m, "have"))
                    $root.socialnet.v1.VersionVector.encode(m.have, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ViewAck message, length delimited. Does not implicitly {@link socialnet.v1.ViewAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.ViewAck
             * @static
             * @param {socialnet.v1.ViewAck.$Properties} message ViewAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ViewAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ViewAck message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.ViewAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.ViewAck & socialnet.v1.ViewAck.$Shape} ViewAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ViewAck.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.ViewAck();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.accepted = v;
                            else
                                delete m.accepted;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.have = $root.socialnet.v1.VersionVector.decode(r, r.size(), $undefined, q + 1, m.have);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ViewAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.ViewAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.ViewAck & socialnet.v1.ViewAck.$Shape} ViewAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ViewAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ViewAck message.
             * @function verify
             * @memberof socialnet.v1.ViewAck
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ViewAck.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    if (!$util.isInteger(m.epoch) && !(m.epoch && $util.isInteger(m.epoch.low) && $util.isInteger(m.epoch.high)))
                        return "epoch: integer|Long expected";
                }
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                    if (typeof m.accepted !== "boolean")
                        return "accepted: boolean expected";
                }
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    {
                        var e = $root.socialnet.v1.VersionVector.verify(m.have, q + 1);
                        if (e)
                            return "have." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a ViewAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.ViewAck
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.ViewAck} ViewAck
             */
            ViewAck.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.ViewAck)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.ViewAck: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.ViewAck();
                if (d.epoch != null) {
                    if (typeof d.epoch === "object" ? d.epoch.low || d.epoch.high : $Number(d.epoch) !== 0) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = $parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                }
                if (d.accepted != null) {
                    if (d.accepted) {
                        m.accepted = $Boolean(d.accepted);
                    }
                }
                if (d.have != null) {
                    if (!$util.isObject(d.have))
                        throw $TypeError(".socialnet.v1.ViewAck.have: object expected");
                    m.have = $root.socialnet.v1.VersionVector.fromObject(d.have, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ViewAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.ViewAck
             * @static
             * @param {socialnet.v1.ViewAck} m ViewAck
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ViewAck.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.epoch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.epoch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.accepted = false;
                    d.have = null;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.epoch = typeof m.epoch === "number" ? $BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                    else if (typeof m.epoch === "number")
                        d.epoch = o.longs === $String ? $String(m.epoch) : m.epoch;
                    else
                        d.epoch = o.longs === $String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === $Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                }
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                    d.accepted = m.accepted;
                }
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    d.have = $root.socialnet.v1.VersionVector.toObject(m.have, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ViewAck to JSON.
             * @function toJSON
             * @memberof socialnet.v1.ViewAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ViewAck.prototype.toJSON = function() {
                return ViewAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ViewAck
             * @function getTypeUrl
             * @memberof socialnet.v1.ViewAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ViewAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.ViewAck";
            };

            return ViewAck;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} socialnet.v1.Heartbeat.$Properties
             * @property {number|null} [epoch] Heartbeat epoch
             * @property {socialnet.v1.VersionVector.$Properties|null} [have] Heartbeat have
             * @property {string|null} [coordinator] Heartbeat coordinator
             * @property {socialnet.v1.MemberState|null} [state] Heartbeat state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof socialnet.v1
             * @interface IHeartbeat
             * @augments socialnet.v1.Heartbeat.$Properties
             * @deprecated Use socialnet.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {socialnet.v1.Heartbeat.$Properties} socialnet.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof socialnet.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {socialnet.v1.Heartbeat.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Heartbeat epoch.
             * @member {number} epoch
             * @memberof socialnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat have.
             * @member {socialnet.v1.VersionVector.$Properties|null|undefined} have
             * @memberof socialnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.have = null;

            /**
             * Heartbeat coordinator.
             * @member {string} coordinator
             * @memberof socialnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.coordinator = "";

            /**
             * Heartbeat state.
             * @member {socialnet.v1.MemberState} state
             * @memberof socialnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.state = 0;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Heartbeat
             * @static
             * @param {socialnet.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: socialnet.v1.Heartbeat.$Shape): socialnet.v1.Heartbeat & socialnet.v1.Heartbeat.$Shape;
             *   (properties?: socialnet.v1.Heartbeat.$Properties): socialnet.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link socialnet.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Heartbeat
             * @static
             * @param {socialnet.v1.Heartbeat.$Properties} m Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && (typeof m.epoch === "object" ? m.epoch.low || m.epoch.high : m.epoch !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.epoch);
                if (m.have != null && $Object.hasOwnProperty.call(m, "have"))
                    $root.socialnet.v1.VersionVector.encode(m.have, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator") && m.coordinator !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.coordinator);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.state);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link socialnet.v1.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Heartbeat
             * @static
             * @param {socialnet.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Heartbeat & socialnet.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Heartbeat();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.have = $root.socialnet.v1.VersionVector.decode(r, r.size(), $undefined, q + 1, m.have);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.coordinator = v;
                            else
                                delete m.coordinator;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Heartbeat & socialnet.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof socialnet.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    if (!$util.isInteger(m.epoch) && !(m.epoch && $util.isInteger(m.epoch.low) && $util.isInteger(m.epoch.high)))
                        return "epoch: integer|Long expected";
                }
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    {
                        var e = $root.socialnet.v1.VersionVector.verify(m.have, q + 1);
                        if (e)
                            return "have." + e;
                    }
                }
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator")) {
                    if (!$util.isString(m.coordinator))
                        return "coordinator: string expected";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                        return "state: enum value expected";
                }
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Heartbeat)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Heartbeat: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Heartbeat();
                if (d.epoch != null) {
                    if (typeof d.epoch === "object" ? d.epoch.low || d.epoch.high : $Number(d.epoch) !== 0) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = $parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                }
                if (d.have != null) {
                    if (!$util.isObject(d.have))
                        throw $TypeError(".socialnet.v1.Heartbeat.have: object expected");
                    m.have = $root.socialnet.v1.VersionVector.fromObject(d.have, q + 1);
                }
                if (d.coordinator != null) {
                    if (typeof d.coordinator !== "string" || d.coordinator.length) {
                        m.coordinator = $String(d.coordinator);
                    }
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.socialnet.v1.MemberState[d.state] !== 0)) {
                    switch (d.state) {
                    case "MEMBER_STATE_UNSPECIFIED":
                    case 0:
                        m.state = 0;
                        break;
                    case "MEMBER_STATE_JOINING":
                    case 1:
                        m.state = 1;
                        break;
                    case "MEMBER_STATE_ACTIVE":
                    case 2:
                        m.state = 2;
                        break;
                    case "MEMBER_STATE_LEAVING":
                    case 3:
                        m.state = 3;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Heartbeat
             * @static
             * @param {socialnet.v1.Heartbeat} m Heartbeat
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.epoch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.epoch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.have = null;
                    d.coordinator = "";
                    d.state = o.enums === $String ? "MEMBER_STATE_UNSPECIFIED" : 0;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.epoch = typeof m.epoch === "number" ? $BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                    else if (typeof m.epoch === "number")
                        d.epoch = o.longs === $String ? $String(m.epoch) : m.epoch;
                    else
                        d.epoch = o.longs === $String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === $Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                }
                if (m.have != null && $Object.hasOwnProperty.call(m, "have")) {
                    d.have = $root.socialnet.v1.VersionVector.toObject(m.have, o, q + 1);
                }
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator")) {
                    d.coordinator = m.coordinator;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.socialnet.v1.MemberState[m.state] === $undefined ? m.state : $root.socialnet.v1.MemberState[m.state] : m.state;
                }
                return d;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof socialnet.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.Election = (function() {

            /**
             * Properties of an Election.
             * @typedef {Object} socialnet.v1.Election.$Properties
             * @property {number|null} [rank] Election rank
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Election.
             * @memberof socialnet.v1
             * @interface IElection
             * @augments socialnet.v1.Election.$Properties
             * @deprecated Use socialnet.v1.Election.$Properties instead.
             */

            /**
             * Shape of an Election.
             * @typedef {socialnet.v1.Election.$Properties} socialnet.v1.Election.$Shape
             */

            /**
             * Constructs a new Election.
             * @memberof socialnet.v1
             * @classdesc Represents an Election.
             * @constructor
             * @param {socialnet.v1.Election.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Election = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Election rank.
             * @member {number} rank
             * @memberof socialnet.v1.Election
             * @instance
             */
            Election.prototype.rank = 0;

            /**
             * Creates a new Election instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Election
             * @static
             * @param {socialnet.v1.Election.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Election} Election instance
             * @type {{
             *   (properties: socialnet.v1.Election.$Shape): socialnet.v1.Election & socialnet.v1.Election.$Shape;
             *   (properties?: socialnet.v1.Election.$Properties): socialnet.v1.Election;
             * }}
             */
            Election.create = function(properties) {
                return new Election(properties);
            };

            /**
             * Encodes the specified Election message. Does not implicitly {@link socialnet.v1.Election.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Election
             * @static
             * @param {socialnet.v1.Election.$Properties} m Election message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Election.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank") && m.rank !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.rank);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Election message, length delimited. Does not implicitly {@link socialnet.v1.Election.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Election
             * @static
             * @param {socialnet.v1.Election.$Properties} message Election message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Election.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Election message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Election
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Election & socialnet.v1.Election.$Shape} Election
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Election.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Election();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.rank = v;
                            else
                                delete m.rank;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Election message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Election
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Election & socialnet.v1.Election.$Shape} Election
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Election.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Election message.
             * @function verify
             * @memberof socialnet.v1.Election
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Election.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    if (!$util.isInteger(m.rank))
                        return "rank: integer expected";
                }
                return null;
            };

            /**
             * Creates an Election message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Election
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Election} Election
             */
            Election.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Election)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Election: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Election();
                if (d.rank != null) {
                    if ($Number(d.rank) !== 0) {
                        m.rank = d.rank >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Election message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Election
             * @static
             * @param {socialnet.v1.Election} m Election
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Election.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.rank = 0;
                }
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    d.rank = m.rank;
                }
                return d;
            };

            /**
             * Converts this Election to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Election
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Election.prototype.toJSON = function() {
                return Election.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Election
             * @function getTypeUrl
             * @memberof socialnet.v1.Election
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Election.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Election";
            };

            return Election;
        })();

        v1.Answer = (function() {

            /**
             * Properties of an Answer.
             * @typedef {Object} socialnet.v1.Answer.$Properties
             * @property {number|null} [rank] Answer rank
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Answer.
             * @memberof socialnet.v1
             * @interface IAnswer
             * @augments socialnet.v1.Answer.$Properties
             * @deprecated Use socialnet.v1.Answer.$Properties instead.
             */

            /**
             * Shape of an Answer.
             * @typedef {socialnet.v1.Answer.$Properties} socialnet.v1.Answer.$Shape
             */

            /**
             * Constructs a new Answer.
             * @memberof socialnet.v1
             * @classdesc Represents an Answer.
             * @constructor
             * @param {socialnet.v1.Answer.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Answer = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Answer rank.
             * @member {number} rank
             * @memberof socialnet.v1.Answer
             * @instance
             */
            Answer.prototype.rank = 0;

            /**
             * Creates a new Answer instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Answer
             * @static
             * @param {socialnet.v1.Answer.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Answer} Answer instance
             * @type {{
             *   (properties: socialnet.v1.Answer.$Shape): socialnet.v1.Answer & socialnet.v1.Answer.$Shape;
             *   (properties?: socialnet.v1.Answer.$Properties): socialnet.v1.Answer;
             * }}
             */
            Answer.create = function(properties) {
                return new Answer(properties);
            };

            /**
             * Encodes the specified Answer message. Does not implicitly {@link socialnet.v1.Answer.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Answer
             * @static
             * @param {socialnet.v1.Answer.$Properties} m Answer message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Answer.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank") && m.rank !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.rank);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Answer message, length delimited. Does not implicitly {@link socialnet.v1.Answer.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Answer
             * @static
             * @param {socialnet.v1.Answer.$Properties} message Answer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Answer.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Answer message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Answer
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Answer & socialnet.v1.Answer.$Shape} Answer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Answer.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Answer();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.rank = v;
                            else
                                delete m.rank;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Answer message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Answer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Answer & socialnet.v1.Answer.$Shape} Answer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Answer.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Answer message.
             * @function verify
             * @memberof socialnet.v1.Answer
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Answer.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    if (!$util.isInteger(m.rank))
                        return "rank: integer expected";
                }
                return null;
            };

            /**
             * Creates an Answer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Answer
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Answer} Answer
             */
            Answer.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Answer)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Answer: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Answer();
                if (d.rank != null) {
                    if ($Number(d.rank) !== 0) {
                        m.rank = d.rank >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Answer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Answer
             * @static
             * @param {socialnet.v1.Answer} m Answer
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Answer.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.rank = 0;
                }
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    d.rank = m.rank;
                }
                return d;
            };

            /**
             * Converts this Answer to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Answer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Answer.prototype.toJSON = function() {
                return Answer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Answer
             * @function getTypeUrl
             * @memberof socialnet.v1.Answer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Answer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Answer";
            };

            return Answer;
        })();

        v1.Coordinator = (function() {

            /**
             * Properties of a Coordinator.
             * @typedef {Object} socialnet.v1.Coordinator.$Properties
             * @property {number|null} [rank] Coordinator rank
             * @property {number|null} [term] Coordinator term
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Coordinator.
             * @memberof socialnet.v1
             * @interface ICoordinator
             * @augments socialnet.v1.Coordinator.$Properties
             * @deprecated Use socialnet.v1.Coordinator.$Properties instead.
             */

            /**
             * Shape of a Coordinator.
             * @typedef {socialnet.v1.Coordinator.$Properties} socialnet.v1.Coordinator.$Shape
             */

            /**
             * Constructs a new Coordinator.
             * @memberof socialnet.v1
             * @classdesc Represents a Coordinator.
             * @constructor
             * @param {socialnet.v1.Coordinator.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Coordinator = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Coordinator rank.
             * @member {number} rank
             * @memberof socialnet.v1.Coordinator
             * @instance
             */
            Coordinator.prototype.rank = 0;

            /**
             * Coordinator term.
             * @member {number} term
             * @memberof socialnet.v1.Coordinator
             * @instance
             */
            Coordinator.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Coordinator instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Coordinator
             * @static
             * @param {socialnet.v1.Coordinator.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Coordinator} Coordinator instance
             * @type {{
             *   (properties: socialnet.v1.Coordinator.$Shape): socialnet.v1.Coordinator & socialnet.v1.Coordinator.$Shape;
             *   (properties?: socialnet.v1.Coordinator.$Properties): socialnet.v1.Coordinator;
             * }}
             */
            Coordinator.create = function(properties) {
                return new Coordinator(properties);
            };

            /**
             * Encodes the specified Coordinator message. Does not implicitly {@link socialnet.v1.Coordinator.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Coordinator
             * @static
             * @param {socialnet.v1.Coordinator.$Properties} m Coordinator message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Coordinator.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank") && m.rank !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.rank);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.term);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Coordinator message, length delimited. Does not implicitly {@link socialnet.v1.Coordinator.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Coordinator
             * @static
             * @param {socialnet.v1.Coordinator.$Properties} message Coordinator message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Coordinator.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Coordinator message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Coordinator
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Coordinator & socialnet.v1.Coordinator.$Shape} Coordinator
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Coordinator.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Coordinator();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.rank = v;
                            else
                                delete m.rank;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Coordinator message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Coordinator
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Coordinator & socialnet.v1.Coordinator.$Shape} Coordinator
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Coordinator.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Coordinator message.
             * @function verify
             * @memberof socialnet.v1.Coordinator
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Coordinator.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    if (!$util.isInteger(m.rank))
                        return "rank: integer expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Coordinator message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Coordinator
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Coordinator} Coordinator
             */
            Coordinator.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Coordinator)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Coordinator: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Coordinator();
                if (d.rank != null) {
                    if ($Number(d.rank) !== 0) {
                        m.rank = d.rank >>> 0;
                    }
                }
                if (d.term != null) {
                    if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                        if ($util.Long)
                            m.term = $util.Long.fromValue(d.term, true);
                        else if (typeof d.term === "string")
                            m.term = $parseInt(d.term, 10);
                        else if (typeof d.term === "number")
                            m.term = d.term;
                        else if (typeof d.term === "object")
                            m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Coordinator message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Coordinator
             * @static
             * @param {socialnet.v1.Coordinator} m Coordinator
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Coordinator.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.rank = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    d.rank = m.rank;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                return d;
            };

            /**
             * Converts this Coordinator to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Coordinator
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Coordinator.prototype.toJSON = function() {
                return Coordinator.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Coordinator
             * @function getTypeUrl
             * @memberof socialnet.v1.Coordinator
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Coordinator.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Coordinator";
            };

            return Coordinator;
        })();

        v1.TimeRequest = (function() {

            /**
             * Properties of a TimeRequest.
             * @typedef {Object} socialnet.v1.TimeRequest.$Properties
             * @property {number|null} [round] TimeRequest round
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimeRequest.
             * @memberof socialnet.v1
             * @interface ITimeRequest
             * @augments socialnet.v1.TimeRequest.$Properties
             * @deprecated Use socialnet.v1.TimeRequest.$Properties instead.
             */

            /**
             * Shape of a TimeRequest.
             * @typedef {socialnet.v1.TimeRequest.$Properties} socialnet.v1.TimeRequest.$Shape
             */

            /**
             * Constructs a new TimeRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a TimeRequest.
             * @constructor
             * @param {socialnet.v1.TimeRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimeRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TimeRequest round.
             * @member {number} round
             * @memberof socialnet.v1.TimeRequest
             * @instance
             */
            TimeRequest.prototype.round = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TimeRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.TimeRequest
             * @static
             * @param {socialnet.v1.TimeRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.TimeRequest} TimeRequest instance
             * @type {{
             *   (properties: socialnet.v1.TimeRequest.$Shape): socialnet.v1.TimeRequest & socialnet.v1.TimeRequest.$Shape;
             *   (properties?: socialnet.v1.TimeRequest.$Properties): socialnet.v1.TimeRequest;
             * }}
             */
            TimeRequest.create = function(properties) {
                return new TimeRequest(properties);
            };

            /**
             * Encodes the specified TimeRequest message. Does not implicitly {@link socialnet.v1.TimeRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.TimeRequest
             * @static
             * @param {socialnet.v1.TimeRequest.$Properties} m TimeRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.round != null && $Object.hasOwnProperty.call(m, "round") && (typeof m.round === "object" ? m.round.low || m.round.high : m.round !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.round);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TimeRequest message, length delimited. Does not implicitly {@link socialnet.v1.TimeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.TimeRequest
             * @static
             * @param {socialnet.v1.TimeRequest.$Properties} message TimeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TimeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.TimeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.TimeRequest & socialnet.v1.TimeRequest.$Shape} TimeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.TimeRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.round = v;
                            else
                                delete m.round;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a TimeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.TimeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.TimeRequest & socialnet.v1.TimeRequest.$Shape} TimeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TimeRequest message.
             * @function verify
             * @memberof socialnet.v1.TimeRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TimeRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    if (!$util.isInteger(m.round) && !(m.round && $util.isInteger(m.round.low) && $util.isInteger(m.round.high)))
                        return "round: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a TimeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.TimeRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.TimeRequest} TimeRequest
             */
            TimeRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.TimeRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.TimeRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.TimeRequest();
                if (d.round != null) {
                    if (typeof d.round === "object" ? d.round.low || d.round.high : $Number(d.round) !== 0) {
                        if ($util.Long)
                            m.round = $util.Long.fromValue(d.round, true);
                        else if (typeof d.round === "string")
                            m.round = $parseInt(d.round, 10);
                        else if (typeof d.round === "number")
                            m.round = d.round;
                        else if (typeof d.round === "object")
                            m.round = new $util.LongBits(d.round.low >>> 0, d.round.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TimeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.TimeRequest
             * @static
             * @param {socialnet.v1.TimeRequest} m TimeRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TimeRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.round = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.round = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.round = typeof m.round === "number" ? $BigInt(m.round) : $util.Long.fromBits(m.round.low >>> 0, m.round.high >>> 0, true).toBigInt();
                    else if (typeof m.round === "number")
                        d.round = o.longs === $String ? $String(m.round) : m.round;
                    else
                        d.round = o.longs === $String ? $util.Long.prototype.toString.call(m.round) : o.longs === $Number ? new $util.LongBits(m.round.low >>> 0, m.round.high >>> 0).toNumber(true) : m.round;
                }
                return d;
            };

            /**
             * Converts this TimeRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.TimeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimeRequest.prototype.toJSON = function() {
                return TimeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimeRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.TimeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.TimeRequest";
            };

            return TimeRequest;
        })();

        v1.TimeReply = (function() {

            /**
             * Properties of a TimeReply.
             * @typedef {Object} socialnet.v1.TimeReply.$Properties
             * @property {number|null} [round] TimeReply round
             * @property {number|null} [clockUs] TimeReply clockUs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimeReply.
             * @memberof socialnet.v1
             * @interface ITimeReply
             * @augments socialnet.v1.TimeReply.$Properties
             * @deprecated Use socialnet.v1.TimeReply.$Properties instead.
             */

            /**
             * Shape of a TimeReply.
             * @typedef {socialnet.v1.TimeReply.$Properties} socialnet.v1.TimeReply.$Shape
             */

            /**
             * Constructs a new TimeReply.
             * @memberof socialnet.v1
             * @classdesc Represents a TimeReply.
             * @constructor
             * @param {socialnet.v1.TimeReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimeReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TimeReply round.
             * @member {number} round
             * @memberof socialnet.v1.TimeReply
             * @instance
             */
            TimeReply.prototype.round = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TimeReply clockUs.
             * @member {number} clockUs
             * @memberof socialnet.v1.TimeReply
             * @instance
             */
            TimeReply.prototype.clockUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TimeReply instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.TimeReply
             * @static
             * @param {socialnet.v1.TimeReply.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.TimeReply} TimeReply instance
             * @type {{
             *   (properties: socialnet.v1.TimeReply.$Shape): socialnet.v1.TimeReply & socialnet.v1.TimeReply.$Shape;
             *   (properties?: socialnet.v1.TimeReply.$Properties): socialnet.v1.TimeReply;
             * }}
             */
            TimeReply.create = function(properties) {
                return new TimeReply(properties);
            };

            /**
             * Encodes the specified TimeReply message. Does not implicitly {@link socialnet.v1.TimeReply.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.TimeReply
             * @static
             * @param {socialnet.v1.TimeReply.$Properties} m TimeReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.round != null && $Object.hasOwnProperty.call(m, "round") && (typeof m.round === "object" ? m.round.low || m.round.high : m.round !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.round);
                if (m.clockUs != null && $Object.hasOwnProperty.call(m, "clockUs") && (typeof m.clockUs === "object" ? m.clockUs.low || m.clockUs.high : m.clockUs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.clockUs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TimeReply message, length delimited. Does not implicitly {@link socialnet.v1.TimeReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.TimeReply
             * @static
             * @param {socialnet.v1.TimeReply.$Properties} message TimeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TimeReply message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.TimeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.TimeReply & socialnet.v1.TimeReply.$Shape} TimeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.TimeReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.round = v;
                            else
                                delete m.round;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.clockUs = v;
                            else
                                delete m.clockUs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a TimeReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.TimeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.TimeReply & socialnet.v1.TimeReply.$Shape} TimeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TimeReply message.
             * @function verify
             * @memberof socialnet.v1.TimeReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TimeReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    if (!$util.isInteger(m.round) && !(m.round && $util.isInteger(m.round.low) && $util.isInteger(m.round.high)))
                        return "round: integer|Long expected";
                }
                if (m.clockUs != null && $Object.hasOwnProperty.call(m, "clockUs")) {
                    if (!$util.isInteger(m.clockUs) && !(m.clockUs && $util.isInteger(m.clockUs.low) && $util.isInteger(m.clockUs.high)))
                        return "clockUs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a TimeReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.TimeReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.TimeReply} TimeReply
             */
            TimeReply.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.TimeReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.TimeReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.TimeReply();
                if (d.round != null) {
                    if (typeof d.round === "object" ? d.round.low || d.round.high : $Number(d.round) !== 0) {
                        if ($util.Long)
                            m.round = $util.Long.fromValue(d.round, true);
                        else if (typeof d.round === "string")
                            m.round = $parseInt(d.round, 10);
                        else if (typeof d.round === "number")
                            m.round = d.round;
                        else if (typeof d.round === "object")
                            m.round = new $util.LongBits(d.round.low >>> 0, d.round.high >>> 0).toNumber(true);
                    }
                }
                if (d.clockUs != null) {
                    if (typeof d.clockUs === "object" ? d.clockUs.low || d.clockUs.high : $Number(d.clockUs) !== 0) {
                        if ($util.Long)
                            m.clockUs = $util.Long.fromValue(d.clockUs, false);
                        else if (typeof d.clockUs === "string")
                            m.clockUs = $parseInt(d.clockUs, 10);
                        else if (typeof d.clockUs === "number")
                            m.clockUs = d.clockUs;
                        else if (typeof d.clockUs === "object")
                            m.clockUs = new $util.LongBits(d.clockUs.low >>> 0, d.clockUs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TimeReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.TimeReply
             * @static
             * @param {socialnet.v1.TimeReply} m TimeReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TimeReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.round = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.round = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.clockUs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.clockUs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.round = typeof m.round === "number" ? $BigInt(m.round) : $util.Long.fromBits(m.round.low >>> 0, m.round.high >>> 0, true).toBigInt();
                    else if (typeof m.round === "number")
                        d.round = o.longs === $String ? $String(m.round) : m.round;
                    else
                        d.round = o.longs === $String ? $util.Long.prototype.toString.call(m.round) : o.longs === $Number ? new $util.LongBits(m.round.low >>> 0, m.round.high >>> 0).toNumber(true) : m.round;
                }
                if (m.clockUs != null && $Object.hasOwnProperty.call(m, "clockUs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.clockUs = typeof m.clockUs === "number" ? $BigInt(m.clockUs) : $util.Long.fromBits(m.clockUs.low >>> 0, m.clockUs.high >>> 0, false).toBigInt();
                    else if (typeof m.clockUs === "number")
                        d.clockUs = o.longs === $String ? $String(m.clockUs) : m.clockUs;
                    else
                        d.clockUs = o.longs === $String ? $util.Long.prototype.toString.call(m.clockUs) : o.longs === $Number ? new $util.LongBits(m.clockUs.low >>> 0, m.clockUs.high >>> 0).toNumber() : m.clockUs;
                }
                return d;
            };

            /**
             * Converts this TimeReply to JSON.
             * @function toJSON
             * @memberof socialnet.v1.TimeReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimeReply.prototype.toJSON = function() {
                return TimeReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimeReply
             * @function getTypeUrl
             * @memberof socialnet.v1.TimeReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimeReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.TimeReply";
            };

            return TimeReply;
        })();

        v1.ClockAdjust = (function() {

            /**
             * Properties of a ClockAdjust.
             * @typedef {Object} socialnet.v1.ClockAdjust.$Properties
             * @property {number|null} [round] ClockAdjust round
             * @property {number|null} [deltaUs] ClockAdjust deltaUs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClockAdjust.
             * @memberof socialnet.v1
             * @interface IClockAdjust
             * @augments socialnet.v1.ClockAdjust.$Properties
             * @deprecated Use socialnet.v1.ClockAdjust.$Properties instead.
             */

            /**
             * Shape of a ClockAdjust.
             * @typedef {socialnet.v1.ClockAdjust.$Properties} socialnet.v1.ClockAdjust.$Shape
             */

            /**
             * Constructs a new ClockAdjust.
             * @memberof socialnet.v1
             * @classdesc Represents a ClockAdjust.
             * @constructor
             * @param {socialnet.v1.ClockAdjust.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClockAdjust = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClockAdjust round.
             * @member {number} round
             * @memberof socialnet.v1.ClockAdjust
             * @instance
             */
            ClockAdjust.prototype.round = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClockAdjust deltaUs.
             * @member {number} deltaUs
             * @memberof socialnet.v1.ClockAdjust
             * @instance
             */
            ClockAdjust.prototype.deltaUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ClockAdjust instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.ClockAdjust
             * @static
             * @param {socialnet.v1.ClockAdjust.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.ClockAdjust} ClockAdjust instance
             * @type {{
             *   (properties: socialnet.v1.ClockAdjust.$Shape): socialnet.v1.ClockAdjust & socialnet.v1.ClockAdjust.$Shape;
             *   (properties?: socialnet.v1.ClockAdjust.$Properties): socialnet.v1.ClockAdjust;
             * }}
             */
            ClockAdjust.create = function(properties) {
                return new ClockAdjust(properties);
            };

            /**
             * Encodes the specified ClockAdjust message. Does not implicitly {@link socialnet.v1.ClockAdjust.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.ClockAdjust
             * @static
             * @param {socialnet.v1.ClockAdjust.$Properties} m ClockAdjust message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockAdjust.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.round != null && $Object.hasOwnProperty.call(m, "round") && (typeof m.round === "object" ? m.round.low || m.round.high : m.round !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.round);
                if (m.deltaUs != null && $Object.hasOwnProperty.call(m, "deltaUs") && (typeof m.deltaUs === "object" ? m.deltaUs.low || m.deltaUs.high : m.deltaUs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.deltaUs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ClockAdjust message, length delimited. Does not implicitly {@link socialnet.v1.ClockAdjust.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.ClockAdjust
             * @static
             * @param {socialnet.v1.ClockAdjust.$Properties} message ClockAdjust message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockAdjust.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClockAdjust message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.ClockAdjust
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.ClockAdjust & socialnet.v1.ClockAdjust.$Shape} ClockAdjust
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockAdjust.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.ClockAdjust();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.round = v;
                            else
                                delete m.round;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deltaUs = v;
                            else
                                delete m.deltaUs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ClockAdjust message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.ClockAdjust
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.ClockAdjust & socialnet.v1.ClockAdjust.$Shape} ClockAdjust
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockAdjust.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClockAdjust message.
             * @function verify
             * @memberof socialnet.v1.ClockAdjust
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClockAdjust.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    if (!$util.isInteger(m.round) && !(m.round && $util.isInteger(m.round.low) && $util.isInteger(m.round.high)))
                        return "round: integer|Long expected";
                }
                if (m.deltaUs != null && $Object.hasOwnProperty.call(m, "deltaUs")) {
                    if (!$util.isInteger(m.deltaUs) && !(m.deltaUs && $util.isInteger(m.deltaUs.low) && $util.isInteger(m.deltaUs.high)))
                        return "deltaUs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ClockAdjust message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.ClockAdjust
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.ClockAdjust} ClockAdjust
             */
            ClockAdjust.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.ClockAdjust)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.ClockAdjust: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.ClockAdjust();
                if (d.round != null) {
                    if (typeof d.round === "object" ? d.round.low || d.round.high : $Number(d.round) !== 0) {
                        if ($util.Long)
                            m.round = $util.Long.fromValue(d.round, true);
                        else if (typeof d.round === "string")
                            m.round = $parseInt(d.round, 10);
                        else if (typeof d.round === "number")
                            m.round = d.round;
                        else if (typeof d.round === "object")
                            m.round = new $util.LongBits(d.round.low >>> 0, d.round.high >>> 0).toNumber(true);
                    }
                }
                if (d.deltaUs != null) {
                    if (typeof d.deltaUs === "object" ? d.deltaUs.low || d.deltaUs.high : $Number(d.deltaUs) !== 0) {
                        if ($util.Long)
                            m.deltaUs = $util.Long.fromValue(d.deltaUs, false);
                        else if (typeof d.deltaUs === "string")
                            m.deltaUs = $parseInt(d.deltaUs, 10);
                        else if (typeof d.deltaUs === "number")
                            m.deltaUs = d.deltaUs;
                        else if (typeof d.deltaUs === "object")
                            m.deltaUs = new $util.LongBits(d.deltaUs.low >>> 0, d.deltaUs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClockAdjust message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.ClockAdjust
             * @static
             * @param {socialnet.v1.ClockAdjust} m ClockAdjust
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClockAdjust.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.round = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.round = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deltaUs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deltaUs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.round = typeof m.round === "number" ? $BigInt(m.round) : $util.Long.fromBits(m.round.low >>> 0, m.round.high >>> 0, true).toBigInt();
                    else if (typeof m.round === "number")
                        d.round = o.longs === $String ? $String(m.round) : m.round;
                    else
                        d.round = o.longs === $String ? $util.Long.prototype.toString.call(m.round) : o.longs === $Number ? new $util.LongBits(m.round.low >>> 0, m.round.high >>> 0).toNumber(true) : m.round;
                }
                if (m.deltaUs != null && $Object.hasOwnProperty.call(m, "deltaUs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deltaUs = typeof m.deltaUs === "number" ? $BigInt(m.deltaUs) : $util.Long.fromBits(m.deltaUs.low >>> 0, m.deltaUs.high >>> 0, false).toBigInt();
                    else if (typeof m.deltaUs === "number")
                        d.deltaUs = o.longs === $String ? $String(m.deltaUs) : m.deltaUs;
                    else
                        d.deltaUs = o.longs === $String ? $util.Long.prototype.toString.call(m.deltaUs) : o.longs === $Number ? new $util.LongBits(m.deltaUs.low >>> 0, m.deltaUs.high >>> 0).toNumber() : m.deltaUs;
                }
                return d;
            };

            /**
             * Converts this ClockAdjust to JSON.
             * @function toJSON
             * @memberof socialnet.v1.ClockAdjust
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClockAdjust.prototype.toJSON = function() {
                return ClockAdjust.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClockAdjust
             * @function getTypeUrl
             * @memberof socialnet.v1.ClockAdjust
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClockAdjust.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.ClockAdjust";
            };

            return ClockAdjust;
        })();

        v1.ControlRequest = (function() {

            /**
             * Properties of a ControlRequest.
             * @typedef {Object} socialnet.v1.ControlRequest.$Properties
             * @property {string|null} [requestId] ControlRequest requestId
             * @property {socialnet.v1.StatusQuery.$Properties|null} [status] ControlRequest status
             * @property {socialnet.v1.DriftJump.$Properties|null} [drift] ControlRequest drift
             * @property {socialnet.v1.Shutdown.$Properties|null} [shutdown] ControlRequest shutdown
             * @property {socialnet.v1.Partition.$Properties|null} [partition] ControlRequest partition
             * @property {socialnet.v1.Heal.$Properties|null} [heal] ControlRequest heal
             * @property {"status"|"drift"|"shutdown"|"partition"|"heal"} [command] ControlRequest command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlRequest.
             * @memberof socialnet.v1
             * @interface IControlRequest
             * @augments socialnet.v1.ControlRequest.$Properties
             * @deprecated Use socialnet.v1.ControlRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a ControlRequest.
             * @typedef {{
             *   requestId?: string|null;
             *   status?: socialnet.v1.StatusQuery.$Shape|null;
             *   drift?: socialnet.v1.DriftJump.$Shape|null;
             *   shutdown?: socialnet.v1.Shutdown.$Shape|null;
             *   partition?: socialnet.v1.Partition.$Shape|null;
             *   heal?: socialnet.v1.Heal.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ command?: undefined; status?: null; drift?: null; shutdown?: null; partition?: null; heal?: null }|{ command?: "status"; status: socialnet.v1.StatusQuery.$Shape; drift?: null; shutdown?: null; partition?: null; heal?: null }|{ command?: "drift"; status?: null; drift: socialnet.v1.DriftJump.$Shape; shutdown?: null; partition?: null; heal?: null }|{ command?: "shutdown"; status?: null; drift?: null; shutdown: socialnet.v1.Shutdown.$Shape; partition?: null; heal?: null }|{ command?: "partition"; status?: null; drift?: null; shutdown?: null; partition: socialnet.v1.Partition.$Shape; heal?: null }|{ command?: "heal"; status?: null; drift?: null; shutdown?: null; partition?: null; heal: socialnet.v1.Heal.$Shape })
             * )} socialnet.v1.ControlRequest.$Shape
             */

            /**
             * Constructs a new ControlRequest.
             * @memberof socialnet.v1
             * @classdesc Represents a ControlRequest.
             * @constructor
             * @param {socialnet.v1.ControlRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ControlRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ControlRequest requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.ControlRequest
             * @instance
             */
            ControlRequest.prototype.requestId = "";

            /**
             * ControlRequest status.
             * @member {socialnet.v1.StatusQuery.$Properties|null|undefined} status
             * @memberof socialnet.v1.ControlRequest
             * @instance
             */
            ControlRequest.prototype.status = null;

            /**
             * ControlRequest drift.
             * @member {socialnet.v1.DriftJump.$Properties|null|undefined} drift
             * @memberof socialnet.v1.ControlRequest
             * @instance
             */
            ControlRequest.prototype.drift = null;

            /**
             * ControlRequest shutdown.
             * @member {socialnet.v1.Shutdown.$Properties|null|undefined} shutdown
             * @memberof socialnet.v1.ControlRequest
             * @instance
             */
            ControlRequest.prototype.shutdown = null;

            /**
             * ControlRequest partition.
             * @member {socialnet.v1.Partition.$Properties|null|undefined} partition
             * @memberof socialnet.v1.ControlRequest
             * @instance
             */
            ControlRequest.prototype.partition = null;

            /**
             * ControlRequest heal.
             * @member {socialnet.v1.Heal.$Properties|null|undefined} heal
             * @memberof socialnet.v1.ControlRequest
             * @instance
             */
            ControlRequest.prototype.heal = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ControlRequest command.
             * @member {"status"|"drift"|"shutdown"|"partition"|"heal"|undefined} command
             * @memberof socialnet.v1.ControlRequest
             * @instance
             */
            $Object.defineProperty(ControlRequest.prototype, "command", {
                get: $util.oneOfGetter($oneOfFields = ["status", "drift", "shutdown", "partition", "heal"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ControlRequest instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.ControlRequest
             * @static
             * @param {socialnet.v1.ControlRequest.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.ControlRequest} ControlRequest instance
             * @type {{
             *   (properties: socialnet.v1.ControlRequest.$Shape): socialnet.v1.ControlRequest & socialnet.v1.ControlRequest.$Shape;
             *   (properties?: socialnet.v1.ControlRequest.$Properties): socialnet.v1.ControlRequest;
             * }}
             */
            ControlRequest.create = function(properties) {
                return new ControlRequest(properties);
            };

            /**
             * Encodes the specified ControlRequest message. Does not implicitly {@link socialnet.v1.ControlRequest.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.ControlRequest
             * @static
             * @param {socialnet.v1.ControlRequest.$Properties} m ControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.socialnet.v1.StatusQuery.encode(m.status, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.drift != null && $Object.hasOwnProperty.call(m, "drift"))
                    $root.socialnet.v1.DriftJump.encode(m.drift, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.shutdown != null && $Object.hasOwnProperty.call(m, "shutdown"))
                    $root.socialnet.v1.Shutdown.encode(m.shutdown, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (m.partition != null && $Object.hasOwnProperty.call(m, "partition"))
                    $root.socialnet.v1.Partition.encode(m.partition, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (m.heal != null && $Object.hasOwnProperty.call(m, "heal"))
                    $root.socialnet.v1.Heal.encode(m.heal, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ControlRequest message, length delimited. Does not implicitly {@link socialnet.v1.ControlRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.ControlRequest
             * @static
             * @param {socialnet.v1.ControlRequest.$Properties} message ControlRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ControlRequest message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.ControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.ControlRequest & socialnet.v1.ControlRequest.$Shape} ControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.ControlRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.status = $root.socialnet.v1.StatusQuery.decode(r, r.size(), $undefined, q + 1, m.status);
                            m.command = "status";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.drift = $root.socialnet.v1.DriftJump.decode(r, r.size(), $undefined, q + 1, m.drift);
                            m.command = "drift";
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.shutdown = $root.socialnet.v1.Shutdown.decode(r, r.size(), $undefined, q + 1, m.shutdown);
                            m.command = "shutdown";
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.partition = $root.socialnet.v1.Partition.decode(r, r.size(), $undefined, q + 1, m.partition);
                            m.command = "partition";
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.heal = $root.socialnet.v1.Heal.decode(r, r.size(), $undefined, q + 1, m.heal);
                            m.command = "heal";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ControlRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.ControlRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.ControlRequest & socialnet.v1.ControlRequest.$Shape} ControlRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ControlRequest message.
             * @function verify
             * @memberof socialnet.v1.ControlRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ControlRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    p.command = 1;
                    {
                        var e = $root.socialnet.v1.StatusQuery.verify(m.status, q + 1);
                        if (e)
                            return "status." + e;
                    }
                }
                if (m.drift != null && $Object.hasOwnProperty.call(m, "drift")) {
                    if (p.command === 1)
                        return "command: multiple values";
                    p.command = 1;
                    {
                        var e = $root.socialnet.v1.DriftJump.verify(m.drift, q + 1);
                        if (e)
                            return "drift." + e;
                    }
                }
                if (m.shutdown != null && $Object.hasOwnProperty.call(m, "shutdown")) {
                    if (p.command === 1)
                        return "command: multiple values";
                    p.command = 1;
                    {
                        var e = $root.socialnet.v1.Shutdown.verify(m.shutdown, q + 1);
                        if (e)
                            return "shutdown." + e;
                    }
                }
                if (m.partition != null && $Object.hasOwnProperty.call(m, "partition")) {
                    if (p.command === 1)
                        return "command: multiple values";
                    p.command = 1;
                    {
                        var e = $root.socialnet.v1.Partition.verify(m.partition, q + 1);
                        if (e)
                            return "partition." + e;
                    }
                }
                if (m.heal != null && $Object.hasOwnProperty.call(m, "heal")) {
                    if (p.command === 1)
                        return "command: multiple values";
                    p.command = 1;
                    {
                        var e = $root.socialnet.v1.Heal.verify(m.heal, q + 1);
                        if (e)
                            return "heal." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a ControlRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.ControlRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.ControlRequest} ControlRequest
             */
            ControlRequest.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.ControlRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.ControlRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.ControlRequest();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".socialnet.v1.ControlRequest.status: object expected");
                    m.status = $root.socialnet.v1.StatusQuery.fromObject(d.status, q + 1);
                }
                if (d.drift != null) {
                    if (!$util.isObject(d.drift))
                        throw $TypeError(".socialnet.v1.ControlRequest.drift: object expected");
                    m.drift = $root.socialnet.v1.DriftJump.fromObject(d.drift, q + 1);
                }
                if (d.shutdown != null) {
                    if (!$util.isObject(d.shutdown))
                        throw $TypeError(".socialnet.v1.ControlRequest.shutdown: object expected");
                    m.shutdown = $root.socialnet.v1.Shutdown.fromObject(d.shutdown, q + 1);
                }
                if (d.partition != null) {
                    if (!$util.isObject(d.partition))
                        throw $TypeError(".socialnet.v1.ControlRequest.partition: object expected");
                    m.partition = $root.socialnet.v1.Partition.fromObject(d.partition, q + 1);
                }
                if (d.heal != null) {
                    if (!$util.isObject(d.heal))
                        throw $TypeError(".socialnet.v1.ControlRequest.heal: object expected");
                    m.heal = $root.socialnet.v1.Heal.fromObject(d.heal, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ControlRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.ControlRequest
             * @static
             * @param {socialnet.v1.ControlRequest} m ControlRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.socialnet.v1.StatusQuery.toObject(m.status, o, q + 1);
                    if (o.oneofs)
                        d.command = "status";
                }
                if (m.drift != null && $Object.hasOwnProperty.call(m, "drift")) {
                    d.drift = $root.socialnet.v1.DriftJump.toObject(m.drift, o, q + 1);
                    if (o.oneofs)
                        d.command = "drift";
                }
                if (m.shutdown != null && $Object.hasOwnProperty.call(m, "shutdown")) {
                    d.shutdown = $root.socialnet.v1.Shutdown.toObject(m.shutdown, o, q + 1);
                    if (o.oneofs)
                        d.command = "shutdown";
                }
                if (m.partition != null && $Object.hasOwnProperty.call(m, "partition")) {
                    d.partition = $root.socialnet.v1.Partition.toObject(m.partition, o, q + 1);
                    if (o.oneofs)
                        d.command = "partition";
                }
                if (m.heal != null && $Object.hasOwnProperty.call(m, "heal")) {
                    d.heal = $root.socialnet.v1.Heal.toObject(m.heal, o, q + 1);
                    if (o.oneofs)
                        d.command = "heal";
                }
                return d;
            };

            /**
             * Converts this ControlRequest to JSON.
             * @function toJSON
             * @memberof socialnet.v1.ControlRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlRequest.prototype.toJSON = function() {
                return ControlRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ControlRequest
             * @function getTypeUrl
             * @memberof socialnet.v1.ControlRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ControlRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.ControlRequest";
            };

            return ControlRequest;
        })();

        v1.StatusQuery = (function() {

            /**
             * Properties of a StatusQuery.
             * @typedef {Object} socialnet.v1.StatusQuery.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusQuery.
             * @memberof socialnet.v1
             * @interface IStatusQuery
             * @augments socialnet.v1.StatusQuery.$Properties
             * @deprecated Use socialnet.v1.StatusQuery.$Properties instead.
             */

            /**
             * Shape of a StatusQuery.
             * @typedef {socialnet.v1.StatusQuery.$Properties} socialnet.v1.StatusQuery.$Shape
             */

            /**
             * Constructs a new StatusQuery.
             * @memberof socialnet.v1
             * @classdesc Represents a StatusQuery.
             * @constructor
             * @param {socialnet.v1.StatusQuery.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusQuery = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new StatusQuery instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.StatusQuery
             * @static
             * @param {socialnet.v1.StatusQuery.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.StatusQuery} StatusQuery instance
             * @type {{
             *   (properties: socialnet.v1.StatusQuery.$Shape): socialnet.v1.StatusQuery & socialnet.v1.StatusQuery.$Shape;
             *   (properties?: socialnet.v1.StatusQuery.$Properties): socialnet.v1.StatusQuery;
             * }}
             */
            StatusQuery.create = function(properties) {
                return new StatusQuery(properties);
            };

            /**
             * Encodes the specified StatusQuery message. Does not implicitly {@link socialnet.v1.StatusQuery.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.StatusQuery
             * @static
             * @param {socialnet.v1.StatusQuery.$Properties} m StatusQuery message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusQuery.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified StatusQuery message, length delimited. Does not implicitly {@link socialnet.v1.StatusQuery.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.StatusQuery
             * @static
             * @param {socialnet.v1.StatusQuery.$Properties} message StatusQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusQuery.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StatusQuery message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.StatusQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.StatusQuery & socialnet.v1.StatusQuery.$Shape} StatusQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusQuery.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.StatusQuery();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a StatusQuery message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.StatusQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.StatusQuery & socialnet.v1.StatusQuery.$Shape} StatusQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusQuery.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StatusQuery message.
             * @function verify
             * @memberof socialnet.v1.StatusQuery
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatusQuery.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a StatusQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.StatusQuery
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.StatusQuery} StatusQuery
             */
            StatusQuery.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.StatusQuery)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.StatusQuery: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.socialnet.v1.StatusQuery();
            };

            /**
             * Creates a plain object from a StatusQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.StatusQuery
             * @static
             * @param {socialnet.v1.StatusQuery} m StatusQuery
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusQuery.toObject = function () {
                return {};
            };

            /**
             * Converts this StatusQuery to JSON.
             * @function toJSON
             * @memberof socialnet.v1.StatusQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusQuery.prototype.toJSON = function() {
                return StatusQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusQuery
             * @function getTypeUrl
             * @memberof socialnet.v1.StatusQuery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.StatusQuery";
            };

            return StatusQuery;
        })();

        v1.DriftJump = (function() {

            /**
             * Properties of a DriftJump.
             * @typedef {Object} socialnet.v1.DriftJump.$Properties
             * @property {number|null} [deltaMs] DriftJump deltaMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DriftJump.
             * @memberof socialnet.v1
             * @interface IDriftJump
             * @augments socialnet.v1.DriftJump.$Properties
             * @deprecated Use socialnet.v1.DriftJump.$Properties instead.
             */

            /**
             * Shape of a DriftJump.
             * @typedef {socialnet.v1.DriftJump.$Properties} socialnet.v1.DriftJump.$Shape
             */

            /**
             * Constructs a new DriftJump.
             * @memberof socialnet.v1
             * @classdesc Represents a DriftJump.
             * @constructor
             * @param {socialnet.v1.DriftJump.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DriftJump = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DriftJump deltaMs.
             * @member {number} deltaMs
             * @memberof socialnet.v1.DriftJump
             * @instance
             */
            DriftJump.prototype.deltaMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new DriftJump instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.DriftJump
             * @static
             * @param {socialnet.v1.DriftJump.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.DriftJump} DriftJump instance
             * @type {{
             *   (properties: socialnet.v1.DriftJump.$Shape): socialnet.v1.DriftJump & socialnet.v1.DriftJump.$Shape;
             *   (properties?: socialnet.v1.DriftJump.$Properties): socialnet.v1.DriftJump;
             * }}
             */
            DriftJump.create = function(properties) {
                return new DriftJump(properties);
            };

            /**
             * Encodes the specified DriftJump message. Does not implicitly {@link socialnet.v1.DriftJump.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.DriftJump
             * @static
             * @param {socialnet.v1.DriftJump.$Properties} m DriftJump message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DriftJump.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deltaMs != null && $Object.hasOwnProperty.call(m, "deltaMs") && (typeof m.deltaMs === "object" ? m.deltaMs.low || m.deltaMs.high : m.deltaMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.deltaMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DriftJump message, length delimited. Does not implicitly {@link socialnet.v1.DriftJump.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.DriftJump
             * @static
             * @param {socialnet.v1.DriftJump.$Properties} message DriftJump message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DriftJump.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DriftJump message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.DriftJump
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.DriftJump & socialnet.v1.DriftJump.$Shape} DriftJump
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DriftJump.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.DriftJump();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deltaMs = v;
                            else
                                delete m.deltaMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a DriftJump message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.DriftJump
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.DriftJump & socialnet.v1.DriftJump.$Shape} DriftJump
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DriftJump.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DriftJump message.
             * @function verify
             * @memberof socialnet.v1.DriftJump
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DriftJump.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deltaMs != null && $Object.hasOwnProperty.call(m, "deltaMs")) {
                    if (!$util.isInteger(m.deltaMs) && !(m.deltaMs && $util.isInteger(m.deltaMs.low) && $util.isInteger(m.deltaMs.high)))
                        return "deltaMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a DriftJump message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.DriftJump
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.DriftJump} DriftJump
             */
            DriftJump.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.DriftJump)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.DriftJump: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.DriftJump();
                if (d.deltaMs != null) {
                    if (typeof d.deltaMs === "object" ? d.deltaMs.low || d.deltaMs.high : $Number(d.deltaMs) !== 0) {
                        if ($util.Long)
                            m.deltaMs = $util.Long.fromValue(d.deltaMs, false);
                        else if (typeof d.deltaMs === "string")
                            m.deltaMs = $parseInt(d.deltaMs, 10);
                        else if (typeof d.deltaMs === "number")
                            m.deltaMs = d.deltaMs;
                        else if (typeof d.deltaMs === "object")
                            m.deltaMs = new $util.LongBits(d.deltaMs.low >>> 0, d.deltaMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DriftJump message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.DriftJump
             * @static
             * @param {socialnet.v1.DriftJump} m DriftJump
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DriftJump.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deltaMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deltaMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.deltaMs != null && $Object.hasOwnProperty.call(m, "deltaMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deltaMs = typeof m.deltaMs === "number" ? $BigInt(m.deltaMs) : $util.Long.fromBits(m.deltaMs.low >>> 0, m.deltaMs.high >>> 0, false).toBigInt();
                    else if (typeof m.deltaMs === "number")
                        d.deltaMs = o.longs === $String ? $String(m.deltaMs) : m.deltaMs;
                    else
                        d.deltaMs = o.longs === $String ? $util.Long.prototype.toString.call(m.deltaMs) : o.longs === $Number ? new $util.LongBits(m.deltaMs.low >>> 0, m.deltaMs.high >>> 0).toNumber() : m.deltaMs;
                }
                return d;
            };

            /**
             * Converts this DriftJump to JSON.
             * @function toJSON
             * @memberof socialnet.v1.DriftJump
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DriftJump.prototype.toJSON = function() {
                return DriftJump.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DriftJump
             * @function getTypeUrl
             * @memberof socialnet.v1.DriftJump
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DriftJump.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.DriftJump";
            };

            return DriftJump;
        })();

        v1.Shutdown = (function() {

            /**
             * Properties of a Shutdown.
             * @typedef {Object} socialnet.v1.Shutdown.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Shutdown.
             * @memberof socialnet.v1
             * @interface IShutdown
             * @augments socialnet.v1.Shutdown.$Properties
             * @deprecated Use socialnet.v1.Shutdown.$Properties instead.
             */

            /**
             * Shape of a Shutdown.
             * @typedef {socialnet.v1.Shutdown.$Properties} socialnet.v1.Shutdown.$Shape
             */

            /**
             * Constructs a new Shutdown.
             * @memberof socialnet.v1
             * @classdesc Represents a Shutdown.
             * @constructor
             * @param {socialnet.v1.Shutdown.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Shutdown = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new Shutdown instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Shutdown
             * @static
             * @param {socialnet.v1.Shutdown.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Shutdown} Shutdown instance
             * @type {{
             *   (properties: socialnet.v1.Shutdown.$Shape): socialnet.v1.Shutdown & socialnet.v1.Shutdown.$Shape;
             *   (properties?: socialnet.v1.Shutdown.$Properties): socialnet.v1.Shutdown;
             * }}
             */
            Shutdown.create = function(properties) {
                return new Shutdown(properties);
            };

            /**
             * Encodes the specified Shutdown message. Does not implicitly {@link socialnet.v1.Shutdown.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Shutdown
             * @static
             * @param {socialnet.v1.Shutdown.$Properties} m Shutdown message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Shutdown.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Shutdown message, length delimited. Does not implicitly {@link socialnet.v1.Shutdown.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Shutdown
             * @static
             * @param {socialnet.v1.Shutdown.$Properties} message Shutdown message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Shutdown.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Shutdown message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Shutdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Shutdown & socialnet.v1.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Shutdown.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Shutdown();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Shutdown message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Shutdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Shutdown & socialnet.v1.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Shutdown.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Shutdown message.
             * @function verify
             * @memberof socialnet.v1.Shutdown
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Shutdown.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a Shutdown message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Shutdown
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Shutdown} Shutdown
             */
            Shutdown.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Shutdown)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Shutdown: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.socialnet.v1.Shutdown();
            };

            /**
             * Creates a plain object from a Shutdown message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Shutdown
             * @static
             * @param {socialnet.v1.Shutdown} m Shutdown
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Shutdown.toObject = function () {
                return {};
            };

            /**
             * Converts this Shutdown to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Shutdown
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Shutdown.prototype.toJSON = function() {
                return Shutdown.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Shutdown
             * @function getTypeUrl
             * @memberof socialnet.v1.Shutdown
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Shutdown.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Shutdown";
            };

            return Shutdown;
        })();

        v1.Partition = (function() {

            /**
             * Properties of a Partition.
             * @typedef {Object} socialnet.v1.Partition.$Properties
             * @property {Array.<string>|null} [peers] Partition peers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Partition.
             * @memberof socialnet.v1
             * @interface IPartition
             * @augments socialnet.v1.Partition.$Properties
             * @deprecated Use socialnet.v1.Partition.$Properties instead.
             */

            /**
             * Shape of a Partition.
             * @typedef {socialnet.v1.Partition.$Properties} socialnet.v1.Partition.$Shape
             */

            /**
             * Constructs a new Partition.
             * @memberof socialnet.v1
             * @classdesc Represents a Partition.
             * @constructor
             * @param {socialnet.v1.Partition.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Partition = function (p) {
                this.peers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Partition peers.
             * @member {Array.<string>} peers
             * @memberof socialnet.v1.Partition
             * @instance
             */
            Partition.prototype.peers = $util.emptyArray;

            /**
             * Creates a new Partition instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Partition
             * @static
             * @param {socialnet.v1.Partition.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Partition} Partition instance
             * @type {{
             *   (properties: socialnet.v1.Partition.$Shape): socialnet.v1.Partition & socialnet.v1.Partition.$Shape;
             *   (properties?: socialnet.v1.Partition.$Properties): socialnet.v1.Partition;
             * }}
             */
            Partition.create = function(properties) {
                return new Partition(properties);
            };

            /**
             * Encodes the specified Partition message. Does not implicitly {@link socialnet.v1.Partition.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Partition
             * @static
             * @param {socialnet.v1.Partition.$Properties} m Partition message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Partition.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peers != null && m.peers.length) {
                    for (var i = 0; i < m.peers.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.peers[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Partition message, length delimited. Does not implicitly {@link socialnet.v1.Partition.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Partition
             * @static
             * @param {socialnet.v1.Partition.$Properties} message Partition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Partition.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Partition message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Partition
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Partition & socialnet.v1.Partition.$Shape} Partition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Partition.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Partition();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.peers && m.peers.length))
                                m.peers = [];
                            m.peers.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Partition message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Partition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Partition & socialnet.v1.Partition.$Shape} Partition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Partition.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Partition message.
             * @function verify
             * @memberof socialnet.v1.Partition
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Partition.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.peers != null && $Object.hasOwnProperty.call(m, "peers")) {
                    if (!$Array.isArray(m.peers))
                        return "peers: array expected";
                    for (var i = 0; i < m.peers.length; ++i) {
                        if (!$util.isString(m.peers[i]))
                            return "peers: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a Partition message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Partition
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Partition} Partition
             */
            Partition.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Partition)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Partition: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.Partition();
                if (d.peers) {
                    if (!$Array.isArray(d.peers))
                        throw $TypeError(".socialnet.v1.Partition.peers: array expected");
                    m.peers = $Array(d.peers.length);
                    for (var i = 0; i < d.peers.length; ++i) {
                        m.peers[i] = $String(d.peers[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Partition message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Partition
             * @static
             * @param {socialnet.v1.Partition} m Partition
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Partition.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.peers = [];
                }
                if (m.peers && m.peers.length) {
                    d.peers = $Array(m.peers.length);
                    for (var j = 0; j < m.peers.length; ++j) {
                        d.peers[j] = m.peers[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Partition to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Partition
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Partition.prototype.toJSON = function() {
                return Partition.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Partition
             * @function getTypeUrl
             * @memberof socialnet.v1.Partition
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Partition.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Partition";
            };

            return Partition;
        })();

        v1.Heal = (function() {

            /**
             * Properties of a Heal.
             * @typedef {Object} socialnet.v1.Heal.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heal.
             * @memberof socialnet.v1
             * @interface IHeal
             * @augments socialnet.v1.Heal.$Properties
             * @deprecated Use socialnet.v1.Heal.$Properties instead.
             */

            /**
             * Shape of a Heal.
             * @typedef {socialnet.v1.Heal.$Properties} socialnet.v1.Heal.$Shape
             */

            /**
             * Constructs a new Heal.
             * @memberof socialnet.v1
             * @classdesc Represents a Heal.
             * @constructor
             * @param {socialnet.v1.Heal.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heal = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new Heal instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.Heal
             * @static
             * @param {socialnet.v1.Heal.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.Heal} Heal instance
             * @type {{
             *   (properties: socialnet.v1.Heal.$Shape): socialnet.v1.Heal & socialnet.v1.Heal.$Shape;
             *   (properties?: socialnet.v1.Heal.$Properties): socialnet.v1.Heal;
             * }}
             */
            Heal.create = function(properties) {
                return new Heal(properties);
            };

            /**
             * Encodes the specified Heal message. Does not implicitly {@link socialnet.v1.Heal.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.Heal
             * @static
             * @param {socialnet.v1.Heal.$Properties} m Heal message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heal.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Heal message, length delimited. Does not implicitly {@link socialnet.v1.Heal.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.Heal
             * @static
             * @param {socialnet.v1.Heal.$Properties} message Heal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heal.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heal message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.Heal
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.Heal & socialnet.v1.Heal.$Shape} Heal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heal.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.Heal();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Heal message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.Heal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.Heal & socialnet.v1.Heal.$Shape} Heal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heal.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heal message.
             * @function verify
             * @memberof socialnet.v1.Heal
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heal.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a Heal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.Heal
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.Heal} Heal
             */
            Heal.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.Heal)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.Heal: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.socialnet.v1.Heal();
            };

            /**
             * Creates a plain object from a Heal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.Heal
             * @static
             * @param {socialnet.v1.Heal} m Heal
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heal.toObject = function () {
                return {};
            };

            /**
             * Converts this Heal to JSON.
             * @function toJSON
             * @memberof socialnet.v1.Heal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heal.prototype.toJSON = function() {
                return Heal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heal
             * @function getTypeUrl
             * @memberof socialnet.v1.Heal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.Heal";
            };

            return Heal;
        })();

        v1.ControlReply = (function() {

            /**
             * Properties of a ControlReply.
             * @typedef {Object} socialnet.v1.ControlReply.$Properties
             * @property {string|null} [requestId] ControlReply requestId
             * @property {socialnet.v1.StatusReport.$Properties|null} [status] ControlReply status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlReply.
             * @memberof socialnet.v1
             * @interface IControlReply
             * @augments socialnet.v1.ControlReply.$Properties
             * @deprecated Use socialnet.v1.ControlReply.$Properties instead.
             */

            /**
             * Shape of a ControlReply.
             * @typedef {socialnet.v1.ControlReply.$Properties} socialnet.v1.ControlReply.$Shape
             */

            /**
             * Constructs a new ControlReply.
             * @memberof socialnet.v1
             * @classdesc Represents a ControlReply.
             * @constructor
             * @param {socialnet.v1.ControlReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ControlReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ControlReply requestId.
             * @member {string} requestId
             * @memberof socialnet.v1.ControlReply
             * @instance
             */
            ControlReply.prototype.requestId = "";

            /**
             * ControlReply status.
             * @member {socialnet.v1.StatusReport.$Properties|null|undefined} status
             * @memberof socialnet.v1.ControlReply
             * @instance
             */
            ControlReply.prototype.status = null;

            /**
             * Creates a new ControlReply instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.ControlReply
             * @static
             * @param {socialnet.v1.ControlReply.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.ControlReply} ControlReply instance
             * @type {{
             *   (properties: socialnet.v1.ControlReply.$Shape): socialnet.v1.ControlReply & socialnet.v1.ControlReply.$Shape;
             *   (properties?: socialnet.v1.ControlReply.$Properties): socialnet.v1.ControlReply;
             * }}
             */
            ControlReply.create = function(properties) {
                return new ControlReply(properties);
            };

            /**
             * Encodes the specified ControlReply message. Does not implicitly {@link socialnet.v1.ControlReply.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.ControlReply
             * @static
             * @param {socialnet.v1.ControlReply.$Properties} m ControlReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.requestId);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.socialnet.v1.StatusReport.encode(m.status, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ControlReply message, length delimited. Does not implicitly {@link socialnet.v1.ControlReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.ControlReply
             * @static
             * @param {socialnet.v1.ControlReply.$Properties} message ControlReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ControlReply message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.ControlReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.ControlReply & socialnet.v1.ControlReply.$Shape} ControlReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.ControlReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.status = $root.socialnet.v1.StatusReport.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ControlReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.ControlReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.ControlReply & socialnet.v1.ControlReply.$Shape} ControlReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ControlReply message.
             * @function verify
             * @memberof socialnet.v1.ControlReply
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ControlReply.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    {
                        var e = $root.socialnet.v1.StatusReport.verify(m.status, q + 1);
                        if (e)
                            return "status." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a ControlReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.ControlReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.ControlReply} ControlReply
             */
            ControlReply.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.ControlReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.ControlReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.ControlReply();
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".socialnet.v1.ControlReply.status: object expected");
                    m.status = $root.socialnet.v1.StatusReport.fromObject(d.status, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ControlReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.ControlReply
             * @static
             * @param {socialnet.v1.ControlReply} m ControlReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = "";
                    d.status = null;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.socialnet.v1.StatusReport.toObject(m.status, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ControlReply to JSON.
             * @function toJSON
             * @memberof socialnet.v1.ControlReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlReply.prototype.toJSON = function() {
                return ControlReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ControlReply
             * @function getTypeUrl
             * @memberof socialnet.v1.ControlReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ControlReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.ControlReply";
            };

            return ControlReply;
        })();

        v1.StatusReport = (function() {

            /**
             * Properties of a StatusReport.
             * @typedef {Object} socialnet.v1.StatusReport.$Properties
             * @property {string|null} [id] StatusReport id
             * @property {socialnet.v1.Role|null} [role] StatusReport role
             * @property {number|null} [rank] StatusReport rank
             * @property {string|null} [coordinator] StatusReport coordinator
             * @property {socialnet.v1.View.$Properties|null} [view] StatusReport view
             * @property {number|null} [eventCount] StatusReport eventCount
             * @property {number|null} [lag] StatusReport lag
             * @property {number|null} [clockMs] StatusReport clockMs
             * @property {number|null} [lamport] StatusReport lamport
             * @property {Array.<string>|null} [partitioned] StatusReport partitioned
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusReport.
             * @memberof socialnet.v1
             * @interface IStatusReport
             * @augments socialnet.v1.StatusReport.$Properties
             * @deprecated Use socialnet.v1.StatusReport.$Properties instead.
             */

            /**
             * Shape of a StatusReport.
             * @typedef {socialnet.v1.StatusReport.$Properties} socialnet.v1.StatusReport.$Shape
             */

            /**
             * Constructs a new StatusReport.
             * @memberof socialnet.v1
             * @classdesc Represents a StatusReport.
             * @constructor
             * @param {socialnet.v1.StatusReport.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusReport = function (p) {
                this.partitioned = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StatusReport id.
             * @member {string} id
             * @memberof socialnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.id = "";

            /**
             * StatusReport role.
             * @member {socialnet.v1.Role} role
             * @memberof socialnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.role = 0;

            /**
             * StatusReport rank.
             * @member {number} rank
             * @memberof socialnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.rank = 0;

            /**
             * StatusReport coordinator.
             * @member {string} coordinator
             * @memberof socialnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.coordinator = "";

            /**
             * StatusReport view.
             * @member {socialnet.v1.View.$Properties|null|undefined} view
             * @memberof socialnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.view = null;

            /**
             * StatusReport eventCount.
             * @member {number} eventCount
             * @memberof socialnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.eventCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatusReport lag.
             * @member {number} lag
             * @memberof socialnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.lag = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatusReport clockMs.
             * @member {number} clockMs
             * @memberof socialnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.clockMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * StatusReport lamport.
             * @member {number} lamport
             * @memberof socialnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.lamport = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatusReport partitioned.
             * @member {Array.<string>} partitioned
             * @memberof socialnet.v1.StatusReport
             * @instance
             */
            StatusReport.prototype.partitioned = $util.emptyArray;

            /**
             * Creates a new StatusReport instance using the specified properties.
             * @function create
             * @memberof socialnet.v1.StatusReport
             * @static
             * @param {socialnet.v1.StatusReport.$Properties=} [properties] Properties to set
             * @returns {socialnet.v1.StatusReport} StatusReport instance
             * @type {{
             *   (properties: socialnet.v1.StatusReport.$Shape): socialnet.v1.StatusReport & socialnet.v1.StatusReport.$Shape;
             *   (properties?: socialnet.v1.StatusReport.$Properties): socialnet.v1.StatusReport;
             * }}
             */
            StatusReport.create = function(properties) {
                return new StatusReport(properties);
            };

            /**
             * Encodes the specified StatusReport message. Does not implicitly {@link socialnet.v1.StatusReport.verify|verify} messages.
             * @function encode
             * @memberof socialnet.v1.StatusReport
             * @static
             * @param {socialnet.v1.StatusReport.$Properties} m StatusReport message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusReport.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.role);
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank") && m.rank !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.rank);
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator") && m.coordinator !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.coordinator);
                if (m.view != null && $Object.hasOwnProperty.call(m, "view"))
                    $root.socialnet.v1.View.encode(m.view, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.eventCount != null && $Object.hasOwnProperty.call(m, "eventCount") && (typeof m.eventCount === "object" ? m.eventCount.low || m.eventCount.high : m.eventCount !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.eventCount);
                if (m.lag != null && $Object.hasOwnProperty.call(m, "lag") && (typeof m.lag === "object" ? m.lag.low || m.lag.high : m.lag !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.lag);
                if (m.clockMs != null && $Object.hasOwnProperty.call(m, "clockMs") && (typeof m.clockMs === "object" ? m.clockMs.low || m.clockMs.high : m.clockMs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.clockMs);
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport") && (typeof m.lamport === "object" ? m.lamport.low || m.lamport.high : m.lamport !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).uint64(m.lamport);
                if (m.partitioned != null && m.partitioned.length) {
                    for (var i = 0; i < m.partitioned.length; ++i)
                        w.uint32(/* id 10, wireType 2 =*/82).string(m.partitioned[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified StatusReport message, length delimited. Does not implicitly {@link socialnet.v1.StatusReport.verify|verify} messages.
             * @function encodeDelimited
             * @memberof socialnet.v1.StatusReport
             * @static
             * @param {socialnet.v1.StatusReport.$Properties} message StatusReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusReport.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StatusReport message from the specified reader or buffer.
             * @function decode
             * @memberof socialnet.v1.StatusReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {socialnet.v1.StatusReport & socialnet.v1.StatusReport.$Shape} StatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusReport.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.socialnet.v1.StatusReport();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.rank = v;
                            else
                                delete m.rank;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.coordinator = v;
                            else
                                delete m.coordinator;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.view = $root.socialnet.v1.View.decode(r, r.size(), $undefined, q + 1, m.view);
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.eventCount = v;
                            else
                                delete m.eventCount;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lag = v;
                            else
                                delete m.lag;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.clockMs = v;
                            else
                                delete m.clockMs;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lamport = v;
                            else
                                delete m.lamport;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.partitioned && m.partitioned.length))
                                m.partitioned = [];
                            m.partitioned.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a StatusReport message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof socialnet.v1.StatusReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {socialnet.v1.StatusReport & socialnet.v1.StatusReport.$Shape} StatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusReport.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StatusReport message.
             * @function verify
             * @memberof socialnet.v1.StatusReport
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatusReport.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    if (typeof m.role !== "number" || (m.role | 0) !== m.role)
                        return "role: enum value expected";
                }
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    if (!$util.isInteger(m.rank))
                        return "rank: integer expected";
                }
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator")) {
                    if (!$util.isString(m.coordinator))
                        return "coordinator: string expected";
                }
                if (m.view != null && $Object.hasOwnProperty.call(m, "view")) {
                    {
                        var e = $root.socialnet.v1.View.verify(m.view, q + 1);
                        if (e)
                            return "view." + e;
                    }
                }
                if (m.eventCount != null && $Object.hasOwnProperty.call(m, "eventCount")) {
                    if (!$util.isInteger(m.eventCount) && !(m.eventCount && $util.isInteger(m.eventCount.low) && $util.isInteger(m.eventCount.high)))
                        return "eventCount: integer|Long expected";
                }
                if (m.lag != null && $Object.hasOwnProperty.call(m, "lag")) {
                    if (!$util.isInteger(m.lag) && !(m.lag && $util.isInteger(m.lag.low) && $util.isInteger(m.lag.high)))
                        return "lag: integer|Long expected";
                }
                if (m.clockMs != null && $Object.hasOwnProperty.call(m, "clockMs")) {
                    if (!$util.isInteger(m.clockMs) && !(m.clockMs && $util.isInteger(m.clockMs.low) && $util.isInteger(m.clockMs.high)))
                        return "clockMs: integer|Long expected";
                }
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport")) {
                    if (!$util.isInteger(m.lamport) && !(m.lamport && $util.isInteger(m.lamport.low) && $util.isInteger(m.lamport.high)))
                        return "lamport: integer|Long expected";
                }
                if (m.partitioned != null && $Object.hasOwnProperty.call(m, "partitioned")) {
                    if (!$Array.isArray(m.partitioned))
                        return "partitioned: array expected";
                    for (var i = 0; i < m.partitioned.length; ++i) {
                        if (!$util.isString(m.partitioned[i]))
                            return "partitioned: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a StatusReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof socialnet.v1.StatusReport
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {socialnet.v1.StatusReport} StatusReport
             */
            StatusReport.fromObject = function (d, q) {
                if (d instanceof $root.socialnet.v1.StatusReport)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".socialnet.v1.StatusReport: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.socialnet.v1.StatusReport();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.role !== 0 && (typeof d.role !== "string" || $root.socialnet.v1.Role[d.role] !== 0)) {
                    switch (d.role) {
                    case "ROLE_UNSPECIFIED":
                    case 0:
                        m.role = 0;
                        break;
                    case "ROLE_SERVER":
                    case 1:
                        m.role = 1;
                        break;
                    case "ROLE_CLOCK":
                    case 2:
                        m.role = 2;
                        break;
                    case "ROLE_USER":
                    case 3:
                        m.role = 3;
                        break;
                    case "ROLE_CONTROL":
                    case 4:
                        m.role = 4;
                        break;
                    default:
                        if (typeof d.role === "number" && (d.role | 0) === d.role)
                            m.role = d.role;
                    }
                }
                if (d.rank != null) {
                    if ($Number(d.rank) !== 0) {
                        m.rank = d.rank >>> 0;
                    }
                }
                if (d.coordinator != null) {
                    if (typeof d.coordinator !== "string" || d.coordinator.length) {
                        m.coordinator = $String(d.coordinator);
                    }
                }
                if (d.view != null) {
                    if (!$util.isObject(d.view))
                        throw $TypeError(".socialnet.v1.StatusReport.view: object expected");
                    m.view = $root.socialnet.v1.View.fromObject(d.view, q + 1);
                }
                if (d.eventCount != null) {
                    if (typeof d.eventCount === "object" ? d.eventCount.low || d.eventCount.high : $Number(d.eventCount) !== 0) {
                        if ($util.Long)
                            m.eventCount = $util.Long.fromValue(d.eventCount, true);
                        else if (typeof d.eventCount === "string")
                            m.eventCount = $parseInt(d.eventCount, 10);
                        else if (typeof d.eventCount === "number")
                            m.eventCount = d.eventCount;
                        else if (typeof d.eventCount === "object")
                            m.eventCount = new $util.LongBits(d.eventCount.low >>> 0, d.eventCount.high >>> 0).toNumber(true);
                    }
                }
                if (d.lag != null) {
                    if (typeof d.lag === "object" ? d.lag.low || d.lag.high : $Number(d.lag) !== 0) {
                        if ($util.Long)
                            m.lag = $util.Long.fromValue(d.lag, true);
                        else if (typeof d.lag === "string")
                            m.lag = $parseInt(d.lag, 10);
                        else if (typeof d.lag === "number")
                            m.lag = d.lag;
                        else if (typeof d.lag === "object")
                            m.lag = new $util.LongBits(d.lag.low >>> 0, d.lag.high >>> 0).toNumber(true);
                    }
                }
                if (d.clockMs != null) {
                    if (typeof d.clockMs === "object" ? d.clockMs.low || d.clockMs.high : $Number(d.clockMs) !== 0) {
                        if ($util.Long)
                            m.clockMs = $util.Long.fromValue(d.clockMs, false);
                        else if (typeof d.clockMs === "string")
                            m.clockMs = $parseInt(d.clockMs, 10);
                        else if (typeof d.clockMs === "number")
                            m.clockMs = d.clockMs;
                        else if (typeof d.clockMs === "object")
                            m.clockMs = new $util.LongBits(d.clockMs.low >>> 0, d.clockMs.high >>> 0).toNumber();
                    }
                }
                if (d.lamport != null) {
                    if (typeof d.lamport === "object" ? d.lamport.low || d.lamport.high : $Number(d.lamport) !== 0) {
                        if ($util.Long)
                            m.lamport = $util.Long.fromValue(d.lamport, true);
                        else if (typeof d.lamport === "string")
                            m.lamport = $parseInt(d.lamport, 10);
                        else if (typeof d.lamport === "number")
                            m.lamport = d.lamport;
                        else if (typeof d.lamport === "object")
                            m.lamport = new $util.LongBits(d.lamport.low >>> 0, d.lamport.high >>> 0).toNumber(true);
                    }
                }
                if (d.partitioned) {
                    if (!$Array.isArray(d.partitioned))
                        throw $TypeError(".socialnet.v1.StatusReport.partitioned: array expected");
                    m.partitioned = $Array(d.partitioned.length);
                    for (var i = 0; i < d.partitioned.length; ++i) {
                        m.partitioned[i] = $String(d.partitioned[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StatusReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof socialnet.v1.StatusReport
             * @static
             * @param {socialnet.v1.StatusReport} m StatusReport
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusReport.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.partitioned = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.role = o.enums === $String ? "ROLE_UNSPECIFIED" : 0;
                    d.rank = 0;
                    d.coordinator = "";
                    d.view = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.eventCount = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.eventCount = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lag = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lag = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.clockMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.clockMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lamport = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lamport = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    d.role = o.enums === $String ? $root.socialnet.v1.Role[m.role] === $undefined ? m.role : $root.socialnet.v1.Role[m.role] : m.role;
                }
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    d.rank = m.rank;
                }
                if (m.coordinator != null && $Object.hasOwnProperty.call(m, "coordinator")) {
                    d.coordinator = m.coordinator;
                }
                if (m.view != null && $Object.hasOwnProperty.call(m, "view")) {
                    d.view = $root.socialnet.v1.View.toObject(m.view, o, q + 1);
                }
                if (m.eventCount != null && $Object.hasOwnProperty.call(m, "eventCount")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.eventCount = typeof m.eventCount === "number" ? $BigInt(m.eventCount) : $util.Long.fromBits(m.eventCount.low >>> 0, m.eventCount.high >>> 0, true).toBigInt();
                    else if (typeof m.eventCount === "number")
                        d.eventCount = o.longs === $String ? $String(m.eventCount) : m.eventCount;
                    else
                        d.eventCount = o.longs === $String ? $util.Long.prototype.toString.call(m.eventCount) : o.longs === $Number ? new $util.LongBits(m.eventCount.low >>> 0, m.eventCount.high >>> 0).toNumber(true) : m.eventCount;
                }
                if (m.lag != null && $Object.hasOwnProperty.call(m, "lag")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lag = typeof m.lag === "number" ? $BigInt(m.lag) : $util.Long.fromBits(m.lag.low >>> 0, m.lag.high >>> 0, true).toBigInt();
                    else if (typeof m.lag === "number")
                        d.lag = o.longs === $String ? $String(m.lag) : m.lag;
                    else
                        d.lag = o.longs === $String ? $util.Long.prototype.toString.call(m.lag) : o.longs === $Number ? new $util.LongBits(m.lag.low >>> 0, m.lag.high >>> 0).toNumber(true) : m.lag;
                }
                if (m.clockMs != null && $Object.hasOwnProperty.call(m, "clockMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.clockMs = typeof m.clockMs === "number" ? $BigInt(m.clockMs) : $util.Long.fromBits(m.clockMs.low >>> 0, m.clockMs.high >>> 0, false).toBigInt();
                    else if (typeof m.clockMs === "number")
                        d.clockMs = o.longs === $String ? $String(m.clockMs) : m.clockMs;
                    else
                        d.clockMs = o.longs === $String ? $util.Long.prototype.toString.call(m.clockMs) : o.longs === $Number ? new $util.LongBits(m.clockMs.low >>> 0, m.clockMs.high >>> 0).toNumber() : m.clockMs;
                }
                if (m.lamport != null && $Object.hasOwnProperty.call(m, "lamport")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lamport = typeof m.lamport === "number" ? $BigInt(m.lamport) : $util.Long.fromBits(m.lamport.low >>> 0, m.lamport.high >>> 0, true).toBigInt();
                    else if (typeof m.lamport === "number")
                        d.lamport = o.longs === $String ? $String(m.lamport) : m.lamport;
                    else
                        d.lamport = o.longs === $String ? $util.Long.prototype.toString.call(m.lamport) : o.longs === $Number ? new $util.LongBits(m.lamport.low >>> 0, m.lamport.high >>> 0).toNumber(true) : m.lamport;
                }
                if (m.partitioned && m.partitioned.length) {
                    d.partitioned = $Array(m.partitioned.length);
                    for (var j = 0; j < m.partitioned.length; ++j) {
                        d.partitioned[j] = m.partitioned[j];
                    }
                }
                return d;
            };

            /**
             * Converts this StatusReport to JSON.
             * @function toJSON
             * @memberof socialnet.v1.StatusReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusReport.prototype.toJSON = function() {
                return StatusReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusReport
             * @function getTypeUrl
             * @memberof socialnet.v1.StatusReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/socialnet.v1.StatusReport";
            };

            return StatusReport;
        })();

        return v1;
    })();

    return socialnet;
})();

export {
  $root as default
};
