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

    skiff.broker = (function() {

        /**
         * Namespace broker.
         * @memberof skiff
         * @namespace
         */
        const broker = {};

        broker.BrokerInfo = (function() {

            /**
             * Properties of a BrokerInfo.
             * @typedef {Object} skiff.broker.BrokerInfo.$Properties
             * @property {number|null} [brokerId] BrokerInfo brokerId
             * @property {string|null} [host] BrokerInfo host
             * @property {number|null} [port] BrokerInfo port
             * @property {string|null} [rack] BrokerInfo rack
             * @property {boolean|null} [fenced] BrokerInfo fenced
             * @property {boolean|null} [inControlledShutdown] BrokerInfo inControlledShutdown
             * @property {number|null} [brokerEpoch] BrokerInfo brokerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerInfo.
             * @memberof skiff.broker
             * @interface IBrokerInfo
             * @augments skiff.broker.BrokerInfo.$Properties
             * @deprecated Use skiff.broker.BrokerInfo.$Properties instead.
             */

            /**
             * Shape of a BrokerInfo.
             * @typedef {skiff.broker.BrokerInfo.$Properties} skiff.broker.BrokerInfo.$Shape
             */

            /**
             * Constructs a new BrokerInfo.
             * @memberof skiff.broker
             * @classdesc Represents a BrokerInfo.
             * @constructor
             * @param {skiff.broker.BrokerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerInfo brokerId.
             * @member {number} brokerId
             * @memberof skiff.broker.BrokerInfo
             * @instance
             */
            BrokerInfo.prototype.brokerId = 0;

            /**
             * BrokerInfo host.
             * @member {string} host
             * @memberof skiff.broker.BrokerInfo
             * @instance
             */
            BrokerInfo.prototype.host = "";

            /**
             * BrokerInfo port.
             * @member {number} port
             * @memberof skiff.broker.BrokerInfo
             * @instance
             */
            BrokerInfo.prototype.port = 0;

            /**
             * BrokerInfo rack.
             * @member {string|null|undefined} rack
             * @memberof skiff.broker.BrokerInfo
             * @instance
             */
            BrokerInfo.prototype.rack = null;

            /**
             * BrokerInfo fenced.
             * @member {boolean} fenced
             * @memberof skiff.broker.BrokerInfo
             * @instance
             */
            BrokerInfo.prototype.fenced = false;

            /**
             * BrokerInfo inControlledShutdown.
             * @member {boolean} inControlledShutdown
             * @memberof skiff.broker.BrokerInfo
             * @instance
             */
            BrokerInfo.prototype.inControlledShutdown = false;

            /**
             * BrokerInfo brokerEpoch.
             * @member {number} brokerEpoch
             * @memberof skiff.broker.BrokerInfo
             * @instance
             */
            BrokerInfo.prototype.brokerEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BrokerInfo.prototype, "_rack", {
                get: $util.oneOfGetter($oneOfFields = ["rack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified BrokerInfo message. Does not implicitly {@link skiff.broker.BrokerInfo.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.BrokerInfo
             * @static
             * @param {skiff.broker.BrokerInfo.$Properties} message BrokerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.brokerId);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.port);
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.rack);
                if (message.fenced != null && $Object.hasOwnProperty.call(message, "fenced") && message.fenced !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.fenced);
                if (message.inControlledShutdown != null && $Object.hasOwnProperty.call(message, "inControlledShutdown") && message.inControlledShutdown !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.inControlledShutdown);
                if (message.brokerEpoch != null && $Object.hasOwnProperty.call(message, "brokerEpoch") && (typeof message.brokerEpoch === "object" ? message.brokerEpoch.low || message.brokerEpoch.high : message.brokerEpoch !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.brokerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.BrokerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.BrokerInfo & skiff.broker.BrokerInfo.$Shape} BrokerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.BrokerInfo();
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
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.rack = reader.stringVerify();
                            message._rack = "rack";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.fenced = value;
                            else
                                delete message.fenced;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.inControlledShutdown = value;
                            else
                                delete message.inControlledShutdown;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.brokerEpoch = value;
                            else
                                delete message.brokerEpoch;
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

            return BrokerInfo;
        })();

        broker.PartitionMetadata = (function() {

            /**
             * Properties of a PartitionMetadata.
             * @typedef {Object} skiff.broker.PartitionMetadata.$Properties
             * @property {number|null} [partition] PartitionMetadata partition
             * @property {number|null} [leader] PartitionMetadata leader
             * @property {number|null} [leaderEpoch] PartitionMetadata leaderEpoch
             * @property {Array.<number>|null} [replicas] PartitionMetadata replicas
             * @property {Array.<number>|null} [isr] PartitionMetadata isr
             * @property {Array.<number>|null} [elr] PartitionMetadata elr
             * @property {Array.<number>|null} [offlineReplicas] PartitionMetadata offlineReplicas
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartitionMetadata.
             * @memberof skiff.broker
             * @interface IPartitionMetadata
             * @augments skiff.broker.PartitionMetadata.$Properties
             * @deprecated Use skiff.broker.PartitionMetadata.$Properties instead.
             */

            /**
             * Shape of a PartitionMetadata.
             * @typedef {skiff.broker.PartitionMetadata.$Properties} skiff.broker.PartitionMetadata.$Shape
             */

            /**
             * Constructs a new PartitionMetadata.
             * @memberof skiff.broker
             * @classdesc Represents a PartitionMetadata.
             * @constructor
             * @param {skiff.broker.PartitionMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartitionMetadata = function (properties) {
                this.replicas = [];
                this.isr = [];
                this.elr = [];
                this.offlineReplicas = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartitionMetadata partition.
             * @member {number} partition
             * @memberof skiff.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.partition = 0;

            /**
             * PartitionMetadata leader.
             * @member {number} leader
             * @memberof skiff.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.leader = 0;

            /**
             * PartitionMetadata leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof skiff.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.leaderEpoch = 0;

            /**
             * PartitionMetadata replicas.
             * @member {Array.<number>} replicas
             * @memberof skiff.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.replicas = $util.emptyArray;

            /**
             * PartitionMetadata isr.
             * @member {Array.<number>} isr
             * @memberof skiff.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.isr = $util.emptyArray;

            /**
             * PartitionMetadata elr.
             * @member {Array.<number>} elr
             * @memberof skiff.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.elr = $util.emptyArray;

            /**
             * PartitionMetadata offlineReplicas.
             * @member {Array.<number>} offlineReplicas
             * @memberof skiff.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.offlineReplicas = $util.emptyArray;

            /**
             * Encodes the specified PartitionMetadata message. Does not implicitly {@link skiff.broker.PartitionMetadata.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.PartitionMetadata
             * @static
             * @param {skiff.broker.PartitionMetadata.$Properties} message PartitionMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.partition);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.leader);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.leaderEpoch);
                if (message.replicas != null && message.replicas.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).int32s(message.replicas);
                if (message.isr != null && message.isr.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).int32s(message.isr);
                if (message.elr != null && message.elr.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.elr);
                if (message.offlineReplicas != null && message.offlineReplicas.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).int32s(message.offlineReplicas);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PartitionMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.PartitionMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.PartitionMetadata & skiff.broker.PartitionMetadata.$Shape} PartitionMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionMetadata.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.PartitionMetadata();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.replicas && message.replicas.length))
                                    message.replicas = [];
                                reader.int32s(message.replicas);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push(reader.int32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.isr && message.isr.length))
                                    message.isr = [];
                                reader.int32s(message.isr);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.isr && message.isr.length))
                                message.isr = [];
                            message.isr.push(reader.int32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.elr && message.elr.length))
                                    message.elr = [];
                                reader.int32s(message.elr);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.elr && message.elr.length))
                                message.elr = [];
                            message.elr.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.offlineReplicas && message.offlineReplicas.length))
                                    message.offlineReplicas = [];
                                reader.int32s(message.offlineReplicas);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.offlineReplicas && message.offlineReplicas.length))
                                message.offlineReplicas = [];
                            message.offlineReplicas.push(reader.int32());
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

            return PartitionMetadata;
        })();

        broker.TopicMetadata = (function() {

            /**
             * Properties of a TopicMetadata.
             * @typedef {Object} skiff.broker.TopicMetadata.$Properties
             * @property {string|null} [name] TopicMetadata name
             * @property {string|null} [topicId] TopicMetadata topicId
             * @property {skiff.controller.ApiError.$Properties|null} [error] TopicMetadata error
             * @property {Array.<skiff.broker.PartitionMetadata.$Properties>|null} [partitions] TopicMetadata partitions
             * @property {Object.<string,string>|null} [configs] TopicMetadata configs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicMetadata.
             * @memberof skiff.broker
             * @interface ITopicMetadata
             * @augments skiff.broker.TopicMetadata.$Properties
             * @deprecated Use skiff.broker.TopicMetadata.$Properties instead.
             */

            /**
             * Shape of a TopicMetadata.
             * @typedef {skiff.broker.TopicMetadata.$Properties} skiff.broker.TopicMetadata.$Shape
             */

            /**
             * Constructs a new TopicMetadata.
             * @memberof skiff.broker
             * @classdesc Represents a TopicMetadata.
             * @constructor
             * @param {skiff.broker.TopicMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicMetadata = function (properties) {
                this.partitions = [];
                this.configs = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicMetadata name.
             * @member {string} name
             * @memberof skiff.broker.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.name = "";

            /**
             * TopicMetadata topicId.
             * @member {string} topicId
             * @memberof skiff.broker.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.topicId = "";

            /**
             * TopicMetadata error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.broker.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.error = null;

            /**
             * TopicMetadata partitions.
             * @member {Array.<skiff.broker.PartitionMetadata.$Properties>} partitions
             * @memberof skiff.broker.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.partitions = $util.emptyArray;

            /**
             * TopicMetadata configs.
             * @member {Object.<string,string>} configs
             * @memberof skiff.broker.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.configs = $util.emptyObject;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TopicMetadata.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified TopicMetadata message. Does not implicitly {@link skiff.broker.TopicMetadata.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.TopicMetadata
             * @static
             * @param {skiff.broker.TopicMetadata.$Properties} message TopicMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topicId);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.skiff.broker.PartitionMetadata.encode(message.partitions[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.configs != null && $Object.hasOwnProperty.call(message, "configs"))
                    for (let keys = $Object.keys(message.configs), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.configs[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.TopicMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.TopicMetadata & skiff.broker.TopicMetadata.$Shape} TopicMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.broker.TopicMetadata();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.skiff.broker.PartitionMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.configs === $util.emptyObject)
                                message.configs = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.configs, key);
                            message.configs[key] = value;
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

            return TopicMetadata;
        })();

        broker.MetadataRequest = (function() {

            /**
             * Properties of a MetadataRequest.
             * @typedef {Object} skiff.broker.MetadataRequest.$Properties
             * @property {skiff.broker.TopicList.$Properties|null} [topics] MetadataRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataRequest.
             * @memberof skiff.broker
             * @interface IMetadataRequest
             * @augments skiff.broker.MetadataRequest.$Properties
             * @deprecated Use skiff.broker.MetadataRequest.$Properties instead.
             */

            /**
             * Shape of a MetadataRequest.
             * @typedef {skiff.broker.MetadataRequest.$Properties} skiff.broker.MetadataRequest.$Shape
             */

            /**
             * Constructs a new MetadataRequest.
             * @memberof skiff.broker
             * @classdesc Represents a MetadataRequest.
             * @constructor
             * @param {skiff.broker.MetadataRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataRequest topics.
             * @member {skiff.broker.TopicList.$Properties|null|undefined} topics
             * @memberof skiff.broker.MetadataRequest
             * @instance
             */
            MetadataRequest.prototype.topics = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MetadataRequest.prototype, "_topics", {
                get: $util.oneOfGetter($oneOfFields = ["topics"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified MetadataRequest message. Does not implicitly {@link skiff.broker.MetadataRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.MetadataRequest
             * @static
             * @param {skiff.broker.MetadataRequest.$Properties} message MetadataRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && $Object.hasOwnProperty.call(message, "topics"))
                    $root.skiff.broker.TopicList.encode(message.topics, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.MetadataRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.MetadataRequest & skiff.broker.MetadataRequest.$Shape} MetadataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.broker.MetadataRequest();
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
                            if (wireType !== 2)
                                break;
                            message.topics = $root.skiff.broker.TopicList.decode(reader, reader.size(), $undefined, _depth + 1, message.topics);
                            message._topics = "topics";
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

            return MetadataRequest;
        })();

        broker.TopicList = (function() {

            /**
             * Properties of a TopicList.
             * @typedef {Object} skiff.broker.TopicList.$Properties
             * @property {Array.<string>|null} [names] TopicList names
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicList.
             * @memberof skiff.broker
             * @interface ITopicList
             * @augments skiff.broker.TopicList.$Properties
             * @deprecated Use skiff.broker.TopicList.$Properties instead.
             */

            /**
             * Shape of a TopicList.
             * @typedef {skiff.broker.TopicList.$Properties} skiff.broker.TopicList.$Shape
             */

            /**
             * Constructs a new TopicList.
             * @memberof skiff.broker
             * @classdesc Represents a TopicList.
             * @constructor
             * @param {skiff.broker.TopicList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicList = function (properties) {
                this.names = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicList names.
             * @member {Array.<string>} names
             * @memberof skiff.broker.TopicList
             * @instance
             */
            TopicList.prototype.names = $util.emptyArray;

            /**
             * Encodes the specified TopicList message. Does not implicitly {@link skiff.broker.TopicList.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.TopicList
             * @static
             * @param {skiff.broker.TopicList.$Properties} message TopicList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.names != null && message.names.length)
                    for (let i = 0; i < message.names.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.names[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicList message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.TopicList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.TopicList & skiff.broker.TopicList.$Shape} TopicList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.broker.TopicList();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.names && message.names.length))
                                message.names = [];
                            message.names.push(reader.stringVerify());
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

            return TopicList;
        })();

        broker.MetadataResponse = (function() {

            /**
             * Properties of a MetadataResponse.
             * @typedef {Object} skiff.broker.MetadataResponse.$Properties
             * @property {string|null} [clusterId] MetadataResponse clusterId
             * @property {number|null} [controllerId] MetadataResponse controllerId
             * @property {number|null} [metadataOffset] MetadataResponse metadataOffset
             * @property {Array.<skiff.broker.BrokerInfo.$Properties>|null} [brokers] MetadataResponse brokers
             * @property {Array.<skiff.broker.TopicMetadata.$Properties>|null} [topics] MetadataResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataResponse.
             * @memberof skiff.broker
             * @interface IMetadataResponse
             * @augments skiff.broker.MetadataResponse.$Properties
             * @deprecated Use skiff.broker.MetadataResponse.$Properties instead.
             */

            /**
             * Shape of a MetadataResponse.
             * @typedef {skiff.broker.MetadataResponse.$Properties} skiff.broker.MetadataResponse.$Shape
             */

            /**
             * Constructs a new MetadataResponse.
             * @memberof skiff.broker
             * @classdesc Represents a MetadataResponse.
             * @constructor
             * @param {skiff.broker.MetadataResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataResponse = function (properties) {
                this.brokers = [];
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataResponse clusterId.
             * @member {string} clusterId
             * @memberof skiff.broker.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.clusterId = "";

            /**
             * MetadataResponse controllerId.
             * @member {number} controllerId
             * @memberof skiff.broker.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.controllerId = 0;

            /**
             * MetadataResponse metadataOffset.
             * @member {number} metadataOffset
             * @memberof skiff.broker.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.metadataOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MetadataResponse brokers.
             * @member {Array.<skiff.broker.BrokerInfo.$Properties>} brokers
             * @memberof skiff.broker.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.brokers = $util.emptyArray;

            /**
             * MetadataResponse topics.
             * @member {Array.<skiff.broker.TopicMetadata.$Properties>} topics
             * @memberof skiff.broker.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified MetadataResponse message. Does not implicitly {@link skiff.broker.MetadataResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.MetadataResponse
             * @static
             * @param {skiff.broker.MetadataResponse.$Properties} message MetadataResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clusterId);
                if (message.controllerId != null && $Object.hasOwnProperty.call(message, "controllerId") && message.controllerId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.controllerId);
                if (message.metadataOffset != null && $Object.hasOwnProperty.call(message, "metadataOffset") && (typeof message.metadataOffset === "object" ? message.metadataOffset.low || message.metadataOffset.high : message.metadataOffset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.metadataOffset);
                if (message.brokers != null && message.brokers.length)
                    for (let i = 0; i < message.brokers.length; ++i)
                        $root.skiff.broker.BrokerInfo.encode(message.brokers[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.broker.TopicMetadata.encode(message.topics[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.MetadataResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.MetadataResponse & skiff.broker.MetadataResponse.$Shape} MetadataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.MetadataResponse();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.controllerId = value;
                            else
                                delete message.controllerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.metadataOffset = value;
                            else
                                delete message.metadataOffset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.brokers && message.brokers.length))
                                message.brokers = [];
                            message.brokers.push($root.skiff.broker.BrokerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.broker.TopicMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return MetadataResponse;
        })();

        broker.DescribeClusterRequest = (function() {

            /**
             * Properties of a DescribeClusterRequest.
             * @typedef {Object} skiff.broker.DescribeClusterRequest.$Properties
             * @property {boolean|null} [includeFenced] DescribeClusterRequest includeFenced
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeClusterRequest.
             * @memberof skiff.broker
             * @interface IDescribeClusterRequest
             * @augments skiff.broker.DescribeClusterRequest.$Properties
             * @deprecated Use skiff.broker.DescribeClusterRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeClusterRequest.
             * @typedef {skiff.broker.DescribeClusterRequest.$Properties} skiff.broker.DescribeClusterRequest.$Shape
             */

            /**
             * Constructs a new DescribeClusterRequest.
             * @memberof skiff.broker
             * @classdesc Represents a DescribeClusterRequest.
             * @constructor
             * @param {skiff.broker.DescribeClusterRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeClusterRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeClusterRequest includeFenced.
             * @member {boolean} includeFenced
             * @memberof skiff.broker.DescribeClusterRequest
             * @instance
             */
            DescribeClusterRequest.prototype.includeFenced = false;

            /**
             * Encodes the specified DescribeClusterRequest message. Does not implicitly {@link skiff.broker.DescribeClusterRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.DescribeClusterRequest
             * @static
             * @param {skiff.broker.DescribeClusterRequest.$Properties} message DescribeClusterRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeClusterRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.includeFenced != null && $Object.hasOwnProperty.call(message, "includeFenced") && message.includeFenced !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.includeFenced);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeClusterRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.DescribeClusterRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.DescribeClusterRequest & skiff.broker.DescribeClusterRequest.$Shape} DescribeClusterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeClusterRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.DescribeClusterRequest();
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
                            if (value = reader.bool())
                                message.includeFenced = value;
                            else
                                delete message.includeFenced;
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

            return DescribeClusterRequest;
        })();

        broker.DescribeClusterResponse = (function() {

            /**
             * Properties of a DescribeClusterResponse.
             * @typedef {Object} skiff.broker.DescribeClusterResponse.$Properties
             * @property {string|null} [clusterId] DescribeClusterResponse clusterId
             * @property {number|null} [controllerId] DescribeClusterResponse controllerId
             * @property {Array.<skiff.broker.BrokerInfo.$Properties>|null} [brokers] DescribeClusterResponse brokers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeClusterResponse.
             * @memberof skiff.broker
             * @interface IDescribeClusterResponse
             * @augments skiff.broker.DescribeClusterResponse.$Properties
             * @deprecated Use skiff.broker.DescribeClusterResponse.$Properties instead.
             */

            /**
             * Shape of a DescribeClusterResponse.
             * @typedef {skiff.broker.DescribeClusterResponse.$Properties} skiff.broker.DescribeClusterResponse.$Shape
             */

            /**
             * Constructs a new DescribeClusterResponse.
             * @memberof skiff.broker
             * @classdesc Represents a DescribeClusterResponse.
             * @constructor
             * @param {skiff.broker.DescribeClusterResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeClusterResponse = function (properties) {
                this.brokers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeClusterResponse clusterId.
             * @member {string} clusterId
             * @memberof skiff.broker.DescribeClusterResponse
             * @instance
             */
            DescribeClusterResponse.prototype.clusterId = "";

            /**
             * DescribeClusterResponse controllerId.
             * @member {number} controllerId
             * @memberof skiff.broker.DescribeClusterResponse
             * @instance
             */
            DescribeClusterResponse.prototype.controllerId = 0;

            /**
             * DescribeClusterResponse brokers.
             * @member {Array.<skiff.broker.BrokerInfo.$Properties>} brokers
             * @memberof skiff.broker.DescribeClusterResponse
             * @instance
             */
            DescribeClusterResponse.prototype.brokers = $util.emptyArray;

            /**
             * Encodes the specified DescribeClusterResponse message. Does not implicitly {@link skiff.broker.DescribeClusterResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.DescribeClusterResponse
             * @static
             * @param {skiff.broker.DescribeClusterResponse.$Properties} message DescribeClusterResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeClusterResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clusterId);
                if (message.controllerId != null && $Object.hasOwnProperty.call(message, "controllerId") && message.controllerId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.controllerId);
                if (message.brokers != null && message.brokers.length)
                    for (let i = 0; i < message.brokers.length; ++i)
                        $root.skiff.broker.BrokerInfo.encode(message.brokers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeClusterResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.DescribeClusterResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.DescribeClusterResponse & skiff.broker.DescribeClusterResponse.$Shape} DescribeClusterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeClusterResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.DescribeClusterResponse();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.controllerId = value;
                            else
                                delete message.controllerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.brokers && message.brokers.length))
                                message.brokers = [];
                            message.brokers.push($root.skiff.broker.BrokerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DescribeClusterResponse;
        })();

        broker.QuorumReplicaState = (function() {

            /**
             * Properties of a QuorumReplicaState.
             * @typedef {Object} skiff.broker.QuorumReplicaState.$Properties
             * @property {number|null} [nodeId] QuorumReplicaState nodeId
             * @property {number|null} [logEndOffset] QuorumReplicaState logEndOffset
             * @property {number|null} [lastFetchTimestamp] QuorumReplicaState lastFetchTimestamp
             * @property {number|null} [lastCaughtUpTimestamp] QuorumReplicaState lastCaughtUpTimestamp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QuorumReplicaState.
             * @memberof skiff.broker
             * @interface IQuorumReplicaState
             * @augments skiff.broker.QuorumReplicaState.$Properties
             * @deprecated Use skiff.broker.QuorumReplicaState.$Properties instead.
             */

            /**
             * Shape of a QuorumReplicaState.
             * @typedef {skiff.broker.QuorumReplicaState.$Properties} skiff.broker.QuorumReplicaState.$Shape
             */

            /**
             * Constructs a new QuorumReplicaState.
             * @memberof skiff.broker
             * @classdesc Represents a QuorumReplicaState.
             * @constructor
             * @param {skiff.broker.QuorumReplicaState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QuorumReplicaState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QuorumReplicaState nodeId.
             * @member {number} nodeId
             * @memberof skiff.broker.QuorumReplicaState
             * @instance
             */
            QuorumReplicaState.prototype.nodeId = 0;

            /**
             * QuorumReplicaState logEndOffset.
             * @member {number} logEndOffset
             * @memberof skiff.broker.QuorumReplicaState
             * @instance
             */
            QuorumReplicaState.prototype.logEndOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * QuorumReplicaState lastFetchTimestamp.
             * @member {number} lastFetchTimestamp
             * @memberof skiff.broker.QuorumReplicaState
             * @instance
             */
            QuorumReplicaState.prototype.lastFetchTimestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * QuorumReplicaState lastCaughtUpTimestamp.
             * @member {number} lastCaughtUpTimestamp
             * @memberof skiff.broker.QuorumReplicaState
             * @instance
             */
            QuorumReplicaState.prototype.lastCaughtUpTimestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified QuorumReplicaState message. Does not implicitly {@link skiff.broker.QuorumReplicaState.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.QuorumReplicaState
             * @static
             * @param {skiff.broker.QuorumReplicaState.$Properties} message QuorumReplicaState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuorumReplicaState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nodeId);
                if (message.logEndOffset != null && $Object.hasOwnProperty.call(message, "logEndOffset") && (typeof message.logEndOffset === "object" ? message.logEndOffset.low || message.logEndOffset.high : message.logEndOffset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.logEndOffset);
                if (message.lastFetchTimestamp != null && $Object.hasOwnProperty.call(message, "lastFetchTimestamp") && (typeof message.lastFetchTimestamp === "object" ? message.lastFetchTimestamp.low || message.lastFetchTimestamp.high : message.lastFetchTimestamp !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.lastFetchTimestamp);
                if (message.lastCaughtUpTimestamp != null && $Object.hasOwnProperty.call(message, "lastCaughtUpTimestamp") && (typeof message.lastCaughtUpTimestamp === "object" ? message.lastCaughtUpTimestamp.low || message.lastCaughtUpTimestamp.high : message.lastCaughtUpTimestamp !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.lastCaughtUpTimestamp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QuorumReplicaState message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.QuorumReplicaState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.QuorumReplicaState & skiff.broker.QuorumReplicaState.$Shape} QuorumReplicaState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuorumReplicaState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.QuorumReplicaState();
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
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.logEndOffset = value;
                            else
                                delete message.logEndOffset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastFetchTimestamp = value;
                            else
                                delete message.lastFetchTimestamp;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastCaughtUpTimestamp = value;
                            else
                                delete message.lastCaughtUpTimestamp;
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

            return QuorumReplicaState;
        })();

        broker.DescribeQuorumRequest = (function() {

            /**
             * Properties of a DescribeQuorumRequest.
             * @typedef {Object} skiff.broker.DescribeQuorumRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeQuorumRequest.
             * @memberof skiff.broker
             * @interface IDescribeQuorumRequest
             * @augments skiff.broker.DescribeQuorumRequest.$Properties
             * @deprecated Use skiff.broker.DescribeQuorumRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeQuorumRequest.
             * @typedef {skiff.broker.DescribeQuorumRequest.$Properties} skiff.broker.DescribeQuorumRequest.$Shape
             */

            /**
             * Constructs a new DescribeQuorumRequest.
             * @memberof skiff.broker
             * @classdesc Represents a DescribeQuorumRequest.
             * @constructor
             * @param {skiff.broker.DescribeQuorumRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeQuorumRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified DescribeQuorumRequest message. Does not implicitly {@link skiff.broker.DescribeQuorumRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.DescribeQuorumRequest
             * @static
             * @param {skiff.broker.DescribeQuorumRequest.$Properties} message DescribeQuorumRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeQuorumRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeQuorumRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.DescribeQuorumRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.DescribeQuorumRequest & skiff.broker.DescribeQuorumRequest.$Shape} DescribeQuorumRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeQuorumRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.broker.DescribeQuorumRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            return DescribeQuorumRequest;
        })();

        broker.DescribeQuorumResponse = (function() {

            /**
             * Properties of a DescribeQuorumResponse.
             * @typedef {Object} skiff.broker.DescribeQuorumResponse.$Properties
             * @property {skiff.controller.ApiError.$Properties|null} [error] DescribeQuorumResponse error
             * @property {number|null} [leaderId] DescribeQuorumResponse leaderId
             * @property {number|null} [leaderEpoch] DescribeQuorumResponse leaderEpoch
             * @property {number|null} [highWatermark] DescribeQuorumResponse highWatermark
             * @property {Array.<skiff.broker.QuorumReplicaState.$Properties>|null} [voters] DescribeQuorumResponse voters
             * @property {Array.<skiff.broker.QuorumReplicaState.$Properties>|null} [observers] DescribeQuorumResponse observers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeQuorumResponse.
             * @memberof skiff.broker
             * @interface IDescribeQuorumResponse
             * @augments skiff.broker.DescribeQuorumResponse.$Properties
             * @deprecated Use skiff.broker.DescribeQuorumResponse.$Properties instead.
             */

            /**
             * Shape of a DescribeQuorumResponse.
             * @typedef {skiff.broker.DescribeQuorumResponse.$Properties} skiff.broker.DescribeQuorumResponse.$Shape
             */

            /**
             * Constructs a new DescribeQuorumResponse.
             * @memberof skiff.broker
             * @classdesc Represents a DescribeQuorumResponse.
             * @constructor
             * @param {skiff.broker.DescribeQuorumResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeQuorumResponse = function (properties) {
                this.voters = [];
                this.observers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeQuorumResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.broker.DescribeQuorumResponse
             * @instance
             */
            DescribeQuorumResponse.prototype.error = null;

            /**
             * DescribeQuorumResponse leaderId.
             * @member {number} leaderId
             * @memberof skiff.broker.DescribeQuorumResponse
             * @instance
             */
            DescribeQuorumResponse.prototype.leaderId = 0;

            /**
             * DescribeQuorumResponse leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof skiff.broker.DescribeQuorumResponse
             * @instance
             */
            DescribeQuorumResponse.prototype.leaderEpoch = 0;

            /**
             * DescribeQuorumResponse highWatermark.
             * @member {number} highWatermark
             * @memberof skiff.broker.DescribeQuorumResponse
             * @instance
             */
            DescribeQuorumResponse.prototype.highWatermark = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DescribeQuorumResponse voters.
             * @member {Array.<skiff.broker.QuorumReplicaState.$Properties>} voters
             * @memberof skiff.broker.DescribeQuorumResponse
             * @instance
             */
            DescribeQuorumResponse.prototype.voters = $util.emptyArray;

            /**
             * DescribeQuorumResponse observers.
             * @member {Array.<skiff.broker.QuorumReplicaState.$Properties>} observers
             * @memberof skiff.broker.DescribeQuorumResponse
             * @instance
             */
            DescribeQuorumResponse.prototype.observers = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DescribeQuorumResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DescribeQuorumResponse message. Does not implicitly {@link skiff.broker.DescribeQuorumResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.DescribeQuorumResponse
             * @static
             * @param {skiff.broker.DescribeQuorumResponse.$Properties} message DescribeQuorumResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeQuorumResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.leaderId);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.leaderEpoch);
                if (message.highWatermark != null && $Object.hasOwnProperty.call(message, "highWatermark") && (typeof message.highWatermark === "object" ? message.highWatermark.low || message.highWatermark.high : message.highWatermark !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.highWatermark);
                if (message.voters != null && message.voters.length)
                    for (let i = 0; i < message.voters.length; ++i)
                        $root.skiff.broker.QuorumReplicaState.encode(message.voters[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.observers != null && message.observers.length)
                    for (let i = 0; i < message.observers.length; ++i)
                        $root.skiff.broker.QuorumReplicaState.encode(message.observers[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeQuorumResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.DescribeQuorumResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.DescribeQuorumResponse & skiff.broker.DescribeQuorumResponse.$Shape} DescribeQuorumResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeQuorumResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.DescribeQuorumResponse();
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
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
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
                            if (wireType !== 2)
                                break;
                            if (!(message.voters && message.voters.length))
                                message.voters = [];
                            message.voters.push($root.skiff.broker.QuorumReplicaState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.observers && message.observers.length))
                                message.observers = [];
                            message.observers.push($root.skiff.broker.QuorumReplicaState.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DescribeQuorumResponse;
        })();

        broker.ProducePartitionData = (function() {

            /**
             * Properties of a ProducePartitionData.
             * @typedef {Object} skiff.broker.ProducePartitionData.$Properties
             * @property {number|null} [partition] ProducePartitionData partition
             * @property {Uint8Array|null} [records] ProducePartitionData records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProducePartitionData.
             * @memberof skiff.broker
             * @interface IProducePartitionData
             * @augments skiff.broker.ProducePartitionData.$Properties
             * @deprecated Use skiff.broker.ProducePartitionData.$Properties instead.
             */

            /**
             * Shape of a ProducePartitionData.
             * @typedef {skiff.broker.ProducePartitionData.$Properties} skiff.broker.ProducePartitionData.$Shape
             */

            /**
             * Constructs a new ProducePartitionData.
             * @memberof skiff.broker
             * @classdesc Represents a ProducePartitionData.
             * @constructor
             * @param {skiff.broker.ProducePartitionData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProducePartitionData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProducePartitionData partition.
             * @member {number} partition
             * @memberof skiff.broker.ProducePartitionData
             * @instance
             */
            ProducePartitionData.prototype.partition = 0;

            /**
             * ProducePartitionData records.
             * @member {Uint8Array} records
             * @memberof skiff.broker.ProducePartitionData
             * @instance
             */
            ProducePartitionData.prototype.records = $util.newBuffer([]);

            /**
             * Encodes the specified ProducePartitionData message. Does not implicitly {@link skiff.broker.ProducePartitionData.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ProducePartitionData
             * @static
             * @param {skiff.broker.ProducePartitionData.$Properties} message ProducePartitionData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProducePartitionData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.partition);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && message.records.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.records);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProducePartitionData message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ProducePartitionData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ProducePartitionData & skiff.broker.ProducePartitionData.$Shape} ProducePartitionData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProducePartitionData.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ProducePartitionData();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.records = value;
                            else
                                delete message.records;
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

            return ProducePartitionData;
        })();

        broker.ProduceTopicData = (function() {

            /**
             * Properties of a ProduceTopicData.
             * @typedef {Object} skiff.broker.ProduceTopicData.$Properties
             * @property {string|null} [name] ProduceTopicData name
             * @property {Array.<skiff.broker.ProducePartitionData.$Properties>|null} [partitions] ProduceTopicData partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceTopicData.
             * @memberof skiff.broker
             * @interface IProduceTopicData
             * @augments skiff.broker.ProduceTopicData.$Properties
             * @deprecated Use skiff.broker.ProduceTopicData.$Properties instead.
             */

            /**
             * Shape of a ProduceTopicData.
             * @typedef {skiff.broker.ProduceTopicData.$Properties} skiff.broker.ProduceTopicData.$Shape
             */

            /**
             * Constructs a new ProduceTopicData.
             * @memberof skiff.broker
             * @classdesc Represents a ProduceTopicData.
             * @constructor
             * @param {skiff.broker.ProduceTopicData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceTopicData = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceTopicData name.
             * @member {string} name
             * @memberof skiff.broker.ProduceTopicData
             * @instance
             */
            ProduceTopicData.prototype.name = "";

            /**
             * ProduceTopicData partitions.
             * @member {Array.<skiff.broker.ProducePartitionData.$Properties>} partitions
             * @memberof skiff.broker.ProduceTopicData
             * @instance
             */
            ProduceTopicData.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified ProduceTopicData message. Does not implicitly {@link skiff.broker.ProduceTopicData.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ProduceTopicData
             * @static
             * @param {skiff.broker.ProduceTopicData.$Properties} message ProduceTopicData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceTopicData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.skiff.broker.ProducePartitionData.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceTopicData message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ProduceTopicData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ProduceTopicData & skiff.broker.ProduceTopicData.$Shape} ProduceTopicData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceTopicData.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ProduceTopicData();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.skiff.broker.ProducePartitionData.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ProduceTopicData;
        })();

        broker.ProduceRequest = (function() {

            /**
             * Properties of a ProduceRequest.
             * @typedef {Object} skiff.broker.ProduceRequest.$Properties
             * @property {string|null} [transactionalId] ProduceRequest transactionalId
             * @property {number|null} [acks] ProduceRequest acks
             * @property {number|null} [timeoutMs] ProduceRequest timeoutMs
             * @property {Array.<skiff.broker.ProduceTopicData.$Properties>|null} [topics] ProduceRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceRequest.
             * @memberof skiff.broker
             * @interface IProduceRequest
             * @augments skiff.broker.ProduceRequest.$Properties
             * @deprecated Use skiff.broker.ProduceRequest.$Properties instead.
             */

            /**
             * Shape of a ProduceRequest.
             * @typedef {skiff.broker.ProduceRequest.$Properties} skiff.broker.ProduceRequest.$Shape
             */

            /**
             * Constructs a new ProduceRequest.
             * @memberof skiff.broker
             * @classdesc Represents a ProduceRequest.
             * @constructor
             * @param {skiff.broker.ProduceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceRequest transactionalId.
             * @member {string|null|undefined} transactionalId
             * @memberof skiff.broker.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.transactionalId = null;

            /**
             * ProduceRequest acks.
             * @member {number} acks
             * @memberof skiff.broker.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.acks = 0;

            /**
             * ProduceRequest timeoutMs.
             * @member {number} timeoutMs
             * @memberof skiff.broker.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.timeoutMs = 0;

            /**
             * ProduceRequest topics.
             * @member {Array.<skiff.broker.ProduceTopicData.$Properties>} topics
             * @memberof skiff.broker.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.topics = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ProduceRequest.prototype, "_transactionalId", {
                get: $util.oneOfGetter($oneOfFields = ["transactionalId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ProduceRequest message. Does not implicitly {@link skiff.broker.ProduceRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ProduceRequest
             * @static
             * @param {skiff.broker.ProduceRequest.$Properties} message ProduceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transactionalId != null && $Object.hasOwnProperty.call(message, "transactionalId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transactionalId);
                if (message.acks != null && $Object.hasOwnProperty.call(message, "acks") && message.acks !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.acks);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.timeoutMs);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.broker.ProduceTopicData.encode(message.topics[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ProduceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ProduceRequest & skiff.broker.ProduceRequest.$Shape} ProduceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ProduceRequest();
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
                            if (wireType !== 2)
                                break;
                            message.transactionalId = reader.stringVerify();
                            message._transactionalId = "transactionalId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.acks = value;
                            else
                                delete message.acks;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.broker.ProduceTopicData.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ProduceRequest;
        })();

        broker.ProducePartitionResponse = (function() {

            /**
             * Properties of a ProducePartitionResponse.
             * @typedef {Object} skiff.broker.ProducePartitionResponse.$Properties
             * @property {number|null} [partition] ProducePartitionResponse partition
             * @property {skiff.controller.ApiError.$Properties|null} [error] ProducePartitionResponse error
             * @property {number|null} [baseOffset] ProducePartitionResponse baseOffset
             * @property {number|null} [logAppendTime] ProducePartitionResponse logAppendTime
             * @property {number|null} [logStartOffset] ProducePartitionResponse logStartOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProducePartitionResponse.
             * @memberof skiff.broker
             * @interface IProducePartitionResponse
             * @augments skiff.broker.ProducePartitionResponse.$Properties
             * @deprecated Use skiff.broker.ProducePartitionResponse.$Properties instead.
             */

            /**
             * Shape of a ProducePartitionResponse.
             * @typedef {skiff.broker.ProducePartitionResponse.$Properties} skiff.broker.ProducePartitionResponse.$Shape
             */

            /**
             * Constructs a new ProducePartitionResponse.
             * @memberof skiff.broker
             * @classdesc Represents a ProducePartitionResponse.
             * @constructor
             * @param {skiff.broker.ProducePartitionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProducePartitionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProducePartitionResponse partition.
             * @member {number} partition
             * @memberof skiff.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.partition = 0;

            /**
             * ProducePartitionResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.error = null;

            /**
             * ProducePartitionResponse baseOffset.
             * @member {number} baseOffset
             * @memberof skiff.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.baseOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProducePartitionResponse logAppendTime.
             * @member {number} logAppendTime
             * @memberof skiff.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.logAppendTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProducePartitionResponse logStartOffset.
             * @member {number} logStartOffset
             * @memberof skiff.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.logStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ProducePartitionResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ProducePartitionResponse message. Does not implicitly {@link skiff.broker.ProducePartitionResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ProducePartitionResponse
             * @static
             * @param {skiff.broker.ProducePartitionResponse.$Properties} message ProducePartitionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProducePartitionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.partition);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.baseOffset != null && $Object.hasOwnProperty.call(message, "baseOffset") && (typeof message.baseOffset === "object" ? message.baseOffset.low || message.baseOffset.high : message.baseOffset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.baseOffset);
                if (message.logAppendTime != null && $Object.hasOwnProperty.call(message, "logAppendTime") && (typeof message.logAppendTime === "object" ? message.logAppendTime.low || message.logAppendTime.high : message.logAppendTime !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.logAppendTime);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && (typeof message.logStartOffset === "object" ? message.logStartOffset.low || message.logStartOffset.high : message.logStartOffset !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.logStartOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProducePartitionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ProducePartitionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ProducePartitionResponse & skiff.broker.ProducePartitionResponse.$Shape} ProducePartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProducePartitionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ProducePartitionResponse();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.baseOffset = value;
                            else
                                delete message.baseOffset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.logAppendTime = value;
                            else
                                delete message.logAppendTime;
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

            return ProducePartitionResponse;
        })();

        broker.ProduceTopicResponse = (function() {

            /**
             * Properties of a ProduceTopicResponse.
             * @typedef {Object} skiff.broker.ProduceTopicResponse.$Properties
             * @property {string|null} [name] ProduceTopicResponse name
             * @property {Array.<skiff.broker.ProducePartitionResponse.$Properties>|null} [partitions] ProduceTopicResponse partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceTopicResponse.
             * @memberof skiff.broker
             * @interface IProduceTopicResponse
             * @augments skiff.broker.ProduceTopicResponse.$Properties
             * @deprecated Use skiff.broker.ProduceTopicResponse.$Properties instead.
             */

            /**
             * Shape of a ProduceTopicResponse.
             * @typedef {skiff.broker.ProduceTopicResponse.$Properties} skiff.broker.ProduceTopicResponse.$Shape
             */

            /**
             * Constructs a new ProduceTopicResponse.
             * @memberof skiff.broker
             * @classdesc Represents a ProduceTopicResponse.
             * @constructor
             * @param {skiff.broker.ProduceTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceTopicResponse = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceTopicResponse name.
             * @member {string} name
             * @memberof skiff.broker.ProduceTopicResponse
             * @instance
             */
            ProduceTopicResponse.prototype.name = "";

            /**
             * ProduceTopicResponse partitions.
             * @member {Array.<skiff.broker.ProducePartitionResponse.$Properties>} partitions
             * @memberof skiff.broker.ProduceTopicResponse
             * @instance
             */
            ProduceTopicResponse.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified ProduceTopicResponse message. Does not implicitly {@link skiff.broker.ProduceTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ProduceTopicResponse
             * @static
             * @param {skiff.broker.ProduceTopicResponse.$Properties} message ProduceTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceTopicResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.skiff.broker.ProducePartitionResponse.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ProduceTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ProduceTopicResponse & skiff.broker.ProduceTopicResponse.$Shape} ProduceTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceTopicResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ProduceTopicResponse();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.skiff.broker.ProducePartitionResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ProduceTopicResponse;
        })();

        broker.ProduceResponse = (function() {

            /**
             * Properties of a ProduceResponse.
             * @typedef {Object} skiff.broker.ProduceResponse.$Properties
             * @property {Array.<skiff.broker.ProduceTopicResponse.$Properties>|null} [topics] ProduceResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceResponse.
             * @memberof skiff.broker
             * @interface IProduceResponse
             * @augments skiff.broker.ProduceResponse.$Properties
             * @deprecated Use skiff.broker.ProduceResponse.$Properties instead.
             */

            /**
             * Shape of a ProduceResponse.
             * @typedef {skiff.broker.ProduceResponse.$Properties} skiff.broker.ProduceResponse.$Shape
             */

            /**
             * Constructs a new ProduceResponse.
             * @memberof skiff.broker
             * @classdesc Represents a ProduceResponse.
             * @constructor
             * @param {skiff.broker.ProduceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceResponse topics.
             * @member {Array.<skiff.broker.ProduceTopicResponse.$Properties>} topics
             * @memberof skiff.broker.ProduceResponse
             * @instance
             */
            ProduceResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified ProduceResponse message. Does not implicitly {@link skiff.broker.ProduceResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ProduceResponse
             * @static
             * @param {skiff.broker.ProduceResponse.$Properties} message ProduceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.broker.ProduceTopicResponse.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ProduceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ProduceResponse & skiff.broker.ProduceResponse.$Shape} ProduceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.broker.ProduceResponse();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.broker.ProduceTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ProduceResponse;
        })();

        broker.FetchPartition = (function() {

            /**
             * Properties of a FetchPartition.
             * @typedef {Object} skiff.broker.FetchPartition.$Properties
             * @property {number|null} [partition] FetchPartition partition
             * @property {number|null} [fetchOffset] FetchPartition fetchOffset
             * @property {number|null} [currentLeaderEpoch] FetchPartition currentLeaderEpoch
             * @property {number|null} [lastFetchedEpoch] FetchPartition lastFetchedEpoch
             * @property {number|null} [logStartOffset] FetchPartition logStartOffset
             * @property {number|null} [durableOffset] FetchPartition durableOffset
             * @property {number|null} [partitionMaxBytes] FetchPartition partitionMaxBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchPartition.
             * @memberof skiff.broker
             * @interface IFetchPartition
             * @augments skiff.broker.FetchPartition.$Properties
             * @deprecated Use skiff.broker.FetchPartition.$Properties instead.
             */

            /**
             * Shape of a FetchPartition.
             * @typedef {skiff.broker.FetchPartition.$Properties} skiff.broker.FetchPartition.$Shape
             */

            /**
             * Constructs a new FetchPartition.
             * @memberof skiff.broker
             * @classdesc Represents a FetchPartition.
             * @constructor
             * @param {skiff.broker.FetchPartition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchPartition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchPartition partition.
             * @member {number} partition
             * @memberof skiff.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.partition = 0;

            /**
             * FetchPartition fetchOffset.
             * @member {number} fetchOffset
             * @memberof skiff.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.fetchOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchPartition currentLeaderEpoch.
             * @member {number} currentLeaderEpoch
             * @memberof skiff.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.currentLeaderEpoch = 0;

            /**
             * FetchPartition lastFetchedEpoch.
             * @member {number} lastFetchedEpoch
             * @memberof skiff.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.lastFetchedEpoch = 0;

            /**
             * FetchPartition logStartOffset.
             * @member {number} logStartOffset
             * @memberof skiff.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.logStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchPartition durableOffset.
             * @member {number} durableOffset
             * @memberof skiff.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.durableOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchPartition partitionMaxBytes.
             * @member {number} partitionMaxBytes
             * @memberof skiff.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.partitionMaxBytes = 0;

            /**
             * Encodes the specified FetchPartition message. Does not implicitly {@link skiff.broker.FetchPartition.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.FetchPartition
             * @static
             * @param {skiff.broker.FetchPartition.$Properties} message FetchPartition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchPartition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.partition);
                if (message.fetchOffset != null && $Object.hasOwnProperty.call(message, "fetchOffset") && (typeof message.fetchOffset === "object" ? message.fetchOffset.low || message.fetchOffset.high : message.fetchOffset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.fetchOffset);
                if (message.currentLeaderEpoch != null && $Object.hasOwnProperty.call(message, "currentLeaderEpoch") && message.currentLeaderEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.currentLeaderEpoch);
                if (message.lastFetchedEpoch != null && $Object.hasOwnProperty.call(message, "lastFetchedEpoch") && message.lastFetchedEpoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.lastFetchedEpoch);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && (typeof message.logStartOffset === "object" ? message.logStartOffset.low || message.logStartOffset.high : message.logStartOffset !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.logStartOffset);
                if (message.durableOffset != null && $Object.hasOwnProperty.call(message, "durableOffset") && (typeof message.durableOffset === "object" ? message.durableOffset.low || message.durableOffset.high : message.durableOffset !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.durableOffset);
                if (message.partitionMaxBytes != null && $Object.hasOwnProperty.call(message, "partitionMaxBytes") && message.partitionMaxBytes !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.partitionMaxBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchPartition message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.FetchPartition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.FetchPartition & skiff.broker.FetchPartition.$Shape} FetchPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchPartition.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.FetchPartition();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fetchOffset = value;
                            else
                                delete message.fetchOffset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.currentLeaderEpoch = value;
                            else
                                delete message.currentLeaderEpoch;
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
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.logStartOffset = value;
                            else
                                delete message.logStartOffset;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.durableOffset = value;
                            else
                                delete message.durableOffset;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.partitionMaxBytes = value;
                            else
                                delete message.partitionMaxBytes;
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

            return FetchPartition;
        })();

        broker.FetchTopic = (function() {

            /**
             * Properties of a FetchTopic.
             * @typedef {Object} skiff.broker.FetchTopic.$Properties
             * @property {string|null} [name] FetchTopic name
             * @property {string|null} [topicId] FetchTopic topicId
             * @property {Array.<skiff.broker.FetchPartition.$Properties>|null} [partitions] FetchTopic partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchTopic.
             * @memberof skiff.broker
             * @interface IFetchTopic
             * @augments skiff.broker.FetchTopic.$Properties
             * @deprecated Use skiff.broker.FetchTopic.$Properties instead.
             */

            /**
             * Shape of a FetchTopic.
             * @typedef {skiff.broker.FetchTopic.$Properties} skiff.broker.FetchTopic.$Shape
             */

            /**
             * Constructs a new FetchTopic.
             * @memberof skiff.broker
             * @classdesc Represents a FetchTopic.
             * @constructor
             * @param {skiff.broker.FetchTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchTopic = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchTopic name.
             * @member {string} name
             * @memberof skiff.broker.FetchTopic
             * @instance
             */
            FetchTopic.prototype.name = "";

            /**
             * FetchTopic topicId.
             * @member {string} topicId
             * @memberof skiff.broker.FetchTopic
             * @instance
             */
            FetchTopic.prototype.topicId = "";

            /**
             * FetchTopic partitions.
             * @member {Array.<skiff.broker.FetchPartition.$Properties>} partitions
             * @memberof skiff.broker.FetchTopic
             * @instance
             */
            FetchTopic.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified FetchTopic message. Does not implicitly {@link skiff.broker.FetchTopic.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.FetchTopic
             * @static
             * @param {skiff.broker.FetchTopic.$Properties} message FetchTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topicId);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.skiff.broker.FetchPartition.encode(message.partitions[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchTopic message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.FetchTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.FetchTopic & skiff.broker.FetchTopic.$Shape} FetchTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.FetchTopic();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.skiff.broker.FetchPartition.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return FetchTopic;
        })();

        broker.FetchRequest = (function() {

            /**
             * Properties of a FetchRequest.
             * @typedef {Object} skiff.broker.FetchRequest.$Properties
             * @property {number|null} [replicaId] FetchRequest replicaId
             * @property {number|null} [replicaEpoch] FetchRequest replicaEpoch
             * @property {number|null} [maxWaitMs] FetchRequest maxWaitMs
             * @property {number|null} [minBytes] FetchRequest minBytes
             * @property {number|null} [maxBytes] FetchRequest maxBytes
             * @property {number|null} [isolationLevel] FetchRequest isolationLevel
             * @property {string|null} [rackId] FetchRequest rackId
             * @property {Array.<skiff.broker.FetchTopic.$Properties>|null} [topics] FetchRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchRequest.
             * @memberof skiff.broker
             * @interface IFetchRequest
             * @augments skiff.broker.FetchRequest.$Properties
             * @deprecated Use skiff.broker.FetchRequest.$Properties instead.
             */

            /**
             * Shape of a FetchRequest.
             * @typedef {skiff.broker.FetchRequest.$Properties} skiff.broker.FetchRequest.$Shape
             */

            /**
             * Constructs a new FetchRequest.
             * @memberof skiff.broker
             * @classdesc Represents a FetchRequest.
             * @constructor
             * @param {skiff.broker.FetchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchRequest replicaId.
             * @member {number} replicaId
             * @memberof skiff.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.replicaId = 0;

            /**
             * FetchRequest replicaEpoch.
             * @member {number} replicaEpoch
             * @memberof skiff.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.replicaEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchRequest maxWaitMs.
             * @member {number} maxWaitMs
             * @memberof skiff.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.maxWaitMs = 0;

            /**
             * FetchRequest minBytes.
             * @member {number} minBytes
             * @memberof skiff.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.minBytes = 0;

            /**
             * FetchRequest maxBytes.
             * @member {number} maxBytes
             * @memberof skiff.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.maxBytes = 0;

            /**
             * FetchRequest isolationLevel.
             * @member {number} isolationLevel
             * @memberof skiff.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.isolationLevel = 0;

            /**
             * FetchRequest rackId.
             * @member {string} rackId
             * @memberof skiff.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.rackId = "";

            /**
             * FetchRequest topics.
             * @member {Array.<skiff.broker.FetchTopic.$Properties>} topics
             * @memberof skiff.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified FetchRequest message. Does not implicitly {@link skiff.broker.FetchRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.FetchRequest
             * @static
             * @param {skiff.broker.FetchRequest.$Properties} message FetchRequest message or plain object to encode
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
                if (message.replicaId != null && $Object.hasOwnProperty.call(message, "replicaId") && message.replicaId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.replicaId);
                if (message.replicaEpoch != null && $Object.hasOwnProperty.call(message, "replicaEpoch") && (typeof message.replicaEpoch === "object" ? message.replicaEpoch.low || message.replicaEpoch.high : message.replicaEpoch !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.replicaEpoch);
                if (message.maxWaitMs != null && $Object.hasOwnProperty.call(message, "maxWaitMs") && message.maxWaitMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.maxWaitMs);
                if (message.minBytes != null && $Object.hasOwnProperty.call(message, "minBytes") && message.minBytes !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.minBytes);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && message.maxBytes !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.maxBytes);
                if (message.isolationLevel != null && $Object.hasOwnProperty.call(message, "isolationLevel") && message.isolationLevel !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.isolationLevel);
                if (message.rackId != null && $Object.hasOwnProperty.call(message, "rackId") && message.rackId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.rackId);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.broker.FetchTopic.encode(message.topics[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.FetchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.FetchRequest & skiff.broker.FetchRequest.$Shape} FetchRequest
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
                message = _target || new $root.skiff.broker.FetchRequest();
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
                                message.replicaId = value;
                            else
                                delete message.replicaId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.replicaEpoch = value;
                            else
                                delete message.replicaEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.maxWaitMs = value;
                            else
                                delete message.maxWaitMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.minBytes = value;
                            else
                                delete message.minBytes;
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
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.isolationLevel = value;
                            else
                                delete message.isolationLevel;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rackId = value;
                            else
                                delete message.rackId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.broker.FetchTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

        broker.EpochEndOffset = (function() {

            /**
             * Properties of an EpochEndOffset.
             * @typedef {Object} skiff.broker.EpochEndOffset.$Properties
             * @property {number|null} [epoch] EpochEndOffset epoch
             * @property {number|null} [endOffset] EpochEndOffset endOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EpochEndOffset.
             * @memberof skiff.broker
             * @interface IEpochEndOffset
             * @augments skiff.broker.EpochEndOffset.$Properties
             * @deprecated Use skiff.broker.EpochEndOffset.$Properties instead.
             */

            /**
             * Shape of an EpochEndOffset.
             * @typedef {skiff.broker.EpochEndOffset.$Properties} skiff.broker.EpochEndOffset.$Shape
             */

            /**
             * Constructs a new EpochEndOffset.
             * @memberof skiff.broker
             * @classdesc Represents an EpochEndOffset.
             * @constructor
             * @param {skiff.broker.EpochEndOffset.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EpochEndOffset = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EpochEndOffset epoch.
             * @member {number} epoch
             * @memberof skiff.broker.EpochEndOffset
             * @instance
             */
            EpochEndOffset.prototype.epoch = 0;

            /**
             * EpochEndOffset endOffset.
             * @member {number} endOffset
             * @memberof skiff.broker.EpochEndOffset
             * @instance
             */
            EpochEndOffset.prototype.endOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified EpochEndOffset message. Does not implicitly {@link skiff.broker.EpochEndOffset.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.EpochEndOffset
             * @static
             * @param {skiff.broker.EpochEndOffset.$Properties} message EpochEndOffset message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EpochEndOffset.encode = function (message, writer, _depth) {
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
             * Decodes an EpochEndOffset message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.EpochEndOffset
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.EpochEndOffset & skiff.broker.EpochEndOffset.$Shape} EpochEndOffset
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EpochEndOffset.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.EpochEndOffset();
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

            return EpochEndOffset;
        })();

        broker.LeaderIdAndEpoch = (function() {

            /**
             * Properties of a LeaderIdAndEpoch.
             * @typedef {Object} skiff.broker.LeaderIdAndEpoch.$Properties
             * @property {number|null} [leaderId] LeaderIdAndEpoch leaderId
             * @property {number|null} [leaderEpoch] LeaderIdAndEpoch leaderEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaderIdAndEpoch.
             * @memberof skiff.broker
             * @interface ILeaderIdAndEpoch
             * @augments skiff.broker.LeaderIdAndEpoch.$Properties
             * @deprecated Use skiff.broker.LeaderIdAndEpoch.$Properties instead.
             */

            /**
             * Shape of a LeaderIdAndEpoch.
             * @typedef {skiff.broker.LeaderIdAndEpoch.$Properties} skiff.broker.LeaderIdAndEpoch.$Shape
             */

            /**
             * Constructs a new LeaderIdAndEpoch.
             * @memberof skiff.broker
             * @classdesc Represents a LeaderIdAndEpoch.
             * @constructor
             * @param {skiff.broker.LeaderIdAndEpoch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaderIdAndEpoch = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaderIdAndEpoch leaderId.
             * @member {number} leaderId
             * @memberof skiff.broker.LeaderIdAndEpoch
             * @instance
             */
            LeaderIdAndEpoch.prototype.leaderId = 0;

            /**
             * LeaderIdAndEpoch leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof skiff.broker.LeaderIdAndEpoch
             * @instance
             */
            LeaderIdAndEpoch.prototype.leaderEpoch = 0;

            /**
             * Encodes the specified LeaderIdAndEpoch message. Does not implicitly {@link skiff.broker.LeaderIdAndEpoch.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.LeaderIdAndEpoch
             * @static
             * @param {skiff.broker.LeaderIdAndEpoch.$Properties} message LeaderIdAndEpoch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaderIdAndEpoch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && message.leaderId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.leaderId);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.leaderEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeaderIdAndEpoch message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.LeaderIdAndEpoch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.LeaderIdAndEpoch & skiff.broker.LeaderIdAndEpoch.$Shape} LeaderIdAndEpoch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaderIdAndEpoch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.LeaderIdAndEpoch();
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
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
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

            return LeaderIdAndEpoch;
        })();

        broker.FetchPartitionResponse = (function() {

            /**
             * Properties of a FetchPartitionResponse.
             * @typedef {Object} skiff.broker.FetchPartitionResponse.$Properties
             * @property {number|null} [partition] FetchPartitionResponse partition
             * @property {skiff.controller.ApiError.$Properties|null} [error] FetchPartitionResponse error
             * @property {number|null} [highWatermark] FetchPartitionResponse highWatermark
             * @property {number|null} [lastStableOffset] FetchPartitionResponse lastStableOffset
             * @property {number|null} [logStartOffset] FetchPartitionResponse logStartOffset
             * @property {skiff.broker.EpochEndOffset.$Properties|null} [divergingEpoch] FetchPartitionResponse divergingEpoch
             * @property {skiff.broker.LeaderIdAndEpoch.$Properties|null} [currentLeader] FetchPartitionResponse currentLeader
             * @property {number|null} [preferredReadReplica] FetchPartitionResponse preferredReadReplica
             * @property {Uint8Array|null} [records] FetchPartitionResponse records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchPartitionResponse.
             * @memberof skiff.broker
             * @interface IFetchPartitionResponse
             * @augments skiff.broker.FetchPartitionResponse.$Properties
             * @deprecated Use skiff.broker.FetchPartitionResponse.$Properties instead.
             */

            /**
             * Shape of a FetchPartitionResponse.
             * @typedef {skiff.broker.FetchPartitionResponse.$Properties} skiff.broker.FetchPartitionResponse.$Shape
             */

            /**
             * Constructs a new FetchPartitionResponse.
             * @memberof skiff.broker
             * @classdesc Represents a FetchPartitionResponse.
             * @constructor
             * @param {skiff.broker.FetchPartitionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchPartitionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchPartitionResponse partition.
             * @member {number} partition
             * @memberof skiff.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.partition = 0;

            /**
             * FetchPartitionResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.error = null;

            /**
             * FetchPartitionResponse highWatermark.
             * @member {number} highWatermark
             * @memberof skiff.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.highWatermark = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchPartitionResponse lastStableOffset.
             * @member {number} lastStableOffset
             * @memberof skiff.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.lastStableOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchPartitionResponse logStartOffset.
             * @member {number} logStartOffset
             * @memberof skiff.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.logStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchPartitionResponse divergingEpoch.
             * @member {skiff.broker.EpochEndOffset.$Properties|null|undefined} divergingEpoch
             * @memberof skiff.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.divergingEpoch = null;

            /**
             * FetchPartitionResponse currentLeader.
             * @member {skiff.broker.LeaderIdAndEpoch.$Properties|null|undefined} currentLeader
             * @memberof skiff.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.currentLeader = null;

            /**
             * FetchPartitionResponse preferredReadReplica.
             * @member {number} preferredReadReplica
             * @memberof skiff.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.preferredReadReplica = 0;

            /**
             * FetchPartitionResponse records.
             * @member {Uint8Array} records
             * @memberof skiff.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.records = $util.newBuffer([]);

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(FetchPartitionResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(FetchPartitionResponse.prototype, "_divergingEpoch", {
                get: $util.oneOfGetter($oneOfFields = ["divergingEpoch"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(FetchPartitionResponse.prototype, "_currentLeader", {
                get: $util.oneOfGetter($oneOfFields = ["currentLeader"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified FetchPartitionResponse message. Does not implicitly {@link skiff.broker.FetchPartitionResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.FetchPartitionResponse
             * @static
             * @param {skiff.broker.FetchPartitionResponse.$Properties} message FetchPartitionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchPartitionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.partition);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.highWatermark != null && $Object.hasOwnProperty.call(message, "highWatermark") && (typeof message.highWatermark === "object" ? message.highWatermark.low || message.highWatermark.high : message.highWatermark !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.highWatermark);
                if (message.lastStableOffset != null && $Object.hasOwnProperty.call(message, "lastStableOffset") && (typeof message.lastStableOffset === "object" ? message.lastStableOffset.low || message.lastStableOffset.high : message.lastStableOffset !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.lastStableOffset);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && (typeof message.logStartOffset === "object" ? message.logStartOffset.low || message.logStartOffset.high : message.logStartOffset !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.logStartOffset);
                if (message.divergingEpoch != null && $Object.hasOwnProperty.call(message, "divergingEpoch"))
                    $root.skiff.broker.EpochEndOffset.encode(message.divergingEpoch, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.currentLeader != null && $Object.hasOwnProperty.call(message, "currentLeader"))
                    $root.skiff.broker.LeaderIdAndEpoch.encode(message.currentLeader, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.preferredReadReplica != null && $Object.hasOwnProperty.call(message, "preferredReadReplica") && message.preferredReadReplica !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.preferredReadReplica);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && message.records.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.records);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchPartitionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.FetchPartitionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.FetchPartitionResponse & skiff.broker.FetchPartitionResponse.$Shape} FetchPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchPartitionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.FetchPartitionResponse();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.highWatermark = value;
                            else
                                delete message.highWatermark;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastStableOffset = value;
                            else
                                delete message.lastStableOffset;
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
                            message.divergingEpoch = $root.skiff.broker.EpochEndOffset.decode(reader, reader.size(), $undefined, _depth + 1, message.divergingEpoch);
                            message._divergingEpoch = "divergingEpoch";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.currentLeader = $root.skiff.broker.LeaderIdAndEpoch.decode(reader, reader.size(), $undefined, _depth + 1, message.currentLeader);
                            message._currentLeader = "currentLeader";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.preferredReadReplica = value;
                            else
                                delete message.preferredReadReplica;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.records = value;
                            else
                                delete message.records;
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

            return FetchPartitionResponse;
        })();

        broker.FetchTopicResponse = (function() {

            /**
             * Properties of a FetchTopicResponse.
             * @typedef {Object} skiff.broker.FetchTopicResponse.$Properties
             * @property {string|null} [name] FetchTopicResponse name
             * @property {string|null} [topicId] FetchTopicResponse topicId
             * @property {Array.<skiff.broker.FetchPartitionResponse.$Properties>|null} [partitions] FetchTopicResponse partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchTopicResponse.
             * @memberof skiff.broker
             * @interface IFetchTopicResponse
             * @augments skiff.broker.FetchTopicResponse.$Properties
             * @deprecated Use skiff.broker.FetchTopicResponse.$Properties instead.
             */

            /**
             * Shape of a FetchTopicResponse.
             * @typedef {skiff.broker.FetchTopicResponse.$Properties} skiff.broker.FetchTopicResponse.$Shape
             */

            /**
             * Constructs a new FetchTopicResponse.
             * @memberof skiff.broker
             * @classdesc Represents a FetchTopicResponse.
             * @constructor
             * @param {skiff.broker.FetchTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchTopicResponse = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchTopicResponse name.
             * @member {string} name
             * @memberof skiff.broker.FetchTopicResponse
             * @instance
             */
            FetchTopicResponse.prototype.name = "";

            /**
             * FetchTopicResponse topicId.
             * @member {string} topicId
             * @memberof skiff.broker.FetchTopicResponse
             * @instance
             */
            FetchTopicResponse.prototype.topicId = "";

            /**
             * FetchTopicResponse partitions.
             * @member {Array.<skiff.broker.FetchPartitionResponse.$Properties>} partitions
             * @memberof skiff.broker.FetchTopicResponse
             * @instance
             */
            FetchTopicResponse.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified FetchTopicResponse message. Does not implicitly {@link skiff.broker.FetchTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.FetchTopicResponse
             * @static
             * @param {skiff.broker.FetchTopicResponse.$Properties} message FetchTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchTopicResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topicId);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.skiff.broker.FetchPartitionResponse.encode(message.partitions[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.FetchTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.FetchTopicResponse & skiff.broker.FetchTopicResponse.$Shape} FetchTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchTopicResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.FetchTopicResponse();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.skiff.broker.FetchPartitionResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return FetchTopicResponse;
        })();

        broker.FetchResponse = (function() {

            /**
             * Properties of a FetchResponse.
             * @typedef {Object} skiff.broker.FetchResponse.$Properties
             * @property {skiff.controller.ApiError.$Properties|null} [error] FetchResponse error
             * @property {Array.<skiff.broker.FetchTopicResponse.$Properties>|null} [topics] FetchResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchResponse.
             * @memberof skiff.broker
             * @interface IFetchResponse
             * @augments skiff.broker.FetchResponse.$Properties
             * @deprecated Use skiff.broker.FetchResponse.$Properties instead.
             */

            /**
             * Shape of a FetchResponse.
             * @typedef {skiff.broker.FetchResponse.$Properties} skiff.broker.FetchResponse.$Shape
             */

            /**
             * Constructs a new FetchResponse.
             * @memberof skiff.broker
             * @classdesc Represents a FetchResponse.
             * @constructor
             * @param {skiff.broker.FetchResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.broker.FetchResponse
             * @instance
             */
            FetchResponse.prototype.error = null;

            /**
             * FetchResponse topics.
             * @member {Array.<skiff.broker.FetchTopicResponse.$Properties>} topics
             * @memberof skiff.broker.FetchResponse
             * @instance
             */
            FetchResponse.prototype.topics = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(FetchResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified FetchResponse message. Does not implicitly {@link skiff.broker.FetchResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.FetchResponse
             * @static
             * @param {skiff.broker.FetchResponse.$Properties} message FetchResponse message or plain object to encode
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
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.broker.FetchTopicResponse.encode(message.topics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.FetchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.FetchResponse & skiff.broker.FetchResponse.$Shape} FetchResponse
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
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.broker.FetchResponse();
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
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.broker.FetchTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

        broker.ListOffsetsPartition = (function() {

            /**
             * Properties of a ListOffsetsPartition.
             * @typedef {Object} skiff.broker.ListOffsetsPartition.$Properties
             * @property {number|null} [partition] ListOffsetsPartition partition
             * @property {number|null} [currentLeaderEpoch] ListOffsetsPartition currentLeaderEpoch
             * @property {number|null} [timestamp] ListOffsetsPartition timestamp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsPartition.
             * @memberof skiff.broker
             * @interface IListOffsetsPartition
             * @augments skiff.broker.ListOffsetsPartition.$Properties
             * @deprecated Use skiff.broker.ListOffsetsPartition.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsPartition.
             * @typedef {skiff.broker.ListOffsetsPartition.$Properties} skiff.broker.ListOffsetsPartition.$Shape
             */

            /**
             * Constructs a new ListOffsetsPartition.
             * @memberof skiff.broker
             * @classdesc Represents a ListOffsetsPartition.
             * @constructor
             * @param {skiff.broker.ListOffsetsPartition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsPartition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsPartition partition.
             * @member {number} partition
             * @memberof skiff.broker.ListOffsetsPartition
             * @instance
             */
            ListOffsetsPartition.prototype.partition = 0;

            /**
             * ListOffsetsPartition currentLeaderEpoch.
             * @member {number} currentLeaderEpoch
             * @memberof skiff.broker.ListOffsetsPartition
             * @instance
             */
            ListOffsetsPartition.prototype.currentLeaderEpoch = 0;

            /**
             * ListOffsetsPartition timestamp.
             * @member {number} timestamp
             * @memberof skiff.broker.ListOffsetsPartition
             * @instance
             */
            ListOffsetsPartition.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified ListOffsetsPartition message. Does not implicitly {@link skiff.broker.ListOffsetsPartition.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ListOffsetsPartition
             * @static
             * @param {skiff.broker.ListOffsetsPartition.$Properties} message ListOffsetsPartition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsPartition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.partition);
                if (message.currentLeaderEpoch != null && $Object.hasOwnProperty.call(message, "currentLeaderEpoch") && message.currentLeaderEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.currentLeaderEpoch);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.timestamp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsPartition message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ListOffsetsPartition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ListOffsetsPartition & skiff.broker.ListOffsetsPartition.$Shape} ListOffsetsPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsPartition.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ListOffsetsPartition();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.currentLeaderEpoch = value;
                            else
                                delete message.currentLeaderEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
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

            return ListOffsetsPartition;
        })();

        broker.ListOffsetsTopic = (function() {

            /**
             * Properties of a ListOffsetsTopic.
             * @typedef {Object} skiff.broker.ListOffsetsTopic.$Properties
             * @property {string|null} [name] ListOffsetsTopic name
             * @property {Array.<skiff.broker.ListOffsetsPartition.$Properties>|null} [partitions] ListOffsetsTopic partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsTopic.
             * @memberof skiff.broker
             * @interface IListOffsetsTopic
             * @augments skiff.broker.ListOffsetsTopic.$Properties
             * @deprecated Use skiff.broker.ListOffsetsTopic.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsTopic.
             * @typedef {skiff.broker.ListOffsetsTopic.$Properties} skiff.broker.ListOffsetsTopic.$Shape
             */

            /**
             * Constructs a new ListOffsetsTopic.
             * @memberof skiff.broker
             * @classdesc Represents a ListOffsetsTopic.
             * @constructor
             * @param {skiff.broker.ListOffsetsTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsTopic = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsTopic name.
             * @member {string} name
             * @memberof skiff.broker.ListOffsetsTopic
             * @instance
             */
            ListOffsetsTopic.prototype.name = "";

            /**
             * ListOffsetsTopic partitions.
             * @member {Array.<skiff.broker.ListOffsetsPartition.$Properties>} partitions
             * @memberof skiff.broker.ListOffsetsTopic
             * @instance
             */
            ListOffsetsTopic.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified ListOffsetsTopic message. Does not implicitly {@link skiff.broker.ListOffsetsTopic.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ListOffsetsTopic
             * @static
             * @param {skiff.broker.ListOffsetsTopic.$Properties} message ListOffsetsTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.skiff.broker.ListOffsetsPartition.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsTopic message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ListOffsetsTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ListOffsetsTopic & skiff.broker.ListOffsetsTopic.$Shape} ListOffsetsTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ListOffsetsTopic();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.skiff.broker.ListOffsetsPartition.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ListOffsetsTopic;
        })();

        broker.ListOffsetsRequest = (function() {

            /**
             * Properties of a ListOffsetsRequest.
             * @typedef {Object} skiff.broker.ListOffsetsRequest.$Properties
             * @property {number|null} [replicaId] ListOffsetsRequest replicaId
             * @property {number|null} [isolationLevel] ListOffsetsRequest isolationLevel
             * @property {Array.<skiff.broker.ListOffsetsTopic.$Properties>|null} [topics] ListOffsetsRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsRequest.
             * @memberof skiff.broker
             * @interface IListOffsetsRequest
             * @augments skiff.broker.ListOffsetsRequest.$Properties
             * @deprecated Use skiff.broker.ListOffsetsRequest.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsRequest.
             * @typedef {skiff.broker.ListOffsetsRequest.$Properties} skiff.broker.ListOffsetsRequest.$Shape
             */

            /**
             * Constructs a new ListOffsetsRequest.
             * @memberof skiff.broker
             * @classdesc Represents a ListOffsetsRequest.
             * @constructor
             * @param {skiff.broker.ListOffsetsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsRequest replicaId.
             * @member {number} replicaId
             * @memberof skiff.broker.ListOffsetsRequest
             * @instance
             */
            ListOffsetsRequest.prototype.replicaId = 0;

            /**
             * ListOffsetsRequest isolationLevel.
             * @member {number} isolationLevel
             * @memberof skiff.broker.ListOffsetsRequest
             * @instance
             */
            ListOffsetsRequest.prototype.isolationLevel = 0;

            /**
             * ListOffsetsRequest topics.
             * @member {Array.<skiff.broker.ListOffsetsTopic.$Properties>} topics
             * @memberof skiff.broker.ListOffsetsRequest
             * @instance
             */
            ListOffsetsRequest.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified ListOffsetsRequest message. Does not implicitly {@link skiff.broker.ListOffsetsRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ListOffsetsRequest
             * @static
             * @param {skiff.broker.ListOffsetsRequest.$Properties} message ListOffsetsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.replicaId != null && $Object.hasOwnProperty.call(message, "replicaId") && message.replicaId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.replicaId);
                if (message.isolationLevel != null && $Object.hasOwnProperty.call(message, "isolationLevel") && message.isolationLevel !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.isolationLevel);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.broker.ListOffsetsTopic.encode(message.topics[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ListOffsetsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ListOffsetsRequest & skiff.broker.ListOffsetsRequest.$Shape} ListOffsetsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ListOffsetsRequest();
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
                                message.replicaId = value;
                            else
                                delete message.replicaId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.isolationLevel = value;
                            else
                                delete message.isolationLevel;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.broker.ListOffsetsTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ListOffsetsRequest;
        })();

        broker.ListOffsetsPartitionResponse = (function() {

            /**
             * Properties of a ListOffsetsPartitionResponse.
             * @typedef {Object} skiff.broker.ListOffsetsPartitionResponse.$Properties
             * @property {number|null} [partition] ListOffsetsPartitionResponse partition
             * @property {skiff.controller.ApiError.$Properties|null} [error] ListOffsetsPartitionResponse error
             * @property {number|null} [timestamp] ListOffsetsPartitionResponse timestamp
             * @property {number|null} [offset] ListOffsetsPartitionResponse offset
             * @property {number|null} [leaderEpoch] ListOffsetsPartitionResponse leaderEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsPartitionResponse.
             * @memberof skiff.broker
             * @interface IListOffsetsPartitionResponse
             * @augments skiff.broker.ListOffsetsPartitionResponse.$Properties
             * @deprecated Use skiff.broker.ListOffsetsPartitionResponse.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsPartitionResponse.
             * @typedef {skiff.broker.ListOffsetsPartitionResponse.$Properties} skiff.broker.ListOffsetsPartitionResponse.$Shape
             */

            /**
             * Constructs a new ListOffsetsPartitionResponse.
             * @memberof skiff.broker
             * @classdesc Represents a ListOffsetsPartitionResponse.
             * @constructor
             * @param {skiff.broker.ListOffsetsPartitionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsPartitionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsPartitionResponse partition.
             * @member {number} partition
             * @memberof skiff.broker.ListOffsetsPartitionResponse
             * @instance
             */
            ListOffsetsPartitionResponse.prototype.partition = 0;

            /**
             * ListOffsetsPartitionResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.broker.ListOffsetsPartitionResponse
             * @instance
             */
            ListOffsetsPartitionResponse.prototype.error = null;

            /**
             * ListOffsetsPartitionResponse timestamp.
             * @member {number} timestamp
             * @memberof skiff.broker.ListOffsetsPartitionResponse
             * @instance
             */
            ListOffsetsPartitionResponse.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ListOffsetsPartitionResponse offset.
             * @member {number} offset
             * @memberof skiff.broker.ListOffsetsPartitionResponse
             * @instance
             */
            ListOffsetsPartitionResponse.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ListOffsetsPartitionResponse leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof skiff.broker.ListOffsetsPartitionResponse
             * @instance
             */
            ListOffsetsPartitionResponse.prototype.leaderEpoch = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ListOffsetsPartitionResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ListOffsetsPartitionResponse message. Does not implicitly {@link skiff.broker.ListOffsetsPartitionResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ListOffsetsPartitionResponse
             * @static
             * @param {skiff.broker.ListOffsetsPartitionResponse.$Properties} message ListOffsetsPartitionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsPartitionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.partition);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.timestamp);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.offset);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.leaderEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsPartitionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ListOffsetsPartitionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ListOffsetsPartitionResponse & skiff.broker.ListOffsetsPartitionResponse.$Shape} ListOffsetsPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsPartitionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ListOffsetsPartitionResponse();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
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

            return ListOffsetsPartitionResponse;
        })();

        broker.ListOffsetsTopicResponse = (function() {

            /**
             * Properties of a ListOffsetsTopicResponse.
             * @typedef {Object} skiff.broker.ListOffsetsTopicResponse.$Properties
             * @property {string|null} [name] ListOffsetsTopicResponse name
             * @property {Array.<skiff.broker.ListOffsetsPartitionResponse.$Properties>|null} [partitions] ListOffsetsTopicResponse partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsTopicResponse.
             * @memberof skiff.broker
             * @interface IListOffsetsTopicResponse
             * @augments skiff.broker.ListOffsetsTopicResponse.$Properties
             * @deprecated Use skiff.broker.ListOffsetsTopicResponse.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsTopicResponse.
             * @typedef {skiff.broker.ListOffsetsTopicResponse.$Properties} skiff.broker.ListOffsetsTopicResponse.$Shape
             */

            /**
             * Constructs a new ListOffsetsTopicResponse.
             * @memberof skiff.broker
             * @classdesc Represents a ListOffsetsTopicResponse.
             * @constructor
             * @param {skiff.broker.ListOffsetsTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsTopicResponse = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsTopicResponse name.
             * @member {string} name
             * @memberof skiff.broker.ListOffsetsTopicResponse
             * @instance
             */
            ListOffsetsTopicResponse.prototype.name = "";

            /**
             * ListOffsetsTopicResponse partitions.
             * @member {Array.<skiff.broker.ListOffsetsPartitionResponse.$Properties>} partitions
             * @memberof skiff.broker.ListOffsetsTopicResponse
             * @instance
             */
            ListOffsetsTopicResponse.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified ListOffsetsTopicResponse message. Does not implicitly {@link skiff.broker.ListOffsetsTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ListOffsetsTopicResponse
             * @static
             * @param {skiff.broker.ListOffsetsTopicResponse.$Properties} message ListOffsetsTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsTopicResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.skiff.broker.ListOffsetsPartitionResponse.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ListOffsetsTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ListOffsetsTopicResponse & skiff.broker.ListOffsetsTopicResponse.$Shape} ListOffsetsTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsTopicResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ListOffsetsTopicResponse();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.skiff.broker.ListOffsetsPartitionResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ListOffsetsTopicResponse;
        })();

        broker.ListOffsetsResponse = (function() {

            /**
             * Properties of a ListOffsetsResponse.
             * @typedef {Object} skiff.broker.ListOffsetsResponse.$Properties
             * @property {Array.<skiff.broker.ListOffsetsTopicResponse.$Properties>|null} [topics] ListOffsetsResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsResponse.
             * @memberof skiff.broker
             * @interface IListOffsetsResponse
             * @augments skiff.broker.ListOffsetsResponse.$Properties
             * @deprecated Use skiff.broker.ListOffsetsResponse.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsResponse.
             * @typedef {skiff.broker.ListOffsetsResponse.$Properties} skiff.broker.ListOffsetsResponse.$Shape
             */

            /**
             * Constructs a new ListOffsetsResponse.
             * @memberof skiff.broker
             * @classdesc Represents a ListOffsetsResponse.
             * @constructor
             * @param {skiff.broker.ListOffsetsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsResponse topics.
             * @member {Array.<skiff.broker.ListOffsetsTopicResponse.$Properties>} topics
             * @memberof skiff.broker.ListOffsetsResponse
             * @instance
             */
            ListOffsetsResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified ListOffsetsResponse message. Does not implicitly {@link skiff.broker.ListOffsetsResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ListOffsetsResponse
             * @static
             * @param {skiff.broker.ListOffsetsResponse.$Properties} message ListOffsetsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.broker.ListOffsetsTopicResponse.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ListOffsetsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ListOffsetsResponse & skiff.broker.ListOffsetsResponse.$Shape} ListOffsetsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.broker.ListOffsetsResponse();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.broker.ListOffsetsTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ListOffsetsResponse;
        })();

        broker.OffsetForLeaderPartition = (function() {

            /**
             * Properties of an OffsetForLeaderPartition.
             * @typedef {Object} skiff.broker.OffsetForLeaderPartition.$Properties
             * @property {number|null} [partition] OffsetForLeaderPartition partition
             * @property {number|null} [currentLeaderEpoch] OffsetForLeaderPartition currentLeaderEpoch
             * @property {number|null} [leaderEpoch] OffsetForLeaderPartition leaderEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetForLeaderPartition.
             * @memberof skiff.broker
             * @interface IOffsetForLeaderPartition
             * @augments skiff.broker.OffsetForLeaderPartition.$Properties
             * @deprecated Use skiff.broker.OffsetForLeaderPartition.$Properties instead.
             */

            /**
             * Shape of an OffsetForLeaderPartition.
             * @typedef {skiff.broker.OffsetForLeaderPartition.$Properties} skiff.broker.OffsetForLeaderPartition.$Shape
             */

            /**
             * Constructs a new OffsetForLeaderPartition.
             * @memberof skiff.broker
             * @classdesc Represents an OffsetForLeaderPartition.
             * @constructor
             * @param {skiff.broker.OffsetForLeaderPartition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetForLeaderPartition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetForLeaderPartition partition.
             * @member {number} partition
             * @memberof skiff.broker.OffsetForLeaderPartition
             * @instance
             */
            OffsetForLeaderPartition.prototype.partition = 0;

            /**
             * OffsetForLeaderPartition currentLeaderEpoch.
             * @member {number} currentLeaderEpoch
             * @memberof skiff.broker.OffsetForLeaderPartition
             * @instance
             */
            OffsetForLeaderPartition.prototype.currentLeaderEpoch = 0;

            /**
             * OffsetForLeaderPartition leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof skiff.broker.OffsetForLeaderPartition
             * @instance
             */
            OffsetForLeaderPartition.prototype.leaderEpoch = 0;

            /**
             * Encodes the specified OffsetForLeaderPartition message. Does not implicitly {@link skiff.broker.OffsetForLeaderPartition.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.OffsetForLeaderPartition
             * @static
             * @param {skiff.broker.OffsetForLeaderPartition.$Properties} message OffsetForLeaderPartition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetForLeaderPartition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.partition);
                if (message.currentLeaderEpoch != null && $Object.hasOwnProperty.call(message, "currentLeaderEpoch") && message.currentLeaderEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.currentLeaderEpoch);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.leaderEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetForLeaderPartition message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.OffsetForLeaderPartition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.OffsetForLeaderPartition & skiff.broker.OffsetForLeaderPartition.$Shape} OffsetForLeaderPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetForLeaderPartition.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.OffsetForLeaderPartition();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.currentLeaderEpoch = value;
                            else
                                delete message.currentLeaderEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
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

            return OffsetForLeaderPartition;
        })();

        broker.OffsetForLeaderTopic = (function() {

            /**
             * Properties of an OffsetForLeaderTopic.
             * @typedef {Object} skiff.broker.OffsetForLeaderTopic.$Properties
             * @property {string|null} [name] OffsetForLeaderTopic name
             * @property {Array.<skiff.broker.OffsetForLeaderPartition.$Properties>|null} [partitions] OffsetForLeaderTopic partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetForLeaderTopic.
             * @memberof skiff.broker
             * @interface IOffsetForLeaderTopic
             * @augments skiff.broker.OffsetForLeaderTopic.$Properties
             * @deprecated Use skiff.broker.OffsetForLeaderTopic.$Properties instead.
             */

            /**
             * Shape of an OffsetForLeaderTopic.
             * @typedef {skiff.broker.OffsetForLeaderTopic.$Properties} skiff.broker.OffsetForLeaderTopic.$Shape
             */

            /**
             * Constructs a new OffsetForLeaderTopic.
             * @memberof skiff.broker
             * @classdesc Represents an OffsetForLeaderTopic.
             * @constructor
             * @param {skiff.broker.OffsetForLeaderTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetForLeaderTopic = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetForLeaderTopic name.
             * @member {string} name
             * @memberof skiff.broker.OffsetForLeaderTopic
             * @instance
             */
            OffsetForLeaderTopic.prototype.name = "";

            /**
             * OffsetForLeaderTopic partitions.
             * @member {Array.<skiff.broker.OffsetForLeaderPartition.$Properties>} partitions
             * @memberof skiff.broker.OffsetForLeaderTopic
             * @instance
             */
            OffsetForLeaderTopic.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified OffsetForLeaderTopic message. Does not implicitly {@link skiff.broker.OffsetForLeaderTopic.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.OffsetForLeaderTopic
             * @static
             * @param {skiff.broker.OffsetForLeaderTopic.$Properties} message OffsetForLeaderTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetForLeaderTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.skiff.broker.OffsetForLeaderPartition.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetForLeaderTopic message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.OffsetForLeaderTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.OffsetForLeaderTopic & skiff.broker.OffsetForLeaderTopic.$Shape} OffsetForLeaderTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetForLeaderTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.OffsetForLeaderTopic();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.skiff.broker.OffsetForLeaderPartition.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetForLeaderTopic;
        })();

        broker.OffsetsForLeaderEpochRequest = (function() {

            /**
             * Properties of an OffsetsForLeaderEpochRequest.
             * @typedef {Object} skiff.broker.OffsetsForLeaderEpochRequest.$Properties
             * @property {number|null} [replicaId] OffsetsForLeaderEpochRequest replicaId
             * @property {Array.<skiff.broker.OffsetForLeaderTopic.$Properties>|null} [topics] OffsetsForLeaderEpochRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetsForLeaderEpochRequest.
             * @memberof skiff.broker
             * @interface IOffsetsForLeaderEpochRequest
             * @augments skiff.broker.OffsetsForLeaderEpochRequest.$Properties
             * @deprecated Use skiff.broker.OffsetsForLeaderEpochRequest.$Properties instead.
             */

            /**
             * Shape of an OffsetsForLeaderEpochRequest.
             * @typedef {skiff.broker.OffsetsForLeaderEpochRequest.$Properties} skiff.broker.OffsetsForLeaderEpochRequest.$Shape
             */

            /**
             * Constructs a new OffsetsForLeaderEpochRequest.
             * @memberof skiff.broker
             * @classdesc Represents an OffsetsForLeaderEpochRequest.
             * @constructor
             * @param {skiff.broker.OffsetsForLeaderEpochRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetsForLeaderEpochRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetsForLeaderEpochRequest replicaId.
             * @member {number} replicaId
             * @memberof skiff.broker.OffsetsForLeaderEpochRequest
             * @instance
             */
            OffsetsForLeaderEpochRequest.prototype.replicaId = 0;

            /**
             * OffsetsForLeaderEpochRequest topics.
             * @member {Array.<skiff.broker.OffsetForLeaderTopic.$Properties>} topics
             * @memberof skiff.broker.OffsetsForLeaderEpochRequest
             * @instance
             */
            OffsetsForLeaderEpochRequest.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified OffsetsForLeaderEpochRequest message. Does not implicitly {@link skiff.broker.OffsetsForLeaderEpochRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.OffsetsForLeaderEpochRequest
             * @static
             * @param {skiff.broker.OffsetsForLeaderEpochRequest.$Properties} message OffsetsForLeaderEpochRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetsForLeaderEpochRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.replicaId != null && $Object.hasOwnProperty.call(message, "replicaId") && message.replicaId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.replicaId);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.broker.OffsetForLeaderTopic.encode(message.topics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetsForLeaderEpochRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.OffsetsForLeaderEpochRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.OffsetsForLeaderEpochRequest & skiff.broker.OffsetsForLeaderEpochRequest.$Shape} OffsetsForLeaderEpochRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetsForLeaderEpochRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.OffsetsForLeaderEpochRequest();
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
                                message.replicaId = value;
                            else
                                delete message.replicaId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.broker.OffsetForLeaderTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetsForLeaderEpochRequest;
        })();

        broker.OffsetForLeaderPartitionResult = (function() {

            /**
             * Properties of an OffsetForLeaderPartitionResult.
             * @typedef {Object} skiff.broker.OffsetForLeaderPartitionResult.$Properties
             * @property {number|null} [partition] OffsetForLeaderPartitionResult partition
             * @property {skiff.controller.ApiError.$Properties|null} [error] OffsetForLeaderPartitionResult error
             * @property {number|null} [leaderEpoch] OffsetForLeaderPartitionResult leaderEpoch
             * @property {number|null} [endOffset] OffsetForLeaderPartitionResult endOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetForLeaderPartitionResult.
             * @memberof skiff.broker
             * @interface IOffsetForLeaderPartitionResult
             * @augments skiff.broker.OffsetForLeaderPartitionResult.$Properties
             * @deprecated Use skiff.broker.OffsetForLeaderPartitionResult.$Properties instead.
             */

            /**
             * Shape of an OffsetForLeaderPartitionResult.
             * @typedef {skiff.broker.OffsetForLeaderPartitionResult.$Properties} skiff.broker.OffsetForLeaderPartitionResult.$Shape
             */

            /**
             * Constructs a new OffsetForLeaderPartitionResult.
             * @memberof skiff.broker
             * @classdesc Represents an OffsetForLeaderPartitionResult.
             * @constructor
             * @param {skiff.broker.OffsetForLeaderPartitionResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetForLeaderPartitionResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetForLeaderPartitionResult partition.
             * @member {number} partition
             * @memberof skiff.broker.OffsetForLeaderPartitionResult
             * @instance
             */
            OffsetForLeaderPartitionResult.prototype.partition = 0;

            /**
             * OffsetForLeaderPartitionResult error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.broker.OffsetForLeaderPartitionResult
             * @instance
             */
            OffsetForLeaderPartitionResult.prototype.error = null;

            /**
             * OffsetForLeaderPartitionResult leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof skiff.broker.OffsetForLeaderPartitionResult
             * @instance
             */
            OffsetForLeaderPartitionResult.prototype.leaderEpoch = 0;

            /**
             * OffsetForLeaderPartitionResult endOffset.
             * @member {number} endOffset
             * @memberof skiff.broker.OffsetForLeaderPartitionResult
             * @instance
             */
            OffsetForLeaderPartitionResult.prototype.endOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OffsetForLeaderPartitionResult.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified OffsetForLeaderPartitionResult message. Does not implicitly {@link skiff.broker.OffsetForLeaderPartitionResult.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.OffsetForLeaderPartitionResult
             * @static
             * @param {skiff.broker.OffsetForLeaderPartitionResult.$Properties} message OffsetForLeaderPartitionResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetForLeaderPartitionResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.partition);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.leaderEpoch);
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset") && (typeof message.endOffset === "object" ? message.endOffset.low || message.endOffset.high : message.endOffset !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.endOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetForLeaderPartitionResult message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.OffsetForLeaderPartitionResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.OffsetForLeaderPartitionResult & skiff.broker.OffsetForLeaderPartitionResult.$Shape} OffsetForLeaderPartitionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetForLeaderPartitionResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.OffsetForLeaderPartitionResult();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
                            continue;
                        }
                    case 4: {
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

            return OffsetForLeaderPartitionResult;
        })();

        broker.OffsetForLeaderTopicResult = (function() {

            /**
             * Properties of an OffsetForLeaderTopicResult.
             * @typedef {Object} skiff.broker.OffsetForLeaderTopicResult.$Properties
             * @property {string|null} [name] OffsetForLeaderTopicResult name
             * @property {Array.<skiff.broker.OffsetForLeaderPartitionResult.$Properties>|null} [partitions] OffsetForLeaderTopicResult partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetForLeaderTopicResult.
             * @memberof skiff.broker
             * @interface IOffsetForLeaderTopicResult
             * @augments skiff.broker.OffsetForLeaderTopicResult.$Properties
             * @deprecated Use skiff.broker.OffsetForLeaderTopicResult.$Properties instead.
             */

            /**
             * Shape of an OffsetForLeaderTopicResult.
             * @typedef {skiff.broker.OffsetForLeaderTopicResult.$Properties} skiff.broker.OffsetForLeaderTopicResult.$Shape
             */

            /**
             * Constructs a new OffsetForLeaderTopicResult.
             * @memberof skiff.broker
             * @classdesc Represents an OffsetForLeaderTopicResult.
             * @constructor
             * @param {skiff.broker.OffsetForLeaderTopicResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetForLeaderTopicResult = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetForLeaderTopicResult name.
             * @member {string} name
             * @memberof skiff.broker.OffsetForLeaderTopicResult
             * @instance
             */
            OffsetForLeaderTopicResult.prototype.name = "";

            /**
             * OffsetForLeaderTopicResult partitions.
             * @member {Array.<skiff.broker.OffsetForLeaderPartitionResult.$Properties>} partitions
             * @memberof skiff.broker.OffsetForLeaderTopicResult
             * @instance
             */
            OffsetForLeaderTopicResult.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified OffsetForLeaderTopicResult message. Does not implicitly {@link skiff.broker.OffsetForLeaderTopicResult.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.OffsetForLeaderTopicResult
             * @static
             * @param {skiff.broker.OffsetForLeaderTopicResult.$Properties} message OffsetForLeaderTopicResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetForLeaderTopicResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.skiff.broker.OffsetForLeaderPartitionResult.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetForLeaderTopicResult message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.OffsetForLeaderTopicResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.OffsetForLeaderTopicResult & skiff.broker.OffsetForLeaderTopicResult.$Shape} OffsetForLeaderTopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetForLeaderTopicResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.OffsetForLeaderTopicResult();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.skiff.broker.OffsetForLeaderPartitionResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetForLeaderTopicResult;
        })();

        broker.OffsetsForLeaderEpochResponse = (function() {

            /**
             * Properties of an OffsetsForLeaderEpochResponse.
             * @typedef {Object} skiff.broker.OffsetsForLeaderEpochResponse.$Properties
             * @property {Array.<skiff.broker.OffsetForLeaderTopicResult.$Properties>|null} [topics] OffsetsForLeaderEpochResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetsForLeaderEpochResponse.
             * @memberof skiff.broker
             * @interface IOffsetsForLeaderEpochResponse
             * @augments skiff.broker.OffsetsForLeaderEpochResponse.$Properties
             * @deprecated Use skiff.broker.OffsetsForLeaderEpochResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetsForLeaderEpochResponse.
             * @typedef {skiff.broker.OffsetsForLeaderEpochResponse.$Properties} skiff.broker.OffsetsForLeaderEpochResponse.$Shape
             */

            /**
             * Constructs a new OffsetsForLeaderEpochResponse.
             * @memberof skiff.broker
             * @classdesc Represents an OffsetsForLeaderEpochResponse.
             * @constructor
             * @param {skiff.broker.OffsetsForLeaderEpochResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetsForLeaderEpochResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetsForLeaderEpochResponse topics.
             * @member {Array.<skiff.broker.OffsetForLeaderTopicResult.$Properties>} topics
             * @memberof skiff.broker.OffsetsForLeaderEpochResponse
             * @instance
             */
            OffsetsForLeaderEpochResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified OffsetsForLeaderEpochResponse message. Does not implicitly {@link skiff.broker.OffsetsForLeaderEpochResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.OffsetsForLeaderEpochResponse
             * @static
             * @param {skiff.broker.OffsetsForLeaderEpochResponse.$Properties} message OffsetsForLeaderEpochResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetsForLeaderEpochResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.broker.OffsetForLeaderTopicResult.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetsForLeaderEpochResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.OffsetsForLeaderEpochResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.OffsetsForLeaderEpochResponse & skiff.broker.OffsetsForLeaderEpochResponse.$Shape} OffsetsForLeaderEpochResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetsForLeaderEpochResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.broker.OffsetsForLeaderEpochResponse();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.broker.OffsetForLeaderTopicResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetsForLeaderEpochResponse;
        })();

        broker.InitProducerIdRequest = (function() {

            /**
             * Properties of an InitProducerIdRequest.
             * @typedef {Object} skiff.broker.InitProducerIdRequest.$Properties
             * @property {string|null} [transactionalId] InitProducerIdRequest transactionalId
             * @property {number|null} [transactionTimeoutMs] InitProducerIdRequest transactionTimeoutMs
             * @property {number|null} [producerId] InitProducerIdRequest producerId
             * @property {number|null} [producerEpoch] InitProducerIdRequest producerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InitProducerIdRequest.
             * @memberof skiff.broker
             * @interface IInitProducerIdRequest
             * @augments skiff.broker.InitProducerIdRequest.$Properties
             * @deprecated Use skiff.broker.InitProducerIdRequest.$Properties instead.
             */

            /**
             * Shape of an InitProducerIdRequest.
             * @typedef {skiff.broker.InitProducerIdRequest.$Properties} skiff.broker.InitProducerIdRequest.$Shape
             */

            /**
             * Constructs a new InitProducerIdRequest.
             * @memberof skiff.broker
             * @classdesc Represents an InitProducerIdRequest.
             * @constructor
             * @param {skiff.broker.InitProducerIdRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InitProducerIdRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InitProducerIdRequest transactionalId.
             * @member {string|null|undefined} transactionalId
             * @memberof skiff.broker.InitProducerIdRequest
             * @instance
             */
            InitProducerIdRequest.prototype.transactionalId = null;

            /**
             * InitProducerIdRequest transactionTimeoutMs.
             * @member {number} transactionTimeoutMs
             * @memberof skiff.broker.InitProducerIdRequest
             * @instance
             */
            InitProducerIdRequest.prototype.transactionTimeoutMs = 0;

            /**
             * InitProducerIdRequest producerId.
             * @member {number} producerId
             * @memberof skiff.broker.InitProducerIdRequest
             * @instance
             */
            InitProducerIdRequest.prototype.producerId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * InitProducerIdRequest producerEpoch.
             * @member {number} producerEpoch
             * @memberof skiff.broker.InitProducerIdRequest
             * @instance
             */
            InitProducerIdRequest.prototype.producerEpoch = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(InitProducerIdRequest.prototype, "_transactionalId", {
                get: $util.oneOfGetter($oneOfFields = ["transactionalId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified InitProducerIdRequest message. Does not implicitly {@link skiff.broker.InitProducerIdRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.InitProducerIdRequest
             * @static
             * @param {skiff.broker.InitProducerIdRequest.$Properties} message InitProducerIdRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InitProducerIdRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transactionalId != null && $Object.hasOwnProperty.call(message, "transactionalId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transactionalId);
                if (message.transactionTimeoutMs != null && $Object.hasOwnProperty.call(message, "transactionTimeoutMs") && message.transactionTimeoutMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.transactionTimeoutMs);
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && (typeof message.producerId === "object" ? message.producerId.low || message.producerId.high : message.producerId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.producerId);
                if (message.producerEpoch != null && $Object.hasOwnProperty.call(message, "producerEpoch") && message.producerEpoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.producerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InitProducerIdRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.InitProducerIdRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.InitProducerIdRequest & skiff.broker.InitProducerIdRequest.$Shape} InitProducerIdRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InitProducerIdRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.InitProducerIdRequest();
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
                            if (wireType !== 2)
                                break;
                            message.transactionalId = reader.stringVerify();
                            message._transactionalId = "transactionalId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.transactionTimeoutMs = value;
                            else
                                delete message.transactionTimeoutMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.producerEpoch = value;
                            else
                                delete message.producerEpoch;
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

            return InitProducerIdRequest;
        })();

        broker.InitProducerIdResponse = (function() {

            /**
             * Properties of an InitProducerIdResponse.
             * @typedef {Object} skiff.broker.InitProducerIdResponse.$Properties
             * @property {skiff.controller.ApiError.$Properties|null} [error] InitProducerIdResponse error
             * @property {number|null} [producerId] InitProducerIdResponse producerId
             * @property {number|null} [producerEpoch] InitProducerIdResponse producerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InitProducerIdResponse.
             * @memberof skiff.broker
             * @interface IInitProducerIdResponse
             * @augments skiff.broker.InitProducerIdResponse.$Properties
             * @deprecated Use skiff.broker.InitProducerIdResponse.$Properties instead.
             */

            /**
             * Shape of an InitProducerIdResponse.
             * @typedef {skiff.broker.InitProducerIdResponse.$Properties} skiff.broker.InitProducerIdResponse.$Shape
             */

            /**
             * Constructs a new InitProducerIdResponse.
             * @memberof skiff.broker
             * @classdesc Represents an InitProducerIdResponse.
             * @constructor
             * @param {skiff.broker.InitProducerIdResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InitProducerIdResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InitProducerIdResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.broker.InitProducerIdResponse
             * @instance
             */
            InitProducerIdResponse.prototype.error = null;

            /**
             * InitProducerIdResponse producerId.
             * @member {number} producerId
             * @memberof skiff.broker.InitProducerIdResponse
             * @instance
             */
            InitProducerIdResponse.prototype.producerId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * InitProducerIdResponse producerEpoch.
             * @member {number} producerEpoch
             * @memberof skiff.broker.InitProducerIdResponse
             * @instance
             */
            InitProducerIdResponse.prototype.producerEpoch = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(InitProducerIdResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified InitProducerIdResponse message. Does not implicitly {@link skiff.broker.InitProducerIdResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.InitProducerIdResponse
             * @static
             * @param {skiff.broker.InitProducerIdResponse.$Properties} message InitProducerIdResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InitProducerIdResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && (typeof message.producerId === "object" ? message.producerId.low || message.producerId.high : message.producerId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.producerId);
                if (message.producerEpoch != null && $Object.hasOwnProperty.call(message, "producerEpoch") && message.producerEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.producerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InitProducerIdResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.InitProducerIdResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.InitProducerIdResponse & skiff.broker.InitProducerIdResponse.$Shape} InitProducerIdResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InitProducerIdResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.InitProducerIdResponse();
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
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.producerEpoch = value;
                            else
                                delete message.producerEpoch;
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

            return InitProducerIdResponse;
        })();

        broker.DescribeConfigsRequest = (function() {

            /**
             * Properties of a DescribeConfigsRequest.
             * @typedef {Object} skiff.broker.DescribeConfigsRequest.$Properties
             * @property {Array.<string>|null} [topics] DescribeConfigsRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeConfigsRequest.
             * @memberof skiff.broker
             * @interface IDescribeConfigsRequest
             * @augments skiff.broker.DescribeConfigsRequest.$Properties
             * @deprecated Use skiff.broker.DescribeConfigsRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeConfigsRequest.
             * @typedef {skiff.broker.DescribeConfigsRequest.$Properties} skiff.broker.DescribeConfigsRequest.$Shape
             */

            /**
             * Constructs a new DescribeConfigsRequest.
             * @memberof skiff.broker
             * @classdesc Represents a DescribeConfigsRequest.
             * @constructor
             * @param {skiff.broker.DescribeConfigsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeConfigsRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeConfigsRequest topics.
             * @member {Array.<string>} topics
             * @memberof skiff.broker.DescribeConfigsRequest
             * @instance
             */
            DescribeConfigsRequest.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified DescribeConfigsRequest message. Does not implicitly {@link skiff.broker.DescribeConfigsRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.DescribeConfigsRequest
             * @static
             * @param {skiff.broker.DescribeConfigsRequest.$Properties} message DescribeConfigsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeConfigsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.topics[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeConfigsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.DescribeConfigsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.DescribeConfigsRequest & skiff.broker.DescribeConfigsRequest.$Shape} DescribeConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeConfigsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.broker.DescribeConfigsRequest();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push(reader.stringVerify());
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

            return DescribeConfigsRequest;
        })();

        broker.ConfigEntry = (function() {

            /**
             * Properties of a ConfigEntry.
             * @typedef {Object} skiff.broker.ConfigEntry.$Properties
             * @property {string|null} [name] ConfigEntry name
             * @property {string|null} [value] ConfigEntry value
             * @property {string|null} [source] ConfigEntry source
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigEntry.
             * @memberof skiff.broker
             * @interface IConfigEntry
             * @augments skiff.broker.ConfigEntry.$Properties
             * @deprecated Use skiff.broker.ConfigEntry.$Properties instead.
             */

            /**
             * Shape of a ConfigEntry.
             * @typedef {skiff.broker.ConfigEntry.$Properties} skiff.broker.ConfigEntry.$Shape
             */

            /**
             * Constructs a new ConfigEntry.
             * @memberof skiff.broker
             * @classdesc Represents a ConfigEntry.
             * @constructor
             * @param {skiff.broker.ConfigEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigEntry name.
             * @member {string} name
             * @memberof skiff.broker.ConfigEntry
             * @instance
             */
            ConfigEntry.prototype.name = "";

            /**
             * ConfigEntry value.
             * @member {string} value
             * @memberof skiff.broker.ConfigEntry
             * @instance
             */
            ConfigEntry.prototype.value = "";

            /**
             * ConfigEntry source.
             * @member {string} source
             * @memberof skiff.broker.ConfigEntry
             * @instance
             */
            ConfigEntry.prototype.source = "";

            /**
             * Encodes the specified ConfigEntry message. Does not implicitly {@link skiff.broker.ConfigEntry.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.ConfigEntry
             * @static
             * @param {skiff.broker.ConfigEntry.$Properties} message ConfigEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.source);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigEntry message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.ConfigEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.ConfigEntry & skiff.broker.ConfigEntry.$Shape} ConfigEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigEntry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.ConfigEntry();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
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

            return ConfigEntry;
        })();

        broker.DescribeConfigsResult = (function() {

            /**
             * Properties of a DescribeConfigsResult.
             * @typedef {Object} skiff.broker.DescribeConfigsResult.$Properties
             * @property {string|null} [name] DescribeConfigsResult name
             * @property {skiff.controller.ApiError.$Properties|null} [error] DescribeConfigsResult error
             * @property {Array.<skiff.broker.ConfigEntry.$Properties>|null} [entries] DescribeConfigsResult entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeConfigsResult.
             * @memberof skiff.broker
             * @interface IDescribeConfigsResult
             * @augments skiff.broker.DescribeConfigsResult.$Properties
             * @deprecated Use skiff.broker.DescribeConfigsResult.$Properties instead.
             */

            /**
             * Shape of a DescribeConfigsResult.
             * @typedef {skiff.broker.DescribeConfigsResult.$Properties} skiff.broker.DescribeConfigsResult.$Shape
             */

            /**
             * Constructs a new DescribeConfigsResult.
             * @memberof skiff.broker
             * @classdesc Represents a DescribeConfigsResult.
             * @constructor
             * @param {skiff.broker.DescribeConfigsResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeConfigsResult = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeConfigsResult name.
             * @member {string} name
             * @memberof skiff.broker.DescribeConfigsResult
             * @instance
             */
            DescribeConfigsResult.prototype.name = "";

            /**
             * DescribeConfigsResult error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.broker.DescribeConfigsResult
             * @instance
             */
            DescribeConfigsResult.prototype.error = null;

            /**
             * DescribeConfigsResult entries.
             * @member {Array.<skiff.broker.ConfigEntry.$Properties>} entries
             * @memberof skiff.broker.DescribeConfigsResult
             * @instance
             */
            DescribeConfigsResult.prototype.entries = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DescribeConfigsResult.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DescribeConfigsResult message. Does not implicitly {@link skiff.broker.DescribeConfigsResult.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.DescribeConfigsResult
             * @static
             * @param {skiff.broker.DescribeConfigsResult.$Properties} message DescribeConfigsResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeConfigsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.skiff.broker.ConfigEntry.encode(message.entries[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeConfigsResult message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.DescribeConfigsResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.DescribeConfigsResult & skiff.broker.DescribeConfigsResult.$Shape} DescribeConfigsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeConfigsResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.broker.DescribeConfigsResult();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.skiff.broker.ConfigEntry.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DescribeConfigsResult;
        })();

        broker.DescribeConfigsResponse = (function() {

            /**
             * Properties of a DescribeConfigsResponse.
             * @typedef {Object} skiff.broker.DescribeConfigsResponse.$Properties
             * @property {Array.<skiff.broker.DescribeConfigsResult.$Properties>|null} [results] DescribeConfigsResponse results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeConfigsResponse.
             * @memberof skiff.broker
             * @interface IDescribeConfigsResponse
             * @augments skiff.broker.DescribeConfigsResponse.$Properties
             * @deprecated Use skiff.broker.DescribeConfigsResponse.$Properties instead.
             */

            /**
             * Shape of a DescribeConfigsResponse.
             * @typedef {skiff.broker.DescribeConfigsResponse.$Properties} skiff.broker.DescribeConfigsResponse.$Shape
             */

            /**
             * Constructs a new DescribeConfigsResponse.
             * @memberof skiff.broker
             * @classdesc Represents a DescribeConfigsResponse.
             * @constructor
             * @param {skiff.broker.DescribeConfigsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeConfigsResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeConfigsResponse results.
             * @member {Array.<skiff.broker.DescribeConfigsResult.$Properties>} results
             * @memberof skiff.broker.DescribeConfigsResponse
             * @instance
             */
            DescribeConfigsResponse.prototype.results = $util.emptyArray;

            /**
             * Encodes the specified DescribeConfigsResponse message. Does not implicitly {@link skiff.broker.DescribeConfigsResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.broker.DescribeConfigsResponse
             * @static
             * @param {skiff.broker.DescribeConfigsResponse.$Properties} message DescribeConfigsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeConfigsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.skiff.broker.DescribeConfigsResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeConfigsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.broker.DescribeConfigsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.broker.DescribeConfigsResponse & skiff.broker.DescribeConfigsResponse.$Shape} DescribeConfigsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeConfigsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.broker.DescribeConfigsResponse();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.skiff.broker.DescribeConfigsResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DescribeConfigsResponse;
        })();

        return broker;
    })();

    skiff.controller = (function() {

        /**
         * Namespace controller.
         * @memberof skiff
         * @namespace
         */
        const controller = {};

        controller.ApiError = (function() {

            /**
             * Properties of an ApiError.
             * @typedef {Object} skiff.controller.ApiError.$Properties
             * @property {number|null} [code] ApiError code
             * @property {string|null} [message] ApiError message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ApiError.
             * @memberof skiff.controller
             * @interface IApiError
             * @augments skiff.controller.ApiError.$Properties
             * @deprecated Use skiff.controller.ApiError.$Properties instead.
             */

            /**
             * Shape of an ApiError.
             * @typedef {skiff.controller.ApiError.$Properties} skiff.controller.ApiError.$Shape
             */

            /**
             * Constructs a new ApiError.
             * @memberof skiff.controller
             * @classdesc Represents an ApiError.
             * @constructor
             * @param {skiff.controller.ApiError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ApiError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ApiError code.
             * @member {number} code
             * @memberof skiff.controller.ApiError
             * @instance
             */
            ApiError.prototype.code = 0;

            /**
             * ApiError message.
             * @member {string} message
             * @memberof skiff.controller.ApiError
             * @instance
             */
            ApiError.prototype.message = "";

            /**
             * Encodes the specified ApiError message. Does not implicitly {@link skiff.controller.ApiError.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.ApiError
             * @static
             * @param {skiff.controller.ApiError.$Properties} message ApiError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApiError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ApiError message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.ApiError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.ApiError & skiff.controller.ApiError.$Shape} ApiError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApiError.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.ApiError();
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
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
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

            return ApiError;
        })();

        controller.Endpoint = (function() {

            /**
             * Properties of an Endpoint.
             * @typedef {Object} skiff.controller.Endpoint.$Properties
             * @property {string|null} [name] Endpoint name
             * @property {string|null} [host] Endpoint host
             * @property {number|null} [port] Endpoint port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Endpoint.
             * @memberof skiff.controller
             * @interface IEndpoint
             * @augments skiff.controller.Endpoint.$Properties
             * @deprecated Use skiff.controller.Endpoint.$Properties instead.
             */

            /**
             * Shape of an Endpoint.
             * @typedef {skiff.controller.Endpoint.$Properties} skiff.controller.Endpoint.$Shape
             */

            /**
             * Constructs a new Endpoint.
             * @memberof skiff.controller
             * @classdesc Represents an Endpoint.
             * @constructor
             * @param {skiff.controller.Endpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Endpoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Endpoint name.
             * @member {string} name
             * @memberof skiff.controller.Endpoint
             * @instance
             */
            Endpoint.prototype.name = "";

            /**
             * Endpoint host.
             * @member {string} host
             * @memberof skiff.controller.Endpoint
             * @instance
             */
            Endpoint.prototype.host = "";

            /**
             * Endpoint port.
             * @member {number} port
             * @memberof skiff.controller.Endpoint
             * @instance
             */
            Endpoint.prototype.port = 0;

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link skiff.controller.Endpoint.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.Endpoint
             * @static
             * @param {skiff.controller.Endpoint.$Properties} message Endpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Endpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.Endpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.Endpoint & skiff.controller.Endpoint.$Shape} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Endpoint.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.Endpoint();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.port = value;
                            else
                                delete message.port;
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

            return Endpoint;
        })();

        controller.BrokerRegistrationRequest = (function() {

            /**
             * Properties of a BrokerRegistrationRequest.
             * @typedef {Object} skiff.controller.BrokerRegistrationRequest.$Properties
             * @property {string|null} [clusterId] BrokerRegistrationRequest clusterId
             * @property {number|null} [brokerId] BrokerRegistrationRequest brokerId
             * @property {string|null} [incarnationId] BrokerRegistrationRequest incarnationId
             * @property {Array.<skiff.controller.Endpoint.$Properties>|null} [endpoints] BrokerRegistrationRequest endpoints
             * @property {string|null} [rack] BrokerRegistrationRequest rack
             * @property {Array.<string>|null} [logDirIds] BrokerRegistrationRequest logDirIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerRegistrationRequest.
             * @memberof skiff.controller
             * @interface IBrokerRegistrationRequest
             * @augments skiff.controller.BrokerRegistrationRequest.$Properties
             * @deprecated Use skiff.controller.BrokerRegistrationRequest.$Properties instead.
             */

            /**
             * Shape of a BrokerRegistrationRequest.
             * @typedef {skiff.controller.BrokerRegistrationRequest.$Properties} skiff.controller.BrokerRegistrationRequest.$Shape
             */

            /**
             * Constructs a new BrokerRegistrationRequest.
             * @memberof skiff.controller
             * @classdesc Represents a BrokerRegistrationRequest.
             * @constructor
             * @param {skiff.controller.BrokerRegistrationRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerRegistrationRequest = function (properties) {
                this.endpoints = [];
                this.logDirIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerRegistrationRequest clusterId.
             * @member {string} clusterId
             * @memberof skiff.controller.BrokerRegistrationRequest
             * @instance
             */
            BrokerRegistrationRequest.prototype.clusterId = "";

            /**
             * BrokerRegistrationRequest brokerId.
             * @member {number} brokerId
             * @memberof skiff.controller.BrokerRegistrationRequest
             * @instance
             */
            BrokerRegistrationRequest.prototype.brokerId = 0;

            /**
             * BrokerRegistrationRequest incarnationId.
             * @member {string} incarnationId
             * @memberof skiff.controller.BrokerRegistrationRequest
             * @instance
             */
            BrokerRegistrationRequest.prototype.incarnationId = "";

            /**
             * BrokerRegistrationRequest endpoints.
             * @member {Array.<skiff.controller.Endpoint.$Properties>} endpoints
             * @memberof skiff.controller.BrokerRegistrationRequest
             * @instance
             */
            BrokerRegistrationRequest.prototype.endpoints = $util.emptyArray;

            /**
             * BrokerRegistrationRequest rack.
             * @member {string|null|undefined} rack
             * @memberof skiff.controller.BrokerRegistrationRequest
             * @instance
             */
            BrokerRegistrationRequest.prototype.rack = null;

            /**
             * BrokerRegistrationRequest logDirIds.
             * @member {Array.<string>} logDirIds
             * @memberof skiff.controller.BrokerRegistrationRequest
             * @instance
             */
            BrokerRegistrationRequest.prototype.logDirIds = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BrokerRegistrationRequest.prototype, "_rack", {
                get: $util.oneOfGetter($oneOfFields = ["rack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified BrokerRegistrationRequest message. Does not implicitly {@link skiff.controller.BrokerRegistrationRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.BrokerRegistrationRequest
             * @static
             * @param {skiff.controller.BrokerRegistrationRequest.$Properties} message BrokerRegistrationRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerRegistrationRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clusterId);
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.brokerId);
                if (message.incarnationId != null && $Object.hasOwnProperty.call(message, "incarnationId") && message.incarnationId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.incarnationId);
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        $root.skiff.controller.Endpoint.encode(message.endpoints[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.rack);
                if (message.logDirIds != null && message.logDirIds.length)
                    for (let i = 0; i < message.logDirIds.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.logDirIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerRegistrationRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.BrokerRegistrationRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.BrokerRegistrationRequest & skiff.controller.BrokerRegistrationRequest.$Shape} BrokerRegistrationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerRegistrationRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.BrokerRegistrationRequest();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.incarnationId = value;
                            else
                                delete message.incarnationId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push($root.skiff.controller.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rack = reader.stringVerify();
                            message._rack = "rack";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.logDirIds && message.logDirIds.length))
                                message.logDirIds = [];
                            message.logDirIds.push(reader.stringVerify());
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

            return BrokerRegistrationRequest;
        })();

        controller.BrokerRegistrationResponse = (function() {

            /**
             * Properties of a BrokerRegistrationResponse.
             * @typedef {Object} skiff.controller.BrokerRegistrationResponse.$Properties
             * @property {skiff.controller.ApiError.$Properties|null} [error] BrokerRegistrationResponse error
             * @property {number|null} [brokerEpoch] BrokerRegistrationResponse brokerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerRegistrationResponse.
             * @memberof skiff.controller
             * @interface IBrokerRegistrationResponse
             * @augments skiff.controller.BrokerRegistrationResponse.$Properties
             * @deprecated Use skiff.controller.BrokerRegistrationResponse.$Properties instead.
             */

            /**
             * Shape of a BrokerRegistrationResponse.
             * @typedef {skiff.controller.BrokerRegistrationResponse.$Properties} skiff.controller.BrokerRegistrationResponse.$Shape
             */

            /**
             * Constructs a new BrokerRegistrationResponse.
             * @memberof skiff.controller
             * @classdesc Represents a BrokerRegistrationResponse.
             * @constructor
             * @param {skiff.controller.BrokerRegistrationResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerRegistrationResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerRegistrationResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.controller.BrokerRegistrationResponse
             * @instance
             */
            BrokerRegistrationResponse.prototype.error = null;

            /**
             * BrokerRegistrationResponse brokerEpoch.
             * @member {number} brokerEpoch
             * @memberof skiff.controller.BrokerRegistrationResponse
             * @instance
             */
            BrokerRegistrationResponse.prototype.brokerEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BrokerRegistrationResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified BrokerRegistrationResponse message. Does not implicitly {@link skiff.controller.BrokerRegistrationResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.BrokerRegistrationResponse
             * @static
             * @param {skiff.controller.BrokerRegistrationResponse.$Properties} message BrokerRegistrationResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerRegistrationResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.brokerEpoch != null && $Object.hasOwnProperty.call(message, "brokerEpoch") && (typeof message.brokerEpoch === "object" ? message.brokerEpoch.low || message.brokerEpoch.high : message.brokerEpoch !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.brokerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerRegistrationResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.BrokerRegistrationResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.BrokerRegistrationResponse & skiff.controller.BrokerRegistrationResponse.$Shape} BrokerRegistrationResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerRegistrationResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.BrokerRegistrationResponse();
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
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.brokerEpoch = value;
                            else
                                delete message.brokerEpoch;
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

            return BrokerRegistrationResponse;
        })();

        controller.BrokerHeartbeatRequest = (function() {

            /**
             * Properties of a BrokerHeartbeatRequest.
             * @typedef {Object} skiff.controller.BrokerHeartbeatRequest.$Properties
             * @property {number|null} [brokerId] BrokerHeartbeatRequest brokerId
             * @property {number|null} [brokerEpoch] BrokerHeartbeatRequest brokerEpoch
             * @property {number|null} [currentMetadataOffset] BrokerHeartbeatRequest currentMetadataOffset
             * @property {boolean|null} [wantFence] BrokerHeartbeatRequest wantFence
             * @property {boolean|null} [wantShutDown] BrokerHeartbeatRequest wantShutDown
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerHeartbeatRequest.
             * @memberof skiff.controller
             * @interface IBrokerHeartbeatRequest
             * @augments skiff.controller.BrokerHeartbeatRequest.$Properties
             * @deprecated Use skiff.controller.BrokerHeartbeatRequest.$Properties instead.
             */

            /**
             * Shape of a BrokerHeartbeatRequest.
             * @typedef {skiff.controller.BrokerHeartbeatRequest.$Properties} skiff.controller.BrokerHeartbeatRequest.$Shape
             */

            /**
             * Constructs a new BrokerHeartbeatRequest.
             * @memberof skiff.controller
             * @classdesc Represents a BrokerHeartbeatRequest.
             * @constructor
             * @param {skiff.controller.BrokerHeartbeatRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerHeartbeatRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerHeartbeatRequest brokerId.
             * @member {number} brokerId
             * @memberof skiff.controller.BrokerHeartbeatRequest
             * @instance
             */
            BrokerHeartbeatRequest.prototype.brokerId = 0;

            /**
             * BrokerHeartbeatRequest brokerEpoch.
             * @member {number} brokerEpoch
             * @memberof skiff.controller.BrokerHeartbeatRequest
             * @instance
             */
            BrokerHeartbeatRequest.prototype.brokerEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * BrokerHeartbeatRequest currentMetadataOffset.
             * @member {number} currentMetadataOffset
             * @memberof skiff.controller.BrokerHeartbeatRequest
             * @instance
             */
            BrokerHeartbeatRequest.prototype.currentMetadataOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * BrokerHeartbeatRequest wantFence.
             * @member {boolean} wantFence
             * @memberof skiff.controller.BrokerHeartbeatRequest
             * @instance
             */
            BrokerHeartbeatRequest.prototype.wantFence = false;

            /**
             * BrokerHeartbeatRequest wantShutDown.
             * @member {boolean} wantShutDown
             * @memberof skiff.controller.BrokerHeartbeatRequest
             * @instance
             */
            BrokerHeartbeatRequest.prototype.wantShutDown = false;

            /**
             * Encodes the specified BrokerHeartbeatRequest message. Does not implicitly {@link skiff.controller.BrokerHeartbeatRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.BrokerHeartbeatRequest
             * @static
             * @param {skiff.controller.BrokerHeartbeatRequest.$Properties} message BrokerHeartbeatRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerHeartbeatRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.brokerId);
                if (message.brokerEpoch != null && $Object.hasOwnProperty.call(message, "brokerEpoch") && (typeof message.brokerEpoch === "object" ? message.brokerEpoch.low || message.brokerEpoch.high : message.brokerEpoch !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.brokerEpoch);
                if (message.currentMetadataOffset != null && $Object.hasOwnProperty.call(message, "currentMetadataOffset") && (typeof message.currentMetadataOffset === "object" ? message.currentMetadataOffset.low || message.currentMetadataOffset.high : message.currentMetadataOffset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.currentMetadataOffset);
                if (message.wantFence != null && $Object.hasOwnProperty.call(message, "wantFence") && message.wantFence !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.wantFence);
                if (message.wantShutDown != null && $Object.hasOwnProperty.call(message, "wantShutDown") && message.wantShutDown !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.wantShutDown);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerHeartbeatRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.BrokerHeartbeatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.BrokerHeartbeatRequest & skiff.controller.BrokerHeartbeatRequest.$Shape} BrokerHeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerHeartbeatRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.BrokerHeartbeatRequest();
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
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.brokerEpoch = value;
                            else
                                delete message.brokerEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.currentMetadataOffset = value;
                            else
                                delete message.currentMetadataOffset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.wantFence = value;
                            else
                                delete message.wantFence;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.wantShutDown = value;
                            else
                                delete message.wantShutDown;
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

            return BrokerHeartbeatRequest;
        })();

        controller.BrokerHeartbeatResponse = (function() {

            /**
             * Properties of a BrokerHeartbeatResponse.
             * @typedef {Object} skiff.controller.BrokerHeartbeatResponse.$Properties
             * @property {skiff.controller.ApiError.$Properties|null} [error] BrokerHeartbeatResponse error
             * @property {boolean|null} [isCaughtUp] BrokerHeartbeatResponse isCaughtUp
             * @property {boolean|null} [isFenced] BrokerHeartbeatResponse isFenced
             * @property {boolean|null} [shouldShutDown] BrokerHeartbeatResponse shouldShutDown
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerHeartbeatResponse.
             * @memberof skiff.controller
             * @interface IBrokerHeartbeatResponse
             * @augments skiff.controller.BrokerHeartbeatResponse.$Properties
             * @deprecated Use skiff.controller.BrokerHeartbeatResponse.$Properties instead.
             */

            /**
             * Shape of a BrokerHeartbeatResponse.
             * @typedef {skiff.controller.BrokerHeartbeatResponse.$Properties} skiff.controller.BrokerHeartbeatResponse.$Shape
             */

            /**
             * Constructs a new BrokerHeartbeatResponse.
             * @memberof skiff.controller
             * @classdesc Represents a BrokerHeartbeatResponse.
             * @constructor
             * @param {skiff.controller.BrokerHeartbeatResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerHeartbeatResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerHeartbeatResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.controller.BrokerHeartbeatResponse
             * @instance
             */
            BrokerHeartbeatResponse.prototype.error = null;

            /**
             * BrokerHeartbeatResponse isCaughtUp.
             * @member {boolean} isCaughtUp
             * @memberof skiff.controller.BrokerHeartbeatResponse
             * @instance
             */
            BrokerHeartbeatResponse.prototype.isCaughtUp = false;

            /**
             * BrokerHeartbeatResponse isFenced.
             * @member {boolean} isFenced
             * @memberof skiff.controller.BrokerHeartbeatResponse
             * @instance
             */
            BrokerHeartbeatResponse.prototype.isFenced = false;

            /**
             * BrokerHeartbeatResponse shouldShutDown.
             * @member {boolean} shouldShutDown
             * @memberof skiff.controller.BrokerHeartbeatResponse
             * @instance
             */
            BrokerHeartbeatResponse.prototype.shouldShutDown = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BrokerHeartbeatResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified BrokerHeartbeatResponse message. Does not implicitly {@link skiff.controller.BrokerHeartbeatResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.BrokerHeartbeatResponse
             * @static
             * @param {skiff.controller.BrokerHeartbeatResponse.$Properties} message BrokerHeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerHeartbeatResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.isCaughtUp != null && $Object.hasOwnProperty.call(message, "isCaughtUp") && message.isCaughtUp !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.isCaughtUp);
                if (message.isFenced != null && $Object.hasOwnProperty.call(message, "isFenced") && message.isFenced !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.isFenced);
                if (message.shouldShutDown != null && $Object.hasOwnProperty.call(message, "shouldShutDown") && message.shouldShutDown !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.shouldShutDown);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerHeartbeatResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.BrokerHeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.BrokerHeartbeatResponse & skiff.controller.BrokerHeartbeatResponse.$Shape} BrokerHeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerHeartbeatResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.BrokerHeartbeatResponse();
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
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isCaughtUp = value;
                            else
                                delete message.isCaughtUp;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isFenced = value;
                            else
                                delete message.isFenced;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.shouldShutDown = value;
                            else
                                delete message.shouldShutDown;
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

            return BrokerHeartbeatResponse;
        })();

        controller.IsrMember = (function() {

            /**
             * Properties of an IsrMember.
             * @typedef {Object} skiff.controller.IsrMember.$Properties
             * @property {number|null} [brokerId] IsrMember brokerId
             * @property {number|null} [brokerEpoch] IsrMember brokerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IsrMember.
             * @memberof skiff.controller
             * @interface IIsrMember
             * @augments skiff.controller.IsrMember.$Properties
             * @deprecated Use skiff.controller.IsrMember.$Properties instead.
             */

            /**
             * Shape of an IsrMember.
             * @typedef {skiff.controller.IsrMember.$Properties} skiff.controller.IsrMember.$Shape
             */

            /**
             * Constructs a new IsrMember.
             * @memberof skiff.controller
             * @classdesc Represents an IsrMember.
             * @constructor
             * @param {skiff.controller.IsrMember.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IsrMember = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IsrMember brokerId.
             * @member {number} brokerId
             * @memberof skiff.controller.IsrMember
             * @instance
             */
            IsrMember.prototype.brokerId = 0;

            /**
             * IsrMember brokerEpoch.
             * @member {number} brokerEpoch
             * @memberof skiff.controller.IsrMember
             * @instance
             */
            IsrMember.prototype.brokerEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified IsrMember message. Does not implicitly {@link skiff.controller.IsrMember.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.IsrMember
             * @static
             * @param {skiff.controller.IsrMember.$Properties} message IsrMember message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IsrMember.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.brokerId);
                if (message.brokerEpoch != null && $Object.hasOwnProperty.call(message, "brokerEpoch") && (typeof message.brokerEpoch === "object" ? message.brokerEpoch.low || message.brokerEpoch.high : message.brokerEpoch !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.brokerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IsrMember message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.IsrMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.IsrMember & skiff.controller.IsrMember.$Shape} IsrMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IsrMember.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.IsrMember();
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
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.brokerEpoch = value;
                            else
                                delete message.brokerEpoch;
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

            return IsrMember;
        })();

        controller.AlterPartitionRequest = (function() {

            /**
             * Properties of an AlterPartitionRequest.
             * @typedef {Object} skiff.controller.AlterPartitionRequest.$Properties
             * @property {number|null} [brokerId] AlterPartitionRequest brokerId
             * @property {number|null} [brokerEpoch] AlterPartitionRequest brokerEpoch
             * @property {string|null} [topicId] AlterPartitionRequest topicId
             * @property {number|null} [partition] AlterPartitionRequest partition
             * @property {number|null} [leaderEpoch] AlterPartitionRequest leaderEpoch
             * @property {number|null} [partitionEpoch] AlterPartitionRequest partitionEpoch
             * @property {Array.<skiff.controller.IsrMember.$Properties>|null} [newIsr] AlterPartitionRequest newIsr
             * @property {boolean|null} [leaderRecovering] AlterPartitionRequest leaderRecovering
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AlterPartitionRequest.
             * @memberof skiff.controller
             * @interface IAlterPartitionRequest
             * @augments skiff.controller.AlterPartitionRequest.$Properties
             * @deprecated Use skiff.controller.AlterPartitionRequest.$Properties instead.
             */

            /**
             * Shape of an AlterPartitionRequest.
             * @typedef {skiff.controller.AlterPartitionRequest.$Properties} skiff.controller.AlterPartitionRequest.$Shape
             */

            /**
             * Constructs a new AlterPartitionRequest.
             * @memberof skiff.controller
             * @classdesc Represents an AlterPartitionRequest.
             * @constructor
             * @param {skiff.controller.AlterPartitionRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AlterPartitionRequest = function (properties) {
                this.newIsr = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AlterPartitionRequest brokerId.
             * @member {number} brokerId
             * @memberof skiff.controller.AlterPartitionRequest
             * @instance
             */
            AlterPartitionRequest.prototype.brokerId = 0;

            /**
             * AlterPartitionRequest brokerEpoch.
             * @member {number} brokerEpoch
             * @memberof skiff.controller.AlterPartitionRequest
             * @instance
             */
            AlterPartitionRequest.prototype.brokerEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AlterPartitionRequest topicId.
             * @member {string} topicId
             * @memberof skiff.controller.AlterPartitionRequest
             * @instance
             */
            AlterPartitionRequest.prototype.topicId = "";

            /**
             * AlterPartitionRequest partition.
             * @member {number} partition
             * @memberof skiff.controller.AlterPartitionRequest
             * @instance
             */
            AlterPartitionRequest.prototype.partition = 0;

            /**
             * AlterPartitionRequest leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof skiff.controller.AlterPartitionRequest
             * @instance
             */
            AlterPartitionRequest.prototype.leaderEpoch = 0;

            /**
             * AlterPartitionRequest partitionEpoch.
             * @member {number} partitionEpoch
             * @memberof skiff.controller.AlterPartitionRequest
             * @instance
             */
            AlterPartitionRequest.prototype.partitionEpoch = 0;

            /**
             * AlterPartitionRequest newIsr.
             * @member {Array.<skiff.controller.IsrMember.$Properties>} newIsr
             * @memberof skiff.controller.AlterPartitionRequest
             * @instance
             */
            AlterPartitionRequest.prototype.newIsr = $util.emptyArray;

            /**
             * AlterPartitionRequest leaderRecovering.
             * @member {boolean} leaderRecovering
             * @memberof skiff.controller.AlterPartitionRequest
             * @instance
             */
            AlterPartitionRequest.prototype.leaderRecovering = false;

            /**
             * Encodes the specified AlterPartitionRequest message. Does not implicitly {@link skiff.controller.AlterPartitionRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.AlterPartitionRequest
             * @static
             * @param {skiff.controller.AlterPartitionRequest.$Properties} message AlterPartitionRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AlterPartitionRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.brokerId);
                if (message.brokerEpoch != null && $Object.hasOwnProperty.call(message, "brokerEpoch") && (typeof message.brokerEpoch === "object" ? message.brokerEpoch.low || message.brokerEpoch.high : message.brokerEpoch !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.brokerEpoch);
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.topicId);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.partition);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.leaderEpoch);
                if (message.partitionEpoch != null && $Object.hasOwnProperty.call(message, "partitionEpoch") && message.partitionEpoch !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.partitionEpoch);
                if (message.newIsr != null && message.newIsr.length)
                    for (let i = 0; i < message.newIsr.length; ++i)
                        $root.skiff.controller.IsrMember.encode(message.newIsr[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.leaderRecovering != null && $Object.hasOwnProperty.call(message, "leaderRecovering") && message.leaderRecovering !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.leaderRecovering);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AlterPartitionRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.AlterPartitionRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.AlterPartitionRequest & skiff.controller.AlterPartitionRequest.$Shape} AlterPartitionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AlterPartitionRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.AlterPartitionRequest();
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
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.brokerEpoch = value;
                            else
                                delete message.brokerEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.partitionEpoch = value;
                            else
                                delete message.partitionEpoch;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.newIsr && message.newIsr.length))
                                message.newIsr = [];
                            message.newIsr.push($root.skiff.controller.IsrMember.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.leaderRecovering = value;
                            else
                                delete message.leaderRecovering;
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

            return AlterPartitionRequest;
        })();

        controller.PartitionState = (function() {

            /**
             * Properties of a PartitionState.
             * @typedef {Object} skiff.controller.PartitionState.$Properties
             * @property {string|null} [topicId] PartitionState topicId
             * @property {number|null} [partition] PartitionState partition
             * @property {number|null} [leader] PartitionState leader
             * @property {number|null} [leaderEpoch] PartitionState leaderEpoch
             * @property {number|null} [partitionEpoch] PartitionState partitionEpoch
             * @property {Array.<number>|null} [replicas] PartitionState replicas
             * @property {Array.<number>|null} [isr] PartitionState isr
             * @property {Array.<number>|null} [elr] PartitionState elr
             * @property {boolean|null} [leaderRecovering] PartitionState leaderRecovering
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartitionState.
             * @memberof skiff.controller
             * @interface IPartitionState
             * @augments skiff.controller.PartitionState.$Properties
             * @deprecated Use skiff.controller.PartitionState.$Properties instead.
             */

            /**
             * Shape of a PartitionState.
             * @typedef {skiff.controller.PartitionState.$Properties} skiff.controller.PartitionState.$Shape
             */

            /**
             * Constructs a new PartitionState.
             * @memberof skiff.controller
             * @classdesc Represents a PartitionState.
             * @constructor
             * @param {skiff.controller.PartitionState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartitionState = function (properties) {
                this.replicas = [];
                this.isr = [];
                this.elr = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartitionState topicId.
             * @member {string} topicId
             * @memberof skiff.controller.PartitionState
             * @instance
             */
            PartitionState.prototype.topicId = "";

            /**
             * PartitionState partition.
             * @member {number} partition
             * @memberof skiff.controller.PartitionState
             * @instance
             */
            PartitionState.prototype.partition = 0;

            /**
             * PartitionState leader.
             * @member {number} leader
             * @memberof skiff.controller.PartitionState
             * @instance
             */
            PartitionState.prototype.leader = 0;

            /**
             * PartitionState leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof skiff.controller.PartitionState
             * @instance
             */
            PartitionState.prototype.leaderEpoch = 0;

            /**
             * PartitionState partitionEpoch.
             * @member {number} partitionEpoch
             * @memberof skiff.controller.PartitionState
             * @instance
             */
            PartitionState.prototype.partitionEpoch = 0;

            /**
             * PartitionState replicas.
             * @member {Array.<number>} replicas
             * @memberof skiff.controller.PartitionState
             * @instance
             */
            PartitionState.prototype.replicas = $util.emptyArray;

            /**
             * PartitionState isr.
             * @member {Array.<number>} isr
             * @memberof skiff.controller.PartitionState
             * @instance
             */
            PartitionState.prototype.isr = $util.emptyArray;

            /**
             * PartitionState elr.
             * @member {Array.<number>} elr
             * @memberof skiff.controller.PartitionState
             * @instance
             */
            PartitionState.prototype.elr = $util.emptyArray;

            /**
             * PartitionState leaderRecovering.
             * @member {boolean} leaderRecovering
             * @memberof skiff.controller.PartitionState
             * @instance
             */
            PartitionState.prototype.leaderRecovering = false;

            /**
             * Encodes the specified PartitionState message. Does not implicitly {@link skiff.controller.PartitionState.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.PartitionState
             * @static
             * @param {skiff.controller.PartitionState.$Properties} message PartitionState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topicId);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.partition);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.leader);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.leaderEpoch);
                if (message.partitionEpoch != null && $Object.hasOwnProperty.call(message, "partitionEpoch") && message.partitionEpoch !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.partitionEpoch);
                if (message.replicas != null && message.replicas.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.replicas);
                if (message.isr != null && message.isr.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).int32s(message.isr);
                if (message.elr != null && message.elr.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).int32s(message.elr);
                if (message.leaderRecovering != null && $Object.hasOwnProperty.call(message, "leaderRecovering") && message.leaderRecovering !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.leaderRecovering);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PartitionState message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.PartitionState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.PartitionState & skiff.controller.PartitionState.$Shape} PartitionState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.PartitionState();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.partitionEpoch = value;
                            else
                                delete message.partitionEpoch;
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.replicas && message.replicas.length))
                                    message.replicas = [];
                                reader.int32s(message.replicas);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.isr && message.isr.length))
                                    message.isr = [];
                                reader.int32s(message.isr);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.isr && message.isr.length))
                                message.isr = [];
                            message.isr.push(reader.int32());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.elr && message.elr.length))
                                    message.elr = [];
                                reader.int32s(message.elr);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.elr && message.elr.length))
                                message.elr = [];
                            message.elr.push(reader.int32());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.leaderRecovering = value;
                            else
                                delete message.leaderRecovering;
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

            return PartitionState;
        })();

        controller.AlterPartitionResponse = (function() {

            /**
             * Properties of an AlterPartitionResponse.
             * @typedef {Object} skiff.controller.AlterPartitionResponse.$Properties
             * @property {skiff.controller.ApiError.$Properties|null} [error] AlterPartitionResponse error
             * @property {skiff.controller.PartitionState.$Properties|null} [partition] AlterPartitionResponse partition
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AlterPartitionResponse.
             * @memberof skiff.controller
             * @interface IAlterPartitionResponse
             * @augments skiff.controller.AlterPartitionResponse.$Properties
             * @deprecated Use skiff.controller.AlterPartitionResponse.$Properties instead.
             */

            /**
             * Shape of an AlterPartitionResponse.
             * @typedef {skiff.controller.AlterPartitionResponse.$Properties} skiff.controller.AlterPartitionResponse.$Shape
             */

            /**
             * Constructs a new AlterPartitionResponse.
             * @memberof skiff.controller
             * @classdesc Represents an AlterPartitionResponse.
             * @constructor
             * @param {skiff.controller.AlterPartitionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AlterPartitionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AlterPartitionResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.controller.AlterPartitionResponse
             * @instance
             */
            AlterPartitionResponse.prototype.error = null;

            /**
             * AlterPartitionResponse partition.
             * @member {skiff.controller.PartitionState.$Properties|null|undefined} partition
             * @memberof skiff.controller.AlterPartitionResponse
             * @instance
             */
            AlterPartitionResponse.prototype.partition = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AlterPartitionResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AlterPartitionResponse.prototype, "_partition", {
                get: $util.oneOfGetter($oneOfFields = ["partition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified AlterPartitionResponse message. Does not implicitly {@link skiff.controller.AlterPartitionResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.AlterPartitionResponse
             * @static
             * @param {skiff.controller.AlterPartitionResponse.$Properties} message AlterPartitionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AlterPartitionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                    $root.skiff.controller.PartitionState.encode(message.partition, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AlterPartitionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.AlterPartitionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.AlterPartitionResponse & skiff.controller.AlterPartitionResponse.$Shape} AlterPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AlterPartitionResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.controller.AlterPartitionResponse();
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
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.partition = $root.skiff.controller.PartitionState.decode(reader, reader.size(), $undefined, _depth + 1, message.partition);
                            message._partition = "partition";
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

            return AlterPartitionResponse;
        })();

        controller.AllocateProducerIdsRequest = (function() {

            /**
             * Properties of an AllocateProducerIdsRequest.
             * @typedef {Object} skiff.controller.AllocateProducerIdsRequest.$Properties
             * @property {number|null} [brokerId] AllocateProducerIdsRequest brokerId
             * @property {number|null} [brokerEpoch] AllocateProducerIdsRequest brokerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AllocateProducerIdsRequest.
             * @memberof skiff.controller
             * @interface IAllocateProducerIdsRequest
             * @augments skiff.controller.AllocateProducerIdsRequest.$Properties
             * @deprecated Use skiff.controller.AllocateProducerIdsRequest.$Properties instead.
             */

            /**
             * Shape of an AllocateProducerIdsRequest.
             * @typedef {skiff.controller.AllocateProducerIdsRequest.$Properties} skiff.controller.AllocateProducerIdsRequest.$Shape
             */

            /**
             * Constructs a new AllocateProducerIdsRequest.
             * @memberof skiff.controller
             * @classdesc Represents an AllocateProducerIdsRequest.
             * @constructor
             * @param {skiff.controller.AllocateProducerIdsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AllocateProducerIdsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AllocateProducerIdsRequest brokerId.
             * @member {number} brokerId
             * @memberof skiff.controller.AllocateProducerIdsRequest
             * @instance
             */
            AllocateProducerIdsRequest.prototype.brokerId = 0;

            /**
             * AllocateProducerIdsRequest brokerEpoch.
             * @member {number} brokerEpoch
             * @memberof skiff.controller.AllocateProducerIdsRequest
             * @instance
             */
            AllocateProducerIdsRequest.prototype.brokerEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified AllocateProducerIdsRequest message. Does not implicitly {@link skiff.controller.AllocateProducerIdsRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.AllocateProducerIdsRequest
             * @static
             * @param {skiff.controller.AllocateProducerIdsRequest.$Properties} message AllocateProducerIdsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AllocateProducerIdsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.brokerId);
                if (message.brokerEpoch != null && $Object.hasOwnProperty.call(message, "brokerEpoch") && (typeof message.brokerEpoch === "object" ? message.brokerEpoch.low || message.brokerEpoch.high : message.brokerEpoch !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.brokerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AllocateProducerIdsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.AllocateProducerIdsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.AllocateProducerIdsRequest & skiff.controller.AllocateProducerIdsRequest.$Shape} AllocateProducerIdsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AllocateProducerIdsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.AllocateProducerIdsRequest();
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
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.brokerEpoch = value;
                            else
                                delete message.brokerEpoch;
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

            return AllocateProducerIdsRequest;
        })();

        controller.AllocateProducerIdsResponse = (function() {

            /**
             * Properties of an AllocateProducerIdsResponse.
             * @typedef {Object} skiff.controller.AllocateProducerIdsResponse.$Properties
             * @property {skiff.controller.ApiError.$Properties|null} [error] AllocateProducerIdsResponse error
             * @property {number|null} [firstProducerId] AllocateProducerIdsResponse firstProducerId
             * @property {number|null} [size] AllocateProducerIdsResponse size
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AllocateProducerIdsResponse.
             * @memberof skiff.controller
             * @interface IAllocateProducerIdsResponse
             * @augments skiff.controller.AllocateProducerIdsResponse.$Properties
             * @deprecated Use skiff.controller.AllocateProducerIdsResponse.$Properties instead.
             */

            /**
             * Shape of an AllocateProducerIdsResponse.
             * @typedef {skiff.controller.AllocateProducerIdsResponse.$Properties} skiff.controller.AllocateProducerIdsResponse.$Shape
             */

            /**
             * Constructs a new AllocateProducerIdsResponse.
             * @memberof skiff.controller
             * @classdesc Represents an AllocateProducerIdsResponse.
             * @constructor
             * @param {skiff.controller.AllocateProducerIdsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AllocateProducerIdsResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AllocateProducerIdsResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.controller.AllocateProducerIdsResponse
             * @instance
             */
            AllocateProducerIdsResponse.prototype.error = null;

            /**
             * AllocateProducerIdsResponse firstProducerId.
             * @member {number} firstProducerId
             * @memberof skiff.controller.AllocateProducerIdsResponse
             * @instance
             */
            AllocateProducerIdsResponse.prototype.firstProducerId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AllocateProducerIdsResponse size.
             * @member {number} size
             * @memberof skiff.controller.AllocateProducerIdsResponse
             * @instance
             */
            AllocateProducerIdsResponse.prototype.size = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AllocateProducerIdsResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified AllocateProducerIdsResponse message. Does not implicitly {@link skiff.controller.AllocateProducerIdsResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.AllocateProducerIdsResponse
             * @static
             * @param {skiff.controller.AllocateProducerIdsResponse.$Properties} message AllocateProducerIdsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AllocateProducerIdsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.firstProducerId != null && $Object.hasOwnProperty.call(message, "firstProducerId") && (typeof message.firstProducerId === "object" ? message.firstProducerId.low || message.firstProducerId.high : message.firstProducerId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.firstProducerId);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && message.size !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.size);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AllocateProducerIdsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.AllocateProducerIdsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.AllocateProducerIdsResponse & skiff.controller.AllocateProducerIdsResponse.$Shape} AllocateProducerIdsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AllocateProducerIdsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.AllocateProducerIdsResponse();
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
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstProducerId = value;
                            else
                                delete message.firstProducerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.size = value;
                            else
                                delete message.size;
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

            return AllocateProducerIdsResponse;
        })();

        controller.CreatableTopic = (function() {

            /**
             * Properties of a CreatableTopic.
             * @typedef {Object} skiff.controller.CreatableTopic.$Properties
             * @property {string|null} [name] CreatableTopic name
             * @property {number|null} [numPartitions] CreatableTopic numPartitions
             * @property {number|null} [replicationFactor] CreatableTopic replicationFactor
             * @property {Object.<string,string>|null} [configs] CreatableTopic configs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreatableTopic.
             * @memberof skiff.controller
             * @interface ICreatableTopic
             * @augments skiff.controller.CreatableTopic.$Properties
             * @deprecated Use skiff.controller.CreatableTopic.$Properties instead.
             */

            /**
             * Shape of a CreatableTopic.
             * @typedef {skiff.controller.CreatableTopic.$Properties} skiff.controller.CreatableTopic.$Shape
             */

            /**
             * Constructs a new CreatableTopic.
             * @memberof skiff.controller
             * @classdesc Represents a CreatableTopic.
             * @constructor
             * @param {skiff.controller.CreatableTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreatableTopic = function (properties) {
                this.configs = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreatableTopic name.
             * @member {string} name
             * @memberof skiff.controller.CreatableTopic
             * @instance
             */
            CreatableTopic.prototype.name = "";

            /**
             * CreatableTopic numPartitions.
             * @member {number} numPartitions
             * @memberof skiff.controller.CreatableTopic
             * @instance
             */
            CreatableTopic.prototype.numPartitions = 0;

            /**
             * CreatableTopic replicationFactor.
             * @member {number} replicationFactor
             * @memberof skiff.controller.CreatableTopic
             * @instance
             */
            CreatableTopic.prototype.replicationFactor = 0;

            /**
             * CreatableTopic configs.
             * @member {Object.<string,string>} configs
             * @memberof skiff.controller.CreatableTopic
             * @instance
             */
            CreatableTopic.prototype.configs = $util.emptyObject;

            /**
             * Encodes the specified CreatableTopic message. Does not implicitly {@link skiff.controller.CreatableTopic.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.CreatableTopic
             * @static
             * @param {skiff.controller.CreatableTopic.$Properties} message CreatableTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreatableTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.numPartitions != null && $Object.hasOwnProperty.call(message, "numPartitions") && message.numPartitions !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.numPartitions);
                if (message.replicationFactor != null && $Object.hasOwnProperty.call(message, "replicationFactor") && message.replicationFactor !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.replicationFactor);
                if (message.configs != null && $Object.hasOwnProperty.call(message, "configs"))
                    for (let keys = $Object.keys(message.configs), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.configs[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreatableTopic message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.CreatableTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.CreatableTopic & skiff.controller.CreatableTopic.$Shape} CreatableTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreatableTopic.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.controller.CreatableTopic();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.numPartitions = value;
                            else
                                delete message.numPartitions;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.replicationFactor = value;
                            else
                                delete message.replicationFactor;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.configs === $util.emptyObject)
                                message.configs = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.configs, key);
                            message.configs[key] = value;
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

            return CreatableTopic;
        })();

        controller.CreateTopicsRequest = (function() {

            /**
             * Properties of a CreateTopicsRequest.
             * @typedef {Object} skiff.controller.CreateTopicsRequest.$Properties
             * @property {Array.<skiff.controller.CreatableTopic.$Properties>|null} [topics] CreateTopicsRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTopicsRequest.
             * @memberof skiff.controller
             * @interface ICreateTopicsRequest
             * @augments skiff.controller.CreateTopicsRequest.$Properties
             * @deprecated Use skiff.controller.CreateTopicsRequest.$Properties instead.
             */

            /**
             * Shape of a CreateTopicsRequest.
             * @typedef {skiff.controller.CreateTopicsRequest.$Properties} skiff.controller.CreateTopicsRequest.$Shape
             */

            /**
             * Constructs a new CreateTopicsRequest.
             * @memberof skiff.controller
             * @classdesc Represents a CreateTopicsRequest.
             * @constructor
             * @param {skiff.controller.CreateTopicsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateTopicsRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateTopicsRequest topics.
             * @member {Array.<skiff.controller.CreatableTopic.$Properties>} topics
             * @memberof skiff.controller.CreateTopicsRequest
             * @instance
             */
            CreateTopicsRequest.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified CreateTopicsRequest message. Does not implicitly {@link skiff.controller.CreateTopicsRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.CreateTopicsRequest
             * @static
             * @param {skiff.controller.CreateTopicsRequest.$Properties} message CreateTopicsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTopicsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.controller.CreatableTopic.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateTopicsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.CreateTopicsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.CreateTopicsRequest & skiff.controller.CreateTopicsRequest.$Shape} CreateTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTopicsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.controller.CreateTopicsRequest();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.controller.CreatableTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return CreateTopicsRequest;
        })();

        controller.CreateTopicsResult = (function() {

            /**
             * Properties of a CreateTopicsResult.
             * @typedef {Object} skiff.controller.CreateTopicsResult.$Properties
             * @property {string|null} [name] CreateTopicsResult name
             * @property {string|null} [topicId] CreateTopicsResult topicId
             * @property {number|null} [numPartitions] CreateTopicsResult numPartitions
             * @property {number|null} [replicationFactor] CreateTopicsResult replicationFactor
             * @property {skiff.controller.ApiError.$Properties|null} [error] CreateTopicsResult error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTopicsResult.
             * @memberof skiff.controller
             * @interface ICreateTopicsResult
             * @augments skiff.controller.CreateTopicsResult.$Properties
             * @deprecated Use skiff.controller.CreateTopicsResult.$Properties instead.
             */

            /**
             * Shape of a CreateTopicsResult.
             * @typedef {skiff.controller.CreateTopicsResult.$Properties} skiff.controller.CreateTopicsResult.$Shape
             */

            /**
             * Constructs a new CreateTopicsResult.
             * @memberof skiff.controller
             * @classdesc Represents a CreateTopicsResult.
             * @constructor
             * @param {skiff.controller.CreateTopicsResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateTopicsResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateTopicsResult name.
             * @member {string} name
             * @memberof skiff.controller.CreateTopicsResult
             * @instance
             */
            CreateTopicsResult.prototype.name = "";

            /**
             * CreateTopicsResult topicId.
             * @member {string|null|undefined} topicId
             * @memberof skiff.controller.CreateTopicsResult
             * @instance
             */
            CreateTopicsResult.prototype.topicId = null;

            /**
             * CreateTopicsResult numPartitions.
             * @member {number} numPartitions
             * @memberof skiff.controller.CreateTopicsResult
             * @instance
             */
            CreateTopicsResult.prototype.numPartitions = 0;

            /**
             * CreateTopicsResult replicationFactor.
             * @member {number} replicationFactor
             * @memberof skiff.controller.CreateTopicsResult
             * @instance
             */
            CreateTopicsResult.prototype.replicationFactor = 0;

            /**
             * CreateTopicsResult error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.controller.CreateTopicsResult
             * @instance
             */
            CreateTopicsResult.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CreateTopicsResult.prototype, "_topicId", {
                get: $util.oneOfGetter($oneOfFields = ["topicId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CreateTopicsResult.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified CreateTopicsResult message. Does not implicitly {@link skiff.controller.CreateTopicsResult.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.CreateTopicsResult
             * @static
             * @param {skiff.controller.CreateTopicsResult.$Properties} message CreateTopicsResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTopicsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topicId);
                if (message.numPartitions != null && $Object.hasOwnProperty.call(message, "numPartitions") && message.numPartitions !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.numPartitions);
                if (message.replicationFactor != null && $Object.hasOwnProperty.call(message, "replicationFactor") && message.replicationFactor !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.replicationFactor);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateTopicsResult message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.CreateTopicsResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.CreateTopicsResult & skiff.controller.CreateTopicsResult.$Shape} CreateTopicsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTopicsResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.CreateTopicsResult();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.topicId = reader.stringVerify();
                            message._topicId = "topicId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.numPartitions = value;
                            else
                                delete message.numPartitions;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.replicationFactor = value;
                            else
                                delete message.replicationFactor;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
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

            return CreateTopicsResult;
        })();

        controller.CreateTopicsResponse = (function() {

            /**
             * Properties of a CreateTopicsResponse.
             * @typedef {Object} skiff.controller.CreateTopicsResponse.$Properties
             * @property {skiff.controller.ApiError.$Properties|null} [error] CreateTopicsResponse error
             * @property {Array.<skiff.controller.CreateTopicsResult.$Properties>|null} [results] CreateTopicsResponse results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTopicsResponse.
             * @memberof skiff.controller
             * @interface ICreateTopicsResponse
             * @augments skiff.controller.CreateTopicsResponse.$Properties
             * @deprecated Use skiff.controller.CreateTopicsResponse.$Properties instead.
             */

            /**
             * Shape of a CreateTopicsResponse.
             * @typedef {skiff.controller.CreateTopicsResponse.$Properties} skiff.controller.CreateTopicsResponse.$Shape
             */

            /**
             * Constructs a new CreateTopicsResponse.
             * @memberof skiff.controller
             * @classdesc Represents a CreateTopicsResponse.
             * @constructor
             * @param {skiff.controller.CreateTopicsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateTopicsResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateTopicsResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.controller.CreateTopicsResponse
             * @instance
             */
            CreateTopicsResponse.prototype.error = null;

            /**
             * CreateTopicsResponse results.
             * @member {Array.<skiff.controller.CreateTopicsResult.$Properties>} results
             * @memberof skiff.controller.CreateTopicsResponse
             * @instance
             */
            CreateTopicsResponse.prototype.results = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CreateTopicsResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified CreateTopicsResponse message. Does not implicitly {@link skiff.controller.CreateTopicsResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.CreateTopicsResponse
             * @static
             * @param {skiff.controller.CreateTopicsResponse.$Properties} message CreateTopicsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTopicsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.skiff.controller.CreateTopicsResult.encode(message.results[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateTopicsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.CreateTopicsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.CreateTopicsResponse & skiff.controller.CreateTopicsResponse.$Shape} CreateTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTopicsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.controller.CreateTopicsResponse();
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
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.skiff.controller.CreateTopicsResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return CreateTopicsResponse;
        })();

        controller.DeleteTopicsRequest = (function() {

            /**
             * Properties of a DeleteTopicsRequest.
             * @typedef {Object} skiff.controller.DeleteTopicsRequest.$Properties
             * @property {Array.<string>|null} [names] DeleteTopicsRequest names
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteTopicsRequest.
             * @memberof skiff.controller
             * @interface IDeleteTopicsRequest
             * @augments skiff.controller.DeleteTopicsRequest.$Properties
             * @deprecated Use skiff.controller.DeleteTopicsRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteTopicsRequest.
             * @typedef {skiff.controller.DeleteTopicsRequest.$Properties} skiff.controller.DeleteTopicsRequest.$Shape
             */

            /**
             * Constructs a new DeleteTopicsRequest.
             * @memberof skiff.controller
             * @classdesc Represents a DeleteTopicsRequest.
             * @constructor
             * @param {skiff.controller.DeleteTopicsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteTopicsRequest = function (properties) {
                this.names = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteTopicsRequest names.
             * @member {Array.<string>} names
             * @memberof skiff.controller.DeleteTopicsRequest
             * @instance
             */
            DeleteTopicsRequest.prototype.names = $util.emptyArray;

            /**
             * Encodes the specified DeleteTopicsRequest message. Does not implicitly {@link skiff.controller.DeleteTopicsRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.DeleteTopicsRequest
             * @static
             * @param {skiff.controller.DeleteTopicsRequest.$Properties} message DeleteTopicsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteTopicsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.names != null && message.names.length)
                    for (let i = 0; i < message.names.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.names[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteTopicsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.DeleteTopicsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.DeleteTopicsRequest & skiff.controller.DeleteTopicsRequest.$Shape} DeleteTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteTopicsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.controller.DeleteTopicsRequest();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.names && message.names.length))
                                message.names = [];
                            message.names.push(reader.stringVerify());
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

            return DeleteTopicsRequest;
        })();

        controller.DeleteTopicResult = (function() {

            /**
             * Properties of a DeleteTopicResult.
             * @typedef {Object} skiff.controller.DeleteTopicResult.$Properties
             * @property {string|null} [name] DeleteTopicResult name
             * @property {skiff.controller.ApiError.$Properties|null} [error] DeleteTopicResult error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteTopicResult.
             * @memberof skiff.controller
             * @interface IDeleteTopicResult
             * @augments skiff.controller.DeleteTopicResult.$Properties
             * @deprecated Use skiff.controller.DeleteTopicResult.$Properties instead.
             */

            /**
             * Shape of a DeleteTopicResult.
             * @typedef {skiff.controller.DeleteTopicResult.$Properties} skiff.controller.DeleteTopicResult.$Shape
             */

            /**
             * Constructs a new DeleteTopicResult.
             * @memberof skiff.controller
             * @classdesc Represents a DeleteTopicResult.
             * @constructor
             * @param {skiff.controller.DeleteTopicResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteTopicResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteTopicResult name.
             * @member {string} name
             * @memberof skiff.controller.DeleteTopicResult
             * @instance
             */
            DeleteTopicResult.prototype.name = "";

            /**
             * DeleteTopicResult error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.controller.DeleteTopicResult
             * @instance
             */
            DeleteTopicResult.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DeleteTopicResult.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DeleteTopicResult message. Does not implicitly {@link skiff.controller.DeleteTopicResult.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.DeleteTopicResult
             * @static
             * @param {skiff.controller.DeleteTopicResult.$Properties} message DeleteTopicResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteTopicResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteTopicResult message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.DeleteTopicResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.DeleteTopicResult & skiff.controller.DeleteTopicResult.$Shape} DeleteTopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteTopicResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.DeleteTopicResult();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
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

            return DeleteTopicResult;
        })();

        controller.DeleteTopicsResponse = (function() {

            /**
             * Properties of a DeleteTopicsResponse.
             * @typedef {Object} skiff.controller.DeleteTopicsResponse.$Properties
             * @property {skiff.controller.ApiError.$Properties|null} [error] DeleteTopicsResponse error
             * @property {Array.<skiff.controller.DeleteTopicResult.$Properties>|null} [results] DeleteTopicsResponse results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteTopicsResponse.
             * @memberof skiff.controller
             * @interface IDeleteTopicsResponse
             * @augments skiff.controller.DeleteTopicsResponse.$Properties
             * @deprecated Use skiff.controller.DeleteTopicsResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteTopicsResponse.
             * @typedef {skiff.controller.DeleteTopicsResponse.$Properties} skiff.controller.DeleteTopicsResponse.$Shape
             */

            /**
             * Constructs a new DeleteTopicsResponse.
             * @memberof skiff.controller
             * @classdesc Represents a DeleteTopicsResponse.
             * @constructor
             * @param {skiff.controller.DeleteTopicsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteTopicsResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteTopicsResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.controller.DeleteTopicsResponse
             * @instance
             */
            DeleteTopicsResponse.prototype.error = null;

            /**
             * DeleteTopicsResponse results.
             * @member {Array.<skiff.controller.DeleteTopicResult.$Properties>} results
             * @memberof skiff.controller.DeleteTopicsResponse
             * @instance
             */
            DeleteTopicsResponse.prototype.results = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DeleteTopicsResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DeleteTopicsResponse message. Does not implicitly {@link skiff.controller.DeleteTopicsResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.DeleteTopicsResponse
             * @static
             * @param {skiff.controller.DeleteTopicsResponse.$Properties} message DeleteTopicsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteTopicsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.skiff.controller.DeleteTopicResult.encode(message.results[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteTopicsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.DeleteTopicsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.DeleteTopicsResponse & skiff.controller.DeleteTopicsResponse.$Shape} DeleteTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteTopicsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.controller.DeleteTopicsResponse();
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
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.skiff.controller.DeleteTopicResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DeleteTopicsResponse;
        })();

        controller.TopicResult = (function() {

            /**
             * Properties of a TopicResult.
             * @typedef {Object} skiff.controller.TopicResult.$Properties
             * @property {string|null} [name] TopicResult name
             * @property {skiff.controller.ApiError.$Properties|null} [error] TopicResult error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicResult.
             * @memberof skiff.controller
             * @interface ITopicResult
             * @augments skiff.controller.TopicResult.$Properties
             * @deprecated Use skiff.controller.TopicResult.$Properties instead.
             */

            /**
             * Shape of a TopicResult.
             * @typedef {skiff.controller.TopicResult.$Properties} skiff.controller.TopicResult.$Shape
             */

            /**
             * Constructs a new TopicResult.
             * @memberof skiff.controller
             * @classdesc Represents a TopicResult.
             * @constructor
             * @param {skiff.controller.TopicResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicResult name.
             * @member {string} name
             * @memberof skiff.controller.TopicResult
             * @instance
             */
            TopicResult.prototype.name = "";

            /**
             * TopicResult error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.controller.TopicResult
             * @instance
             */
            TopicResult.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TopicResult.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified TopicResult message. Does not implicitly {@link skiff.controller.TopicResult.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.TopicResult
             * @static
             * @param {skiff.controller.TopicResult.$Properties} message TopicResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicResult message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.TopicResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.TopicResult & skiff.controller.TopicResult.$Shape} TopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.TopicResult();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
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

            return TopicResult;
        })();

        controller.TopicResultsResponse = (function() {

            /**
             * Properties of a TopicResultsResponse.
             * @typedef {Object} skiff.controller.TopicResultsResponse.$Properties
             * @property {skiff.controller.ApiError.$Properties|null} [error] TopicResultsResponse error
             * @property {Array.<skiff.controller.TopicResult.$Properties>|null} [results] TopicResultsResponse results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicResultsResponse.
             * @memberof skiff.controller
             * @interface ITopicResultsResponse
             * @augments skiff.controller.TopicResultsResponse.$Properties
             * @deprecated Use skiff.controller.TopicResultsResponse.$Properties instead.
             */

            /**
             * Shape of a TopicResultsResponse.
             * @typedef {skiff.controller.TopicResultsResponse.$Properties} skiff.controller.TopicResultsResponse.$Shape
             */

            /**
             * Constructs a new TopicResultsResponse.
             * @memberof skiff.controller
             * @classdesc Represents a TopicResultsResponse.
             * @constructor
             * @param {skiff.controller.TopicResultsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicResultsResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicResultsResponse error.
             * @member {skiff.controller.ApiError.$Properties|null|undefined} error
             * @memberof skiff.controller.TopicResultsResponse
             * @instance
             */
            TopicResultsResponse.prototype.error = null;

            /**
             * TopicResultsResponse results.
             * @member {Array.<skiff.controller.TopicResult.$Properties>} results
             * @memberof skiff.controller.TopicResultsResponse
             * @instance
             */
            TopicResultsResponse.prototype.results = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TopicResultsResponse.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified TopicResultsResponse message. Does not implicitly {@link skiff.controller.TopicResultsResponse.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.TopicResultsResponse
             * @static
             * @param {skiff.controller.TopicResultsResponse.$Properties} message TopicResultsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicResultsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.skiff.controller.ApiError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.skiff.controller.TopicResult.encode(message.results[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicResultsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.TopicResultsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.TopicResultsResponse & skiff.controller.TopicResultsResponse.$Shape} TopicResultsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicResultsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.controller.TopicResultsResponse();
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
                            if (wireType !== 2)
                                break;
                            message.error = $root.skiff.controller.ApiError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.skiff.controller.TopicResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return TopicResultsResponse;
        })();

        controller.CreatePartitionsTopic = (function() {

            /**
             * Properties of a CreatePartitionsTopic.
             * @typedef {Object} skiff.controller.CreatePartitionsTopic.$Properties
             * @property {string|null} [name] CreatePartitionsTopic name
             * @property {number|null} [count] CreatePartitionsTopic count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreatePartitionsTopic.
             * @memberof skiff.controller
             * @interface ICreatePartitionsTopic
             * @augments skiff.controller.CreatePartitionsTopic.$Properties
             * @deprecated Use skiff.controller.CreatePartitionsTopic.$Properties instead.
             */

            /**
             * Shape of a CreatePartitionsTopic.
             * @typedef {skiff.controller.CreatePartitionsTopic.$Properties} skiff.controller.CreatePartitionsTopic.$Shape
             */

            /**
             * Constructs a new CreatePartitionsTopic.
             * @memberof skiff.controller
             * @classdesc Represents a CreatePartitionsTopic.
             * @constructor
             * @param {skiff.controller.CreatePartitionsTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreatePartitionsTopic = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreatePartitionsTopic name.
             * @member {string} name
             * @memberof skiff.controller.CreatePartitionsTopic
             * @instance
             */
            CreatePartitionsTopic.prototype.name = "";

            /**
             * CreatePartitionsTopic count.
             * @member {number} count
             * @memberof skiff.controller.CreatePartitionsTopic
             * @instance
             */
            CreatePartitionsTopic.prototype.count = 0;

            /**
             * Encodes the specified CreatePartitionsTopic message. Does not implicitly {@link skiff.controller.CreatePartitionsTopic.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.CreatePartitionsTopic
             * @static
             * @param {skiff.controller.CreatePartitionsTopic.$Properties} message CreatePartitionsTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreatePartitionsTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreatePartitionsTopic message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.CreatePartitionsTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.CreatePartitionsTopic & skiff.controller.CreatePartitionsTopic.$Shape} CreatePartitionsTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreatePartitionsTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.CreatePartitionsTopic();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.count = value;
                            else
                                delete message.count;
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

            return CreatePartitionsTopic;
        })();

        controller.CreatePartitionsRequest = (function() {

            /**
             * Properties of a CreatePartitionsRequest.
             * @typedef {Object} skiff.controller.CreatePartitionsRequest.$Properties
             * @property {Array.<skiff.controller.CreatePartitionsTopic.$Properties>|null} [topics] CreatePartitionsRequest topics
             * @property {boolean|null} [validateOnly] CreatePartitionsRequest validateOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreatePartitionsRequest.
             * @memberof skiff.controller
             * @interface ICreatePartitionsRequest
             * @augments skiff.controller.CreatePartitionsRequest.$Properties
             * @deprecated Use skiff.controller.CreatePartitionsRequest.$Properties instead.
             */

            /**
             * Shape of a CreatePartitionsRequest.
             * @typedef {skiff.controller.CreatePartitionsRequest.$Properties} skiff.controller.CreatePartitionsRequest.$Shape
             */

            /**
             * Constructs a new CreatePartitionsRequest.
             * @memberof skiff.controller
             * @classdesc Represents a CreatePartitionsRequest.
             * @constructor
             * @param {skiff.controller.CreatePartitionsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreatePartitionsRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreatePartitionsRequest topics.
             * @member {Array.<skiff.controller.CreatePartitionsTopic.$Properties>} topics
             * @memberof skiff.controller.CreatePartitionsRequest
             * @instance
             */
            CreatePartitionsRequest.prototype.topics = $util.emptyArray;

            /**
             * CreatePartitionsRequest validateOnly.
             * @member {boolean} validateOnly
             * @memberof skiff.controller.CreatePartitionsRequest
             * @instance
             */
            CreatePartitionsRequest.prototype.validateOnly = false;

            /**
             * Encodes the specified CreatePartitionsRequest message. Does not implicitly {@link skiff.controller.CreatePartitionsRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.CreatePartitionsRequest
             * @static
             * @param {skiff.controller.CreatePartitionsRequest.$Properties} message CreatePartitionsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreatePartitionsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.controller.CreatePartitionsTopic.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.validateOnly != null && $Object.hasOwnProperty.call(message, "validateOnly") && message.validateOnly !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.validateOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreatePartitionsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.CreatePartitionsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.CreatePartitionsRequest & skiff.controller.CreatePartitionsRequest.$Shape} CreatePartitionsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreatePartitionsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.CreatePartitionsRequest();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.controller.CreatePartitionsTopic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.validateOnly = value;
                            else
                                delete message.validateOnly;
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

            return CreatePartitionsRequest;
        })();

        controller.AlterTopicConfigs = (function() {

            /**
             * Properties of an AlterTopicConfigs.
             * @typedef {Object} skiff.controller.AlterTopicConfigs.$Properties
             * @property {string|null} [name] AlterTopicConfigs name
             * @property {Object.<string,string>|null} [set] AlterTopicConfigs set
             * @property {Array.<string>|null} ["delete"] AlterTopicConfigs delete
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AlterTopicConfigs.
             * @memberof skiff.controller
             * @interface IAlterTopicConfigs
             * @augments skiff.controller.AlterTopicConfigs.$Properties
             * @deprecated Use skiff.controller.AlterTopicConfigs.$Properties instead.
             */

            /**
             * Shape of an AlterTopicConfigs.
             * @typedef {skiff.controller.AlterTopicConfigs.$Properties} skiff.controller.AlterTopicConfigs.$Shape
             */

            /**
             * Constructs a new AlterTopicConfigs.
             * @memberof skiff.controller
             * @classdesc Represents an AlterTopicConfigs.
             * @constructor
             * @param {skiff.controller.AlterTopicConfigs.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AlterTopicConfigs = function (properties) {
                this.set = {};
                this["delete"] = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AlterTopicConfigs name.
             * @member {string} name
             * @memberof skiff.controller.AlterTopicConfigs
             * @instance
             */
            AlterTopicConfigs.prototype.name = "";

            /**
             * AlterTopicConfigs set.
             * @member {Object.<string,string>} set
             * @memberof skiff.controller.AlterTopicConfigs
             * @instance
             */
            AlterTopicConfigs.prototype.set = $util.emptyObject;

            /**
             * AlterTopicConfigs delete.
             * @member {Array.<string>} delete
             * @memberof skiff.controller.AlterTopicConfigs
             * @instance
             */
            AlterTopicConfigs.prototype["delete"] = $util.emptyArray;

            /**
             * Encodes the specified AlterTopicConfigs message. Does not implicitly {@link skiff.controller.AlterTopicConfigs.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.AlterTopicConfigs
             * @static
             * @param {skiff.controller.AlterTopicConfigs.$Properties} message AlterTopicConfigs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AlterTopicConfigs.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    for (let keys = $Object.keys(message.set), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.set[keys[i]]).ldelim();
                if (message["delete"] != null && message["delete"].length)
                    for (let i = 0; i < message["delete"].length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message["delete"][i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AlterTopicConfigs message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.AlterTopicConfigs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.AlterTopicConfigs & skiff.controller.AlterTopicConfigs.$Shape} AlterTopicConfigs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AlterTopicConfigs.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.controller.AlterTopicConfigs();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.set === $util.emptyObject)
                                message.set = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.set, key);
                            message.set[key] = value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message["delete"] && message["delete"].length))
                                message["delete"] = [];
                            message["delete"].push(reader.stringVerify());
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

            return AlterTopicConfigs;
        })();

        controller.IncrementalAlterConfigsRequest = (function() {

            /**
             * Properties of an IncrementalAlterConfigsRequest.
             * @typedef {Object} skiff.controller.IncrementalAlterConfigsRequest.$Properties
             * @property {Array.<skiff.controller.AlterTopicConfigs.$Properties>|null} [topics] IncrementalAlterConfigsRequest topics
             * @property {boolean|null} [validateOnly] IncrementalAlterConfigsRequest validateOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncrementalAlterConfigsRequest.
             * @memberof skiff.controller
             * @interface IIncrementalAlterConfigsRequest
             * @augments skiff.controller.IncrementalAlterConfigsRequest.$Properties
             * @deprecated Use skiff.controller.IncrementalAlterConfigsRequest.$Properties instead.
             */

            /**
             * Shape of an IncrementalAlterConfigsRequest.
             * @typedef {skiff.controller.IncrementalAlterConfigsRequest.$Properties} skiff.controller.IncrementalAlterConfigsRequest.$Shape
             */

            /**
             * Constructs a new IncrementalAlterConfigsRequest.
             * @memberof skiff.controller
             * @classdesc Represents an IncrementalAlterConfigsRequest.
             * @constructor
             * @param {skiff.controller.IncrementalAlterConfigsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncrementalAlterConfigsRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncrementalAlterConfigsRequest topics.
             * @member {Array.<skiff.controller.AlterTopicConfigs.$Properties>} topics
             * @memberof skiff.controller.IncrementalAlterConfigsRequest
             * @instance
             */
            IncrementalAlterConfigsRequest.prototype.topics = $util.emptyArray;

            /**
             * IncrementalAlterConfigsRequest validateOnly.
             * @member {boolean} validateOnly
             * @memberof skiff.controller.IncrementalAlterConfigsRequest
             * @instance
             */
            IncrementalAlterConfigsRequest.prototype.validateOnly = false;

            /**
             * Encodes the specified IncrementalAlterConfigsRequest message. Does not implicitly {@link skiff.controller.IncrementalAlterConfigsRequest.verify|verify} messages.
             * @function encode
             * @memberof skiff.controller.IncrementalAlterConfigsRequest
             * @static
             * @param {skiff.controller.IncrementalAlterConfigsRequest.$Properties} message IncrementalAlterConfigsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncrementalAlterConfigsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.controller.AlterTopicConfigs.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.validateOnly != null && $Object.hasOwnProperty.call(message, "validateOnly") && message.validateOnly !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.validateOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncrementalAlterConfigsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.controller.IncrementalAlterConfigsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.controller.IncrementalAlterConfigsRequest & skiff.controller.IncrementalAlterConfigsRequest.$Shape} IncrementalAlterConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncrementalAlterConfigsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.controller.IncrementalAlterConfigsRequest();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.controller.AlterTopicConfigs.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.validateOnly = value;
                            else
                                delete message.validateOnly;
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

            return IncrementalAlterConfigsRequest;
        })();

        return controller;
    })();

    skiff.metadata = (function() {

        /**
         * Namespace metadata.
         * @memberof skiff
         * @namespace
         */
        const metadata = {};

        metadata.Endpoint = (function() {

            /**
             * Properties of an Endpoint.
             * @typedef {Object} skiff.metadata.Endpoint.$Properties
             * @property {string|null} [name] Endpoint name
             * @property {string|null} [host] Endpoint host
             * @property {number|null} [port] Endpoint port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Endpoint.
             * @memberof skiff.metadata
             * @interface IEndpoint
             * @augments skiff.metadata.Endpoint.$Properties
             * @deprecated Use skiff.metadata.Endpoint.$Properties instead.
             */

            /**
             * Shape of an Endpoint.
             * @typedef {skiff.metadata.Endpoint.$Properties} skiff.metadata.Endpoint.$Shape
             */

            /**
             * Constructs a new Endpoint.
             * @memberof skiff.metadata
             * @classdesc Represents an Endpoint.
             * @constructor
             * @param {skiff.metadata.Endpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Endpoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Endpoint name.
             * @member {string} name
             * @memberof skiff.metadata.Endpoint
             * @instance
             */
            Endpoint.prototype.name = "";

            /**
             * Endpoint host.
             * @member {string} host
             * @memberof skiff.metadata.Endpoint
             * @instance
             */
            Endpoint.prototype.host = "";

            /**
             * Endpoint port.
             * @member {number} port
             * @memberof skiff.metadata.Endpoint
             * @instance
             */
            Endpoint.prototype.port = 0;

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link skiff.metadata.Endpoint.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.Endpoint
             * @static
             * @param {skiff.metadata.Endpoint.$Properties} message Endpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Endpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.Endpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.Endpoint & skiff.metadata.Endpoint.$Shape} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Endpoint.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.Endpoint();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.port = value;
                            else
                                delete message.port;
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

            return Endpoint;
        })();

        metadata.RegisterBrokerRecord = (function() {

            /**
             * Properties of a RegisterBrokerRecord.
             * @typedef {Object} skiff.metadata.RegisterBrokerRecord.$Properties
             * @property {number|null} [brokerId] RegisterBrokerRecord brokerId
             * @property {string|null} [incarnationId] RegisterBrokerRecord incarnationId
             * @property {Array.<skiff.metadata.Endpoint.$Properties>|null} [endpoints] RegisterBrokerRecord endpoints
             * @property {string|null} [rack] RegisterBrokerRecord rack
             * @property {boolean|null} [fenced] RegisterBrokerRecord fenced
             * @property {Array.<string>|null} [logDirIds] RegisterBrokerRecord logDirIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegisterBrokerRecord.
             * @memberof skiff.metadata
             * @interface IRegisterBrokerRecord
             * @augments skiff.metadata.RegisterBrokerRecord.$Properties
             * @deprecated Use skiff.metadata.RegisterBrokerRecord.$Properties instead.
             */

            /**
             * Shape of a RegisterBrokerRecord.
             * @typedef {skiff.metadata.RegisterBrokerRecord.$Properties} skiff.metadata.RegisterBrokerRecord.$Shape
             */

            /**
             * Constructs a new RegisterBrokerRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a RegisterBrokerRecord.
             * @constructor
             * @param {skiff.metadata.RegisterBrokerRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegisterBrokerRecord = function (properties) {
                this.endpoints = [];
                this.logDirIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegisterBrokerRecord brokerId.
             * @member {number} brokerId
             * @memberof skiff.metadata.RegisterBrokerRecord
             * @instance
             */
            RegisterBrokerRecord.prototype.brokerId = 0;

            /**
             * RegisterBrokerRecord incarnationId.
             * @member {string} incarnationId
             * @memberof skiff.metadata.RegisterBrokerRecord
             * @instance
             */
            RegisterBrokerRecord.prototype.incarnationId = "";

            /**
             * RegisterBrokerRecord endpoints.
             * @member {Array.<skiff.metadata.Endpoint.$Properties>} endpoints
             * @memberof skiff.metadata.RegisterBrokerRecord
             * @instance
             */
            RegisterBrokerRecord.prototype.endpoints = $util.emptyArray;

            /**
             * RegisterBrokerRecord rack.
             * @member {string|null|undefined} rack
             * @memberof skiff.metadata.RegisterBrokerRecord
             * @instance
             */
            RegisterBrokerRecord.prototype.rack = null;

            /**
             * RegisterBrokerRecord fenced.
             * @member {boolean} fenced
             * @memberof skiff.metadata.RegisterBrokerRecord
             * @instance
             */
            RegisterBrokerRecord.prototype.fenced = false;

            /**
             * RegisterBrokerRecord logDirIds.
             * @member {Array.<string>} logDirIds
             * @memberof skiff.metadata.RegisterBrokerRecord
             * @instance
             */
            RegisterBrokerRecord.prototype.logDirIds = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RegisterBrokerRecord.prototype, "_rack", {
                get: $util.oneOfGetter($oneOfFields = ["rack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified RegisterBrokerRecord message. Does not implicitly {@link skiff.metadata.RegisterBrokerRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.RegisterBrokerRecord
             * @static
             * @param {skiff.metadata.RegisterBrokerRecord.$Properties} message RegisterBrokerRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterBrokerRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.brokerId);
                if (message.incarnationId != null && $Object.hasOwnProperty.call(message, "incarnationId") && message.incarnationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.incarnationId);
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        $root.skiff.metadata.Endpoint.encode(message.endpoints[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.rack);
                if (message.fenced != null && $Object.hasOwnProperty.call(message, "fenced") && message.fenced !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.fenced);
                if (message.logDirIds != null && message.logDirIds.length)
                    for (let i = 0; i < message.logDirIds.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.logDirIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegisterBrokerRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.RegisterBrokerRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.RegisterBrokerRecord & skiff.metadata.RegisterBrokerRecord.$Shape} RegisterBrokerRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterBrokerRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.RegisterBrokerRecord();
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
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.incarnationId = value;
                            else
                                delete message.incarnationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push($root.skiff.metadata.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.rack = reader.stringVerify();
                            message._rack = "rack";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.fenced = value;
                            else
                                delete message.fenced;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.logDirIds && message.logDirIds.length))
                                message.logDirIds = [];
                            message.logDirIds.push(reader.stringVerify());
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

            return RegisterBrokerRecord;
        })();

        metadata.BrokerRegistrationChangeRecord = (function() {

            /**
             * Properties of a BrokerRegistrationChangeRecord.
             * @typedef {Object} skiff.metadata.BrokerRegistrationChangeRecord.$Properties
             * @property {number|null} [brokerId] BrokerRegistrationChangeRecord brokerId
             * @property {number|null} [brokerEpoch] BrokerRegistrationChangeRecord brokerEpoch
             * @property {boolean|null} [fenced] BrokerRegistrationChangeRecord fenced
             * @property {boolean|null} [inControlledShutdown] BrokerRegistrationChangeRecord inControlledShutdown
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerRegistrationChangeRecord.
             * @memberof skiff.metadata
             * @interface IBrokerRegistrationChangeRecord
             * @augments skiff.metadata.BrokerRegistrationChangeRecord.$Properties
             * @deprecated Use skiff.metadata.BrokerRegistrationChangeRecord.$Properties instead.
             */

            /**
             * Shape of a BrokerRegistrationChangeRecord.
             * @typedef {skiff.metadata.BrokerRegistrationChangeRecord.$Properties} skiff.metadata.BrokerRegistrationChangeRecord.$Shape
             */

            /**
             * Constructs a new BrokerRegistrationChangeRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a BrokerRegistrationChangeRecord.
             * @constructor
             * @param {skiff.metadata.BrokerRegistrationChangeRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerRegistrationChangeRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerRegistrationChangeRecord brokerId.
             * @member {number} brokerId
             * @memberof skiff.metadata.BrokerRegistrationChangeRecord
             * @instance
             */
            BrokerRegistrationChangeRecord.prototype.brokerId = 0;

            /**
             * BrokerRegistrationChangeRecord brokerEpoch.
             * @member {number} brokerEpoch
             * @memberof skiff.metadata.BrokerRegistrationChangeRecord
             * @instance
             */
            BrokerRegistrationChangeRecord.prototype.brokerEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * BrokerRegistrationChangeRecord fenced.
             * @member {boolean|null|undefined} fenced
             * @memberof skiff.metadata.BrokerRegistrationChangeRecord
             * @instance
             */
            BrokerRegistrationChangeRecord.prototype.fenced = null;

            /**
             * BrokerRegistrationChangeRecord inControlledShutdown.
             * @member {boolean|null|undefined} inControlledShutdown
             * @memberof skiff.metadata.BrokerRegistrationChangeRecord
             * @instance
             */
            BrokerRegistrationChangeRecord.prototype.inControlledShutdown = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BrokerRegistrationChangeRecord.prototype, "_fenced", {
                get: $util.oneOfGetter($oneOfFields = ["fenced"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BrokerRegistrationChangeRecord.prototype, "_inControlledShutdown", {
                get: $util.oneOfGetter($oneOfFields = ["inControlledShutdown"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified BrokerRegistrationChangeRecord message. Does not implicitly {@link skiff.metadata.BrokerRegistrationChangeRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.BrokerRegistrationChangeRecord
             * @static
             * @param {skiff.metadata.BrokerRegistrationChangeRecord.$Properties} message BrokerRegistrationChangeRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerRegistrationChangeRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.brokerId);
                if (message.brokerEpoch != null && $Object.hasOwnProperty.call(message, "brokerEpoch") && (typeof message.brokerEpoch === "object" ? message.brokerEpoch.low || message.brokerEpoch.high : message.brokerEpoch !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.brokerEpoch);
                if (message.fenced != null && $Object.hasOwnProperty.call(message, "fenced"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.fenced);
                if (message.inControlledShutdown != null && $Object.hasOwnProperty.call(message, "inControlledShutdown"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.inControlledShutdown);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerRegistrationChangeRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.BrokerRegistrationChangeRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.BrokerRegistrationChangeRecord & skiff.metadata.BrokerRegistrationChangeRecord.$Shape} BrokerRegistrationChangeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerRegistrationChangeRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.BrokerRegistrationChangeRecord();
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
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.brokerEpoch = value;
                            else
                                delete message.brokerEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.fenced = reader.bool();
                            message._fenced = "fenced";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.inControlledShutdown = reader.bool();
                            message._inControlledShutdown = "inControlledShutdown";
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

            return BrokerRegistrationChangeRecord;
        })();

        metadata.UnregisterBrokerRecord = (function() {

            /**
             * Properties of an UnregisterBrokerRecord.
             * @typedef {Object} skiff.metadata.UnregisterBrokerRecord.$Properties
             * @property {number|null} [brokerId] UnregisterBrokerRecord brokerId
             * @property {number|null} [brokerEpoch] UnregisterBrokerRecord brokerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnregisterBrokerRecord.
             * @memberof skiff.metadata
             * @interface IUnregisterBrokerRecord
             * @augments skiff.metadata.UnregisterBrokerRecord.$Properties
             * @deprecated Use skiff.metadata.UnregisterBrokerRecord.$Properties instead.
             */

            /**
             * Shape of an UnregisterBrokerRecord.
             * @typedef {skiff.metadata.UnregisterBrokerRecord.$Properties} skiff.metadata.UnregisterBrokerRecord.$Shape
             */

            /**
             * Constructs a new UnregisterBrokerRecord.
             * @memberof skiff.metadata
             * @classdesc Represents an UnregisterBrokerRecord.
             * @constructor
             * @param {skiff.metadata.UnregisterBrokerRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnregisterBrokerRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnregisterBrokerRecord brokerId.
             * @member {number} brokerId
             * @memberof skiff.metadata.UnregisterBrokerRecord
             * @instance
             */
            UnregisterBrokerRecord.prototype.brokerId = 0;

            /**
             * UnregisterBrokerRecord brokerEpoch.
             * @member {number} brokerEpoch
             * @memberof skiff.metadata.UnregisterBrokerRecord
             * @instance
             */
            UnregisterBrokerRecord.prototype.brokerEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified UnregisterBrokerRecord message. Does not implicitly {@link skiff.metadata.UnregisterBrokerRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.UnregisterBrokerRecord
             * @static
             * @param {skiff.metadata.UnregisterBrokerRecord.$Properties} message UnregisterBrokerRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnregisterBrokerRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.brokerId);
                if (message.brokerEpoch != null && $Object.hasOwnProperty.call(message, "brokerEpoch") && (typeof message.brokerEpoch === "object" ? message.brokerEpoch.low || message.brokerEpoch.high : message.brokerEpoch !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.brokerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnregisterBrokerRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.UnregisterBrokerRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.UnregisterBrokerRecord & skiff.metadata.UnregisterBrokerRecord.$Shape} UnregisterBrokerRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnregisterBrokerRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.UnregisterBrokerRecord();
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
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.brokerEpoch = value;
                            else
                                delete message.brokerEpoch;
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

            return UnregisterBrokerRecord;
        })();

        metadata.TopicRecord = (function() {

            /**
             * Properties of a TopicRecord.
             * @typedef {Object} skiff.metadata.TopicRecord.$Properties
             * @property {string|null} [name] TopicRecord name
             * @property {string|null} [topicId] TopicRecord topicId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicRecord.
             * @memberof skiff.metadata
             * @interface ITopicRecord
             * @augments skiff.metadata.TopicRecord.$Properties
             * @deprecated Use skiff.metadata.TopicRecord.$Properties instead.
             */

            /**
             * Shape of a TopicRecord.
             * @typedef {skiff.metadata.TopicRecord.$Properties} skiff.metadata.TopicRecord.$Shape
             */

            /**
             * Constructs a new TopicRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a TopicRecord.
             * @constructor
             * @param {skiff.metadata.TopicRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicRecord name.
             * @member {string} name
             * @memberof skiff.metadata.TopicRecord
             * @instance
             */
            TopicRecord.prototype.name = "";

            /**
             * TopicRecord topicId.
             * @member {string} topicId
             * @memberof skiff.metadata.TopicRecord
             * @instance
             */
            TopicRecord.prototype.topicId = "";

            /**
             * Encodes the specified TopicRecord message. Does not implicitly {@link skiff.metadata.TopicRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.TopicRecord
             * @static
             * @param {skiff.metadata.TopicRecord.$Properties} message TopicRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topicId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.TopicRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.TopicRecord & skiff.metadata.TopicRecord.$Shape} TopicRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.TopicRecord();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
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

            return TopicRecord;
        })();

        metadata.PartitionRecord = (function() {

            /**
             * Properties of a PartitionRecord.
             * @typedef {Object} skiff.metadata.PartitionRecord.$Properties
             * @property {string|null} [topicId] PartitionRecord topicId
             * @property {number|null} [partition] PartitionRecord partition
             * @property {Array.<number>|null} [replicas] PartitionRecord replicas
             * @property {Array.<number>|null} [isr] PartitionRecord isr
             * @property {Array.<number>|null} [elr] PartitionRecord elr
             * @property {number|null} [leader] PartitionRecord leader
             * @property {number|null} [leaderEpoch] PartitionRecord leaderEpoch
             * @property {number|null} [partitionEpoch] PartitionRecord partitionEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartitionRecord.
             * @memberof skiff.metadata
             * @interface IPartitionRecord
             * @augments skiff.metadata.PartitionRecord.$Properties
             * @deprecated Use skiff.metadata.PartitionRecord.$Properties instead.
             */

            /**
             * Shape of a PartitionRecord.
             * @typedef {skiff.metadata.PartitionRecord.$Properties} skiff.metadata.PartitionRecord.$Shape
             */

            /**
             * Constructs a new PartitionRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a PartitionRecord.
             * @constructor
             * @param {skiff.metadata.PartitionRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartitionRecord = function (properties) {
                this.replicas = [];
                this.isr = [];
                this.elr = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartitionRecord topicId.
             * @member {string} topicId
             * @memberof skiff.metadata.PartitionRecord
             * @instance
             */
            PartitionRecord.prototype.topicId = "";

            /**
             * PartitionRecord partition.
             * @member {number} partition
             * @memberof skiff.metadata.PartitionRecord
             * @instance
             */
            PartitionRecord.prototype.partition = 0;

            /**
             * PartitionRecord replicas.
             * @member {Array.<number>} replicas
             * @memberof skiff.metadata.PartitionRecord
             * @instance
             */
            PartitionRecord.prototype.replicas = $util.emptyArray;

            /**
             * PartitionRecord isr.
             * @member {Array.<number>} isr
             * @memberof skiff.metadata.PartitionRecord
             * @instance
             */
            PartitionRecord.prototype.isr = $util.emptyArray;

            /**
             * PartitionRecord elr.
             * @member {Array.<number>} elr
             * @memberof skiff.metadata.PartitionRecord
             * @instance
             */
            PartitionRecord.prototype.elr = $util.emptyArray;

            /**
             * PartitionRecord leader.
             * @member {number} leader
             * @memberof skiff.metadata.PartitionRecord
             * @instance
             */
            PartitionRecord.prototype.leader = 0;

            /**
             * PartitionRecord leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof skiff.metadata.PartitionRecord
             * @instance
             */
            PartitionRecord.prototype.leaderEpoch = 0;

            /**
             * PartitionRecord partitionEpoch.
             * @member {number} partitionEpoch
             * @memberof skiff.metadata.PartitionRecord
             * @instance
             */
            PartitionRecord.prototype.partitionEpoch = 0;

            /**
             * Encodes the specified PartitionRecord message. Does not implicitly {@link skiff.metadata.PartitionRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.PartitionRecord
             * @static
             * @param {skiff.metadata.PartitionRecord.$Properties} message PartitionRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topicId);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.partition);
                if (message.replicas != null && message.replicas.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.replicas);
                if (message.isr != null && message.isr.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).int32s(message.isr);
                if (message.elr != null && message.elr.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).int32s(message.elr);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.leader);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.leaderEpoch);
                if (message.partitionEpoch != null && $Object.hasOwnProperty.call(message, "partitionEpoch") && message.partitionEpoch !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.partitionEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PartitionRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.PartitionRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.PartitionRecord & skiff.metadata.PartitionRecord.$Shape} PartitionRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.PartitionRecord();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.replicas && message.replicas.length))
                                    message.replicas = [];
                                reader.int32s(message.replicas);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push(reader.int32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.isr && message.isr.length))
                                    message.isr = [];
                                reader.int32s(message.isr);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.isr && message.isr.length))
                                message.isr = [];
                            message.isr.push(reader.int32());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.elr && message.elr.length))
                                    message.elr = [];
                                reader.int32s(message.elr);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.elr && message.elr.length))
                                message.elr = [];
                            message.elr.push(reader.int32());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.partitionEpoch = value;
                            else
                                delete message.partitionEpoch;
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

            return PartitionRecord;
        })();

        metadata.BrokerIdList = (function() {

            /**
             * Properties of a BrokerIdList.
             * @typedef {Object} skiff.metadata.BrokerIdList.$Properties
             * @property {Array.<number>|null} [ids] BrokerIdList ids
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerIdList.
             * @memberof skiff.metadata
             * @interface IBrokerIdList
             * @augments skiff.metadata.BrokerIdList.$Properties
             * @deprecated Use skiff.metadata.BrokerIdList.$Properties instead.
             */

            /**
             * Shape of a BrokerIdList.
             * @typedef {skiff.metadata.BrokerIdList.$Properties} skiff.metadata.BrokerIdList.$Shape
             */

            /**
             * Constructs a new BrokerIdList.
             * @memberof skiff.metadata
             * @classdesc Represents a BrokerIdList.
             * @constructor
             * @param {skiff.metadata.BrokerIdList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerIdList = function (properties) {
                this.ids = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerIdList ids.
             * @member {Array.<number>} ids
             * @memberof skiff.metadata.BrokerIdList
             * @instance
             */
            BrokerIdList.prototype.ids = $util.emptyArray;

            /**
             * Encodes the specified BrokerIdList message. Does not implicitly {@link skiff.metadata.BrokerIdList.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.BrokerIdList
             * @static
             * @param {skiff.metadata.BrokerIdList.$Properties} message BrokerIdList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerIdList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ids != null && message.ids.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).int32s(message.ids);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerIdList message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.BrokerIdList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.BrokerIdList & skiff.metadata.BrokerIdList.$Shape} BrokerIdList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerIdList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.metadata.BrokerIdList();
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
                            if (wireType === 2) {
                                if (!(message.ids && message.ids.length))
                                    message.ids = [];
                                reader.int32s(message.ids);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.ids && message.ids.length))
                                message.ids = [];
                            message.ids.push(reader.int32());
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

            return BrokerIdList;
        })();

        metadata.PartitionChangeRecord = (function() {

            /**
             * Properties of a PartitionChangeRecord.
             * @typedef {Object} skiff.metadata.PartitionChangeRecord.$Properties
             * @property {string|null} [topicId] PartitionChangeRecord topicId
             * @property {number|null} [partition] PartitionChangeRecord partition
             * @property {number|null} [leader] PartitionChangeRecord leader
             * @property {skiff.metadata.BrokerIdList.$Properties|null} [isr] PartitionChangeRecord isr
             * @property {skiff.metadata.BrokerIdList.$Properties|null} [elr] PartitionChangeRecord elr
             * @property {skiff.metadata.BrokerIdList.$Properties|null} [replicas] PartitionChangeRecord replicas
             * @property {boolean|null} [leaderRecovering] PartitionChangeRecord leaderRecovering
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartitionChangeRecord.
             * @memberof skiff.metadata
             * @interface IPartitionChangeRecord
             * @augments skiff.metadata.PartitionChangeRecord.$Properties
             * @deprecated Use skiff.metadata.PartitionChangeRecord.$Properties instead.
             */

            /**
             * Shape of a PartitionChangeRecord.
             * @typedef {skiff.metadata.PartitionChangeRecord.$Properties} skiff.metadata.PartitionChangeRecord.$Shape
             */

            /**
             * Constructs a new PartitionChangeRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a PartitionChangeRecord.
             * @constructor
             * @param {skiff.metadata.PartitionChangeRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartitionChangeRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartitionChangeRecord topicId.
             * @member {string} topicId
             * @memberof skiff.metadata.PartitionChangeRecord
             * @instance
             */
            PartitionChangeRecord.prototype.topicId = "";

            /**
             * PartitionChangeRecord partition.
             * @member {number} partition
             * @memberof skiff.metadata.PartitionChangeRecord
             * @instance
             */
            PartitionChangeRecord.prototype.partition = 0;

            /**
             * PartitionChangeRecord leader.
             * @member {number|null|undefined} leader
             * @memberof skiff.metadata.PartitionChangeRecord
             * @instance
             */
            PartitionChangeRecord.prototype.leader = null;

            /**
             * PartitionChangeRecord isr.
             * @member {skiff.metadata.BrokerIdList.$Properties|null|undefined} isr
             * @memberof skiff.metadata.PartitionChangeRecord
             * @instance
             */
            PartitionChangeRecord.prototype.isr = null;

            /**
             * PartitionChangeRecord elr.
             * @member {skiff.metadata.BrokerIdList.$Properties|null|undefined} elr
             * @memberof skiff.metadata.PartitionChangeRecord
             * @instance
             */
            PartitionChangeRecord.prototype.elr = null;

            /**
             * PartitionChangeRecord replicas.
             * @member {skiff.metadata.BrokerIdList.$Properties|null|undefined} replicas
             * @memberof skiff.metadata.PartitionChangeRecord
             * @instance
             */
            PartitionChangeRecord.prototype.replicas = null;

            /**
             * PartitionChangeRecord leaderRecovering.
             * @member {boolean|null|undefined} leaderRecovering
             * @memberof skiff.metadata.PartitionChangeRecord
             * @instance
             */
            PartitionChangeRecord.prototype.leaderRecovering = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PartitionChangeRecord.prototype, "_leader", {
                get: $util.oneOfGetter($oneOfFields = ["leader"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PartitionChangeRecord.prototype, "_leaderRecovering", {
                get: $util.oneOfGetter($oneOfFields = ["leaderRecovering"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified PartitionChangeRecord message. Does not implicitly {@link skiff.metadata.PartitionChangeRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.PartitionChangeRecord
             * @static
             * @param {skiff.metadata.PartitionChangeRecord.$Properties} message PartitionChangeRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionChangeRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topicId);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.partition);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.leader);
                if (message.isr != null && $Object.hasOwnProperty.call(message, "isr"))
                    $root.skiff.metadata.BrokerIdList.encode(message.isr, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.elr != null && $Object.hasOwnProperty.call(message, "elr"))
                    $root.skiff.metadata.BrokerIdList.encode(message.elr, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.replicas != null && $Object.hasOwnProperty.call(message, "replicas"))
                    $root.skiff.metadata.BrokerIdList.encode(message.replicas, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.leaderRecovering != null && $Object.hasOwnProperty.call(message, "leaderRecovering"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.leaderRecovering);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PartitionChangeRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.PartitionChangeRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.PartitionChangeRecord & skiff.metadata.PartitionChangeRecord.$Shape} PartitionChangeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionChangeRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.PartitionChangeRecord();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.leader = reader.int32();
                            message._leader = "leader";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.isr = $root.skiff.metadata.BrokerIdList.decode(reader, reader.size(), $undefined, _depth + 1, message.isr);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.elr = $root.skiff.metadata.BrokerIdList.decode(reader, reader.size(), $undefined, _depth + 1, message.elr);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.replicas = $root.skiff.metadata.BrokerIdList.decode(reader, reader.size(), $undefined, _depth + 1, message.replicas);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.leaderRecovering = reader.bool();
                            message._leaderRecovering = "leaderRecovering";
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

            return PartitionChangeRecord;
        })();

        metadata.RemoveTopicRecord = (function() {

            /**
             * Properties of a RemoveTopicRecord.
             * @typedef {Object} skiff.metadata.RemoveTopicRecord.$Properties
             * @property {string|null} [topicId] RemoveTopicRecord topicId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveTopicRecord.
             * @memberof skiff.metadata
             * @interface IRemoveTopicRecord
             * @augments skiff.metadata.RemoveTopicRecord.$Properties
             * @deprecated Use skiff.metadata.RemoveTopicRecord.$Properties instead.
             */

            /**
             * Shape of a RemoveTopicRecord.
             * @typedef {skiff.metadata.RemoveTopicRecord.$Properties} skiff.metadata.RemoveTopicRecord.$Shape
             */

            /**
             * Constructs a new RemoveTopicRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a RemoveTopicRecord.
             * @constructor
             * @param {skiff.metadata.RemoveTopicRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveTopicRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoveTopicRecord topicId.
             * @member {string} topicId
             * @memberof skiff.metadata.RemoveTopicRecord
             * @instance
             */
            RemoveTopicRecord.prototype.topicId = "";

            /**
             * Encodes the specified RemoveTopicRecord message. Does not implicitly {@link skiff.metadata.RemoveTopicRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.RemoveTopicRecord
             * @static
             * @param {skiff.metadata.RemoveTopicRecord.$Properties} message RemoveTopicRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveTopicRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topicId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveTopicRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.RemoveTopicRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.RemoveTopicRecord & skiff.metadata.RemoveTopicRecord.$Shape} RemoveTopicRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveTopicRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.RemoveTopicRecord();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
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

            return RemoveTopicRecord;
        })();

        /**
         * ConfigResourceType enum.
         * @name skiff.metadata.ConfigResourceType
         * @enum {number}
         * @property {number} CONFIG_RESOURCE_TYPE_UNSPECIFIED=0 CONFIG_RESOURCE_TYPE_UNSPECIFIED value
         * @property {number} CONFIG_RESOURCE_TYPE_TOPIC=1 CONFIG_RESOURCE_TYPE_TOPIC value
         * @property {number} CONFIG_RESOURCE_TYPE_BROKER=2 CONFIG_RESOURCE_TYPE_BROKER value
         * @property {number} CONFIG_RESOURCE_TYPE_CLUSTER=3 CONFIG_RESOURCE_TYPE_CLUSTER value
         */
        metadata.ConfigResourceType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONFIG_RESOURCE_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CONFIG_RESOURCE_TYPE_TOPIC"] = 1;
            values[valuesById[2] = "CONFIG_RESOURCE_TYPE_BROKER"] = 2;
            values[valuesById[3] = "CONFIG_RESOURCE_TYPE_CLUSTER"] = 3;
            return values;
        })();

        metadata.ConfigRecord = (function() {

            /**
             * Properties of a ConfigRecord.
             * @typedef {Object} skiff.metadata.ConfigRecord.$Properties
             * @property {skiff.metadata.ConfigResourceType|null} [resourceType] ConfigRecord resourceType
             * @property {string|null} [resourceName] ConfigRecord resourceName
             * @property {string|null} [name] ConfigRecord name
             * @property {string|null} [value] ConfigRecord value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigRecord.
             * @memberof skiff.metadata
             * @interface IConfigRecord
             * @augments skiff.metadata.ConfigRecord.$Properties
             * @deprecated Use skiff.metadata.ConfigRecord.$Properties instead.
             */

            /**
             * Shape of a ConfigRecord.
             * @typedef {skiff.metadata.ConfigRecord.$Properties} skiff.metadata.ConfigRecord.$Shape
             */

            /**
             * Constructs a new ConfigRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a ConfigRecord.
             * @constructor
             * @param {skiff.metadata.ConfigRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigRecord resourceType.
             * @member {skiff.metadata.ConfigResourceType} resourceType
             * @memberof skiff.metadata.ConfigRecord
             * @instance
             */
            ConfigRecord.prototype.resourceType = 0;

            /**
             * ConfigRecord resourceName.
             * @member {string} resourceName
             * @memberof skiff.metadata.ConfigRecord
             * @instance
             */
            ConfigRecord.prototype.resourceName = "";

            /**
             * ConfigRecord name.
             * @member {string} name
             * @memberof skiff.metadata.ConfigRecord
             * @instance
             */
            ConfigRecord.prototype.name = "";

            /**
             * ConfigRecord value.
             * @member {string|null|undefined} value
             * @memberof skiff.metadata.ConfigRecord
             * @instance
             */
            ConfigRecord.prototype.value = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConfigRecord.prototype, "_value", {
                get: $util.oneOfGetter($oneOfFields = ["value"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ConfigRecord message. Does not implicitly {@link skiff.metadata.ConfigRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.ConfigRecord
             * @static
             * @param {skiff.metadata.ConfigRecord.$Properties} message ConfigRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.resourceType);
                if (message.resourceName != null && $Object.hasOwnProperty.call(message, "resourceName") && message.resourceName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.resourceName);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.ConfigRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.ConfigRecord & skiff.metadata.ConfigRecord.$Shape} ConfigRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.ConfigRecord();
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
                                message.resourceType = value;
                            else
                                delete message.resourceType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceName = value;
                            else
                                delete message.resourceName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.stringVerify();
                            message._value = "value";
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

            return ConfigRecord;
        })();

        metadata.ProducerIdsRecord = (function() {

            /**
             * Properties of a ProducerIdsRecord.
             * @typedef {Object} skiff.metadata.ProducerIdsRecord.$Properties
             * @property {number|null} [brokerId] ProducerIdsRecord brokerId
             * @property {number|null} [brokerEpoch] ProducerIdsRecord brokerEpoch
             * @property {number|null} [nextProducerId] ProducerIdsRecord nextProducerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProducerIdsRecord.
             * @memberof skiff.metadata
             * @interface IProducerIdsRecord
             * @augments skiff.metadata.ProducerIdsRecord.$Properties
             * @deprecated Use skiff.metadata.ProducerIdsRecord.$Properties instead.
             */

            /**
             * Shape of a ProducerIdsRecord.
             * @typedef {skiff.metadata.ProducerIdsRecord.$Properties} skiff.metadata.ProducerIdsRecord.$Shape
             */

            /**
             * Constructs a new ProducerIdsRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a ProducerIdsRecord.
             * @constructor
             * @param {skiff.metadata.ProducerIdsRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProducerIdsRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProducerIdsRecord brokerId.
             * @member {number} brokerId
             * @memberof skiff.metadata.ProducerIdsRecord
             * @instance
             */
            ProducerIdsRecord.prototype.brokerId = 0;

            /**
             * ProducerIdsRecord brokerEpoch.
             * @member {number} brokerEpoch
             * @memberof skiff.metadata.ProducerIdsRecord
             * @instance
             */
            ProducerIdsRecord.prototype.brokerEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProducerIdsRecord nextProducerId.
             * @member {number} nextProducerId
             * @memberof skiff.metadata.ProducerIdsRecord
             * @instance
             */
            ProducerIdsRecord.prototype.nextProducerId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified ProducerIdsRecord message. Does not implicitly {@link skiff.metadata.ProducerIdsRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.ProducerIdsRecord
             * @static
             * @param {skiff.metadata.ProducerIdsRecord.$Properties} message ProducerIdsRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProducerIdsRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.brokerId);
                if (message.brokerEpoch != null && $Object.hasOwnProperty.call(message, "brokerEpoch") && (typeof message.brokerEpoch === "object" ? message.brokerEpoch.low || message.brokerEpoch.high : message.brokerEpoch !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.brokerEpoch);
                if (message.nextProducerId != null && $Object.hasOwnProperty.call(message, "nextProducerId") && (typeof message.nextProducerId === "object" ? message.nextProducerId.low || message.nextProducerId.high : message.nextProducerId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.nextProducerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProducerIdsRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.ProducerIdsRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.ProducerIdsRecord & skiff.metadata.ProducerIdsRecord.$Shape} ProducerIdsRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProducerIdsRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.ProducerIdsRecord();
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
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.brokerEpoch = value;
                            else
                                delete message.brokerEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextProducerId = value;
                            else
                                delete message.nextProducerId;
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

            return ProducerIdsRecord;
        })();

        metadata.FeatureLevelRecord = (function() {

            /**
             * Properties of a FeatureLevelRecord.
             * @typedef {Object} skiff.metadata.FeatureLevelRecord.$Properties
             * @property {string|null} [name] FeatureLevelRecord name
             * @property {number|null} [level] FeatureLevelRecord level
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FeatureLevelRecord.
             * @memberof skiff.metadata
             * @interface IFeatureLevelRecord
             * @augments skiff.metadata.FeatureLevelRecord.$Properties
             * @deprecated Use skiff.metadata.FeatureLevelRecord.$Properties instead.
             */

            /**
             * Shape of a FeatureLevelRecord.
             * @typedef {skiff.metadata.FeatureLevelRecord.$Properties} skiff.metadata.FeatureLevelRecord.$Shape
             */

            /**
             * Constructs a new FeatureLevelRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a FeatureLevelRecord.
             * @constructor
             * @param {skiff.metadata.FeatureLevelRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FeatureLevelRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FeatureLevelRecord name.
             * @member {string} name
             * @memberof skiff.metadata.FeatureLevelRecord
             * @instance
             */
            FeatureLevelRecord.prototype.name = "";

            /**
             * FeatureLevelRecord level.
             * @member {number} level
             * @memberof skiff.metadata.FeatureLevelRecord
             * @instance
             */
            FeatureLevelRecord.prototype.level = 0;

            /**
             * Encodes the specified FeatureLevelRecord message. Does not implicitly {@link skiff.metadata.FeatureLevelRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.FeatureLevelRecord
             * @static
             * @param {skiff.metadata.FeatureLevelRecord.$Properties} message FeatureLevelRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeatureLevelRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.level);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FeatureLevelRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.FeatureLevelRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.FeatureLevelRecord & skiff.metadata.FeatureLevelRecord.$Shape} FeatureLevelRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeatureLevelRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.FeatureLevelRecord();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.level = value;
                            else
                                delete message.level;
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

            return FeatureLevelRecord;
        })();

        metadata.NoOpRecord = (function() {

            /**
             * Properties of a NoOpRecord.
             * @typedef {Object} skiff.metadata.NoOpRecord.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NoOpRecord.
             * @memberof skiff.metadata
             * @interface INoOpRecord
             * @augments skiff.metadata.NoOpRecord.$Properties
             * @deprecated Use skiff.metadata.NoOpRecord.$Properties instead.
             */

            /**
             * Shape of a NoOpRecord.
             * @typedef {skiff.metadata.NoOpRecord.$Properties} skiff.metadata.NoOpRecord.$Shape
             */

            /**
             * Constructs a new NoOpRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a NoOpRecord.
             * @constructor
             * @param {skiff.metadata.NoOpRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NoOpRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified NoOpRecord message. Does not implicitly {@link skiff.metadata.NoOpRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.NoOpRecord
             * @static
             * @param {skiff.metadata.NoOpRecord.$Properties} message NoOpRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NoOpRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NoOpRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.NoOpRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.NoOpRecord & skiff.metadata.NoOpRecord.$Shape} NoOpRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NoOpRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.metadata.NoOpRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            return NoOpRecord;
        })();

        metadata.MetadataRecord = (function() {

            /**
             * Properties of a MetadataRecord.
             * @typedef {Object} skiff.metadata.MetadataRecord.$Properties
             * @property {skiff.metadata.RegisterBrokerRecord.$Properties|null} [registerBroker] MetadataRecord registerBroker
             * @property {skiff.metadata.BrokerRegistrationChangeRecord.$Properties|null} [brokerRegistrationChange] MetadataRecord brokerRegistrationChange
             * @property {skiff.metadata.UnregisterBrokerRecord.$Properties|null} [unregisterBroker] MetadataRecord unregisterBroker
             * @property {skiff.metadata.TopicRecord.$Properties|null} [topic] MetadataRecord topic
             * @property {skiff.metadata.PartitionRecord.$Properties|null} [partition] MetadataRecord partition
             * @property {skiff.metadata.PartitionChangeRecord.$Properties|null} [partitionChange] MetadataRecord partitionChange
             * @property {skiff.metadata.RemoveTopicRecord.$Properties|null} [removeTopic] MetadataRecord removeTopic
             * @property {skiff.metadata.ConfigRecord.$Properties|null} [config] MetadataRecord config
             * @property {skiff.metadata.ProducerIdsRecord.$Properties|null} [producerIds] MetadataRecord producerIds
             * @property {skiff.metadata.FeatureLevelRecord.$Properties|null} [featureLevel] MetadataRecord featureLevel
             * @property {skiff.metadata.NoOpRecord.$Properties|null} [noOp] MetadataRecord noOp
             * @property {"registerBroker"|"brokerRegistrationChange"|"unregisterBroker"|"topic"|"partition"|"partitionChange"|"removeTopic"|"config"|"producerIds"|"featureLevel"|"noOp"} [record] MetadataRecord record
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataRecord.
             * @memberof skiff.metadata
             * @interface IMetadataRecord
             * @augments skiff.metadata.MetadataRecord.$Properties
             * @deprecated Use skiff.metadata.MetadataRecord.$Properties instead.
             */

            /**
             * Narrowed shape of a MetadataRecord.
             * @typedef {{
             *   registerBroker?: skiff.metadata.RegisterBrokerRecord.$Shape|null;
             *   brokerRegistrationChange?: skiff.metadata.BrokerRegistrationChangeRecord.$Shape|null;
             *   unregisterBroker?: skiff.metadata.UnregisterBrokerRecord.$Shape|null;
             *   topic?: skiff.metadata.TopicRecord.$Shape|null;
             *   partition?: skiff.metadata.PartitionRecord.$Shape|null;
             *   partitionChange?: skiff.metadata.PartitionChangeRecord.$Shape|null;
             *   removeTopic?: skiff.metadata.RemoveTopicRecord.$Shape|null;
             *   config?: skiff.metadata.ConfigRecord.$Shape|null;
             *   producerIds?: skiff.metadata.ProducerIdsRecord.$Shape|null;
             *   featureLevel?: skiff.metadata.FeatureLevelRecord.$Shape|null;
             *   noOp?: skiff.metadata.NoOpRecord.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ record?: undefined; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "registerBroker"; registerBroker: skiff.metadata.RegisterBrokerRecord.$Shape; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "brokerRegistrationChange"; registerBroker?: null; brokerRegistrationChange: skiff.metadata.BrokerRegistrationChangeRecord.$Shape; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "unregisterBroker"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker: skiff.metadata.UnregisterBrokerRecord.$Shape; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "topic"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic: skiff.metadata.TopicRecord.$Shape; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "partition"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition: skiff.metadata.PartitionRecord.$Shape; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "partitionChange"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange: skiff.metadata.PartitionChangeRecord.$Shape; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "removeTopic"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic: skiff.metadata.RemoveTopicRecord.$Shape; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "config"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config: skiff.metadata.ConfigRecord.$Shape; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "producerIds"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds: skiff.metadata.ProducerIdsRecord.$Shape; featureLevel?: null; noOp?: null }|{ record?: "featureLevel"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel: skiff.metadata.FeatureLevelRecord.$Shape; noOp?: null }|{ record?: "noOp"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp: skiff.metadata.NoOpRecord.$Shape })
             * )} skiff.metadata.MetadataRecord.$Shape
             */

            /**
             * Constructs a new MetadataRecord.
             * @memberof skiff.metadata
             * @classdesc Represents a MetadataRecord.
             * @constructor
             * @param {skiff.metadata.MetadataRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataRecord registerBroker.
             * @member {skiff.metadata.RegisterBrokerRecord.$Properties|null|undefined} registerBroker
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.registerBroker = null;

            /**
             * MetadataRecord brokerRegistrationChange.
             * @member {skiff.metadata.BrokerRegistrationChangeRecord.$Properties|null|undefined} brokerRegistrationChange
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.brokerRegistrationChange = null;

            /**
             * MetadataRecord unregisterBroker.
             * @member {skiff.metadata.UnregisterBrokerRecord.$Properties|null|undefined} unregisterBroker
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.unregisterBroker = null;

            /**
             * MetadataRecord topic.
             * @member {skiff.metadata.TopicRecord.$Properties|null|undefined} topic
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.topic = null;

            /**
             * MetadataRecord partition.
             * @member {skiff.metadata.PartitionRecord.$Properties|null|undefined} partition
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.partition = null;

            /**
             * MetadataRecord partitionChange.
             * @member {skiff.metadata.PartitionChangeRecord.$Properties|null|undefined} partitionChange
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.partitionChange = null;

            /**
             * MetadataRecord removeTopic.
             * @member {skiff.metadata.RemoveTopicRecord.$Properties|null|undefined} removeTopic
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.removeTopic = null;

            /**
             * MetadataRecord config.
             * @member {skiff.metadata.ConfigRecord.$Properties|null|undefined} config
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.config = null;

            /**
             * MetadataRecord producerIds.
             * @member {skiff.metadata.ProducerIdsRecord.$Properties|null|undefined} producerIds
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.producerIds = null;

            /**
             * MetadataRecord featureLevel.
             * @member {skiff.metadata.FeatureLevelRecord.$Properties|null|undefined} featureLevel
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.featureLevel = null;

            /**
             * MetadataRecord noOp.
             * @member {skiff.metadata.NoOpRecord.$Properties|null|undefined} noOp
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            MetadataRecord.prototype.noOp = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * MetadataRecord record.
             * @member {"registerBroker"|"brokerRegistrationChange"|"unregisterBroker"|"topic"|"partition"|"partitionChange"|"removeTopic"|"config"|"producerIds"|"featureLevel"|"noOp"|undefined} record
             * @memberof skiff.metadata.MetadataRecord
             * @instance
             */
            $Object.defineProperty(MetadataRecord.prototype, "record", {
                get: $util.oneOfGetter($oneOfFields = ["registerBroker", "brokerRegistrationChange", "unregisterBroker", "topic", "partition", "partitionChange", "removeTopic", "config", "producerIds", "featureLevel", "noOp"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified MetadataRecord message. Does not implicitly {@link skiff.metadata.MetadataRecord.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.MetadataRecord
             * @static
             * @param {skiff.metadata.MetadataRecord.$Properties} message MetadataRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.registerBroker != null && $Object.hasOwnProperty.call(message, "registerBroker"))
                    $root.skiff.metadata.RegisterBrokerRecord.encode(message.registerBroker, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.brokerRegistrationChange != null && $Object.hasOwnProperty.call(message, "brokerRegistrationChange"))
                    $root.skiff.metadata.BrokerRegistrationChangeRecord.encode(message.brokerRegistrationChange, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.unregisterBroker != null && $Object.hasOwnProperty.call(message, "unregisterBroker"))
                    $root.skiff.metadata.UnregisterBrokerRecord.encode(message.unregisterBroker, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    $root.skiff.metadata.TopicRecord.encode(message.topic, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                    $root.skiff.metadata.PartitionRecord.encode(message.partition, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.partitionChange != null && $Object.hasOwnProperty.call(message, "partitionChange"))
                    $root.skiff.metadata.PartitionChangeRecord.encode(message.partitionChange, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.removeTopic != null && $Object.hasOwnProperty.call(message, "removeTopic"))
                    $root.skiff.metadata.RemoveTopicRecord.encode(message.removeTopic, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.skiff.metadata.ConfigRecord.encode(message.config, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.producerIds != null && $Object.hasOwnProperty.call(message, "producerIds"))
                    $root.skiff.metadata.ProducerIdsRecord.encode(message.producerIds, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.featureLevel != null && $Object.hasOwnProperty.call(message, "featureLevel"))
                    $root.skiff.metadata.FeatureLevelRecord.encode(message.featureLevel, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.noOp != null && $Object.hasOwnProperty.call(message, "noOp"))
                    $root.skiff.metadata.NoOpRecord.encode(message.noOp, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataRecord message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.MetadataRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.MetadataRecord & skiff.metadata.MetadataRecord.$Shape} MetadataRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.metadata.MetadataRecord();
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
                            if (wireType !== 2)
                                break;
                            message.registerBroker = $root.skiff.metadata.RegisterBrokerRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.registerBroker);
                            message.record = "registerBroker";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.brokerRegistrationChange = $root.skiff.metadata.BrokerRegistrationChangeRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.brokerRegistrationChange);
                            message.record = "brokerRegistrationChange";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.unregisterBroker = $root.skiff.metadata.UnregisterBrokerRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.unregisterBroker);
                            message.record = "unregisterBroker";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.topic = $root.skiff.metadata.TopicRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.topic);
                            message.record = "topic";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.partition = $root.skiff.metadata.PartitionRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.partition);
                            message.record = "partition";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.partitionChange = $root.skiff.metadata.PartitionChangeRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.partitionChange);
                            message.record = "partitionChange";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.removeTopic = $root.skiff.metadata.RemoveTopicRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.removeTopic);
                            message.record = "removeTopic";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.skiff.metadata.ConfigRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            message.record = "config";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.producerIds = $root.skiff.metadata.ProducerIdsRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.producerIds);
                            message.record = "producerIds";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.featureLevel = $root.skiff.metadata.FeatureLevelRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.featureLevel);
                            message.record = "featureLevel";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.noOp = $root.skiff.metadata.NoOpRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.noOp);
                            message.record = "noOp";
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

            return MetadataRecord;
        })();

        metadata.MetadataRecordBatch = (function() {

            /**
             * Properties of a MetadataRecordBatch.
             * @typedef {Object} skiff.metadata.MetadataRecordBatch.$Properties
             * @property {Array.<skiff.metadata.MetadataRecord.$Properties>|null} [records] MetadataRecordBatch records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataRecordBatch.
             * @memberof skiff.metadata
             * @interface IMetadataRecordBatch
             * @augments skiff.metadata.MetadataRecordBatch.$Properties
             * @deprecated Use skiff.metadata.MetadataRecordBatch.$Properties instead.
             */

            /**
             * Shape of a MetadataRecordBatch.
             * @typedef {{
             *   records?: Array.<skiff.metadata.MetadataRecord.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} skiff.metadata.MetadataRecordBatch.$Shape
             */

            /**
             * Constructs a new MetadataRecordBatch.
             * @memberof skiff.metadata
             * @classdesc Represents a MetadataRecordBatch.
             * @constructor
             * @param {skiff.metadata.MetadataRecordBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataRecordBatch = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataRecordBatch records.
             * @member {Array.<skiff.metadata.MetadataRecord.$Properties>} records
             * @memberof skiff.metadata.MetadataRecordBatch
             * @instance
             */
            MetadataRecordBatch.prototype.records = $util.emptyArray;

            /**
             * Encodes the specified MetadataRecordBatch message. Does not implicitly {@link skiff.metadata.MetadataRecordBatch.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.MetadataRecordBatch
             * @static
             * @param {skiff.metadata.MetadataRecordBatch.$Properties} message MetadataRecordBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataRecordBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        $root.skiff.metadata.MetadataRecord.encode(message.records[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataRecordBatch message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.MetadataRecordBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.MetadataRecordBatch & skiff.metadata.MetadataRecordBatch.$Shape} MetadataRecordBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataRecordBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.skiff.metadata.MetadataRecordBatch();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push($root.skiff.metadata.MetadataRecord.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return MetadataRecordBatch;
        })();

        metadata.BrokerRegistration = (function() {

            /**
             * Properties of a BrokerRegistration.
             * @typedef {Object} skiff.metadata.BrokerRegistration.$Properties
             * @property {number|null} [brokerId] BrokerRegistration brokerId
             * @property {string|null} [incarnationId] BrokerRegistration incarnationId
             * @property {number|null} [brokerEpoch] BrokerRegistration brokerEpoch
             * @property {Array.<skiff.metadata.Endpoint.$Properties>|null} [endpoints] BrokerRegistration endpoints
             * @property {string|null} [rack] BrokerRegistration rack
             * @property {boolean|null} [fenced] BrokerRegistration fenced
             * @property {boolean|null} [inControlledShutdown] BrokerRegistration inControlledShutdown
             * @property {Array.<string>|null} [logDirIds] BrokerRegistration logDirIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerRegistration.
             * @memberof skiff.metadata
             * @interface IBrokerRegistration
             * @augments skiff.metadata.BrokerRegistration.$Properties
             * @deprecated Use skiff.metadata.BrokerRegistration.$Properties instead.
             */

            /**
             * Shape of a BrokerRegistration.
             * @typedef {skiff.metadata.BrokerRegistration.$Properties} skiff.metadata.BrokerRegistration.$Shape
             */

            /**
             * Constructs a new BrokerRegistration.
             * @memberof skiff.metadata
             * @classdesc Represents a BrokerRegistration.
             * @constructor
             * @param {skiff.metadata.BrokerRegistration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerRegistration = function (properties) {
                this.endpoints = [];
                this.logDirIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerRegistration brokerId.
             * @member {number} brokerId
             * @memberof skiff.metadata.BrokerRegistration
             * @instance
             */
            BrokerRegistration.prototype.brokerId = 0;

            /**
             * BrokerRegistration incarnationId.
             * @member {string} incarnationId
             * @memberof skiff.metadata.BrokerRegistration
             * @instance
             */
            BrokerRegistration.prototype.incarnationId = "";

            /**
             * BrokerRegistration brokerEpoch.
             * @member {number} brokerEpoch
             * @memberof skiff.metadata.BrokerRegistration
             * @instance
             */
            BrokerRegistration.prototype.brokerEpoch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * BrokerRegistration endpoints.
             * @member {Array.<skiff.metadata.Endpoint.$Properties>} endpoints
             * @memberof skiff.metadata.BrokerRegistration
             * @instance
             */
            BrokerRegistration.prototype.endpoints = $util.emptyArray;

            /**
             * BrokerRegistration rack.
             * @member {string|null|undefined} rack
             * @memberof skiff.metadata.BrokerRegistration
             * @instance
             */
            BrokerRegistration.prototype.rack = null;

            /**
             * BrokerRegistration fenced.
             * @member {boolean} fenced
             * @memberof skiff.metadata.BrokerRegistration
             * @instance
             */
            BrokerRegistration.prototype.fenced = false;

            /**
             * BrokerRegistration inControlledShutdown.
             * @member {boolean} inControlledShutdown
             * @memberof skiff.metadata.BrokerRegistration
             * @instance
             */
            BrokerRegistration.prototype.inControlledShutdown = false;

            /**
             * BrokerRegistration logDirIds.
             * @member {Array.<string>} logDirIds
             * @memberof skiff.metadata.BrokerRegistration
             * @instance
             */
            BrokerRegistration.prototype.logDirIds = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BrokerRegistration.prototype, "_rack", {
                get: $util.oneOfGetter($oneOfFields = ["rack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified BrokerRegistration message. Does not implicitly {@link skiff.metadata.BrokerRegistration.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.BrokerRegistration
             * @static
             * @param {skiff.metadata.BrokerRegistration.$Properties} message BrokerRegistration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerRegistration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.brokerId);
                if (message.incarnationId != null && $Object.hasOwnProperty.call(message, "incarnationId") && message.incarnationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.incarnationId);
                if (message.brokerEpoch != null && $Object.hasOwnProperty.call(message, "brokerEpoch") && (typeof message.brokerEpoch === "object" ? message.brokerEpoch.low || message.brokerEpoch.high : message.brokerEpoch !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.brokerEpoch);
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        $root.skiff.metadata.Endpoint.encode(message.endpoints[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.rack);
                if (message.fenced != null && $Object.hasOwnProperty.call(message, "fenced") && message.fenced !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.fenced);
                if (message.inControlledShutdown != null && $Object.hasOwnProperty.call(message, "inControlledShutdown") && message.inControlledShutdown !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.inControlledShutdown);
                if (message.logDirIds != null && message.logDirIds.length)
                    for (let i = 0; i < message.logDirIds.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.logDirIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerRegistration message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.BrokerRegistration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.BrokerRegistration & skiff.metadata.BrokerRegistration.$Shape} BrokerRegistration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerRegistration.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.BrokerRegistration();
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
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.incarnationId = value;
                            else
                                delete message.incarnationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.brokerEpoch = value;
                            else
                                delete message.brokerEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push($root.skiff.metadata.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rack = reader.stringVerify();
                            message._rack = "rack";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.fenced = value;
                            else
                                delete message.fenced;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.inControlledShutdown = value;
                            else
                                delete message.inControlledShutdown;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.logDirIds && message.logDirIds.length))
                                message.logDirIds = [];
                            message.logDirIds.push(reader.stringVerify());
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

            return BrokerRegistration;
        })();

        metadata.PartitionState = (function() {

            /**
             * Properties of a PartitionState.
             * @typedef {Object} skiff.metadata.PartitionState.$Properties
             * @property {number|null} [partition] PartitionState partition
             * @property {Array.<number>|null} [replicas] PartitionState replicas
             * @property {Array.<number>|null} [isr] PartitionState isr
             * @property {Array.<number>|null} [elr] PartitionState elr
             * @property {number|null} [leader] PartitionState leader
             * @property {number|null} [leaderEpoch] PartitionState leaderEpoch
             * @property {number|null} [partitionEpoch] PartitionState partitionEpoch
             * @property {boolean|null} [leaderRecovering] PartitionState leaderRecovering
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartitionState.
             * @memberof skiff.metadata
             * @interface IPartitionState
             * @augments skiff.metadata.PartitionState.$Properties
             * @deprecated Use skiff.metadata.PartitionState.$Properties instead.
             */

            /**
             * Shape of a PartitionState.
             * @typedef {skiff.metadata.PartitionState.$Properties} skiff.metadata.PartitionState.$Shape
             */

            /**
             * Constructs a new PartitionState.
             * @memberof skiff.metadata
             * @classdesc Represents a PartitionState.
             * @constructor
             * @param {skiff.metadata.PartitionState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartitionState = function (properties) {
                this.replicas = [];
                this.isr = [];
                this.elr = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartitionState partition.
             * @member {number} partition
             * @memberof skiff.metadata.PartitionState
             * @instance
             */
            PartitionState.prototype.partition = 0;

            /**
             * PartitionState replicas.
             * @member {Array.<number>} replicas
             * @memberof skiff.metadata.PartitionState
             * @instance
             */
            PartitionState.prototype.replicas = $util.emptyArray;

            /**
             * PartitionState isr.
             * @member {Array.<number>} isr
             * @memberof skiff.metadata.PartitionState
             * @instance
             */
            PartitionState.prototype.isr = $util.emptyArray;

            /**
             * PartitionState elr.
             * @member {Array.<number>} elr
             * @memberof skiff.metadata.PartitionState
             * @instance
             */
            PartitionState.prototype.elr = $util.emptyArray;

            /**
             * PartitionState leader.
             * @member {number} leader
             * @memberof skiff.metadata.PartitionState
             * @instance
             */
            PartitionState.prototype.leader = 0;

            /**
             * PartitionState leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof skiff.metadata.PartitionState
             * @instance
             */
            PartitionState.prototype.leaderEpoch = 0;

            /**
             * PartitionState partitionEpoch.
             * @member {number} partitionEpoch
             * @memberof skiff.metadata.PartitionState
             * @instance
             */
            PartitionState.prototype.partitionEpoch = 0;

            /**
             * PartitionState leaderRecovering.
             * @member {boolean} leaderRecovering
             * @memberof skiff.metadata.PartitionState
             * @instance
             */
            PartitionState.prototype.leaderRecovering = false;

            /**
             * Encodes the specified PartitionState message. Does not implicitly {@link skiff.metadata.PartitionState.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.PartitionState
             * @static
             * @param {skiff.metadata.PartitionState.$Properties} message PartitionState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.partition);
                if (message.replicas != null && message.replicas.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.replicas);
                if (message.isr != null && message.isr.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.isr);
                if (message.elr != null && message.elr.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).int32s(message.elr);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.leader);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.leaderEpoch);
                if (message.partitionEpoch != null && $Object.hasOwnProperty.call(message, "partitionEpoch") && message.partitionEpoch !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.partitionEpoch);
                if (message.leaderRecovering != null && $Object.hasOwnProperty.call(message, "leaderRecovering") && message.leaderRecovering !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.leaderRecovering);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PartitionState message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.PartitionState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.PartitionState & skiff.metadata.PartitionState.$Shape} PartitionState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.PartitionState();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.replicas && message.replicas.length))
                                    message.replicas = [];
                                reader.int32s(message.replicas);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push(reader.int32());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.isr && message.isr.length))
                                    message.isr = [];
                                reader.int32s(message.isr);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.isr && message.isr.length))
                                message.isr = [];
                            message.isr.push(reader.int32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.elr && message.elr.length))
                                    message.elr = [];
                                reader.int32s(message.elr);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.elr && message.elr.length))
                                message.elr = [];
                            message.elr.push(reader.int32());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.partitionEpoch = value;
                            else
                                delete message.partitionEpoch;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.leaderRecovering = value;
                            else
                                delete message.leaderRecovering;
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

            return PartitionState;
        })();

        metadata.TopicState = (function() {

            /**
             * Properties of a TopicState.
             * @typedef {Object} skiff.metadata.TopicState.$Properties
             * @property {string|null} [name] TopicState name
             * @property {string|null} [topicId] TopicState topicId
             * @property {Array.<skiff.metadata.PartitionState.$Properties>|null} [partitions] TopicState partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicState.
             * @memberof skiff.metadata
             * @interface ITopicState
             * @augments skiff.metadata.TopicState.$Properties
             * @deprecated Use skiff.metadata.TopicState.$Properties instead.
             */

            /**
             * Shape of a TopicState.
             * @typedef {skiff.metadata.TopicState.$Properties} skiff.metadata.TopicState.$Shape
             */

            /**
             * Constructs a new TopicState.
             * @memberof skiff.metadata
             * @classdesc Represents a TopicState.
             * @constructor
             * @param {skiff.metadata.TopicState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicState = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicState name.
             * @member {string} name
             * @memberof skiff.metadata.TopicState
             * @instance
             */
            TopicState.prototype.name = "";

            /**
             * TopicState topicId.
             * @member {string} topicId
             * @memberof skiff.metadata.TopicState
             * @instance
             */
            TopicState.prototype.topicId = "";

            /**
             * TopicState partitions.
             * @member {Array.<skiff.metadata.PartitionState.$Properties>} partitions
             * @memberof skiff.metadata.TopicState
             * @instance
             */
            TopicState.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified TopicState message. Does not implicitly {@link skiff.metadata.TopicState.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.TopicState
             * @static
             * @param {skiff.metadata.TopicState.$Properties} message TopicState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topicId);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.skiff.metadata.PartitionState.encode(message.partitions[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicState message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.TopicState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.TopicState & skiff.metadata.TopicState.$Shape} TopicState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.TopicState();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.skiff.metadata.PartitionState.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return TopicState;
        })();

        metadata.ConfigEntry = (function() {

            /**
             * Properties of a ConfigEntry.
             * @typedef {Object} skiff.metadata.ConfigEntry.$Properties
             * @property {string|null} [name] ConfigEntry name
             * @property {string|null} [value] ConfigEntry value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigEntry.
             * @memberof skiff.metadata
             * @interface IConfigEntry
             * @augments skiff.metadata.ConfigEntry.$Properties
             * @deprecated Use skiff.metadata.ConfigEntry.$Properties instead.
             */

            /**
             * Shape of a ConfigEntry.
             * @typedef {skiff.metadata.ConfigEntry.$Properties} skiff.metadata.ConfigEntry.$Shape
             */

            /**
             * Constructs a new ConfigEntry.
             * @memberof skiff.metadata
             * @classdesc Represents a ConfigEntry.
             * @constructor
             * @param {skiff.metadata.ConfigEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigEntry name.
             * @member {string} name
             * @memberof skiff.metadata.ConfigEntry
             * @instance
             */
            ConfigEntry.prototype.name = "";

            /**
             * ConfigEntry value.
             * @member {string} value
             * @memberof skiff.metadata.ConfigEntry
             * @instance
             */
            ConfigEntry.prototype.value = "";

            /**
             * Encodes the specified ConfigEntry message. Does not implicitly {@link skiff.metadata.ConfigEntry.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.ConfigEntry
             * @static
             * @param {skiff.metadata.ConfigEntry.$Properties} message ConfigEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigEntry message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.ConfigEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.ConfigEntry & skiff.metadata.ConfigEntry.$Shape} ConfigEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigEntry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.ConfigEntry();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
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

            return ConfigEntry;
        })();

        metadata.ConfigResourceState = (function() {

            /**
             * Properties of a ConfigResourceState.
             * @typedef {Object} skiff.metadata.ConfigResourceState.$Properties
             * @property {skiff.metadata.ConfigResourceType|null} [resourceType] ConfigResourceState resourceType
             * @property {string|null} [resourceName] ConfigResourceState resourceName
             * @property {Array.<skiff.metadata.ConfigEntry.$Properties>|null} [entries] ConfigResourceState entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigResourceState.
             * @memberof skiff.metadata
             * @interface IConfigResourceState
             * @augments skiff.metadata.ConfigResourceState.$Properties
             * @deprecated Use skiff.metadata.ConfigResourceState.$Properties instead.
             */

            /**
             * Shape of a ConfigResourceState.
             * @typedef {skiff.metadata.ConfigResourceState.$Properties} skiff.metadata.ConfigResourceState.$Shape
             */

            /**
             * Constructs a new ConfigResourceState.
             * @memberof skiff.metadata
             * @classdesc Represents a ConfigResourceState.
             * @constructor
             * @param {skiff.metadata.ConfigResourceState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigResourceState = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigResourceState resourceType.
             * @member {skiff.metadata.ConfigResourceType} resourceType
             * @memberof skiff.metadata.ConfigResourceState
             * @instance
             */
            ConfigResourceState.prototype.resourceType = 0;

            /**
             * ConfigResourceState resourceName.
             * @member {string} resourceName
             * @memberof skiff.metadata.ConfigResourceState
             * @instance
             */
            ConfigResourceState.prototype.resourceName = "";

            /**
             * ConfigResourceState entries.
             * @member {Array.<skiff.metadata.ConfigEntry.$Properties>} entries
             * @memberof skiff.metadata.ConfigResourceState
             * @instance
             */
            ConfigResourceState.prototype.entries = $util.emptyArray;

            /**
             * Encodes the specified ConfigResourceState message. Does not implicitly {@link skiff.metadata.ConfigResourceState.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.ConfigResourceState
             * @static
             * @param {skiff.metadata.ConfigResourceState.$Properties} message ConfigResourceState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigResourceState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.resourceType);
                if (message.resourceName != null && $Object.hasOwnProperty.call(message, "resourceName") && message.resourceName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.resourceName);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.skiff.metadata.ConfigEntry.encode(message.entries[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigResourceState message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.ConfigResourceState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.ConfigResourceState & skiff.metadata.ConfigResourceState.$Shape} ConfigResourceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigResourceState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.ConfigResourceState();
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
                                message.resourceType = value;
                            else
                                delete message.resourceType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceName = value;
                            else
                                delete message.resourceName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.skiff.metadata.ConfigEntry.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ConfigResourceState;
        })();

        metadata.FeatureState = (function() {

            /**
             * Properties of a FeatureState.
             * @typedef {Object} skiff.metadata.FeatureState.$Properties
             * @property {string|null} [name] FeatureState name
             * @property {number|null} [level] FeatureState level
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FeatureState.
             * @memberof skiff.metadata
             * @interface IFeatureState
             * @augments skiff.metadata.FeatureState.$Properties
             * @deprecated Use skiff.metadata.FeatureState.$Properties instead.
             */

            /**
             * Shape of a FeatureState.
             * @typedef {skiff.metadata.FeatureState.$Properties} skiff.metadata.FeatureState.$Shape
             */

            /**
             * Constructs a new FeatureState.
             * @memberof skiff.metadata
             * @classdesc Represents a FeatureState.
             * @constructor
             * @param {skiff.metadata.FeatureState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FeatureState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FeatureState name.
             * @member {string} name
             * @memberof skiff.metadata.FeatureState
             * @instance
             */
            FeatureState.prototype.name = "";

            /**
             * FeatureState level.
             * @member {number} level
             * @memberof skiff.metadata.FeatureState
             * @instance
             */
            FeatureState.prototype.level = 0;

            /**
             * Encodes the specified FeatureState message. Does not implicitly {@link skiff.metadata.FeatureState.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.FeatureState
             * @static
             * @param {skiff.metadata.FeatureState.$Properties} message FeatureState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeatureState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.level);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FeatureState message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.FeatureState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.FeatureState & skiff.metadata.FeatureState.$Shape} FeatureState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeatureState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.FeatureState();
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.level = value;
                            else
                                delete message.level;
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

            return FeatureState;
        })();

        metadata.MetadataSnapshot = (function() {

            /**
             * Properties of a MetadataSnapshot.
             * @typedef {Object} skiff.metadata.MetadataSnapshot.$Properties
             * @property {number|null} [offset] MetadataSnapshot offset
             * @property {number|null} [epoch] MetadataSnapshot epoch
             * @property {Array.<skiff.metadata.BrokerRegistration.$Properties>|null} [brokers] MetadataSnapshot brokers
             * @property {Array.<skiff.metadata.TopicState.$Properties>|null} [topics] MetadataSnapshot topics
             * @property {Array.<skiff.metadata.ConfigResourceState.$Properties>|null} [configs] MetadataSnapshot configs
             * @property {number|null} [nextProducerId] MetadataSnapshot nextProducerId
             * @property {Array.<skiff.metadata.FeatureState.$Properties>|null} [features] MetadataSnapshot features
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataSnapshot.
             * @memberof skiff.metadata
             * @interface IMetadataSnapshot
             * @augments skiff.metadata.MetadataSnapshot.$Properties
             * @deprecated Use skiff.metadata.MetadataSnapshot.$Properties instead.
             */

            /**
             * Shape of a MetadataSnapshot.
             * @typedef {skiff.metadata.MetadataSnapshot.$Properties} skiff.metadata.MetadataSnapshot.$Shape
             */

            /**
             * Constructs a new MetadataSnapshot.
             * @memberof skiff.metadata
             * @classdesc Represents a MetadataSnapshot.
             * @constructor
             * @param {skiff.metadata.MetadataSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataSnapshot = function (properties) {
                this.brokers = [];
                this.topics = [];
                this.configs = [];
                this.features = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataSnapshot offset.
             * @member {number} offset
             * @memberof skiff.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MetadataSnapshot epoch.
             * @member {number} epoch
             * @memberof skiff.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.epoch = 0;

            /**
             * MetadataSnapshot brokers.
             * @member {Array.<skiff.metadata.BrokerRegistration.$Properties>} brokers
             * @memberof skiff.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.brokers = $util.emptyArray;

            /**
             * MetadataSnapshot topics.
             * @member {Array.<skiff.metadata.TopicState.$Properties>} topics
             * @memberof skiff.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.topics = $util.emptyArray;

            /**
             * MetadataSnapshot configs.
             * @member {Array.<skiff.metadata.ConfigResourceState.$Properties>} configs
             * @memberof skiff.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.configs = $util.emptyArray;

            /**
             * MetadataSnapshot nextProducerId.
             * @member {number} nextProducerId
             * @memberof skiff.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.nextProducerId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MetadataSnapshot features.
             * @member {Array.<skiff.metadata.FeatureState.$Properties>} features
             * @memberof skiff.metadata.MetadataSnapshot
             * @instance
             */
            MetadataSnapshot.prototype.features = $util.emptyArray;

            /**
             * Encodes the specified MetadataSnapshot message. Does not implicitly {@link skiff.metadata.MetadataSnapshot.verify|verify} messages.
             * @function encode
             * @memberof skiff.metadata.MetadataSnapshot
             * @static
             * @param {skiff.metadata.MetadataSnapshot.$Properties} message MetadataSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.offset);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.epoch);
                if (message.brokers != null && message.brokers.length)
                    for (let i = 0; i < message.brokers.length; ++i)
                        $root.skiff.metadata.BrokerRegistration.encode(message.brokers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.skiff.metadata.TopicState.encode(message.topics[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.configs != null && message.configs.length)
                    for (let i = 0; i < message.configs.length; ++i)
                        $root.skiff.metadata.ConfigResourceState.encode(message.configs[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.nextProducerId != null && $Object.hasOwnProperty.call(message, "nextProducerId") && (typeof message.nextProducerId === "object" ? message.nextProducerId.low || message.nextProducerId.high : message.nextProducerId !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.nextProducerId);
                if (message.features != null && message.features.length)
                    for (let i = 0; i < message.features.length; ++i)
                        $root.skiff.metadata.FeatureState.encode(message.features[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof skiff.metadata.MetadataSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {skiff.metadata.MetadataSnapshot & skiff.metadata.MetadataSnapshot.$Shape} MetadataSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataSnapshot.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.skiff.metadata.MetadataSnapshot();
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
                                message.offset = value;
                            else
                                delete message.offset;
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
                            if (wireType !== 2)
                                break;
                            if (!(message.brokers && message.brokers.length))
                                message.brokers = [];
                            message.brokers.push($root.skiff.metadata.BrokerRegistration.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.skiff.metadata.TopicState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.configs && message.configs.length))
                                message.configs = [];
                            message.configs.push($root.skiff.metadata.ConfigResourceState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextProducerId = value;
                            else
                                delete message.nextProducerId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.features && message.features.length))
                                message.features = [];
                            message.features.push($root.skiff.metadata.FeatureState.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return MetadataSnapshot;
        })();

        return metadata;
    })();

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
