/// Bounds that keep a hostile document from exhausting the machine; each breach is an `IngestionError.limitExceeded`.
public struct IngestionLimits: Sendable, Equatable {
    /// Largest decompressed size of one zip entry, in bytes.
    public var maxEntryBytes: Int = 256 << 20
    /// Largest decompressed/compressed ratio of one zip entry (checked once past 1 MiB).
    public var maxCompressionRatio: Int = 200
    /// Deepest XML element nesting.
    public var maxElementDepth: Int = 200
    /// Longest text of one block (paragraph, cell, line run) in bytes of UTF-8.
    public var maxBlockBytes: Int = 1 << 20

    public init() {}
}
