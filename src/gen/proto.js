/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const skiff = $root.skiff = (() => {

    /**
     * Namespace skiff.
     * @exports skiff
     * @namespace
     */
    const skiff = {};

    skiff.raft = (function() {

        /**
         * Namespace raft.
         * @memberof skiff
         * @namespace
         */
        const raft = {};

        raft.SnapshotId = (function() {

            /**
             * Properties of a SnapshotId.
             * @typedef {Object} skiff.raft.SnapshotId.$Properties
             * @property {number|null} [endOffset] SnapshotId endOffset
             * @property {number|null} [epoch] SnapshotId epoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotId.
             * @memberof skiff.raft
             * @interface ISnapshotId
             * @augments skiff.raft.SnapshotId.$Properties
             * @deprecated Use skiff.raft.SnapshotId.$Properties instead.
             */

            /**
             * Shape of a SnapshotId.
             * @typedef {skiff.raft.SnapshotId.$Properties} skiff.raft.SnapshotId.$Shape
             */

            /**
             * Constructs a new SnapshotId.
             * @memberof skiff.raft
             * @classdesc Represents a SnapshotId.
             * @constructor
             * @param {skiff.raft.SnapshotId.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotId = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotId endOffset.
             * @member {number} endOffset
             * @memberof skiff.raft.SnapshotId
             * @instance
             */
            SnapshotId.prototype.endOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SnapshotId epoch.
             * @member {number} epoch
             * @memberof skiff.raft.SnapshotId
             * @instance
             */
            SnapshotId.prototype.epoch = 0;

            /**
             * Encodes the specified SnapshotId message. Does not implicitly {@link skiff.raft.SnapshotId.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.SnapshotId
             * @static
             * @param {skiff.raft.SnapshotId.$Properties} message SnapshotId message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotId.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset") && (typeof message.endOffset === "object" ? message.endOffset.low || message.endOffset.high : message.endOffset !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.endOffset);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.epoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotId message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.SnapshotId
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.SnapshotId & skiff.raft.SnapshotId.$Shape} SnapshotId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotId.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.SnapshotId();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.endOffset = value;
                            else
                                delete message.endOffset;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SnapshotId;
        })();

        raft.VoteRequest = (function() {

            /**
             * Properties of a VoteRequest.
             * @typedef {Object} skiff.raft.VoteRequest.$Properties
             * @property {number|null} [candidateEpoch] VoteRequest candidateEpoch
             * @property {number|null} [candidateId] VoteRequest candidateId
             * @property {number|null} [lastOffsetEpoch] VoteRequest lastOffsetEpoch
             * @property {number|null} [lastOffset] VoteRequest lastOffset
             * @property {boolean|null} [preVote] VoteRequest preVote
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VoteRequest.
             * @memberof skiff.raft
             * @interface IVoteRequest
             * @augments skiff.raft.VoteRequest.$Properties
             * @deprecated Use skiff.raft.VoteRequest.$Properties instead.
             */

            /**
             * Shape of a VoteRequest.
             * @typedef {skiff.raft.VoteRequest.$Properties} skiff.raft.VoteRequest.$Shape
             */

            /**
             * Constructs a new VoteRequest.
             * @memberof skiff.raft
             * @classdesc Represents a VoteRequest.
             * @constructor
             * @param {skiff.raft.VoteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VoteRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VoteRequest candidateEpoch.
             * @member {number} candidateEpoch
             * @memberof skiff.raft.VoteRequest
             * @instance
             */
            VoteRequest.prototype.candidateEpoch = 0;

            /**
             * VoteRequest candidateId.
             * @member {number} candidateId
             * @memberof skiff.raft.VoteRequest
             * @instance
             */
            VoteRequest.prototype.candidateId = 0;

            /**
             * VoteRequest lastOffsetEpoch.
             * @member {number} lastOffsetEpoch
             * @memberof skiff.raft.VoteRequest
             * @instance
             */
            VoteRequest.prototype.lastOffsetEpoch = 0;

            /**
             * VoteRequest lastOffset.
             * @member {number} lastOffset
             * @memberof skiff.raft.VoteRequest
             * @instance
             */
            VoteRequest.prototype.lastOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * VoteRequest preVote.
             * @member {boolean} preVote
             * @memberof skiff.raft.VoteRequest
             * @instance
             */
            VoteRequest.prototype.preVote = false;

            /**
             * Encodes the specified VoteRequest message. Does not implicitly {@link skiff.raft.VoteRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.VoteRequest
             * @static
             * @param {skiff.raft.VoteRequest.$Properties} message VoteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VoteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.candidateEpoch != null && $Object.hasOwnProperty.call(message, "candidateEpoch") && message.candidateEpoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.candidateEpoch);
                if (message.candidateId != null && $Object.hasOwnProperty.call(message, "candidateId") && message.candidateId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.candidateId);
                if (message.lastOffsetEpoch != null && $Object.hasOwnProperty.call(message, "lastOffsetEpoch") && message.lastOffsetEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.lastOffsetEpoch);
                if (message.lastOffset != null && $Object.hasOwnProperty.call(message, "lastOffset") && (typeof message.lastOffset === "object" ? message.lastOffset.low || message.lastOffset.high : message.lastOffset !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.lastOffset);
                if (message.preVote != null && $Object.hasOwnProperty.call(message, "preVote") && message.preVote !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.preVote);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VoteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.VoteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.VoteRequest & skiff.raft.VoteRequest.$Shape} VoteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VoteRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.VoteRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.candidateEpoch = value;
                            else
                                delete message.candidateEpoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.candidateId = value;
                            else
                                delete message.candidateId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.lastOffsetEpoch = value;
                            else
                                delete message.lastOffsetEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastOffset = value;
                            else
                                delete message.lastOffset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.preVote = value;
                            else
                                delete message.preVote;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return VoteRequest;
        })();

        raft.VoteResponse = (function() {

            /**
             * Properties of a VoteResponse.
             * @typedef {Object} skiff.raft.VoteResponse.$Properties
             * @property {number|null} [errorCode] VoteResponse errorCode
             * @property {number|null} [epoch] VoteResponse epoch
             * @property {number|null} [leaderId] VoteResponse leaderId
             * @property {boolean|null} [voteGranted] VoteResponse voteGranted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VoteResponse.
             * @memberof skiff.raft
             * @interface IVoteResponse
             * @augments skiff.raft.VoteResponse.$Properties
             * @deprecated Use skiff.raft.VoteResponse.$Properties instead.
             */

            /**
             * Shape of a VoteResponse.
             * @typedef {skiff.raft.VoteResponse.$Properties} skiff.raft.VoteResponse.$Shape
             */

            /**
             * Constructs a new VoteResponse.
             * @memberof skiff.raft
             * @classdesc Represents a VoteResponse.
             * @constructor
             * @param {skiff.raft.VoteResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VoteResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VoteResponse errorCode.
             * @member {number} errorCode
             * @memberof skiff.raft.VoteResponse
             * @instance
             */
            VoteResponse.prototype.errorCode = 0;

            /**
             * VoteResponse epoch.
             * @member {number} epoch
             * @memberof skiff.raft.VoteResponse
             * @instance
             */
            VoteResponse.prototype.epoch = 0;

            /**
             * VoteResponse leaderId.
             * @member {number} leaderId
             * @memberof skiff.raft.VoteResponse
             * @instance
             */
            VoteResponse.prototype.leaderId = 0;

            /**
             * VoteResponse voteGranted.
             * @member {boolean} voteGranted
             * @memberof skiff.raft.VoteResponse
             * @instance
             */
            VoteResponse.prototype.voteGranted = false;

            /**
             * Encodes the specified VoteResponse message. Does not implicitly {@link skiff.raft.VoteResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.VoteResponse
             * @static
             * @param {skiff.raft.VoteResponse.$Properties} message VoteResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VoteResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.errorCode);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.epoch);
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.leaderId);
                if (message.voteGranted != null && $Object.hasOwnProperty.call(message, "voteGranted") && message.voteGranted !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.voteGranted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VoteResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.VoteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.VoteResponse & skiff.raft.VoteResponse.$Shape} VoteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VoteResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.VoteResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.voteGranted = value;
                            else
                                delete message.voteGranted;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return VoteResponse;
        })();

        raft.BeginQuorumEpochRequest = (function() {

            /**
             * Properties of a BeginQuorumEpochRequest.
             * @typedef {Object} skiff.raft.BeginQuorumEpochRequest.$Properties
             * @property {number|null} [epoch] BeginQuorumEpochRequest epoch
             * @property {number|null} [leaderId] BeginQuorumEpochRequest leaderId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BeginQuorumEpochRequest.
             * @memberof skiff.raft
             * @interface IBeginQuorumEpochRequest
             * @augments skiff.raft.BeginQuorumEpochRequest.$Properties
             * @deprecated Use skiff.raft.BeginQuorumEpochRequest.$Properties instead.
             */

            /**
             * Shape of a BeginQuorumEpochRequest.
             * @typedef {skiff.raft.BeginQuorumEpochRequest.$Properties} skiff.raft.BeginQuorumEpochRequest.$Shape
             */

            /**
             * Constructs a new BeginQuorumEpochRequest.
             * @memberof skiff.raft
             * @classdesc Represents a BeginQuorumEpochRequest.
             * @constructor
             * @param {skiff.raft.BeginQuorumEpochRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BeginQuorumEpochRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BeginQuorumEpochRequest epoch.
             * @member {number} epoch
             * @memberof skiff.raft.BeginQuorumEpochRequest
             * @instance
             */
            BeginQuorumEpochRequest.prototype.epoch = 0;

            /**
             * BeginQuorumEpochRequest leaderId.
             * @member {number} leaderId
             * @memberof skiff.raft.BeginQuorumEpochRequest
             * @instance
             */
            BeginQuorumEpochRequest.prototype.leaderId = 0;

            /**
             * Encodes the specified BeginQuorumEpochRequest message. Does not implicitly {@link skiff.raft.BeginQuorumEpochRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.BeginQuorumEpochRequest
             * @static
             * @param {skiff.raft.BeginQuorumEpochRequest.$Properties} message BeginQuorumEpochRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeginQuorumEpochRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.epoch);
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.leaderId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BeginQuorumEpochRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.BeginQuorumEpochRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.BeginQuorumEpochRequest & skiff.raft.BeginQuorumEpochRequest.$Shape} BeginQuorumEpochRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeginQuorumEpochRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.BeginQuorumEpochRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return BeginQuorumEpochRequest;
        })();

        raft.EndQuorumEpochRequest = (function() {

            /**
             * Properties of an EndQuorumEpochRequest.
             * @typedef {Object} skiff.raft.EndQuorumEpochRequest.$Properties
             * @property {number|null} [epoch] EndQuorumEpochRequest epoch
             * @property {number|null} [leaderId] EndQuorumEpochRequest leaderId
             * @property {Array.<number>|null} [preferredSuccessors] EndQuorumEpochRequest preferredSuccessors
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EndQuorumEpochRequest.
             * @memberof skiff.raft
             * @interface IEndQuorumEpochRequest
             * @augments skiff.raft.EndQuorumEpochRequest.$Properties
             * @deprecated Use skiff.raft.EndQuorumEpochRequest.$Properties instead.
             */

            /**
             * Shape of an EndQuorumEpochRequest.
             * @typedef {skiff.raft.EndQuorumEpochRequest.$Properties} skiff.raft.EndQuorumEpochRequest.$Shape
             */

            /**
             * Constructs a new EndQuorumEpochRequest.
             * @memberof skiff.raft
             * @classdesc Represents an EndQuorumEpochRequest.
             * @constructor
             * @param {skiff.raft.EndQuorumEpochRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EndQuorumEpochRequest = function (properties) {
                this.preferredSuccessors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EndQuorumEpochRequest epoch.
             * @member {number} epoch
             * @memberof skiff.raft.EndQuorumEpochRequest
             * @instance
             */
            EndQuorumEpochRequest.prototype.epoch = 0;

            /**
             * EndQuorumEpochRequest leaderId.
             * @member {number} leaderId
             * @memberof skiff.raft.EndQuorumEpochRequest
             * @instance
             */
            EndQuorumEpochRequest.prototype.leaderId = 0;

            /**
             * EndQuorumEpochRequest preferredSuccessors.
             * @member {Array.<number>} preferredSuccessors
             * @memberof skiff.raft.EndQuorumEpochRequest
             * @instance
             */
            EndQuorumEpochRequest.prototype.preferredSuccessors = $util.emptyArray;

            /**
             * Encodes the specified EndQuorumEpochRequest message. Does not implicitly {@link skiff.raft.EndQuorumEpochRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.EndQuorumEpochRequest
             * @static
             * @param {skiff.raft.EndQuorumEpochRequest.$Properties} message EndQuorumEpochRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndQuorumEpochRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.epoch);
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.leaderId);
                if (message.preferredSuccessors != null && message.preferredSuccessors.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.preferredSuccessors);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EndQuorumEpochRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.EndQuorumEpochRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.EndQuorumEpochRequest & skiff.raft.EndQuorumEpochRequest.$Shape} EndQuorumEpochRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndQuorumEpochRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.EndQuorumEpochRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.preferredSuccessors && message.preferredSuccessors.length))
                                    message.preferredSuccessors = [];
                                reader.int32s(message.preferredSuccessors);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.preferredSuccessors && message.preferredSuccessors.length))
                                message.preferredSuccessors = [];
                            message.preferredSuccessors.push(reader.int32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return EndQuorumEpochRequest;
        })();

        raft.QuorumEpochResponse = (function() {

            /**
             * Properties of a QuorumEpochResponse.
             * @typedef {Object} skiff.raft.QuorumEpochResponse.$Properties
             * @property {number|null} [errorCode] QuorumEpochResponse errorCode
             * @property {number|null} [epoch] QuorumEpochResponse epoch
             * @property {number|null} [leaderId] QuorumEpochResponse leaderId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QuorumEpochResponse.
             * @memberof skiff.raft
             * @interface IQuorumEpochResponse
             * @augments skiff.raft.QuorumEpochResponse.$Properties
             * @deprecated Use skiff.raft.QuorumEpochResponse.$Properties instead.
             */

            /**
             * Shape of a QuorumEpochResponse.
             * @typedef {skiff.raft.QuorumEpochResponse.$Properties} skiff.raft.QuorumEpochResponse.$Shape
             */

            /**
             * Constructs a new QuorumEpochResponse.
             * @memberof skiff.raft
             * @classdesc Represents a QuorumEpochResponse.
             * @constructor
             * @param {skiff.raft.QuorumEpochResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QuorumEpochResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QuorumEpochResponse errorCode.
             * @member {number} errorCode
             * @memberof skiff.raft.QuorumEpochResponse
             * @instance
             */
            QuorumEpochResponse.prototype.errorCode = 0;

            /**
             * QuorumEpochResponse epoch.
             * @member {number} epoch
             * @memberof skiff.raft.QuorumEpochResponse
             * @instance
             */
            QuorumEpochResponse.prototype.epoch = 0;

            /**
             * QuorumEpochResponse leaderId.
             * @member {number} leaderId
             * @memberof skiff.raft.QuorumEpochResponse
             * @instance
             */
            QuorumEpochResponse.prototype.leaderId = 0;

            /**
             * Encodes the specified QuorumEpochResponse message. Does not implicitly {@link skiff.raft.QuorumEpochResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.QuorumEpochResponse
             * @static
             * @param {skiff.raft.QuorumEpochResponse.$Properties} message QuorumEpochResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuorumEpochResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.errorCode);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.epoch);
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.leaderId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QuorumEpochResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.QuorumEpochResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.QuorumEpochResponse & skiff.raft.QuorumEpochResponse.$Shape} QuorumEpochResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuorumEpochResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.QuorumEpochResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return QuorumEpochResponse;
        })();

        raft.FetchRequest = (function() {

            /**
             * Properties of a FetchRequest.
             * @typedef {Object} skiff.raft.FetchRequest.$Properties
             * @property {number|null} [epoch] FetchRequest epoch
             * @property {number|null} [replicaId] FetchRequest replicaId
             * @property {number|null} [fetchOffset] FetchRequest fetchOffset
             * @property {number|null} [lastFetchedEpoch] FetchRequest lastFetchedEpoch
             * @property {number|null} [maxWaitMs] FetchRequest maxWaitMs
             * @property {number|null} [maxBytes] FetchRequest maxBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchRequest.
             * @memberof skiff.raft
             * @interface IFetchRequest
             * @augments skiff.raft.FetchRequest.$Properties
             * @deprecated Use skiff.raft.FetchRequest.$Properties instead.
             */

            /**
             * Shape of a FetchRequest.
             * @typedef {skiff.raft.FetchRequest.$Properties} skiff.raft.FetchRequest.$Shape
             */

            /**
             * Constructs a new FetchRequest.
             * @memberof skiff.raft
             * @classdesc Represents a FetchRequest.
             * @constructor
             * @param {skiff.raft.FetchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchRequest epoch.
             * @member {number} epoch
             * @memberof skiff.raft.FetchRequest
             * @instance
             */
            FetchRequest.prototype.epoch = 0;

            /**
             * FetchRequest replicaId.
             * @member {number} replicaId
             * @memberof skiff.raft.FetchRequest
             * @instance
             */
            FetchRequest.prototype.replicaId = 0;

            /**
             * FetchRequest fetchOffset.
             * @member {number} fetchOffset
             * @memberof skiff.raft.FetchRequest
             * @instance
             */
            FetchRequest.prototype.fetchOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchRequest lastFetchedEpoch.
             * @member {number} lastFetchedEpoch
             * @memberof skiff.raft.FetchRequest
             * @instance
             */
            FetchRequest.prototype.lastFetchedEpoch = 0;

            /**
             * FetchRequest maxWaitMs.
             * @member {number} maxWaitMs
             * @memberof skiff.raft.FetchRequest
             * @instance
             */
            FetchRequest.prototype.maxWaitMs = 0;

            /**
             * FetchRequest maxBytes.
             * @member {number} maxBytes
             * @memberof skiff.raft.FetchRequest
             * @instance
             */
            FetchRequest.prototype.maxBytes = 0;

            /**
             * Encodes the specified FetchRequest message. Does not implicitly {@link skiff.raft.FetchRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.FetchRequest
             * @static
             * @param {skiff.raft.FetchRequest.$Properties} message FetchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.epoch);
                if (message.replicaId != null && $Object.hasOwnProperty.call(message, "replicaId") && message.replicaId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.replicaId);
                if (message.fetchOffset != null && $Object.hasOwnProperty.call(message, "fetchOffset") && (typeof message.fetchOffset === "object" ? message.fetchOffset.low || message.fetchOffset.high : message.fetchOffset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.fetchOffset);
                if (message.lastFetchedEpoch != null && $Object.hasOwnProperty.call(message, "lastFetchedEpoch") && message.lastFetchedEpoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.lastFetchedEpoch);
                if (message.maxWaitMs != null && $Object.hasOwnProperty.call(message, "maxWaitMs") && message.maxWaitMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.maxWaitMs);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && message.maxBytes !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.maxBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.FetchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.FetchRequest & skiff.raft.FetchRequest.$Shape} FetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.FetchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.replicaId = value;
                            else
                                delete message.replicaId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fetchOffset = value;
                            else
                                delete message.fetchOffset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.lastFetchedEpoch = value;
                            else
                                delete message.lastFetchedEpoch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.maxWaitMs = value;
                            else
                                delete message.maxWaitMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FetchRequest;
        })();

        raft.DivergingEpoch = (function() {

            /**
             * Properties of a DivergingEpoch.
             * @typedef {Object} skiff.raft.DivergingEpoch.$Properties
             * @property {number|null} [epoch] DivergingEpoch epoch
             * @property {number|null} [endOffset] DivergingEpoch endOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DivergingEpoch.
             * @memberof skiff.raft
             * @interface IDivergingEpoch
             * @augments skiff.raft.DivergingEpoch.$Properties
             * @deprecated Use skiff.raft.DivergingEpoch.$Properties instead.
             */

            /**
             * Shape of a DivergingEpoch.
             * @typedef {skiff.raft.DivergingEpoch.$Properties} skiff.raft.DivergingEpoch.$Shape
             */

            /**
             * Constructs a new DivergingEpoch.
             * @memberof skiff.raft
             * @classdesc Represents a DivergingEpoch.
             * @constructor
             * @param {skiff.raft.DivergingEpoch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DivergingEpoch = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DivergingEpoch epoch.
             * @member {number} epoch
             * @memberof skiff.raft.DivergingEpoch
             * @instance
             */
            DivergingEpoch.prototype.epoch = 0;

            /**
             * DivergingEpoch endOffset.
             * @member {number} endOffset
             * @memberof skiff.raft.DivergingEpoch
             * @instance
             */
            DivergingEpoch.prototype.endOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified DivergingEpoch message. Does not implicitly {@link skiff.raft.DivergingEpoch.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.DivergingEpoch
             * @static
             * @param {skiff.raft.DivergingEpoch.$Properties} message DivergingEpoch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DivergingEpoch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.epoch);
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset") && (typeof message.endOffset === "object" ? message.endOffset.low || message.endOffset.high : message.endOffset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.endOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DivergingEpoch message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.DivergingEpoch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.DivergingEpoch & skiff.raft.DivergingEpoch.$Shape} DivergingEpoch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DivergingEpoch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.DivergingEpoch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.endOffset = value;
                            else
                                delete message.endOffset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DivergingEpoch;
        })();

        raft.FetchResponse = (function() {

            /**
             * Properties of a FetchResponse.
             * @typedef {Object} skiff.raft.FetchResponse.$Properties
             * @property {number|null} [errorCode] FetchResponse errorCode
             * @property {number|null} [epoch] FetchResponse epoch
             * @property {number|null} [leaderId] FetchResponse leaderId
             * @property {number|null} [highWatermark] FetchResponse highWatermark
             * @property {number|null} [logStartOffset] FetchResponse logStartOffset
             * @property {Uint8Array|null} [records] FetchResponse records
             * @property {skiff.raft.DivergingEpoch.$Properties|null} [divergingEpoch] FetchResponse divergingEpoch
             * @property {skiff.raft.SnapshotId.$Properties|null} [snapshotId] FetchResponse snapshotId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchResponse.
             * @memberof skiff.raft
             * @interface IFetchResponse
             * @augments skiff.raft.FetchResponse.$Properties
             * @deprecated Use skiff.raft.FetchResponse.$Properties instead.
             */

            /**
             * Shape of a FetchResponse.
             * @typedef {skiff.raft.FetchResponse.$Properties} skiff.raft.FetchResponse.$Shape
             */

            /**
             * Constructs a new FetchResponse.
             * @memberof skiff.raft
             * @classdesc Represents a FetchResponse.
             * @constructor
             * @param {skiff.raft.FetchResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchResponse errorCode.
             * @member {number} errorCode
             * @memberof skiff.raft.FetchResponse
             * @instance
             */
            FetchResponse.prototype.errorCode = 0;

            /**
             * FetchResponse epoch.
             * @member {number} epoch
             * @memberof skiff.raft.FetchResponse
             * @instance
             */
            FetchResponse.prototype.epoch = 0;

            /**
             * FetchResponse leaderId.
             * @member {number} leaderId
             * @memberof skiff.raft.FetchResponse
             * @instance
             */
            FetchResponse.prototype.leaderId = 0;

            /**
             * FetchResponse highWatermark.
             * @member {number} highWatermark
             * @memberof skiff.raft.FetchResponse
             * @instance
             */
            FetchResponse.prototype.highWatermark = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchResponse logStartOffset.
             * @member {number} logStartOffset
             * @memberof skiff.raft.FetchResponse
             * @instance
             */
            FetchResponse.prototype.logStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchResponse records.
             * @member {Uint8Array} records
             * @memberof skiff.raft.FetchResponse
             * @instance
             */
            FetchResponse.prototype.records = $util.newBuffer([]);

            /**
             * FetchResponse divergingEpoch.
             * @member {skiff.raft.DivergingEpoch.$Properties|null|undefined} divergingEpoch
             * @memberof skiff.raft.FetchResponse
             * @instance
             */
            FetchResponse.prototype.divergingEpoch = null;

            /**
             * FetchResponse snapshotId.
             * @member {skiff.raft.SnapshotId.$Properties|null|undefined} snapshotId
             * @memberof skiff.raft.FetchResponse
             * @instance
             */
            FetchResponse.prototype.snapshotId = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(FetchResponse.prototype, "_divergingEpoch", {
                get: $util.oneOfGetter($oneOfFields = ["divergingEpoch"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(FetchResponse.prototype, "_snapshotId", {
                get: $util.oneOfGetter($oneOfFields = ["snapshotId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified FetchResponse message. Does not implicitly {@link skiff.raft.FetchResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.FetchResponse
             * @static
             * @param {skiff.raft.FetchResponse.$Properties} message FetchResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.errorCode);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.epoch);
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.leaderId);
                if (message.highWatermark != null && $Object.hasOwnProperty.call(message, "highWatermark") && (typeof message.highWatermark === "object" ? message.highWatermark.low || message.highWatermark.high : message.highWatermark !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.highWatermark);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && (typeof message.logStartOffset === "object" ? message.logStartOffset.low || message.logStartOffset.high : message.logStartOffset !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.logStartOffset);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && message.records.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.records);
                if (message.divergingEpoch != null && $Object.hasOwnProperty.call(message, "divergingEpoch"))
                    $root.skiff.raft.DivergingEpoch.encode(message.divergingEpoch, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId"))
                    $root.skiff.raft.SnapshotId.encode(message.snapshotId, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.FetchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.FetchResponse & skiff.raft.FetchResponse.$Shape} FetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.FetchResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.highWatermark = value;
                            else
                                delete message.highWatermark;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.logStartOffset = value;
                            else
                                delete message.logStartOffset;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.records = value;
                            else
                                delete message.records;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.divergingEpoch = $root.skiff.raft.DivergingEpoch.decode(reader, reader.size(), $undefined, _depth + 1, message.divergingEpoch);
                            message._divergingEpoch = "divergingEpoch";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.snapshotId = $root.skiff.raft.SnapshotId.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotId);
                            message._snapshotId = "snapshotId";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FetchResponse;
        })();

        raft.FetchSnapshotRequest = (function() {

            /**
             * Properties of a FetchSnapshotRequest.
             * @typedef {Object} skiff.raft.FetchSnapshotRequest.$Properties
             * @property {number|null} [epoch] FetchSnapshotRequest epoch
             * @property {number|null} [replicaId] FetchSnapshotRequest replicaId
             * @property {skiff.raft.SnapshotId.$Properties|null} [snapshotId] FetchSnapshotRequest snapshotId
             * @property {number|null} [position] FetchSnapshotRequest position
             * @property {number|null} [maxBytes] FetchSnapshotRequest maxBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchSnapshotRequest.
             * @memberof skiff.raft
             * @interface IFetchSnapshotRequest
             * @augments skiff.raft.FetchSnapshotRequest.$Properties
             * @deprecated Use skiff.raft.FetchSnapshotRequest.$Properties instead.
             */

            /**
             * Shape of a FetchSnapshotRequest.
             * @typedef {skiff.raft.FetchSnapshotRequest.$Properties} skiff.raft.FetchSnapshotRequest.$Shape
             */

            /**
             * Constructs a new FetchSnapshotRequest.
             * @memberof skiff.raft
             * @classdesc Represents a FetchSnapshotRequest.
             * @constructor
             * @param {skiff.raft.FetchSnapshotRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchSnapshotRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchSnapshotRequest epoch.
             * @member {number} epoch
             * @memberof skiff.raft.FetchSnapshotRequest
             * @instance
             */
            FetchSnapshotRequest.prototype.epoch = 0;

            /**
             * FetchSnapshotRequest replicaId.
             * @member {number} replicaId
             * @memberof skiff.raft.FetchSnapshotRequest
             * @instance
             */
            FetchSnapshotRequest.prototype.replicaId = 0;

            /**
             * FetchSnapshotRequest snapshotId.
             * @member {skiff.raft.SnapshotId.$Properties|null|undefined} snapshotId
             * @memberof skiff.raft.FetchSnapshotRequest
             * @instance
             */
            FetchSnapshotRequest.prototype.snapshotId = null;

            /**
             * FetchSnapshotRequest position.
             * @member {number} position
             * @memberof skiff.raft.FetchSnapshotRequest
             * @instance
             */
            FetchSnapshotRequest.prototype.position = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchSnapshotRequest maxBytes.
             * @member {number} maxBytes
             * @memberof skiff.raft.FetchSnapshotRequest
             * @instance
             */
            FetchSnapshotRequest.prototype.maxBytes = 0;

            /**
             * Encodes the specified FetchSnapshotRequest message. Does not implicitly {@link skiff.raft.FetchSnapshotRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.FetchSnapshotRequest
             * @static
             * @param {skiff.raft.FetchSnapshotRequest.$Properties} message FetchSnapshotRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchSnapshotRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.epoch);
                if (message.replicaId != null && $Object.hasOwnProperty.call(message, "replicaId") && message.replicaId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.replicaId);
                if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId"))
                    $root.skiff.raft.SnapshotId.encode(message.snapshotId, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && (typeof message.position === "object" ? message.position.low || message.position.high : message.position !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.position);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && message.maxBytes !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.maxBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchSnapshotRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.FetchSnapshotRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.FetchSnapshotRequest & skiff.raft.FetchSnapshotRequest.$Shape} FetchSnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.FetchSnapshotRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.replicaId = value;
                            else
                                delete message.replicaId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.snapshotId = $root.skiff.raft.SnapshotId.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotId);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FetchSnapshotRequest;
        })();

        raft.FetchSnapshotResponse = (function() {

            /**
             * Properties of a FetchSnapshotResponse.
             * @typedef {Object} skiff.raft.FetchSnapshotResponse.$Properties
             * @property {number|null} [errorCode] FetchSnapshotResponse errorCode
             * @property {number|null} [epoch] FetchSnapshotResponse epoch
             * @property {number|null} [leaderId] FetchSnapshotResponse leaderId
             * @property {skiff.raft.SnapshotId.$Properties|null} [snapshotId] FetchSnapshotResponse snapshotId
             * @property {number|null} [size] FetchSnapshotResponse size
             * @property {number|null} [position] FetchSnapshotResponse position
             * @property {Uint8Array|null} [bytes] FetchSnapshotResponse bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchSnapshotResponse.
             * @memberof skiff.raft
             * @interface IFetchSnapshotResponse
             * @augments skiff.raft.FetchSnapshotResponse.$Properties
             * @deprecated Use skiff.raft.FetchSnapshotResponse.$Properties instead.
             */

            /**
             * Shape of a FetchSnapshotResponse.
             * @typedef {skiff.raft.FetchSnapshotResponse.$Properties} skiff.raft.FetchSnapshotResponse.$Shape
             */

            /**
             * Constructs a new FetchSnapshotResponse.
             * @memberof skiff.raft
             * @classdesc Represents a FetchSnapshotResponse.
             * @constructor
             * @param {skiff.raft.FetchSnapshotResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchSnapshotResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchSnapshotResponse errorCode.
             * @member {number} errorCode
             * @memberof skiff.raft.FetchSnapshotResponse
             * @instance
             */
            FetchSnapshotResponse.prototype.errorCode = 0;

            /**
             * FetchSnapshotResponse epoch.
             * @member {number} epoch
             * @memberof skiff.raft.FetchSnapshotResponse
             * @instance
             */
            FetchSnapshotResponse.prototype.epoch = 0;

            /**
             * FetchSnapshotResponse leaderId.
             * @member {number} leaderId
             * @memberof skiff.raft.FetchSnapshotResponse
             * @instance
             */
            FetchSnapshotResponse.prototype.leaderId = 0;

            /**
             * FetchSnapshotResponse snapshotId.
             * @member {skiff.raft.SnapshotId.$Properties|null|undefined} snapshotId
             * @memberof skiff.raft.FetchSnapshotResponse
             * @instance
             */
            FetchSnapshotResponse.prototype.snapshotId = null;

            /**
             * FetchSnapshotResponse size.
             * @member {number} size
             * @memberof skiff.raft.FetchSnapshotResponse
             * @instance
             */
            FetchSnapshotResponse.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchSnapshotResponse position.
             * @member {number} position
             * @memberof skiff.raft.FetchSnapshotResponse
             * @instance
             */
            FetchSnapshotResponse.prototype.position = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchSnapshotResponse bytes.
             * @member {Uint8Array} bytes
             * @memberof skiff.raft.FetchSnapshotResponse
             * @instance
             */
            FetchSnapshotResponse.prototype.bytes = $util.newBuffer([]);

            /**
             * Encodes the specified FetchSnapshotResponse message. Does not implicitly {@link skiff.raft.FetchSnapshotResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.raft.FetchSnapshotResponse
             * @static
             * @param {skiff.raft.FetchSnapshotResponse.$Properties} message FetchSnapshotResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchSnapshotResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.errorCode);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.epoch);
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.leaderId);
                if (message.snapshotId != null && $Object.hasOwnProperty.call(message, "snapshotId"))
                    $root.skiff.raft.SnapshotId.encode(message.snapshotId, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.size);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && (typeof message.position === "object" ? message.position.low || message.position.high : message.position !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.position);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && message.bytes.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchSnapshotResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.raft.FetchSnapshotResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.raft.FetchSnapshotResponse & skiff.raft.FetchSnapshotResponse.$Shape} FetchSnapshotResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchSnapshotResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.raft.FetchSnapshotResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.snapshotId = $root.skiff.raft.SnapshotId.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotId);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FetchSnapshotResponse;
        })();

        return raft;
    })();

    return skiff;
})();

export {
  $root as default
};
