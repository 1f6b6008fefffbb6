import DocumentModel

/// Where a reader delivers blocks, in reading order, as soon as each is complete.
public typealias BlockSink = (Block) throws -> Void

/// What a reader learned about a document besides its blocks.
public struct DocumentInfo: Sendable, Equatable {
    public var format: DocumentFormat
    public var properties: DocumentProperties
    public var warnings: [String]

    public init(format: DocumentFormat, properties: DocumentProperties = .init(), warnings: [String] = []) {
        self.format = format
        self.properties = properties
        self.warnings = warnings
    }
}
