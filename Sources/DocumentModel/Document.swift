import Foundation

/// The formats ReviewLens can read, as recognised from content.
public enum DocumentFormat: String, Sendable, Codable {
    case docx, flatOPC = "flat-opc", word2003 = "word2003-xml", wordMLPart = "wordml-part", odt, flatODT = "fodt", html, text, pdf
    case ole = "ole-compound", unknown
}

/// Properties a document declares about itself (docProps/core.xml, meta.xml, HTML `<title>`).
public struct DocumentProperties: Sendable, Equatable, Codable {
    public var title: String?
    public var author: String?
    public var created: String?
    public var modified: String?
    /// The organisation (`Company` in docProps/app.xml).
    public var organisation: String?

    public init(title: String? = nil, author: String? = nil, created: String? = nil, modified: String? = nil,
                organisation: String? = nil) {
        self.title = title
        self.author = author
        self.created = created
        self.modified = modified
        self.organisation = organisation
    }
}

/// A document as read from disk: its blocks in reading order, its properties and any warnings.
public struct Document: Sendable {
    public var path: String
    public var format: DocumentFormat
    public var properties: DocumentProperties
    public var blocks: [Block]
    /// Non-fatal problems (e.g. a Windows-1252 fallback); they go to the manifest.
    public var warnings: [String]

    public init(path: String, format: DocumentFormat, properties: DocumentProperties = .init(),
                blocks: [Block], warnings: [String] = []) {
        self.path = path
        self.format = format
        self.properties = properties
        self.blocks = blocks
        self.warnings = warnings
    }
}
