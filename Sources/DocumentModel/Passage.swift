/// A unit the classifier sees: the text of one block (or one slice of a long block) with its section path.
public struct Passage: Sendable, Equatable, Codable {
    /// Stable id within a document: `p0001`, `p0002`…
    public var id: String
    public var kind: Block.Kind
    /// Heading path from the top-level heading down to the nearest one above this passage.
    public var section: [String]
    public var text: String
    public var location: SourceLocation

    public init(id: String, kind: Block.Kind, section: [String], text: String, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.section = section
        self.text = text
        self.location = location
    }
}
