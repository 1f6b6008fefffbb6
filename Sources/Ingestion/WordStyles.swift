import Foundation

/// Paragraph styles of a WordprocessingML document: which are headings (and at what level) and which carry numbering.
struct WordStyles: Equatable {
    struct Style: Equatable {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var numID: String?
        var numLevel: Int?
    }

    var styles: [String: Style] = [:]

    /// Heading level (1-based) of a style, following `basedOn` to built-in heading styles and `outlineLvl`.
    func headingLevel(of styleID: String) -> Int? {
        var seen = Set<String>()
        var current: String? = styleID
        while let id = current, let style = styles[id], seen.insert(id).inserted {
            if let level = Self.builtInHeadingLevel(name: style.name) ?? Self.builtInHeadingLevel(name: id) { return level }
            if let outline = style.outlineLevel { return outline < 9 ? outline + 1 : nil }
            current = style.basedOn
        }
        return styles[styleID] == nil ? Self.builtInHeadingLevel(name: styleID) : nil
    }

    /// Numbering a style applies (`numPr` in the style or a style it is based on).
    func numbering(of styleID: String) -> (numID: String, level: Int)? {
        var seen = Set<String>()
        var current: String? = styleID
        while let id = current, let style = styles[id], seen.insert(id).inserted {
            if let numID = style.numID { return (numID, style.numLevel ?? 0) }
            current = style.basedOn
        }
        return nil
    }

    /// True for list-paragraph styles (bullets without numbering definitions still read as list items).
    func isListStyle(_ styleID: String) -> Bool {
        let name = (styles[styleID]?.name ?? styleID).lowercased()
        return name.hasPrefix("list bullet") || name.hasPrefix("list number") || name.hasPrefix("listbullet")
            || name.hasPrefix("listnumber")
    }

    static func builtInHeadingLevel(name: String) -> Int? {
        let lower = name.lowercased().replacingOccurrences(of: " ", with: "")
        if lower == "title" { return 1 }
        guard lower.hasPrefix("heading"), let level = Int(lower.dropFirst("heading".count)), (1...9).contains(level) else {
            return nil
        }
        return level
    }
}

/// Collects `WordStyles` from `styles.xml` (or the `w:styles` element of a Word 2003 / Flat OPC file).
final class WordStylesHandler: XMLEventHandler {
    private(set) var result = WordStyles()
    private var currentID: String?
    private var current = WordStyles.Style()
    private var isParagraphStyle = false

    func startElement(_ element: XMLElementEvent) throws {
        guard element.namespace == .word else { return }
        switch element.name {
        case "style":
            currentID = element.attribute("styleId")
            current = WordStyles.Style()
            isParagraphStyle = (element.attribute("type") ?? "paragraph") == "paragraph"
        case "name" where currentID != nil: current.name = element.attribute("val") ?? ""
        case "basedOn" where currentID != nil: current.basedOn = element.attribute("val")
        case "outlineLvl" where currentID != nil: current.outlineLevel = element.attribute("val").flatMap { Int($0) }
        case "numId" where currentID != nil: current.numID = element.attribute("val")
        case "ilvl" where currentID != nil: current.numLevel = element.attribute("val").flatMap { Int($0) }
        default: break
        }
    }

    func endElement(_ name: String, _ namespace: XMLNamespace) throws {
        guard namespace == .word, name == "style", let id = currentID else { return }
        if isParagraphStyle { result.styles[id] = current }
        currentID = nil
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}

/// Styles already read in this process, by the styles part's CRC-32 and sizes from the zip's central directory:
/// documents made from one template (a batch from one organisation) share the part, which is then not parsed again
/// (`DOCXReader` still inflates it against its CRC). Two different parts agreeing in CRC-32 and both sizes would share
/// styles: the one way this cache can give a document the wrong styles.
final class WordStylesCache: @unchecked Sendable {
    typealias Key = ZipPackage.EntryIdentity

    static let shared = WordStylesCache()
    private let lock = NSLock()
    private var known: [Key: WordStyles] = [:]
    private let capacity = 64

    func styles(for key: Key) -> WordStyles? {
        lock.lock()
        defer { lock.unlock() }
        return known[key]
    }

    /// Keeps up to `capacity` distinct parts; a batch of many templates stops adding rather than evicting.
    func remember(_ styles: WordStyles, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if known.count < capacity { known[key] = styles }
    }
}
