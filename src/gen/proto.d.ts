import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace skiff {

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
