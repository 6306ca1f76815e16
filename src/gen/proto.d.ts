import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace skiff {

    namespace broker {

        interface IBrokerInfo extends skiff.broker.BrokerInfo.$Properties {
        }

        class BrokerInfo {
            constructor(properties?: skiff.broker.BrokerInfo.$Properties);
            $unknowns?: Uint8Array[];
            brokerId: number;
            host: string;
            port: number;
            rack?: (string|null);
            fenced: boolean;
            inControlledShutdown: boolean;
            brokerEpoch: number;
            static encode(message: skiff.broker.BrokerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.BrokerInfo & skiff.broker.BrokerInfo.$Shape;
        }

        namespace BrokerInfo {
            interface $Properties {
                brokerId?: (number|null);
                host?: (string|null);
                port?: (number|null);
                rack?: (string|null);
                fenced?: (boolean|null);
                inControlledShutdown?: (boolean|null);
                brokerEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.BrokerInfo.$Properties;
        }

        interface IPartitionMetadata extends skiff.broker.PartitionMetadata.$Properties {
        }

        class PartitionMetadata {
            constructor(properties?: skiff.broker.PartitionMetadata.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            leader: number;
            leaderEpoch: number;
            replicas: number[];
            isr: number[];
            elr: number[];
            offlineReplicas: number[];
            static encode(message: skiff.broker.PartitionMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.PartitionMetadata & skiff.broker.PartitionMetadata.$Shape;
        }

        namespace PartitionMetadata {
            interface $Properties {
                partition?: (number|null);
                leader?: (number|null);
                leaderEpoch?: (number|null);
                replicas?: (number[]|null);
                isr?: (number[]|null);
                elr?: (number[]|null);
                offlineReplicas?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.PartitionMetadata.$Properties;
        }

        interface ITopicMetadata extends skiff.broker.TopicMetadata.$Properties {
        }

        class TopicMetadata {
            constructor(properties?: skiff.broker.TopicMetadata.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            topicId: string;
            error?: (skiff.controller.ApiError.$Properties|null);
            partitions: skiff.broker.PartitionMetadata.$Properties[];
            configs: { [k: string]: string };
            static encode(message: skiff.broker.TopicMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.TopicMetadata & skiff.broker.TopicMetadata.$Shape;
        }

        namespace TopicMetadata {
            interface $Properties {
                name?: (string|null);
                topicId?: (string|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                partitions?: (skiff.broker.PartitionMetadata.$Properties[]|null);
                configs?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.TopicMetadata.$Properties;
        }

        interface IMetadataRequest extends skiff.broker.MetadataRequest.$Properties {
        }

        class MetadataRequest {
            constructor(properties?: skiff.broker.MetadataRequest.$Properties);
            $unknowns?: Uint8Array[];
            topics?: (skiff.broker.TopicList.$Properties|null);
            static encode(message: skiff.broker.MetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.MetadataRequest & skiff.broker.MetadataRequest.$Shape;
        }

        namespace MetadataRequest {
            interface $Properties {
                topics?: (skiff.broker.TopicList.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.MetadataRequest.$Properties;
        }

        interface ITopicList extends skiff.broker.TopicList.$Properties {
        }

        class TopicList {
            constructor(properties?: skiff.broker.TopicList.$Properties);
            $unknowns?: Uint8Array[];
            names: string[];
            static encode(message: skiff.broker.TopicList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.TopicList & skiff.broker.TopicList.$Shape;
        }

        namespace TopicList {
            interface $Properties {
                names?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.TopicList.$Properties;
        }

        interface IMetadataResponse extends skiff.broker.MetadataResponse.$Properties {
        }

        class MetadataResponse {
            constructor(properties?: skiff.broker.MetadataResponse.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            controllerId: number;
            metadataOffset: number;
            brokers: skiff.broker.BrokerInfo.$Properties[];
            topics: skiff.broker.TopicMetadata.$Properties[];
            static encode(message: skiff.broker.MetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.MetadataResponse & skiff.broker.MetadataResponse.$Shape;
        }

        namespace MetadataResponse {
            interface $Properties {
                clusterId?: (string|null);
                controllerId?: (number|null);
                metadataOffset?: (number|null);
                brokers?: (skiff.broker.BrokerInfo.$Properties[]|null);
                topics?: (skiff.broker.TopicMetadata.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.MetadataResponse.$Properties;
        }

        interface IDescribeClusterRequest extends skiff.broker.DescribeClusterRequest.$Properties {
        }

        class DescribeClusterRequest {
            constructor(properties?: skiff.broker.DescribeClusterRequest.$Properties);
            $unknowns?: Uint8Array[];
            includeFenced: boolean;
            static encode(message: skiff.broker.DescribeClusterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.DescribeClusterRequest & skiff.broker.DescribeClusterRequest.$Shape;
        }

        namespace DescribeClusterRequest {
            interface $Properties {
                includeFenced?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.DescribeClusterRequest.$Properties;
        }

        interface IDescribeClusterResponse extends skiff.broker.DescribeClusterResponse.$Properties {
        }

        class DescribeClusterResponse {
            constructor(properties?: skiff.broker.DescribeClusterResponse.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            controllerId: number;
            brokers: skiff.broker.BrokerInfo.$Properties[];
            static encode(message: skiff.broker.DescribeClusterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.DescribeClusterResponse & skiff.broker.DescribeClusterResponse.$Shape;
        }

        namespace DescribeClusterResponse {
            interface $Properties {
                clusterId?: (string|null);
                controllerId?: (number|null);
                brokers?: (skiff.broker.BrokerInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.DescribeClusterResponse.$Properties;
        }

        interface IQuorumReplicaState extends skiff.broker.QuorumReplicaState.$Properties {
        }

        class QuorumReplicaState {
            constructor(properties?: skiff.broker.QuorumReplicaState.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: number;
            logEndOffset: number;
            lastFetchTimestamp: number;
            lastCaughtUpTimestamp: number;
            static encode(message: skiff.broker.QuorumReplicaState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.QuorumReplicaState & skiff.broker.QuorumReplicaState.$Shape;
        }

        namespace QuorumReplicaState {
            interface $Properties {
                nodeId?: (number|null);
                logEndOffset?: (number|null);
                lastFetchTimestamp?: (number|null);
                lastCaughtUpTimestamp?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.QuorumReplicaState.$Properties;
        }

        interface IDescribeQuorumRequest extends skiff.broker.DescribeQuorumRequest.$Properties {
        }

        class DescribeQuorumRequest {
            constructor(properties?: skiff.broker.DescribeQuorumRequest.$Properties);
            $unknowns?: Uint8Array[];
            static encode(message: skiff.broker.DescribeQuorumRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.DescribeQuorumRequest & skiff.broker.DescribeQuorumRequest.$Shape;
        }

        namespace DescribeQuorumRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.DescribeQuorumRequest.$Properties;
        }

        interface IDescribeQuorumResponse extends skiff.broker.DescribeQuorumResponse.$Properties {
        }

        class DescribeQuorumResponse {
            constructor(properties?: skiff.broker.DescribeQuorumResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            leaderId: number;
            leaderEpoch: number;
            highWatermark: number;
            voters: skiff.broker.QuorumReplicaState.$Properties[];
            observers: skiff.broker.QuorumReplicaState.$Properties[];
            static encode(message: skiff.broker.DescribeQuorumResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.DescribeQuorumResponse & skiff.broker.DescribeQuorumResponse.$Shape;
        }

        namespace DescribeQuorumResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                leaderId?: (number|null);
                leaderEpoch?: (number|null);
                highWatermark?: (number|null);
                voters?: (skiff.broker.QuorumReplicaState.$Properties[]|null);
                observers?: (skiff.broker.QuorumReplicaState.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.DescribeQuorumResponse.$Properties;
        }

        interface IProducePartitionData extends skiff.broker.ProducePartitionData.$Properties {
        }

        class ProducePartitionData {
            constructor(properties?: skiff.broker.ProducePartitionData.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            records: Uint8Array;
            static encode(message: skiff.broker.ProducePartitionData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ProducePartitionData & skiff.broker.ProducePartitionData.$Shape;
        }

        namespace ProducePartitionData {
            interface $Properties {
                partition?: (number|null);
                records?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ProducePartitionData.$Properties;
        }

        interface IProduceTopicData extends skiff.broker.ProduceTopicData.$Properties {
        }

        class ProduceTopicData {
            constructor(properties?: skiff.broker.ProduceTopicData.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            partitions: skiff.broker.ProducePartitionData.$Properties[];
            static encode(message: skiff.broker.ProduceTopicData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ProduceTopicData & skiff.broker.ProduceTopicData.$Shape;
        }

        namespace ProduceTopicData {
            interface $Properties {
                name?: (string|null);
                partitions?: (skiff.broker.ProducePartitionData.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ProduceTopicData.$Properties;
        }

        interface IProduceRequest extends skiff.broker.ProduceRequest.$Properties {
        }

        class ProduceRequest {
            constructor(properties?: skiff.broker.ProduceRequest.$Properties);
            $unknowns?: Uint8Array[];
            transactionalId?: (string|null);
            acks: number;
            timeoutMs: number;
            topics: skiff.broker.ProduceTopicData.$Properties[];
            static encode(message: skiff.broker.ProduceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ProduceRequest & skiff.broker.ProduceRequest.$Shape;
        }

        namespace ProduceRequest {
            interface $Properties {
                transactionalId?: (string|null);
                acks?: (number|null);
                timeoutMs?: (number|null);
                topics?: (skiff.broker.ProduceTopicData.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ProduceRequest.$Properties;
        }

        interface IProducePartitionResponse extends skiff.broker.ProducePartitionResponse.$Properties {
        }

        class ProducePartitionResponse {
            constructor(properties?: skiff.broker.ProducePartitionResponse.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            error?: (skiff.controller.ApiError.$Properties|null);
            baseOffset: number;
            logAppendTime: number;
            logStartOffset: number;
            static encode(message: skiff.broker.ProducePartitionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ProducePartitionResponse & skiff.broker.ProducePartitionResponse.$Shape;
        }

        namespace ProducePartitionResponse {
            interface $Properties {
                partition?: (number|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                baseOffset?: (number|null);
                logAppendTime?: (number|null);
                logStartOffset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ProducePartitionResponse.$Properties;
        }

        interface IProduceTopicResponse extends skiff.broker.ProduceTopicResponse.$Properties {
        }

        class ProduceTopicResponse {
            constructor(properties?: skiff.broker.ProduceTopicResponse.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            partitions: skiff.broker.ProducePartitionResponse.$Properties[];
            static encode(message: skiff.broker.ProduceTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ProduceTopicResponse & skiff.broker.ProduceTopicResponse.$Shape;
        }

        namespace ProduceTopicResponse {
            interface $Properties {
                name?: (string|null);
                partitions?: (skiff.broker.ProducePartitionResponse.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ProduceTopicResponse.$Properties;
        }

        interface IProduceResponse extends skiff.broker.ProduceResponse.$Properties {
        }

        class ProduceResponse {
            constructor(properties?: skiff.broker.ProduceResponse.$Properties);
            $unknowns?: Uint8Array[];
            topics: skiff.broker.ProduceTopicResponse.$Properties[];
            static encode(message: skiff.broker.ProduceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ProduceResponse & skiff.broker.ProduceResponse.$Shape;
        }

        namespace ProduceResponse {
            interface $Properties {
                topics?: (skiff.broker.ProduceTopicResponse.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ProduceResponse.$Properties;
        }

        interface IFetchPartition extends skiff.broker.FetchPartition.$Properties {
        }

        class FetchPartition {
            constructor(properties?: skiff.broker.FetchPartition.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            fetchOffset: number;
            currentLeaderEpoch: number;
            lastFetchedEpoch: number;
            logStartOffset: number;
            durableOffset: number;
            partitionMaxBytes: number;
            static encode(message: skiff.broker.FetchPartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.FetchPartition & skiff.broker.FetchPartition.$Shape;
        }

        namespace FetchPartition {
            interface $Properties {
                partition?: (number|null);
                fetchOffset?: (number|null);
                currentLeaderEpoch?: (number|null);
                lastFetchedEpoch?: (number|null);
                logStartOffset?: (number|null);
                durableOffset?: (number|null);
                partitionMaxBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.FetchPartition.$Properties;
        }

        interface IFetchTopic extends skiff.broker.FetchTopic.$Properties {
        }

        class FetchTopic {
            constructor(properties?: skiff.broker.FetchTopic.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            topicId: string;
            partitions: skiff.broker.FetchPartition.$Properties[];
            static encode(message: skiff.broker.FetchTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.FetchTopic & skiff.broker.FetchTopic.$Shape;
        }

        namespace FetchTopic {
            interface $Properties {
                name?: (string|null);
                topicId?: (string|null);
                partitions?: (skiff.broker.FetchPartition.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.FetchTopic.$Properties;
        }

        interface IFetchRequest extends skiff.broker.FetchRequest.$Properties {
        }

        class FetchRequest {
            constructor(properties?: skiff.broker.FetchRequest.$Properties);
            $unknowns?: Uint8Array[];
            replicaId: number;
            replicaEpoch: number;
            maxWaitMs: number;
            minBytes: number;
            maxBytes: number;
            isolationLevel: number;
            rackId: string;
            topics: skiff.broker.FetchTopic.$Properties[];
            static encode(message: skiff.broker.FetchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.FetchRequest & skiff.broker.FetchRequest.$Shape;
        }

        namespace FetchRequest {
            interface $Properties {
                replicaId?: (number|null);
                replicaEpoch?: (number|null);
                maxWaitMs?: (number|null);
                minBytes?: (number|null);
                maxBytes?: (number|null);
                isolationLevel?: (number|null);
                rackId?: (string|null);
                topics?: (skiff.broker.FetchTopic.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.FetchRequest.$Properties;
        }

        interface IEpochEndOffset extends skiff.broker.EpochEndOffset.$Properties {
        }

        class EpochEndOffset {
            constructor(properties?: skiff.broker.EpochEndOffset.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            endOffset: number;
            static encode(message: skiff.broker.EpochEndOffset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.EpochEndOffset & skiff.broker.EpochEndOffset.$Shape;
        }

        namespace EpochEndOffset {
            interface $Properties {
                epoch?: (number|null);
                endOffset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.EpochEndOffset.$Properties;
        }

        interface ILeaderIdAndEpoch extends skiff.broker.LeaderIdAndEpoch.$Properties {
        }

        class LeaderIdAndEpoch {
            constructor(properties?: skiff.broker.LeaderIdAndEpoch.$Properties);
            $unknowns?: Uint8Array[];
            leaderId: number;
            leaderEpoch: number;
            static encode(message: skiff.broker.LeaderIdAndEpoch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.LeaderIdAndEpoch & skiff.broker.LeaderIdAndEpoch.$Shape;
        }

        namespace LeaderIdAndEpoch {
            interface $Properties {
                leaderId?: (number|null);
                leaderEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.LeaderIdAndEpoch.$Properties;
        }

        interface IFetchPartitionResponse extends skiff.broker.FetchPartitionResponse.$Properties {
        }

        class FetchPartitionResponse {
            constructor(properties?: skiff.broker.FetchPartitionResponse.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            error?: (skiff.controller.ApiError.$Properties|null);
            highWatermark: number;
            lastStableOffset: number;
            logStartOffset: number;
            divergingEpoch?: (skiff.broker.EpochEndOffset.$Properties|null);
            currentLeader?: (skiff.broker.LeaderIdAndEpoch.$Properties|null);
            preferredReadReplica: number;
            records: Uint8Array;
            static encode(message: skiff.broker.FetchPartitionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.FetchPartitionResponse & skiff.broker.FetchPartitionResponse.$Shape;
        }

        namespace FetchPartitionResponse {
            interface $Properties {
                partition?: (number|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                highWatermark?: (number|null);
                lastStableOffset?: (number|null);
                logStartOffset?: (number|null);
                divergingEpoch?: (skiff.broker.EpochEndOffset.$Properties|null);
                currentLeader?: (skiff.broker.LeaderIdAndEpoch.$Properties|null);
                preferredReadReplica?: (number|null);
                records?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.FetchPartitionResponse.$Properties;
        }

        interface IFetchTopicResponse extends skiff.broker.FetchTopicResponse.$Properties {
        }

        class FetchTopicResponse {
            constructor(properties?: skiff.broker.FetchTopicResponse.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            topicId: string;
            partitions: skiff.broker.FetchPartitionResponse.$Properties[];
            static encode(message: skiff.broker.FetchTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.FetchTopicResponse & skiff.broker.FetchTopicResponse.$Shape;
        }

        namespace FetchTopicResponse {
            interface $Properties {
                name?: (string|null);
                topicId?: (string|null);
                partitions?: (skiff.broker.FetchPartitionResponse.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.FetchTopicResponse.$Properties;
        }

        interface IFetchResponse extends skiff.broker.FetchResponse.$Properties {
        }

        class FetchResponse {
            constructor(properties?: skiff.broker.FetchResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            topics: skiff.broker.FetchTopicResponse.$Properties[];
            static encode(message: skiff.broker.FetchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.FetchResponse & skiff.broker.FetchResponse.$Shape;
        }

        namespace FetchResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                topics?: (skiff.broker.FetchTopicResponse.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.FetchResponse.$Properties;
        }

        interface IListOffsetsPartition extends skiff.broker.ListOffsetsPartition.$Properties {
        }

        class ListOffsetsPartition {
            constructor(properties?: skiff.broker.ListOffsetsPartition.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            currentLeaderEpoch: number;
            timestamp: number;
            static encode(message: skiff.broker.ListOffsetsPartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ListOffsetsPartition & skiff.broker.ListOffsetsPartition.$Shape;
        }

        namespace ListOffsetsPartition {
            interface $Properties {
                partition?: (number|null);
                currentLeaderEpoch?: (number|null);
                timestamp?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ListOffsetsPartition.$Properties;
        }

        interface IListOffsetsTopic extends skiff.broker.ListOffsetsTopic.$Properties {
        }

        class ListOffsetsTopic {
            constructor(properties?: skiff.broker.ListOffsetsTopic.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            partitions: skiff.broker.ListOffsetsPartition.$Properties[];
            static encode(message: skiff.broker.ListOffsetsTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ListOffsetsTopic & skiff.broker.ListOffsetsTopic.$Shape;
        }

        namespace ListOffsetsTopic {
            interface $Properties {
                name?: (string|null);
                partitions?: (skiff.broker.ListOffsetsPartition.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ListOffsetsTopic.$Properties;
        }

        interface IListOffsetsRequest extends skiff.broker.ListOffsetsRequest.$Properties {
        }

        class ListOffsetsRequest {
            constructor(properties?: skiff.broker.ListOffsetsRequest.$Properties);
            $unknowns?: Uint8Array[];
            replicaId: number;
            isolationLevel: number;
            topics: skiff.broker.ListOffsetsTopic.$Properties[];
            static encode(message: skiff.broker.ListOffsetsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ListOffsetsRequest & skiff.broker.ListOffsetsRequest.$Shape;
        }

        namespace ListOffsetsRequest {
            interface $Properties {
                replicaId?: (number|null);
                isolationLevel?: (number|null);
                topics?: (skiff.broker.ListOffsetsTopic.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ListOffsetsRequest.$Properties;
        }

        interface IListOffsetsPartitionResponse extends skiff.broker.ListOffsetsPartitionResponse.$Properties {
        }

        class ListOffsetsPartitionResponse {
            constructor(properties?: skiff.broker.ListOffsetsPartitionResponse.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            error?: (skiff.controller.ApiError.$Properties|null);
            timestamp: number;
            offset: number;
            leaderEpoch: number;
            static encode(message: skiff.broker.ListOffsetsPartitionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ListOffsetsPartitionResponse & skiff.broker.ListOffsetsPartitionResponse.$Shape;
        }

        namespace ListOffsetsPartitionResponse {
            interface $Properties {
                partition?: (number|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                timestamp?: (number|null);
                offset?: (number|null);
                leaderEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ListOffsetsPartitionResponse.$Properties;
        }

        interface IListOffsetsTopicResponse extends skiff.broker.ListOffsetsTopicResponse.$Properties {
        }

        class ListOffsetsTopicResponse {
            constructor(properties?: skiff.broker.ListOffsetsTopicResponse.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            partitions: skiff.broker.ListOffsetsPartitionResponse.$Properties[];
            static encode(message: skiff.broker.ListOffsetsTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ListOffsetsTopicResponse & skiff.broker.ListOffsetsTopicResponse.$Shape;
        }

        namespace ListOffsetsTopicResponse {
            interface $Properties {
                name?: (string|null);
                partitions?: (skiff.broker.ListOffsetsPartitionResponse.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ListOffsetsTopicResponse.$Properties;
        }

        interface IListOffsetsResponse extends skiff.broker.ListOffsetsResponse.$Properties {
        }

        class ListOffsetsResponse {
            constructor(properties?: skiff.broker.ListOffsetsResponse.$Properties);
            $unknowns?: Uint8Array[];
            topics: skiff.broker.ListOffsetsTopicResponse.$Properties[];
            static encode(message: skiff.broker.ListOffsetsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ListOffsetsResponse & skiff.broker.ListOffsetsResponse.$Shape;
        }

        namespace ListOffsetsResponse {
            interface $Properties {
                topics?: (skiff.broker.ListOffsetsTopicResponse.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ListOffsetsResponse.$Properties;
        }

        interface IOffsetForLeaderPartition extends skiff.broker.OffsetForLeaderPartition.$Properties {
        }

        class OffsetForLeaderPartition {
            constructor(properties?: skiff.broker.OffsetForLeaderPartition.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            currentLeaderEpoch: number;
            leaderEpoch: number;
            static encode(message: skiff.broker.OffsetForLeaderPartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.OffsetForLeaderPartition & skiff.broker.OffsetForLeaderPartition.$Shape;
        }

        namespace OffsetForLeaderPartition {
            interface $Properties {
                partition?: (number|null);
                currentLeaderEpoch?: (number|null);
                leaderEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.OffsetForLeaderPartition.$Properties;
        }

        interface IOffsetForLeaderTopic extends skiff.broker.OffsetForLeaderTopic.$Properties {
        }

        class OffsetForLeaderTopic {
            constructor(properties?: skiff.broker.OffsetForLeaderTopic.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            partitions: skiff.broker.OffsetForLeaderPartition.$Properties[];
            static encode(message: skiff.broker.OffsetForLeaderTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.OffsetForLeaderTopic & skiff.broker.OffsetForLeaderTopic.$Shape;
        }

        namespace OffsetForLeaderTopic {
            interface $Properties {
                name?: (string|null);
                partitions?: (skiff.broker.OffsetForLeaderPartition.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.OffsetForLeaderTopic.$Properties;
        }

        interface IOffsetsForLeaderEpochRequest extends skiff.broker.OffsetsForLeaderEpochRequest.$Properties {
        }

        class OffsetsForLeaderEpochRequest {
            constructor(properties?: skiff.broker.OffsetsForLeaderEpochRequest.$Properties);
            $unknowns?: Uint8Array[];
            replicaId: number;
            topics: skiff.broker.OffsetForLeaderTopic.$Properties[];
            static encode(message: skiff.broker.OffsetsForLeaderEpochRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.OffsetsForLeaderEpochRequest & skiff.broker.OffsetsForLeaderEpochRequest.$Shape;
        }

        namespace OffsetsForLeaderEpochRequest {
            interface $Properties {
                replicaId?: (number|null);
                topics?: (skiff.broker.OffsetForLeaderTopic.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.OffsetsForLeaderEpochRequest.$Properties;
        }

        interface IOffsetForLeaderPartitionResult extends skiff.broker.OffsetForLeaderPartitionResult.$Properties {
        }

        class OffsetForLeaderPartitionResult {
            constructor(properties?: skiff.broker.OffsetForLeaderPartitionResult.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            error?: (skiff.controller.ApiError.$Properties|null);
            leaderEpoch: number;
            endOffset: number;
            static encode(message: skiff.broker.OffsetForLeaderPartitionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.OffsetForLeaderPartitionResult & skiff.broker.OffsetForLeaderPartitionResult.$Shape;
        }

        namespace OffsetForLeaderPartitionResult {
            interface $Properties {
                partition?: (number|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                leaderEpoch?: (number|null);
                endOffset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.OffsetForLeaderPartitionResult.$Properties;
        }

        interface IOffsetForLeaderTopicResult extends skiff.broker.OffsetForLeaderTopicResult.$Properties {
        }

        class OffsetForLeaderTopicResult {
            constructor(properties?: skiff.broker.OffsetForLeaderTopicResult.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            partitions: skiff.broker.OffsetForLeaderPartitionResult.$Properties[];
            static encode(message: skiff.broker.OffsetForLeaderTopicResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.OffsetForLeaderTopicResult & skiff.broker.OffsetForLeaderTopicResult.$Shape;
        }

        namespace OffsetForLeaderTopicResult {
            interface $Properties {
                name?: (string|null);
                partitions?: (skiff.broker.OffsetForLeaderPartitionResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.OffsetForLeaderTopicResult.$Properties;
        }

        interface IOffsetsForLeaderEpochResponse extends skiff.broker.OffsetsForLeaderEpochResponse.$Properties {
        }

        class OffsetsForLeaderEpochResponse {
            constructor(properties?: skiff.broker.OffsetsForLeaderEpochResponse.$Properties);
            $unknowns?: Uint8Array[];
            topics: skiff.broker.OffsetForLeaderTopicResult.$Properties[];
            static encode(message: skiff.broker.OffsetsForLeaderEpochResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.OffsetsForLeaderEpochResponse & skiff.broker.OffsetsForLeaderEpochResponse.$Shape;
        }

        namespace OffsetsForLeaderEpochResponse {
            interface $Properties {
                topics?: (skiff.broker.OffsetForLeaderTopicResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.OffsetsForLeaderEpochResponse.$Properties;
        }

        interface IInitProducerIdRequest extends skiff.broker.InitProducerIdRequest.$Properties {
        }

        class InitProducerIdRequest {
            constructor(properties?: skiff.broker.InitProducerIdRequest.$Properties);
            $unknowns?: Uint8Array[];
            transactionalId?: (string|null);
            transactionTimeoutMs: number;
            producerId: number;
            producerEpoch: number;
            static encode(message: skiff.broker.InitProducerIdRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.InitProducerIdRequest & skiff.broker.InitProducerIdRequest.$Shape;
        }

        namespace InitProducerIdRequest {
            interface $Properties {
                transactionalId?: (string|null);
                transactionTimeoutMs?: (number|null);
                producerId?: (number|null);
                producerEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.InitProducerIdRequest.$Properties;
        }

        interface IInitProducerIdResponse extends skiff.broker.InitProducerIdResponse.$Properties {
        }

        class InitProducerIdResponse {
            constructor(properties?: skiff.broker.InitProducerIdResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            producerId: number;
            producerEpoch: number;
            static encode(message: skiff.broker.InitProducerIdResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.InitProducerIdResponse & skiff.broker.InitProducerIdResponse.$Shape;
        }

        namespace InitProducerIdResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                producerId?: (number|null);
                producerEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.InitProducerIdResponse.$Properties;
        }

        interface IDescribeConfigsRequest extends skiff.broker.DescribeConfigsRequest.$Properties {
        }

        class DescribeConfigsRequest {
            constructor(properties?: skiff.broker.DescribeConfigsRequest.$Properties);
            $unknowns?: Uint8Array[];
            topics: string[];
            static encode(message: skiff.broker.DescribeConfigsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.DescribeConfigsRequest & skiff.broker.DescribeConfigsRequest.$Shape;
        }

        namespace DescribeConfigsRequest {
            interface $Properties {
                topics?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.DescribeConfigsRequest.$Properties;
        }

        interface IConfigEntry extends skiff.broker.ConfigEntry.$Properties {
        }

        class ConfigEntry {
            constructor(properties?: skiff.broker.ConfigEntry.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            value: string;
            source: string;
            static encode(message: skiff.broker.ConfigEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.ConfigEntry & skiff.broker.ConfigEntry.$Shape;
        }

        namespace ConfigEntry {
            interface $Properties {
                name?: (string|null);
                value?: (string|null);
                source?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.ConfigEntry.$Properties;
        }

        interface IDescribeConfigsResult extends skiff.broker.DescribeConfigsResult.$Properties {
        }

        class DescribeConfigsResult {
            constructor(properties?: skiff.broker.DescribeConfigsResult.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            error?: (skiff.controller.ApiError.$Properties|null);
            entries: skiff.broker.ConfigEntry.$Properties[];
            static encode(message: skiff.broker.DescribeConfigsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.DescribeConfigsResult & skiff.broker.DescribeConfigsResult.$Shape;
        }

        namespace DescribeConfigsResult {
            interface $Properties {
                name?: (string|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                entries?: (skiff.broker.ConfigEntry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.DescribeConfigsResult.$Properties;
        }

        interface IDescribeConfigsResponse extends skiff.broker.DescribeConfigsResponse.$Properties {
        }

        class DescribeConfigsResponse {
            constructor(properties?: skiff.broker.DescribeConfigsResponse.$Properties);
            $unknowns?: Uint8Array[];
            results: skiff.broker.DescribeConfigsResult.$Properties[];
            static encode(message: skiff.broker.DescribeConfigsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.broker.DescribeConfigsResponse & skiff.broker.DescribeConfigsResponse.$Shape;
        }

        namespace DescribeConfigsResponse {
            interface $Properties {
                results?: (skiff.broker.DescribeConfigsResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.broker.DescribeConfigsResponse.$Properties;
        }
    }

    namespace controller {

        interface IApiError extends skiff.controller.ApiError.$Properties {
        }

        class ApiError {
            constructor(properties?: skiff.controller.ApiError.$Properties);
            $unknowns?: Uint8Array[];
            code: number;
            message: string;
            static encode(message: skiff.controller.ApiError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.ApiError & skiff.controller.ApiError.$Shape;
        }

        namespace ApiError {
            interface $Properties {
                code?: (number|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.ApiError.$Properties;
        }

        interface IEndpoint extends skiff.controller.Endpoint.$Properties {
        }

        class Endpoint {
            constructor(properties?: skiff.controller.Endpoint.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            host: string;
            port: number;
            static encode(message: skiff.controller.Endpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.Endpoint & skiff.controller.Endpoint.$Shape;
        }

        namespace Endpoint {
            interface $Properties {
                name?: (string|null);
                host?: (string|null);
                port?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.Endpoint.$Properties;
        }

        interface IBrokerRegistrationRequest extends skiff.controller.BrokerRegistrationRequest.$Properties {
        }

        class BrokerRegistrationRequest {
            constructor(properties?: skiff.controller.BrokerRegistrationRequest.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            brokerId: number;
            incarnationId: string;
            endpoints: skiff.controller.Endpoint.$Properties[];
            rack?: (string|null);
            logDirIds: string[];
            static encode(message: skiff.controller.BrokerRegistrationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.BrokerRegistrationRequest & skiff.controller.BrokerRegistrationRequest.$Shape;
        }

        namespace BrokerRegistrationRequest {
            interface $Properties {
                clusterId?: (string|null);
                brokerId?: (number|null);
                incarnationId?: (string|null);
                endpoints?: (skiff.controller.Endpoint.$Properties[]|null);
                rack?: (string|null);
                logDirIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.BrokerRegistrationRequest.$Properties;
        }

        interface IBrokerRegistrationResponse extends skiff.controller.BrokerRegistrationResponse.$Properties {
        }

        class BrokerRegistrationResponse {
            constructor(properties?: skiff.controller.BrokerRegistrationResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            brokerEpoch: number;
            static encode(message: skiff.controller.BrokerRegistrationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.BrokerRegistrationResponse & skiff.controller.BrokerRegistrationResponse.$Shape;
        }

        namespace BrokerRegistrationResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                brokerEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.BrokerRegistrationResponse.$Properties;
        }

        interface IBrokerHeartbeatRequest extends skiff.controller.BrokerHeartbeatRequest.$Properties {
        }

        class BrokerHeartbeatRequest {
            constructor(properties?: skiff.controller.BrokerHeartbeatRequest.$Properties);
            $unknowns?: Uint8Array[];
            brokerId: number;
            brokerEpoch: number;
            currentMetadataOffset: number;
            wantFence: boolean;
            wantShutDown: boolean;
            static encode(message: skiff.controller.BrokerHeartbeatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.BrokerHeartbeatRequest & skiff.controller.BrokerHeartbeatRequest.$Shape;
        }

        namespace BrokerHeartbeatRequest {
            interface $Properties {
                brokerId?: (number|null);
                brokerEpoch?: (number|null);
                currentMetadataOffset?: (number|null);
                wantFence?: (boolean|null);
                wantShutDown?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.BrokerHeartbeatRequest.$Properties;
        }

        interface IBrokerHeartbeatResponse extends skiff.controller.BrokerHeartbeatResponse.$Properties {
        }

        class BrokerHeartbeatResponse {
            constructor(properties?: skiff.controller.BrokerHeartbeatResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            isCaughtUp: boolean;
            isFenced: boolean;
            shouldShutDown: boolean;
            static encode(message: skiff.controller.BrokerHeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.BrokerHeartbeatResponse & skiff.controller.BrokerHeartbeatResponse.$Shape;
        }

        namespace BrokerHeartbeatResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                isCaughtUp?: (boolean|null);
                isFenced?: (boolean|null);
                shouldShutDown?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.BrokerHeartbeatResponse.$Properties;
        }

        interface IIsrMember extends skiff.controller.IsrMember.$Properties {
        }

        class IsrMember {
            constructor(properties?: skiff.controller.IsrMember.$Properties);
            $unknowns?: Uint8Array[];
            brokerId: number;
            brokerEpoch: number;
            static encode(message: skiff.controller.IsrMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.IsrMember & skiff.controller.IsrMember.$Shape;
        }

        namespace IsrMember {
            interface $Properties {
                brokerId?: (number|null);
                brokerEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.IsrMember.$Properties;
        }

        interface IAlterPartitionRequest extends skiff.controller.AlterPartitionRequest.$Properties {
        }

        class AlterPartitionRequest {
            constructor(properties?: skiff.controller.AlterPartitionRequest.$Properties);
            $unknowns?: Uint8Array[];
            brokerId: number;
            brokerEpoch: number;
            topicId: string;
            partition: number;
            leaderEpoch: number;
            partitionEpoch: number;
            newIsr: skiff.controller.IsrMember.$Properties[];
            leaderRecovering: boolean;
            static encode(message: skiff.controller.AlterPartitionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.AlterPartitionRequest & skiff.controller.AlterPartitionRequest.$Shape;
        }

        namespace AlterPartitionRequest {
            interface $Properties {
                brokerId?: (number|null);
                brokerEpoch?: (number|null);
                topicId?: (string|null);
                partition?: (number|null);
                leaderEpoch?: (number|null);
                partitionEpoch?: (number|null);
                newIsr?: (skiff.controller.IsrMember.$Properties[]|null);
                leaderRecovering?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.AlterPartitionRequest.$Properties;
        }

        interface IPartitionState extends skiff.controller.PartitionState.$Properties {
        }

        class PartitionState {
            constructor(properties?: skiff.controller.PartitionState.$Properties);
            $unknowns?: Uint8Array[];
            topicId: string;
            partition: number;
            leader: number;
            leaderEpoch: number;
            partitionEpoch: number;
            replicas: number[];
            isr: number[];
            elr: number[];
            leaderRecovering: boolean;
            static encode(message: skiff.controller.PartitionState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.PartitionState & skiff.controller.PartitionState.$Shape;
        }

        namespace PartitionState {
            interface $Properties {
                topicId?: (string|null);
                partition?: (number|null);
                leader?: (number|null);
                leaderEpoch?: (number|null);
                partitionEpoch?: (number|null);
                replicas?: (number[]|null);
                isr?: (number[]|null);
                elr?: (number[]|null);
                leaderRecovering?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.PartitionState.$Properties;
        }

        interface IAlterPartitionResponse extends skiff.controller.AlterPartitionResponse.$Properties {
        }

        class AlterPartitionResponse {
            constructor(properties?: skiff.controller.AlterPartitionResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            partition?: (skiff.controller.PartitionState.$Properties|null);
            static encode(message: skiff.controller.AlterPartitionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.AlterPartitionResponse & skiff.controller.AlterPartitionResponse.$Shape;
        }

        namespace AlterPartitionResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                partition?: (skiff.controller.PartitionState.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.AlterPartitionResponse.$Properties;
        }

        interface IAllocateProducerIdsRequest extends skiff.controller.AllocateProducerIdsRequest.$Properties {
        }

        class AllocateProducerIdsRequest {
            constructor(properties?: skiff.controller.AllocateProducerIdsRequest.$Properties);
            $unknowns?: Uint8Array[];
            brokerId: number;
            brokerEpoch: number;
            static encode(message: skiff.controller.AllocateProducerIdsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.AllocateProducerIdsRequest & skiff.controller.AllocateProducerIdsRequest.$Shape;
        }

        namespace AllocateProducerIdsRequest {
            interface $Properties {
                brokerId?: (number|null);
                brokerEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.AllocateProducerIdsRequest.$Properties;
        }

        interface IAllocateProducerIdsResponse extends skiff.controller.AllocateProducerIdsResponse.$Properties {
        }

        class AllocateProducerIdsResponse {
            constructor(properties?: skiff.controller.AllocateProducerIdsResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            firstProducerId: number;
            size: number;
            static encode(message: skiff.controller.AllocateProducerIdsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.AllocateProducerIdsResponse & skiff.controller.AllocateProducerIdsResponse.$Shape;
        }

        namespace AllocateProducerIdsResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                firstProducerId?: (number|null);
                size?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.AllocateProducerIdsResponse.$Properties;
        }

        interface ICreatableTopic extends skiff.controller.CreatableTopic.$Properties {
        }

        class CreatableTopic {
            constructor(properties?: skiff.controller.CreatableTopic.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            numPartitions: number;
            replicationFactor: number;
            configs: { [k: string]: string };
            static encode(message: skiff.controller.CreatableTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.CreatableTopic & skiff.controller.CreatableTopic.$Shape;
        }

        namespace CreatableTopic {
            interface $Properties {
                name?: (string|null);
                numPartitions?: (number|null);
                replicationFactor?: (number|null);
                configs?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.CreatableTopic.$Properties;
        }

        interface ICreateTopicsRequest extends skiff.controller.CreateTopicsRequest.$Properties {
        }

        class CreateTopicsRequest {
            constructor(properties?: skiff.controller.CreateTopicsRequest.$Properties);
            $unknowns?: Uint8Array[];
            topics: skiff.controller.CreatableTopic.$Properties[];
            static encode(message: skiff.controller.CreateTopicsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.CreateTopicsRequest & skiff.controller.CreateTopicsRequest.$Shape;
        }

        namespace CreateTopicsRequest {
            interface $Properties {
                topics?: (skiff.controller.CreatableTopic.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.CreateTopicsRequest.$Properties;
        }

        interface ICreateTopicsResult extends skiff.controller.CreateTopicsResult.$Properties {
        }

        class CreateTopicsResult {
            constructor(properties?: skiff.controller.CreateTopicsResult.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            topicId?: (string|null);
            numPartitions: number;
            replicationFactor: number;
            error?: (skiff.controller.ApiError.$Properties|null);
            static encode(message: skiff.controller.CreateTopicsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.CreateTopicsResult & skiff.controller.CreateTopicsResult.$Shape;
        }

        namespace CreateTopicsResult {
            interface $Properties {
                name?: (string|null);
                topicId?: (string|null);
                numPartitions?: (number|null);
                replicationFactor?: (number|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.CreateTopicsResult.$Properties;
        }

        interface ICreateTopicsResponse extends skiff.controller.CreateTopicsResponse.$Properties {
        }

        class CreateTopicsResponse {
            constructor(properties?: skiff.controller.CreateTopicsResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            results: skiff.controller.CreateTopicsResult.$Properties[];
            static encode(message: skiff.controller.CreateTopicsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.CreateTopicsResponse & skiff.controller.CreateTopicsResponse.$Shape;
        }

        namespace CreateTopicsResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                results?: (skiff.controller.CreateTopicsResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.CreateTopicsResponse.$Properties;
        }

        interface IDeleteTopicsRequest extends skiff.controller.DeleteTopicsRequest.$Properties {
        }

        class DeleteTopicsRequest {
            constructor(properties?: skiff.controller.DeleteTopicsRequest.$Properties);
            $unknowns?: Uint8Array[];
            names: string[];
            static encode(message: skiff.controller.DeleteTopicsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.DeleteTopicsRequest & skiff.controller.DeleteTopicsRequest.$Shape;
        }

        namespace DeleteTopicsRequest {
            interface $Properties {
                names?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.DeleteTopicsRequest.$Properties;
        }

        interface IDeleteTopicResult extends skiff.controller.DeleteTopicResult.$Properties {
        }

        class DeleteTopicResult {
            constructor(properties?: skiff.controller.DeleteTopicResult.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            error?: (skiff.controller.ApiError.$Properties|null);
            static encode(message: skiff.controller.DeleteTopicResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.DeleteTopicResult & skiff.controller.DeleteTopicResult.$Shape;
        }

        namespace DeleteTopicResult {
            interface $Properties {
                name?: (string|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.DeleteTopicResult.$Properties;
        }

        interface IDeleteTopicsResponse extends skiff.controller.DeleteTopicsResponse.$Properties {
        }

        class DeleteTopicsResponse {
            constructor(properties?: skiff.controller.DeleteTopicsResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            results: skiff.controller.DeleteTopicResult.$Properties[];
            static encode(message: skiff.controller.DeleteTopicsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.DeleteTopicsResponse & skiff.controller.DeleteTopicsResponse.$Shape;
        }

        namespace DeleteTopicsResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                results?: (skiff.controller.DeleteTopicResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.DeleteTopicsResponse.$Properties;
        }

        interface ITopicResult extends skiff.controller.TopicResult.$Properties {
        }

        class TopicResult {
            constructor(properties?: skiff.controller.TopicResult.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            error?: (skiff.controller.ApiError.$Properties|null);
            static encode(message: skiff.controller.TopicResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.TopicResult & skiff.controller.TopicResult.$Shape;
        }

        namespace TopicResult {
            interface $Properties {
                name?: (string|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.TopicResult.$Properties;
        }

        interface ITopicResultsResponse extends skiff.controller.TopicResultsResponse.$Properties {
        }

        class TopicResultsResponse {
            constructor(properties?: skiff.controller.TopicResultsResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            results: skiff.controller.TopicResult.$Properties[];
            static encode(message: skiff.controller.TopicResultsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.TopicResultsResponse & skiff.controller.TopicResultsResponse.$Shape;
        }

        namespace TopicResultsResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                results?: (skiff.controller.TopicResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.TopicResultsResponse.$Properties;
        }

        interface ICreatePartitionsTopic extends skiff.controller.CreatePartitionsTopic.$Properties {
        }

        class CreatePartitionsTopic {
            constructor(properties?: skiff.controller.CreatePartitionsTopic.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            count: number;
            static encode(message: skiff.controller.CreatePartitionsTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.CreatePartitionsTopic & skiff.controller.CreatePartitionsTopic.$Shape;
        }

        namespace CreatePartitionsTopic {
            interface $Properties {
                name?: (string|null);
                count?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.CreatePartitionsTopic.$Properties;
        }

        interface ICreatePartitionsRequest extends skiff.controller.CreatePartitionsRequest.$Properties {
        }

        class CreatePartitionsRequest {
            constructor(properties?: skiff.controller.CreatePartitionsRequest.$Properties);
            $unknowns?: Uint8Array[];
            topics: skiff.controller.CreatePartitionsTopic.$Properties[];
            validateOnly: boolean;
            static encode(message: skiff.controller.CreatePartitionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.CreatePartitionsRequest & skiff.controller.CreatePartitionsRequest.$Shape;
        }

        namespace CreatePartitionsRequest {
            interface $Properties {
                topics?: (skiff.controller.CreatePartitionsTopic.$Properties[]|null);
                validateOnly?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.CreatePartitionsRequest.$Properties;
        }

        interface IAlterTopicConfigs extends skiff.controller.AlterTopicConfigs.$Properties {
        }

        class AlterTopicConfigs {
            constructor(properties?: skiff.controller.AlterTopicConfigs.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            set: { [k: string]: string };
            delete: string[];
            static encode(message: skiff.controller.AlterTopicConfigs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.AlterTopicConfigs & skiff.controller.AlterTopicConfigs.$Shape;
        }

        namespace AlterTopicConfigs {
            interface $Properties {
                name?: (string|null);
                set?: ({ [k: string]: string }|null);
                "delete"?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.AlterTopicConfigs.$Properties;
        }

        interface IIncrementalAlterConfigsRequest extends skiff.controller.IncrementalAlterConfigsRequest.$Properties {
        }

        class IncrementalAlterConfigsRequest {
            constructor(properties?: skiff.controller.IncrementalAlterConfigsRequest.$Properties);
            $unknowns?: Uint8Array[];
            topics: skiff.controller.AlterTopicConfigs.$Properties[];
            validateOnly: boolean;
            static encode(message: skiff.controller.IncrementalAlterConfigsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.controller.IncrementalAlterConfigsRequest & skiff.controller.IncrementalAlterConfigsRequest.$Shape;
        }

        namespace IncrementalAlterConfigsRequest {
            interface $Properties {
                topics?: (skiff.controller.AlterTopicConfigs.$Properties[]|null);
                validateOnly?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.controller.IncrementalAlterConfigsRequest.$Properties;
        }
    }

    namespace group {

        interface ITopicPartitionList extends skiff.group.TopicPartitionList.$Properties {
        }

        class TopicPartitionList {
            constructor(properties?: skiff.group.TopicPartitionList.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: number[];
            static encode(message: skiff.group.TopicPartitionList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.TopicPartitionList & skiff.group.TopicPartitionList.$Shape;
        }

        namespace TopicPartitionList {
            interface $Properties {
                topic?: (string|null);
                partitions?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.TopicPartitionList.$Properties;
        }

        interface IFindCoordinatorRequest extends skiff.group.FindCoordinatorRequest.$Properties {
        }

        class FindCoordinatorRequest {
            constructor(properties?: skiff.group.FindCoordinatorRequest.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            static encode(message: skiff.group.FindCoordinatorRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.FindCoordinatorRequest & skiff.group.FindCoordinatorRequest.$Shape;
        }

        namespace FindCoordinatorRequest {
            interface $Properties {
                key?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.FindCoordinatorRequest.$Properties;
        }

        interface IFindCoordinatorResponse extends skiff.group.FindCoordinatorResponse.$Properties {
        }

        class FindCoordinatorResponse {
            constructor(properties?: skiff.group.FindCoordinatorResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            nodeId: number;
            host: string;
            port: number;
            static encode(message: skiff.group.FindCoordinatorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.FindCoordinatorResponse & skiff.group.FindCoordinatorResponse.$Shape;
        }

        namespace FindCoordinatorResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                nodeId?: (number|null);
                host?: (string|null);
                port?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.FindCoordinatorResponse.$Properties;
        }

        interface IConsumerGroupHeartbeatRequest extends skiff.group.ConsumerGroupHeartbeatRequest.$Properties {
        }

        class ConsumerGroupHeartbeatRequest {
            constructor(properties?: skiff.group.ConsumerGroupHeartbeatRequest.$Properties);
            $unknowns?: Uint8Array[];
            groupId: string;
            memberId: string;
            memberEpoch: number;
            instanceId?: (string|null);
            rebalanceTimeoutMs: number;
            hasSubscribedTopicNames: boolean;
            subscribedTopicNames: string[];
            subscribedTopicRegex?: (string|null);
            serverAssignor?: (string|null);
            hasOwnedTopicPartitions: boolean;
            ownedTopicPartitions: skiff.group.TopicPartitionList.$Properties[];
            clientId: string;
            clientHost: string;
            static encode(message: skiff.group.ConsumerGroupHeartbeatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.ConsumerGroupHeartbeatRequest & skiff.group.ConsumerGroupHeartbeatRequest.$Shape;
        }

        namespace ConsumerGroupHeartbeatRequest {
            interface $Properties {
                groupId?: (string|null);
                memberId?: (string|null);
                memberEpoch?: (number|null);
                instanceId?: (string|null);
                rebalanceTimeoutMs?: (number|null);
                hasSubscribedTopicNames?: (boolean|null);
                subscribedTopicNames?: (string[]|null);
                subscribedTopicRegex?: (string|null);
                serverAssignor?: (string|null);
                hasOwnedTopicPartitions?: (boolean|null);
                ownedTopicPartitions?: (skiff.group.TopicPartitionList.$Properties[]|null);
                clientId?: (string|null);
                clientHost?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.ConsumerGroupHeartbeatRequest.$Properties;
        }

        interface IConsumerGroupHeartbeatResponse extends skiff.group.ConsumerGroupHeartbeatResponse.$Properties {
        }

        class ConsumerGroupHeartbeatResponse {
            constructor(properties?: skiff.group.ConsumerGroupHeartbeatResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            memberId: string;
            memberEpoch: number;
            heartbeatIntervalMs: number;
            hasAssignment: boolean;
            assignment: skiff.group.TopicPartitionList.$Properties[];
            static encode(message: skiff.group.ConsumerGroupHeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.ConsumerGroupHeartbeatResponse & skiff.group.ConsumerGroupHeartbeatResponse.$Shape;
        }

        namespace ConsumerGroupHeartbeatResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                memberId?: (string|null);
                memberEpoch?: (number|null);
                heartbeatIntervalMs?: (number|null);
                hasAssignment?: (boolean|null);
                assignment?: (skiff.group.TopicPartitionList.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.ConsumerGroupHeartbeatResponse.$Properties;
        }

        interface IOffsetCommitPartition extends skiff.group.OffsetCommitPartition.$Properties {
        }

        class OffsetCommitPartition {
            constructor(properties?: skiff.group.OffsetCommitPartition.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            committedOffset: number;
            committedLeaderEpoch: number;
            committedMetadata?: (string|null);
            static encode(message: skiff.group.OffsetCommitPartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.OffsetCommitPartition & skiff.group.OffsetCommitPartition.$Shape;
        }

        namespace OffsetCommitPartition {
            interface $Properties {
                partition?: (number|null);
                committedOffset?: (number|null);
                committedLeaderEpoch?: (number|null);
                committedMetadata?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.OffsetCommitPartition.$Properties;
        }

        interface IOffsetCommitTopic extends skiff.group.OffsetCommitTopic.$Properties {
        }

        class OffsetCommitTopic {
            constructor(properties?: skiff.group.OffsetCommitTopic.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: skiff.group.OffsetCommitPartition.$Properties[];
            static encode(message: skiff.group.OffsetCommitTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.OffsetCommitTopic & skiff.group.OffsetCommitTopic.$Shape;
        }

        namespace OffsetCommitTopic {
            interface $Properties {
                topic?: (string|null);
                partitions?: (skiff.group.OffsetCommitPartition.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.OffsetCommitTopic.$Properties;
        }

        interface IOffsetCommitRequest extends skiff.group.OffsetCommitRequest.$Properties {
        }

        class OffsetCommitRequest {
            constructor(properties?: skiff.group.OffsetCommitRequest.$Properties);
            $unknowns?: Uint8Array[];
            groupId: string;
            memberId: string;
            memberEpoch: number;
            topics: skiff.group.OffsetCommitTopic.$Properties[];
            static encode(message: skiff.group.OffsetCommitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.OffsetCommitRequest & skiff.group.OffsetCommitRequest.$Shape;
        }

        namespace OffsetCommitRequest {
            interface $Properties {
                groupId?: (string|null);
                memberId?: (string|null);
                memberEpoch?: (number|null);
                topics?: (skiff.group.OffsetCommitTopic.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.OffsetCommitRequest.$Properties;
        }

        interface IPartitionResult extends skiff.group.PartitionResult.$Properties {
        }

        class PartitionResult {
            constructor(properties?: skiff.group.PartitionResult.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            error?: (skiff.controller.ApiError.$Properties|null);
            static encode(message: skiff.group.PartitionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.PartitionResult & skiff.group.PartitionResult.$Shape;
        }

        namespace PartitionResult {
            interface $Properties {
                partition?: (number|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.PartitionResult.$Properties;
        }

        interface ITopicResults extends skiff.group.TopicResults.$Properties {
        }

        class TopicResults {
            constructor(properties?: skiff.group.TopicResults.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: skiff.group.PartitionResult.$Properties[];
            static encode(message: skiff.group.TopicResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.TopicResults & skiff.group.TopicResults.$Shape;
        }

        namespace TopicResults {
            interface $Properties {
                topic?: (string|null);
                partitions?: (skiff.group.PartitionResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.TopicResults.$Properties;
        }

        interface IOffsetCommitResponse extends skiff.group.OffsetCommitResponse.$Properties {
        }

        class OffsetCommitResponse {
            constructor(properties?: skiff.group.OffsetCommitResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            topics: skiff.group.TopicResults.$Properties[];
            static encode(message: skiff.group.OffsetCommitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.OffsetCommitResponse & skiff.group.OffsetCommitResponse.$Shape;
        }

        namespace OffsetCommitResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                topics?: (skiff.group.TopicResults.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.OffsetCommitResponse.$Properties;
        }

        interface ITopicPartitionNumbers extends skiff.group.TopicPartitionNumbers.$Properties {
        }

        class TopicPartitionNumbers {
            constructor(properties?: skiff.group.TopicPartitionNumbers.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: number[];
            static encode(message: skiff.group.TopicPartitionNumbers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.TopicPartitionNumbers & skiff.group.TopicPartitionNumbers.$Shape;
        }

        namespace TopicPartitionNumbers {
            interface $Properties {
                topic?: (string|null);
                partitions?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.TopicPartitionNumbers.$Properties;
        }

        interface IOffsetFetchRequest extends skiff.group.OffsetFetchRequest.$Properties {
        }

        class OffsetFetchRequest {
            constructor(properties?: skiff.group.OffsetFetchRequest.$Properties);
            $unknowns?: Uint8Array[];
            groupId: string;
            memberId?: (string|null);
            memberEpoch: number;
            hasTopics: boolean;
            topics: skiff.group.TopicPartitionNumbers.$Properties[];
            static encode(message: skiff.group.OffsetFetchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.OffsetFetchRequest & skiff.group.OffsetFetchRequest.$Shape;
        }

        namespace OffsetFetchRequest {
            interface $Properties {
                groupId?: (string|null);
                memberId?: (string|null);
                memberEpoch?: (number|null);
                hasTopics?: (boolean|null);
                topics?: (skiff.group.TopicPartitionNumbers.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.OffsetFetchRequest.$Properties;
        }

        interface IFetchedOffset extends skiff.group.FetchedOffset.$Properties {
        }

        class FetchedOffset {
            constructor(properties?: skiff.group.FetchedOffset.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            committedOffset: number;
            committedLeaderEpoch: number;
            metadata: string;
            static encode(message: skiff.group.FetchedOffset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.FetchedOffset & skiff.group.FetchedOffset.$Shape;
        }

        namespace FetchedOffset {
            interface $Properties {
                partition?: (number|null);
                committedOffset?: (number|null);
                committedLeaderEpoch?: (number|null);
                metadata?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.FetchedOffset.$Properties;
        }

        interface IFetchedTopic extends skiff.group.FetchedTopic.$Properties {
        }

        class FetchedTopic {
            constructor(properties?: skiff.group.FetchedTopic.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            partitions: skiff.group.FetchedOffset.$Properties[];
            static encode(message: skiff.group.FetchedTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.FetchedTopic & skiff.group.FetchedTopic.$Shape;
        }

        namespace FetchedTopic {
            interface $Properties {
                topic?: (string|null);
                partitions?: (skiff.group.FetchedOffset.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.FetchedTopic.$Properties;
        }

        interface IOffsetFetchResponse extends skiff.group.OffsetFetchResponse.$Properties {
        }

        class OffsetFetchResponse {
            constructor(properties?: skiff.group.OffsetFetchResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            topics: skiff.group.FetchedTopic.$Properties[];
            static encode(message: skiff.group.OffsetFetchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.OffsetFetchResponse & skiff.group.OffsetFetchResponse.$Shape;
        }

        namespace OffsetFetchResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                topics?: (skiff.group.FetchedTopic.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.OffsetFetchResponse.$Properties;
        }

        interface IOffsetDeleteRequest extends skiff.group.OffsetDeleteRequest.$Properties {
        }

        class OffsetDeleteRequest {
            constructor(properties?: skiff.group.OffsetDeleteRequest.$Properties);
            $unknowns?: Uint8Array[];
            groupId: string;
            topics: skiff.group.TopicPartitionNumbers.$Properties[];
            static encode(message: skiff.group.OffsetDeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.OffsetDeleteRequest & skiff.group.OffsetDeleteRequest.$Shape;
        }

        namespace OffsetDeleteRequest {
            interface $Properties {
                groupId?: (string|null);
                topics?: (skiff.group.TopicPartitionNumbers.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.OffsetDeleteRequest.$Properties;
        }

        interface IListGroupsRequest extends skiff.group.ListGroupsRequest.$Properties {
        }

        class ListGroupsRequest {
            constructor(properties?: skiff.group.ListGroupsRequest.$Properties);
            $unknowns?: Uint8Array[];
            statesFilter: string[];
            static encode(message: skiff.group.ListGroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.ListGroupsRequest & skiff.group.ListGroupsRequest.$Shape;
        }

        namespace ListGroupsRequest {
            interface $Properties {
                statesFilter?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.ListGroupsRequest.$Properties;
        }

        interface IListedGroup extends skiff.group.ListedGroup.$Properties {
        }

        class ListedGroup {
            constructor(properties?: skiff.group.ListedGroup.$Properties);
            $unknowns?: Uint8Array[];
            groupId: string;
            state: string;
            groupType: string;
            static encode(message: skiff.group.ListedGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.ListedGroup & skiff.group.ListedGroup.$Shape;
        }

        namespace ListedGroup {
            interface $Properties {
                groupId?: (string|null);
                state?: (string|null);
                groupType?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.ListedGroup.$Properties;
        }

        interface IListGroupsResponse extends skiff.group.ListGroupsResponse.$Properties {
        }

        class ListGroupsResponse {
            constructor(properties?: skiff.group.ListGroupsResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            groups: skiff.group.ListedGroup.$Properties[];
            static encode(message: skiff.group.ListGroupsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.ListGroupsResponse & skiff.group.ListGroupsResponse.$Shape;
        }

        namespace ListGroupsResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                groups?: (skiff.group.ListedGroup.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.ListGroupsResponse.$Properties;
        }

        interface IDescribeGroupsRequest extends skiff.group.DescribeGroupsRequest.$Properties {
        }

        class DescribeGroupsRequest {
            constructor(properties?: skiff.group.DescribeGroupsRequest.$Properties);
            $unknowns?: Uint8Array[];
            groupIds: string[];
            static encode(message: skiff.group.DescribeGroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.DescribeGroupsRequest & skiff.group.DescribeGroupsRequest.$Shape;
        }

        namespace DescribeGroupsRequest {
            interface $Properties {
                groupIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.DescribeGroupsRequest.$Properties;
        }

        interface IDescribedMember extends skiff.group.DescribedMember.$Properties {
        }

        class DescribedMember {
            constructor(properties?: skiff.group.DescribedMember.$Properties);
            $unknowns?: Uint8Array[];
            memberId: string;
            instanceId?: (string|null);
            clientId: string;
            clientHost: string;
            memberEpoch: number;
            memberState: string;
            subscribedTopicNames: string[];
            subscribedTopicRegex?: (string|null);
            assignment: skiff.group.TopicPartitionList.$Properties[];
            partitionsPendingRevocation: skiff.group.TopicPartitionList.$Properties[];
            targetAssignment: skiff.group.TopicPartitionList.$Properties[];
            static encode(message: skiff.group.DescribedMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.DescribedMember & skiff.group.DescribedMember.$Shape;
        }

        namespace DescribedMember {
            interface $Properties {
                memberId?: (string|null);
                instanceId?: (string|null);
                clientId?: (string|null);
                clientHost?: (string|null);
                memberEpoch?: (number|null);
                memberState?: (string|null);
                subscribedTopicNames?: (string[]|null);
                subscribedTopicRegex?: (string|null);
                assignment?: (skiff.group.TopicPartitionList.$Properties[]|null);
                partitionsPendingRevocation?: (skiff.group.TopicPartitionList.$Properties[]|null);
                targetAssignment?: (skiff.group.TopicPartitionList.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.DescribedMember.$Properties;
        }

        interface IDescribedGroup extends skiff.group.DescribedGroup.$Properties {
        }

        class DescribedGroup {
            constructor(properties?: skiff.group.DescribedGroup.$Properties);
            $unknowns?: Uint8Array[];
            groupId: string;
            error?: (skiff.controller.ApiError.$Properties|null);
            state: string;
            groupEpoch: number;
            assignmentEpoch: number;
            assignor: string;
            members: skiff.group.DescribedMember.$Properties[];
            static encode(message: skiff.group.DescribedGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.DescribedGroup & skiff.group.DescribedGroup.$Shape;
        }

        namespace DescribedGroup {
            interface $Properties {
                groupId?: (string|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                state?: (string|null);
                groupEpoch?: (number|null);
                assignmentEpoch?: (number|null);
                assignor?: (string|null);
                members?: (skiff.group.DescribedMember.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.DescribedGroup.$Properties;
        }

        interface IDescribeGroupsResponse extends skiff.group.DescribeGroupsResponse.$Properties {
        }

        class DescribeGroupsResponse {
            constructor(properties?: skiff.group.DescribeGroupsResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            groups: skiff.group.DescribedGroup.$Properties[];
            static encode(message: skiff.group.DescribeGroupsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.DescribeGroupsResponse & skiff.group.DescribeGroupsResponse.$Shape;
        }

        namespace DescribeGroupsResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                groups?: (skiff.group.DescribedGroup.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.DescribeGroupsResponse.$Properties;
        }

        interface IDeleteGroupsRequest extends skiff.group.DeleteGroupsRequest.$Properties {
        }

        class DeleteGroupsRequest {
            constructor(properties?: skiff.group.DeleteGroupsRequest.$Properties);
            $unknowns?: Uint8Array[];
            groupIds: string[];
            static encode(message: skiff.group.DeleteGroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.DeleteGroupsRequest & skiff.group.DeleteGroupsRequest.$Shape;
        }

        namespace DeleteGroupsRequest {
            interface $Properties {
                groupIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.DeleteGroupsRequest.$Properties;
        }

        interface IDeleteGroupResult extends skiff.group.DeleteGroupResult.$Properties {
        }

        class DeleteGroupResult {
            constructor(properties?: skiff.group.DeleteGroupResult.$Properties);
            $unknowns?: Uint8Array[];
            groupId: string;
            error?: (skiff.controller.ApiError.$Properties|null);
            static encode(message: skiff.group.DeleteGroupResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.DeleteGroupResult & skiff.group.DeleteGroupResult.$Shape;
        }

        namespace DeleteGroupResult {
            interface $Properties {
                groupId?: (string|null);
                error?: (skiff.controller.ApiError.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.DeleteGroupResult.$Properties;
        }

        interface IDeleteGroupsResponse extends skiff.group.DeleteGroupsResponse.$Properties {
        }

        class DeleteGroupsResponse {
            constructor(properties?: skiff.group.DeleteGroupsResponse.$Properties);
            $unknowns?: Uint8Array[];
            error?: (skiff.controller.ApiError.$Properties|null);
            results: skiff.group.DeleteGroupResult.$Properties[];
            static encode(message: skiff.group.DeleteGroupsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.group.DeleteGroupsResponse & skiff.group.DeleteGroupsResponse.$Shape;
        }

        namespace DeleteGroupsResponse {
            interface $Properties {
                error?: (skiff.controller.ApiError.$Properties|null);
                results?: (skiff.group.DeleteGroupResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.group.DeleteGroupsResponse.$Properties;
        }
    }

    namespace metadata {

        interface IEndpoint extends skiff.metadata.Endpoint.$Properties {
        }

        class Endpoint {
            constructor(properties?: skiff.metadata.Endpoint.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            host: string;
            port: number;
            static encode(message: skiff.metadata.Endpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.Endpoint & skiff.metadata.Endpoint.$Shape;
        }

        namespace Endpoint {
            interface $Properties {
                name?: (string|null);
                host?: (string|null);
                port?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.Endpoint.$Properties;
        }

        interface IRegisterBrokerRecord extends skiff.metadata.RegisterBrokerRecord.$Properties {
        }

        class RegisterBrokerRecord {
            constructor(properties?: skiff.metadata.RegisterBrokerRecord.$Properties);
            $unknowns?: Uint8Array[];
            brokerId: number;
            incarnationId: string;
            endpoints: skiff.metadata.Endpoint.$Properties[];
            rack?: (string|null);
            fenced: boolean;
            logDirIds: string[];
            static encode(message: skiff.metadata.RegisterBrokerRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.RegisterBrokerRecord & skiff.metadata.RegisterBrokerRecord.$Shape;
        }

        namespace RegisterBrokerRecord {
            interface $Properties {
                brokerId?: (number|null);
                incarnationId?: (string|null);
                endpoints?: (skiff.metadata.Endpoint.$Properties[]|null);
                rack?: (string|null);
                fenced?: (boolean|null);
                logDirIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.RegisterBrokerRecord.$Properties;
        }

        interface IBrokerRegistrationChangeRecord extends skiff.metadata.BrokerRegistrationChangeRecord.$Properties {
        }

        class BrokerRegistrationChangeRecord {
            constructor(properties?: skiff.metadata.BrokerRegistrationChangeRecord.$Properties);
            $unknowns?: Uint8Array[];
            brokerId: number;
            brokerEpoch: number;
            fenced?: (boolean|null);
            inControlledShutdown?: (boolean|null);
            static encode(message: skiff.metadata.BrokerRegistrationChangeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.BrokerRegistrationChangeRecord & skiff.metadata.BrokerRegistrationChangeRecord.$Shape;
        }

        namespace BrokerRegistrationChangeRecord {
            interface $Properties {
                brokerId?: (number|null);
                brokerEpoch?: (number|null);
                fenced?: (boolean|null);
                inControlledShutdown?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.BrokerRegistrationChangeRecord.$Properties;
        }

        interface IUnregisterBrokerRecord extends skiff.metadata.UnregisterBrokerRecord.$Properties {
        }

        class UnregisterBrokerRecord {
            constructor(properties?: skiff.metadata.UnregisterBrokerRecord.$Properties);
            $unknowns?: Uint8Array[];
            brokerId: number;
            brokerEpoch: number;
            static encode(message: skiff.metadata.UnregisterBrokerRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.UnregisterBrokerRecord & skiff.metadata.UnregisterBrokerRecord.$Shape;
        }

        namespace UnregisterBrokerRecord {
            interface $Properties {
                brokerId?: (number|null);
                brokerEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.UnregisterBrokerRecord.$Properties;
        }

        interface ITopicRecord extends skiff.metadata.TopicRecord.$Properties {
        }

        class TopicRecord {
            constructor(properties?: skiff.metadata.TopicRecord.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            topicId: string;
            static encode(message: skiff.metadata.TopicRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.TopicRecord & skiff.metadata.TopicRecord.$Shape;
        }

        namespace TopicRecord {
            interface $Properties {
                name?: (string|null);
                topicId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.TopicRecord.$Properties;
        }

        interface IPartitionRecord extends skiff.metadata.PartitionRecord.$Properties {
        }

        class PartitionRecord {
            constructor(properties?: skiff.metadata.PartitionRecord.$Properties);
            $unknowns?: Uint8Array[];
            topicId: string;
            partition: number;
            replicas: number[];
            isr: number[];
            elr: number[];
            leader: number;
            leaderEpoch: number;
            partitionEpoch: number;
            static encode(message: skiff.metadata.PartitionRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.PartitionRecord & skiff.metadata.PartitionRecord.$Shape;
        }

        namespace PartitionRecord {
            interface $Properties {
                topicId?: (string|null);
                partition?: (number|null);
                replicas?: (number[]|null);
                isr?: (number[]|null);
                elr?: (number[]|null);
                leader?: (number|null);
                leaderEpoch?: (number|null);
                partitionEpoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.PartitionRecord.$Properties;
        }

        interface IBrokerIdList extends skiff.metadata.BrokerIdList.$Properties {
        }

        class BrokerIdList {
            constructor(properties?: skiff.metadata.BrokerIdList.$Properties);
            $unknowns?: Uint8Array[];
            ids: number[];
            static encode(message: skiff.metadata.BrokerIdList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.BrokerIdList & skiff.metadata.BrokerIdList.$Shape;
        }

        namespace BrokerIdList {
            interface $Properties {
                ids?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.BrokerIdList.$Properties;
        }

        interface IPartitionChangeRecord extends skiff.metadata.PartitionChangeRecord.$Properties {
        }

        class PartitionChangeRecord {
            constructor(properties?: skiff.metadata.PartitionChangeRecord.$Properties);
            $unknowns?: Uint8Array[];
            topicId: string;
            partition: number;
            leader?: (number|null);
            isr?: (skiff.metadata.BrokerIdList.$Properties|null);
            elr?: (skiff.metadata.BrokerIdList.$Properties|null);
            replicas?: (skiff.metadata.BrokerIdList.$Properties|null);
            leaderRecovering?: (boolean|null);
            static encode(message: skiff.metadata.PartitionChangeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.PartitionChangeRecord & skiff.metadata.PartitionChangeRecord.$Shape;
        }

        namespace PartitionChangeRecord {
            interface $Properties {
                topicId?: (string|null);
                partition?: (number|null);
                leader?: (number|null);
                isr?: (skiff.metadata.BrokerIdList.$Properties|null);
                elr?: (skiff.metadata.BrokerIdList.$Properties|null);
                replicas?: (skiff.metadata.BrokerIdList.$Properties|null);
                leaderRecovering?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.PartitionChangeRecord.$Properties;
        }

        interface IRemoveTopicRecord extends skiff.metadata.RemoveTopicRecord.$Properties {
        }

        class RemoveTopicRecord {
            constructor(properties?: skiff.metadata.RemoveTopicRecord.$Properties);
            $unknowns?: Uint8Array[];
            topicId: string;
            static encode(message: skiff.metadata.RemoveTopicRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.RemoveTopicRecord & skiff.metadata.RemoveTopicRecord.$Shape;
        }

        namespace RemoveTopicRecord {
            interface $Properties {
                topicId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.RemoveTopicRecord.$Properties;
        }

        enum ConfigResourceType {
            CONFIG_RESOURCE_TYPE_UNSPECIFIED = 0,
            CONFIG_RESOURCE_TYPE_TOPIC = 1,
            CONFIG_RESOURCE_TYPE_BROKER = 2,
            CONFIG_RESOURCE_TYPE_CLUSTER = 3
        }

        interface IConfigRecord extends skiff.metadata.ConfigRecord.$Properties {
        }

        class ConfigRecord {
            constructor(properties?: skiff.metadata.ConfigRecord.$Properties);
            $unknowns?: Uint8Array[];
            resourceType: skiff.metadata.ConfigResourceType;
            resourceName: string;
            name: string;
            value?: (string|null);
            static encode(message: skiff.metadata.ConfigRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.ConfigRecord & skiff.metadata.ConfigRecord.$Shape;
        }

        namespace ConfigRecord {
            interface $Properties {
                resourceType?: (skiff.metadata.ConfigResourceType|null);
                resourceName?: (string|null);
                name?: (string|null);
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.ConfigRecord.$Properties;
        }

        interface IProducerIdsRecord extends skiff.metadata.ProducerIdsRecord.$Properties {
        }

        class ProducerIdsRecord {
            constructor(properties?: skiff.metadata.ProducerIdsRecord.$Properties);
            $unknowns?: Uint8Array[];
            brokerId: number;
            brokerEpoch: number;
            nextProducerId: number;
            static encode(message: skiff.metadata.ProducerIdsRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.ProducerIdsRecord & skiff.metadata.ProducerIdsRecord.$Shape;
        }

        namespace ProducerIdsRecord {
            interface $Properties {
                brokerId?: (number|null);
                brokerEpoch?: (number|null);
                nextProducerId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.ProducerIdsRecord.$Properties;
        }

        interface IFeatureLevelRecord extends skiff.metadata.FeatureLevelRecord.$Properties {
        }

        class FeatureLevelRecord {
            constructor(properties?: skiff.metadata.FeatureLevelRecord.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            level: number;
            static encode(message: skiff.metadata.FeatureLevelRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.FeatureLevelRecord & skiff.metadata.FeatureLevelRecord.$Shape;
        }

        namespace FeatureLevelRecord {
            interface $Properties {
                name?: (string|null);
                level?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.FeatureLevelRecord.$Properties;
        }

        interface INoOpRecord extends skiff.metadata.NoOpRecord.$Properties {
        }

        class NoOpRecord {
            constructor(properties?: skiff.metadata.NoOpRecord.$Properties);
            $unknowns?: Uint8Array[];
            static encode(message: skiff.metadata.NoOpRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.NoOpRecord & skiff.metadata.NoOpRecord.$Shape;
        }

        namespace NoOpRecord {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.NoOpRecord.$Properties;
        }

        interface IMetadataRecord extends skiff.metadata.MetadataRecord.$Properties {
        }

        class MetadataRecord {
            constructor(properties?: skiff.metadata.MetadataRecord.$Properties);
            $unknowns?: Uint8Array[];
            registerBroker?: (skiff.metadata.RegisterBrokerRecord.$Properties|null);
            brokerRegistrationChange?: (skiff.metadata.BrokerRegistrationChangeRecord.$Properties|null);
            unregisterBroker?: (skiff.metadata.UnregisterBrokerRecord.$Properties|null);
            topic?: (skiff.metadata.TopicRecord.$Properties|null);
            partition?: (skiff.metadata.PartitionRecord.$Properties|null);
            partitionChange?: (skiff.metadata.PartitionChangeRecord.$Properties|null);
            removeTopic?: (skiff.metadata.RemoveTopicRecord.$Properties|null);
            config?: (skiff.metadata.ConfigRecord.$Properties|null);
            producerIds?: (skiff.metadata.ProducerIdsRecord.$Properties|null);
            featureLevel?: (skiff.metadata.FeatureLevelRecord.$Properties|null);
            noOp?: (skiff.metadata.NoOpRecord.$Properties|null);
            record?: ("registerBroker"|"brokerRegistrationChange"|"unregisterBroker"|"topic"|"partition"|"partitionChange"|"removeTopic"|"config"|"producerIds"|"featureLevel"|"noOp");
            static encode(message: skiff.metadata.MetadataRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.MetadataRecord & skiff.metadata.MetadataRecord.$Shape;
        }

        namespace MetadataRecord {
            interface $Properties {
                registerBroker?: (skiff.metadata.RegisterBrokerRecord.$Properties|null);
                brokerRegistrationChange?: (skiff.metadata.BrokerRegistrationChangeRecord.$Properties|null);
                unregisterBroker?: (skiff.metadata.UnregisterBrokerRecord.$Properties|null);
                topic?: (skiff.metadata.TopicRecord.$Properties|null);
                partition?: (skiff.metadata.PartitionRecord.$Properties|null);
                partitionChange?: (skiff.metadata.PartitionChangeRecord.$Properties|null);
                removeTopic?: (skiff.metadata.RemoveTopicRecord.$Properties|null);
                config?: (skiff.metadata.ConfigRecord.$Properties|null);
                producerIds?: (skiff.metadata.ProducerIdsRecord.$Properties|null);
                featureLevel?: (skiff.metadata.FeatureLevelRecord.$Properties|null);
                noOp?: (skiff.metadata.NoOpRecord.$Properties|null);
                record?: ("registerBroker"|"brokerRegistrationChange"|"unregisterBroker"|"topic"|"partition"|"partitionChange"|"removeTopic"|"config"|"producerIds"|"featureLevel"|"noOp");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              registerBroker?: skiff.metadata.RegisterBrokerRecord.$Shape|null;
              brokerRegistrationChange?: skiff.metadata.BrokerRegistrationChangeRecord.$Shape|null;
              unregisterBroker?: skiff.metadata.UnregisterBrokerRecord.$Shape|null;
              topic?: skiff.metadata.TopicRecord.$Shape|null;
              partition?: skiff.metadata.PartitionRecord.$Shape|null;
              partitionChange?: skiff.metadata.PartitionChangeRecord.$Shape|null;
              removeTopic?: skiff.metadata.RemoveTopicRecord.$Shape|null;
              config?: skiff.metadata.ConfigRecord.$Shape|null;
              producerIds?: skiff.metadata.ProducerIdsRecord.$Shape|null;
              featureLevel?: skiff.metadata.FeatureLevelRecord.$Shape|null;
              noOp?: skiff.metadata.NoOpRecord.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ record?: undefined; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "registerBroker"; registerBroker: skiff.metadata.RegisterBrokerRecord.$Shape; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "brokerRegistrationChange"; registerBroker?: null; brokerRegistrationChange: skiff.metadata.BrokerRegistrationChangeRecord.$Shape; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "unregisterBroker"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker: skiff.metadata.UnregisterBrokerRecord.$Shape; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "topic"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic: skiff.metadata.TopicRecord.$Shape; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "partition"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition: skiff.metadata.PartitionRecord.$Shape; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "partitionChange"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange: skiff.metadata.PartitionChangeRecord.$Shape; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "removeTopic"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic: skiff.metadata.RemoveTopicRecord.$Shape; config?: null; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "config"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config: skiff.metadata.ConfigRecord.$Shape; producerIds?: null; featureLevel?: null; noOp?: null }|{ record?: "producerIds"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds: skiff.metadata.ProducerIdsRecord.$Shape; featureLevel?: null; noOp?: null }|{ record?: "featureLevel"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel: skiff.metadata.FeatureLevelRecord.$Shape; noOp?: null }|{ record?: "noOp"; registerBroker?: null; brokerRegistrationChange?: null; unregisterBroker?: null; topic?: null; partition?: null; partitionChange?: null; removeTopic?: null; config?: null; producerIds?: null; featureLevel?: null; noOp: skiff.metadata.NoOpRecord.$Shape })
            );
        }

        interface IMetadataRecordBatch extends skiff.metadata.MetadataRecordBatch.$Properties {
        }

        class MetadataRecordBatch {
            constructor(properties?: skiff.metadata.MetadataRecordBatch.$Properties);
            $unknowns?: Uint8Array[];
            records: skiff.metadata.MetadataRecord.$Properties[];
            static encode(message: skiff.metadata.MetadataRecordBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.MetadataRecordBatch & skiff.metadata.MetadataRecordBatch.$Shape;
        }

        namespace MetadataRecordBatch {
            interface $Properties {
                records?: (skiff.metadata.MetadataRecord.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              records?: skiff.metadata.MetadataRecord.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IBrokerRegistration extends skiff.metadata.BrokerRegistration.$Properties {
        }

        class BrokerRegistration {
            constructor(properties?: skiff.metadata.BrokerRegistration.$Properties);
            $unknowns?: Uint8Array[];
            brokerId: number;
            incarnationId: string;
            brokerEpoch: number;
            endpoints: skiff.metadata.Endpoint.$Properties[];
            rack?: (string|null);
            fenced: boolean;
            inControlledShutdown: boolean;
            logDirIds: string[];
            static encode(message: skiff.metadata.BrokerRegistration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.BrokerRegistration & skiff.metadata.BrokerRegistration.$Shape;
        }

        namespace BrokerRegistration {
            interface $Properties {
                brokerId?: (number|null);
                incarnationId?: (string|null);
                brokerEpoch?: (number|null);
                endpoints?: (skiff.metadata.Endpoint.$Properties[]|null);
                rack?: (string|null);
                fenced?: (boolean|null);
                inControlledShutdown?: (boolean|null);
                logDirIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.BrokerRegistration.$Properties;
        }

        interface IPartitionState extends skiff.metadata.PartitionState.$Properties {
        }

        class PartitionState {
            constructor(properties?: skiff.metadata.PartitionState.$Properties);
            $unknowns?: Uint8Array[];
            partition: number;
            replicas: number[];
            isr: number[];
            elr: number[];
            leader: number;
            leaderEpoch: number;
            partitionEpoch: number;
            leaderRecovering: boolean;
            static encode(message: skiff.metadata.PartitionState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.PartitionState & skiff.metadata.PartitionState.$Shape;
        }

        namespace PartitionState {
            interface $Properties {
                partition?: (number|null);
                replicas?: (number[]|null);
                isr?: (number[]|null);
                elr?: (number[]|null);
                leader?: (number|null);
                leaderEpoch?: (number|null);
                partitionEpoch?: (number|null);
                leaderRecovering?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.PartitionState.$Properties;
        }

        interface ITopicState extends skiff.metadata.TopicState.$Properties {
        }

        class TopicState {
            constructor(properties?: skiff.metadata.TopicState.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            topicId: string;
            partitions: skiff.metadata.PartitionState.$Properties[];
            static encode(message: skiff.metadata.TopicState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.TopicState & skiff.metadata.TopicState.$Shape;
        }

        namespace TopicState {
            interface $Properties {
                name?: (string|null);
                topicId?: (string|null);
                partitions?: (skiff.metadata.PartitionState.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.TopicState.$Properties;
        }

        interface IConfigEntry extends skiff.metadata.ConfigEntry.$Properties {
        }

        class ConfigEntry {
            constructor(properties?: skiff.metadata.ConfigEntry.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            value: string;
            static encode(message: skiff.metadata.ConfigEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.ConfigEntry & skiff.metadata.ConfigEntry.$Shape;
        }

        namespace ConfigEntry {
            interface $Properties {
                name?: (string|null);
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.ConfigEntry.$Properties;
        }

        interface IConfigResourceState extends skiff.metadata.ConfigResourceState.$Properties {
        }

        class ConfigResourceState {
            constructor(properties?: skiff.metadata.ConfigResourceState.$Properties);
            $unknowns?: Uint8Array[];
            resourceType: skiff.metadata.ConfigResourceType;
            resourceName: string;
            entries: skiff.metadata.ConfigEntry.$Properties[];
            static encode(message: skiff.metadata.ConfigResourceState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.ConfigResourceState & skiff.metadata.ConfigResourceState.$Shape;
        }

        namespace ConfigResourceState {
            interface $Properties {
                resourceType?: (skiff.metadata.ConfigResourceType|null);
                resourceName?: (string|null);
                entries?: (skiff.metadata.ConfigEntry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.ConfigResourceState.$Properties;
        }

        interface IFeatureState extends skiff.metadata.FeatureState.$Properties {
        }

        class FeatureState {
            constructor(properties?: skiff.metadata.FeatureState.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            level: number;
            static encode(message: skiff.metadata.FeatureState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.FeatureState & skiff.metadata.FeatureState.$Shape;
        }

        namespace FeatureState {
            interface $Properties {
                name?: (string|null);
                level?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.FeatureState.$Properties;
        }

        interface IMetadataSnapshot extends skiff.metadata.MetadataSnapshot.$Properties {
        }

        class MetadataSnapshot {
            constructor(properties?: skiff.metadata.MetadataSnapshot.$Properties);
            $unknowns?: Uint8Array[];
            offset: number;
            epoch: number;
            brokers: skiff.metadata.BrokerRegistration.$Properties[];
            topics: skiff.metadata.TopicState.$Properties[];
            configs: skiff.metadata.ConfigResourceState.$Properties[];
            nextProducerId: number;
            features: skiff.metadata.FeatureState.$Properties[];
            static encode(message: skiff.metadata.MetadataSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.metadata.MetadataSnapshot & skiff.metadata.MetadataSnapshot.$Shape;
        }

        namespace MetadataSnapshot {
            interface $Properties {
                offset?: (number|null);
                epoch?: (number|null);
                brokers?: (skiff.metadata.BrokerRegistration.$Properties[]|null);
                topics?: (skiff.metadata.TopicState.$Properties[]|null);
                configs?: (skiff.metadata.ConfigResourceState.$Properties[]|null);
                nextProducerId?: (number|null);
                features?: (skiff.metadata.FeatureState.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.metadata.MetadataSnapshot.$Properties;
        }
    }

    namespace raft {

        interface ISnapshotId extends skiff.raft.SnapshotId.$Properties {
        }

        class SnapshotId {
            constructor(properties?: skiff.raft.SnapshotId.$Properties);
            $unknowns?: Uint8Array[];
            endOffset: number;
            epoch: number;
            static encode(message: skiff.raft.SnapshotId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.SnapshotId & skiff.raft.SnapshotId.$Shape;
        }

        namespace SnapshotId {
            interface $Properties {
                endOffset?: (number|null);
                epoch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.SnapshotId.$Properties;
        }

        interface IVoteRequest extends skiff.raft.VoteRequest.$Properties {
        }

        class VoteRequest {
            constructor(properties?: skiff.raft.VoteRequest.$Properties);
            $unknowns?: Uint8Array[];
            candidateEpoch: number;
            candidateId: number;
            lastOffsetEpoch: number;
            lastOffset: number;
            preVote: boolean;
            static encode(message: skiff.raft.VoteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.VoteRequest & skiff.raft.VoteRequest.$Shape;
        }

        namespace VoteRequest {
            interface $Properties {
                candidateEpoch?: (number|null);
                candidateId?: (number|null);
                lastOffsetEpoch?: (number|null);
                lastOffset?: (number|null);
                preVote?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.VoteRequest.$Properties;
        }

        interface IVoteResponse extends skiff.raft.VoteResponse.$Properties {
        }

        class VoteResponse {
            constructor(properties?: skiff.raft.VoteResponse.$Properties);
            $unknowns?: Uint8Array[];
            errorCode: number;
            epoch: number;
            leaderId: number;
            voteGranted: boolean;
            static encode(message: skiff.raft.VoteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.VoteResponse & skiff.raft.VoteResponse.$Shape;
        }

        namespace VoteResponse {
            interface $Properties {
                errorCode?: (number|null);
                epoch?: (number|null);
                leaderId?: (number|null);
                voteGranted?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.VoteResponse.$Properties;
        }

        interface IBeginQuorumEpochRequest extends skiff.raft.BeginQuorumEpochRequest.$Properties {
        }

        class BeginQuorumEpochRequest {
            constructor(properties?: skiff.raft.BeginQuorumEpochRequest.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            leaderId: number;
            static encode(message: skiff.raft.BeginQuorumEpochRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.BeginQuorumEpochRequest & skiff.raft.BeginQuorumEpochRequest.$Shape;
        }

        namespace BeginQuorumEpochRequest {
            interface $Properties {
                epoch?: (number|null);
                leaderId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.BeginQuorumEpochRequest.$Properties;
        }

        interface IEndQuorumEpochRequest extends skiff.raft.EndQuorumEpochRequest.$Properties {
        }

        class EndQuorumEpochRequest {
            constructor(properties?: skiff.raft.EndQuorumEpochRequest.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            leaderId: number;
            preferredSuccessors: number[];
            static encode(message: skiff.raft.EndQuorumEpochRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.EndQuorumEpochRequest & skiff.raft.EndQuorumEpochRequest.$Shape;
        }

        namespace EndQuorumEpochRequest {
            interface $Properties {
                epoch?: (number|null);
                leaderId?: (number|null);
                preferredSuccessors?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.EndQuorumEpochRequest.$Properties;
        }

        interface IQuorumEpochResponse extends skiff.raft.QuorumEpochResponse.$Properties {
        }

        class QuorumEpochResponse {
            constructor(properties?: skiff.raft.QuorumEpochResponse.$Properties);
            $unknowns?: Uint8Array[];
            errorCode: number;
            epoch: number;
            leaderId: number;
            static encode(message: skiff.raft.QuorumEpochResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.QuorumEpochResponse & skiff.raft.QuorumEpochResponse.$Shape;
        }

        namespace QuorumEpochResponse {
            interface $Properties {
                errorCode?: (number|null);
                epoch?: (number|null);
                leaderId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.QuorumEpochResponse.$Properties;
        }

        interface IFetchRequest extends skiff.raft.FetchRequest.$Properties {
        }

        class FetchRequest {
            constructor(properties?: skiff.raft.FetchRequest.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            replicaId: number;
            fetchOffset: number;
            lastFetchedEpoch: number;
            maxWaitMs: number;
            maxBytes: number;
            static encode(message: skiff.raft.FetchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.FetchRequest & skiff.raft.FetchRequest.$Shape;
        }

        namespace FetchRequest {
            interface $Properties {
                epoch?: (number|null);
                replicaId?: (number|null);
                fetchOffset?: (number|null);
                lastFetchedEpoch?: (number|null);
                maxWaitMs?: (number|null);
                maxBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.FetchRequest.$Properties;
        }

        interface IDivergingEpoch extends skiff.raft.DivergingEpoch.$Properties {
        }

        class DivergingEpoch {
            constructor(properties?: skiff.raft.DivergingEpoch.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            endOffset: number;
            static encode(message: skiff.raft.DivergingEpoch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.DivergingEpoch & skiff.raft.DivergingEpoch.$Shape;
        }

        namespace DivergingEpoch {
            interface $Properties {
                epoch?: (number|null);
                endOffset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.DivergingEpoch.$Properties;
        }

        interface IFetchResponse extends skiff.raft.FetchResponse.$Properties {
        }

        class FetchResponse {
            constructor(properties?: skiff.raft.FetchResponse.$Properties);
            $unknowns?: Uint8Array[];
            errorCode: number;
            epoch: number;
            leaderId: number;
            highWatermark: number;
            logStartOffset: number;
            records: Uint8Array;
            divergingEpoch?: (skiff.raft.DivergingEpoch.$Properties|null);
            snapshotId?: (skiff.raft.SnapshotId.$Properties|null);
            static encode(message: skiff.raft.FetchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.FetchResponse & skiff.raft.FetchResponse.$Shape;
        }

        namespace FetchResponse {
            interface $Properties {
                errorCode?: (number|null);
                epoch?: (number|null);
                leaderId?: (number|null);
                highWatermark?: (number|null);
                logStartOffset?: (number|null);
                records?: (Uint8Array|null);
                divergingEpoch?: (skiff.raft.DivergingEpoch.$Properties|null);
                snapshotId?: (skiff.raft.SnapshotId.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.FetchResponse.$Properties;
        }

        interface IFetchSnapshotRequest extends skiff.raft.FetchSnapshotRequest.$Properties {
        }

        class FetchSnapshotRequest {
            constructor(properties?: skiff.raft.FetchSnapshotRequest.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            replicaId: number;
            snapshotId?: (skiff.raft.SnapshotId.$Properties|null);
            position: number;
            maxBytes: number;
            static encode(message: skiff.raft.FetchSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.FetchSnapshotRequest & skiff.raft.FetchSnapshotRequest.$Shape;
        }

        namespace FetchSnapshotRequest {
            interface $Properties {
                epoch?: (number|null);
                replicaId?: (number|null);
                snapshotId?: (skiff.raft.SnapshotId.$Properties|null);
                position?: (number|null);
                maxBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.FetchSnapshotRequest.$Properties;
        }

        interface IFetchSnapshotResponse extends skiff.raft.FetchSnapshotResponse.$Properties {
        }

        class FetchSnapshotResponse {
            constructor(properties?: skiff.raft.FetchSnapshotResponse.$Properties);
            $unknowns?: Uint8Array[];
            errorCode: number;
            epoch: number;
            leaderId: number;
            snapshotId?: (skiff.raft.SnapshotId.$Properties|null);
            size: number;
            position: number;
            bytes: Uint8Array;
            static encode(message: skiff.raft.FetchSnapshotResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): skiff.raft.FetchSnapshotResponse & skiff.raft.FetchSnapshotResponse.$Shape;
        }

        namespace FetchSnapshotResponse {
            interface $Properties {
                errorCode?: (number|null);
                epoch?: (number|null);
                leaderId?: (number|null);
                snapshotId?: (skiff.raft.SnapshotId.$Properties|null);
                size?: (number|null);
                position?: (number|null);
                bytes?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = skiff.raft.FetchSnapshotResponse.$Properties;
        }
    }
}
