import Foundation
import ZIPFoundation

/// Paths the tests read: the repository, its fixtures, and `../shared` (optional: tests skip without it).
public enum Fixtures {
    /// The repository root (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    public static func url(_ relative: String) -> URL { root.appendingPathComponent("Tests/Fixtures/\(relative)") }

    /// `../shared` beside the repository, when present.
    public static var shared: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A fresh temporary folder.
    public static func temporaryDirectory(_ name: String = "reviewlens") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The first executable named `tool` on PATH.
    public static func which(_ tool: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(tool)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program to completion with its output discarded; returns its exit status.
    public static func run(_ tool: URL, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Writes a zip whose entries are the given (path, bytes) pairs, deflated, with a fixed date.
    public static func zip(_ entries: [(String, Data)], to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_700_000_000),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }
}

/// Builds minimal but valid DOCX packages from WordprocessingML snippets, for one-feature fixture tests.
public struct DOCXFixture: Sendable {
    public static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    public static let namespaces = """
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    xmlns:v="urn:schemas-microsoft-com:vml" \
    xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" mc:Ignorable="wps"
    """

    public var body: String
    public var styles: String?
    public var numbering: String?
    public var footnotes: String?
    public var comments: String?
    public var core: String?

    public init(body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil,
                comments: String? = nil, core: String? = nil) {
        self.body = body
        self.styles = styles
        self.numbering = numbering
        self.footnotes = footnotes
        self.comments = comments
        self.core = core
    }

    public var documentXML: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(Self.namespaces)><w:body>\(body)</w:body></w:document>"
    }

    /// Writes the package to `url`.
    public func write(to url: URL) throws {
        var parts: [(String, String)] = [("word/document.xml", documentXML)]
        var rels = ""
        var overrides = ""
        func part(_ xml: String?, name: String, root: String, type: String, content: String) {
            guard let xml else { return }
            parts.append(("word/\(name)", "<?xml version=\"1.0\"?><w:\(root) \(Self.namespaces)>\(xml)</w:\(root)>"))
            rels += "<Relationship Id=\"r\(name)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)\" Target=\"\(name)\"/>"
            overrides += "<Override PartName=\"/word/\(name)\" ContentType=\"\(content)\"/>"
        }
        let ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        part(styles, name: "styles.xml", root: "styles", type: "styles", content: "\(ct).styles+xml")
        part(numbering, name: "numbering.xml", root: "numbering", type: "numbering", content: "\(ct).numbering+xml")
        part(footnotes, name: "footnotes.xml", root: "footnotes", type: "footnotes", content: "\(ct).footnotes+xml")
        part(comments, name: "comments.xml", root: "comments", type: "comments", content: "\(ct).comments+xml")
        parts.append(("word/_rels/document.xml.rels",
                      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>"))
        if let core {
            parts.append(("docProps/core.xml", """
            <?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\(core)</cp:coreProperties>
            """))
        }
        parts.append(("_rels/.rels", """
        <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """))
        parts.append(("[Content_Types].xml", """
        <?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="\(ct).document.main+xml"/>\(overrides)</Types>
        """))
        try Fixtures.zip(parts.map { ($0.0, Data($0.1.utf8)) }, to: url)
    }
}
