/// The XML vocabularies the readers understand, recognised by namespace URI (never by prefix).
enum XMLNamespace: Equatable {
    case word, wordAux, officeMath, package, relationships, officeRelationships, markupCompatibility
    case coreProperties, extendedProperties, dublinCore, dublinCoreTerms, office2003
    case odfOffice, odfText, odfTable, odfDraw, odfMeta
    case html, none, other

    init(uri: String) {
        self = Self.byURI[uri] ?? .other
    }

    /// Used only when a document uses a prefix it never declared (libxml2 reports no URI then).
    init(undeclaredPrefix prefix: String) {
        self = Self.byPrefix[prefix] ?? .none
    }

    private static let byURI: [String: XMLNamespace] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": .word,
        "http://purl.oclc.org/ooxml/wordprocessingml/main": .word,
        "http://schemas.microsoft.com/office/word/2003/wordml": .word,
        "http://schemas.microsoft.com/office/word/2003/auxHint": .wordAux,
        "http://schemas.openxmlformats.org/officeDocument/2006/math": .officeMath,
        "http://purl.oclc.org/ooxml/officeDocument/math": .officeMath,
        "http://schemas.microsoft.com/office/2006/xmlPackage": .package,
        "http://schemas.openxmlformats.org/package/2006/relationships": .relationships,
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": .officeRelationships,
        "http://purl.oclc.org/ooxml/officeDocument/relationships": .officeRelationships,
        "http://schemas.openxmlformats.org/markup-compatibility/2006": .markupCompatibility,
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": .coreProperties,
        "http://purl.org/dc/elements/1.1/": .dublinCore,
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": .extendedProperties,
        "http://purl.org/dc/terms/": .dublinCoreTerms,
        "urn:schemas-microsoft-com:office:office": .office2003,
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0": .odfOffice,
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0": .odfText,
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0": .odfTable,
        "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": .odfDraw,
        "urn:oasis:names:tc:opendocument:xmlns:meta:1.0": .odfMeta,
    ]

    private static let byPrefix: [String: XMLNamespace] = [
        "w": .word, "wx": .wordAux, "pkg": .package, "mc": .markupCompatibility,
        "text": .odfText, "table": .odfTable, "office": .odfOffice, "draw": .odfDraw,
    ]
}
